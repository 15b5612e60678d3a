/**
 * Logistic regression for the extractor's learned decisions: L2-regularised, fitted by AdaGrad
 * over a fixed number of passes in a seeded order, so the same examples always give the same
 * weights.
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
  seed?: number;
  /** Features seen in fewer examples than this are dropped (they would only memorise). */
  minCount?: number;
  threshold?: number;
}

function rng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fits a model; weights are rounded to 4 decimals and near-zero ones dropped, to keep the file small. */
export function fit(examples: readonly Example[], options: FitOptions = {}): LinearModel {
  const { epochs = 30, rate = 0.3, l2 = 1e-4, seed = 7, minCount = 2, threshold = 0.5 } = options;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string): boolean => (counts.get(f) ?? 0) >= minCount;
  const rows = examples.map((e) => ({ f: [...new Set(e.features)].filter(keep), y: e.label ? 1 : 0, w: e.weight ?? 1 }));
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let biasG2 = 0;
  const random = rng(seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const row = rows[i]!;
      let z = bias;
      for (const f of row.f) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const grad = (p - row.y) * row.w;
      biasG2 += grad * grad;
      bias -= (rate / Math.sqrt(biasG2 + 1e-8)) * grad;
      for (const f of row.f) {
        const old = w.get(f) ?? 0;
        const g = grad + l2 * old;
        const acc = (g2.get(f) ?? 0) + g * g;
        g2.set(f, acc);
        w.set(f, old - (rate / Math.sqrt(acc + 1e-8)) * g);
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    const v = Math.round(w.get(f)! * 1e4) / 1e4;
    if (Math.abs(v) >= 1e-3) weights[f] = v;
  }
  return { bias: Math.round(bias * 1e4) / 1e4, weights, threshold };
}
