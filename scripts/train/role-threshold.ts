/**
 * The role decision's threshold, chosen by cross-validation on the training part rather than set by
 * hand: a person gets the best-scored description when it beats "no role" by at least this much.
 * A threshold on the slope of the accuracy curve lets every refit move a handful of people across
 * it, so a change judged by cross-validation could win or lose by that noise alone; the threshold
 * is taken at the middle of the best stretch of a grid instead, where small moves change nothing.
 */
import { logit, type LinearModel } from '../../src/extract/learned/linear.ts';
import type { Example } from './logistic.ts';

/** One person's role candidates (the last one is "no role") and what the label says of them. */
export interface RoleGroup {
  examples: Example[];
  /** Index of the article the person is in (groups of one article share a fold). */
  article: number;
  /** True when the person is labelled with a role; false when labelled with none. */
  described: boolean;
}

/** Thresholds tried: 0.05, 0.075, … 0.75. */
const GRID = Array.from({ length: 29 }, (_, i) => 0.05 + i * 0.025);
/** Grid steps either side averaged when comparing thresholds. */
const WINDOW = 2;
const FOLDS = 5;

/**
 * The threshold that gets most people right in `FOLDS`-fold cross-validation over `groups` (the
 * ranker refitted by `fitGroups` without each fold): a described person is right when their best
 * candidate clears it and agrees with the label, a person labelled with no role when none clears
 * it. Each threshold is judged by the mean over its neighbours on the grid; ties go to the higher.
 */
export function chooseRoleThreshold(groups: readonly RoleGroup[], fitGroups: (train: Example[][]) => LinearModel): number {
  const held: Array<{ best: number; right: boolean; described: boolean }> = [];
  for (let k = 0; k < FOLDS; k++) {
    const model = fitGroups(groups.filter((g) => g.article % FOLDS !== k).map((g) => g.examples));
    for (const g of groups.filter((x) => x.article % FOLDS === k)) {
      const none = logit(model, g.examples[g.examples.length - 1]!.features);
      let best = -Infinity;
      let right = false;
      for (const e of g.examples.slice(0, -1)) {
        const z = logit(model, e.features) - none;
        if (z > best) [best, right] = [z, e.label];
      }
      held.push({ best: 1 / (1 + Math.exp(-best)), right, described: g.described });
    }
  }
  const correct = GRID.map((t) => held.reduce((n, h) => n + (h.described ? (h.best >= t && h.right ? 1 : 0) : (h.best < t ? 1 : 0)), 0));
  const smooth = correct.map((_, i) => {
    const near = correct.slice(Math.max(0, i - WINDOW), i + WINDOW + 1);
    return near.reduce((a, b) => a + b, 0) / near.length;
  });
  let pick = 0;
  smooth.forEach((v, i) => {
    if (v >= smooth[pick]!) pick = i;
  });
  return Math.round(GRID[pick]! * 1000) / 1000;
}
