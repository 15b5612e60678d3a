/**
 * Linear models over named features: the decisions extraction learns from its labelled corpus
 * (is this name a person, which description is this person's role, who said this quotation, is
 * this sentence an open question). A feature is a string such as `src=appositive` or
 * `head=seed`; a model is a bias and a weight per feature, trained by scripts/train (logistic
 * regression) and kept in model.json beside this file.
 */

/** One learned decision. */
export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
  /** The probability at or above which the decision is taken. */
  threshold: number;
  /**
   * 'ranker' when trained to pick one candidate of a group (a softmax over the group's scores):
   * its scores are compared with one another, or with a "none of them" candidate, not with a
   * threshold of their own.
   */
  kind?: 'ranker';
}

/** Each model's weights as a Map, built on first use (look-ups in a Map of strings are faster). */
const tables = new WeakMap<LinearModel, Map<string, number>>();

function table(model: LinearModel): Map<string, number> {
  let t = tables.get(model);
  if (!t) {
    t = new Map(Object.entries(model.weights));
    tables.set(model, t);
  }
  return t;
}

/** The sum of the bias and the weights of the features present (unknown features weigh nothing). */
export function logit(model: LinearModel, features: readonly string[]): number {
  const weights = table(model);
  let z = model.bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return z;
}

/** The model's probability that the decision holds for these features. */
export function probability(model: LinearModel, features: readonly string[]): number {
  return 1 / (1 + Math.exp(-logit(model, features)));
}

/** The last "none" features `preference` summed, and their sum. */
let lastNone: { model?: LinearModel; features?: readonly string[]; z: number } = { z: 0 };

/**
 * How strongly a candidate beats an alternative, as a probability: for a ranker, the candidate
 * against the "none of them" features; for a classifier, the candidate alone.
 */
export function preference(model: LinearModel, features: readonly string[], noneFeatures: readonly string[]): number {
  let base = 0;
  if (model.kind === 'ranker') {
    // Every candidate of one group is weighed against the same "none" features: summed once.
    if (lastNone.model !== model || lastNone.features !== noneFeatures) lastNone = { model, features: noneFeatures, z: logit(model, noneFeatures) };
    base = lastNone.z;
  }
  return 1 / (1 + Math.exp(-(logit(model, features) - base)));
}

/** Features from a number, by bucket: `len<=2`, `len<=4`, … `len>8` for `bucketed('len', n, [2,4,8])`. */
export function bucketed(name: string, value: number, bounds: readonly number[]): string {
  // The same few strings are asked for again and again: made once per name and bounds.
  const list = bucketNames.get(name) ?? [];
  let made = list.find((m) => m.bounds.length === bounds.length && m.bounds.every((b, i) => b === bounds[i]));
  if (!made) {
    made = { bounds: [...bounds], names: [...bounds.map((b) => `${name}<=${b}`), `${name}>${bounds[bounds.length - 1]}`] };
    list.push(made);
    bucketNames.set(name, list);
  }
  for (let i = 0; i < bounds.length; i++) if (value <= bounds[i]!) return made.names[i]!;
  return made.names[bounds.length]!;
}

/** Each bucketed feature's names, by feature name (with the bounds they were made for). */
const bucketNames = new Map<string, Array<{ bounds: number[]; names: string[] }>>();

/**
 * `prefix + value` for a feature made of a fixed part and one of a few values ("rule&" and
 * "short"): made once and then reused, so the many candidates of an article share one string
 * (no new string, and its hash is computed once for every look-up).
 */
export function featureName(prefix: string, value: string): string {
  let byValue = featureNames.get(prefix);
  if (!byValue) {
    byValue = new Map<string, string>();
    featureNames.set(prefix, byValue);
  }
  let name = byValue.get(value);
  if (name === undefined) {
    name = prefix + value;
    if (byValue.size < 10_000) byValue.set(value, name);
  }
  return name;
}

const featureNames = new Map<string, Map<string, string>>();
