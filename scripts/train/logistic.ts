/**
 * Logistic regression for the extractor's learned decisions: L2-regularised, fitted by AdaGrad
 * over a fixed number of passes in a seeded order, so the same examples always give the same
 * weights. `fit` is a classifier (one example, one yes/no); `fitRanker` a conditional logit (one
 * group of candidates, one of which is right).
 */
import type { LinearModel } from '../../src/extract/learned/linear.ts';

/** One training example: the features present and whether the decision holds. */
export interface Example {
  features: string[];
  label: boolean;
  /** Relative weight of the example (default 1). */
  weight?: number;
}

/** Settings of one fit. */
export interface FitOptions {
  epochs?: number;
  rate?: number;
  /** L2 penalty per example and pass. */
  l2?: number;
  /**
   * A feature's L2 penalty as a multiple of `l2` (default 1): many rare, specific features (a
   * name's last letters) are held closer to zero than a few general ones, so that no one of them
   * decides alone and the next batch of articles does not swing it.
   */
  l2Scale?: (feature: string) => number;
  seed?: number;
  /** Features seen in fewer examples than this are dropped (they would only memorise). */
  minCount?: number;
  threshold?: number;
}

const DEFAULTS = { epochs: 30, rate: 0.3, l2: 1e-4, seed: 7, minCount: 2, threshold: 0.5 };

function rng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A row as the fitters read it: the kept features, the label as 0/1, the weight. */
interface Row {
  f: string[];
  y: number;
  w: number;
}

/** The weights being fitted, with AdaGrad's running squares. */
class Weights {
  readonly w = new Map<string, number>();
  private readonly g2 = new Map<string, number>();

  private readonly penalties = new Map<string, number>();

  constructor(private readonly rate: number, private readonly l2: number, private readonly l2Scale?: (feature: string) => number) {}

  private penalty(f: string): number {
    if (!this.l2Scale) return this.l2;
    let p = this.penalties.get(f);
    if (p === undefined) {
      p = this.l2 * this.l2Scale(f);
      this.penalties.set(f, p);
    }
    return p;
  }

  score(features: readonly string[]): number {
    let z = 0;
    for (const f of features) z += this.w.get(f) ?? 0;
    return z;
  }

  /** One AdaGrad step for feature `f` with gradient `grad` (the L2 term added here). */
  step(f: string, grad: number): void {
    const old = this.w.get(f) ?? 0;
    const g = grad + this.penalty(f) * old;
    const acc = (this.g2.get(f) ?? 0) + g * g;
    this.g2.set(f, acc);
    this.w.set(f, old - (this.rate / Math.sqrt(acc + 1e-8)) * g);
  }

  /** Weights rounded to 4 decimals, near-zero ones dropped, to keep the model file small. */
  rounded(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const f of [...this.w.keys()].sort()) {
      const v = round(this.w.get(f)!);
      if (Math.abs(v) >= 1e-3) out[f] = v;
    }
    return out;
  }
}

const round = (v: number): number => Math.round(v * 1e4) / 1e4;

/** Drops features seen in fewer than `minCount` examples. */
function pruner(examples: Iterable<Example>, minCount: number): (e: Example) => Row {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  return (e) => ({ f: [...new Set(e.features)].filter((f) => (counts.get(f) ?? 0) >= minCount), y: e.label ? 1 : 0, w: e.weight ?? 1 });
}

/** Calls `visit` with the indices 0…n-1 in a fresh seeded order, `epochs` times. */
function passes(n: number, epochs: number, seed: number, visit: (i: number) => void): void {
  const random = rng(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) visit(i);
  }
}

/** Fits a classifier: one probability per example. */
export function fit(examples: readonly Example[], options: FitOptions = {}): LinearModel {
  const o = { ...DEFAULTS, ...options };
  const rows = examples.map(pruner(examples, o.minCount));
  const weights = new Weights(o.rate, o.l2, o.l2Scale);
  let bias = 0;
  let biasG2 = 0;
  passes(rows.length, o.epochs, o.seed, (i) => {
    const row = rows[i]!;
    const p = 1 / (1 + Math.exp(-(bias + weights.score(row.f))));
    const grad = (p - row.y) * row.w;
    biasG2 += grad * grad;
    bias -= (o.rate / Math.sqrt(biasG2 + 1e-8)) * grad;
    for (const f of row.f) weights.step(f, grad);
  });
  return { bias: round(bias), weights: weights.rounded(), threshold: o.threshold };
}

/**
 * Fits a ranker: each group holds the candidates of one decision (the speakers of one quotation,
 * say) of which one is right; the model is trained so that a softmax over the group's scores
 * picks it (a conditional logit). Scores stay linear, so the best candidate is the one with the
 * highest `logit`. Groups with no right candidate are skipped.
 */
export function fitRanker(groups: ReadonlyArray<readonly Example[]>, options: FitOptions = {}): LinearModel {
  const o = { ...DEFAULTS, ...options };
  const prune = pruner(groups.flat(), o.minCount);
  const rows = groups.filter((g) => g.some((e) => e.label)).map((g) => g.map(prune));
  const weights = new Weights(o.rate, o.l2, o.l2Scale);
  passes(rows.length, o.epochs, o.seed, (i) => {
    const group = rows[i]!;
    const scores = group.map((c) => weights.score(c.f));
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    const positives = group.reduce((n, c) => n + c.y, 0);
    const grads = new Map<string, number>();
    group.forEach((c, k) => {
      const grad = (exps[k]! / sum - c.y / positives) * c.w;
      for (const f of c.f) grads.set(f, (grads.get(f) ?? 0) + grad);
    });
    for (const [f, grad] of grads) weights.step(f, grad);
  });
  return { bias: 0, weights: weights.rounded(), threshold: o.threshold };
}
