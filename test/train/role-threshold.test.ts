/**
 * The role threshold is chosen by cross-validation over people's candidate groups: where the
 * described people's right descriptions and the undescribed people's stray ones score apart, it
 * falls between them, not at a fixed value.
 */
import { describe, expect, it } from 'vitest';
import type { LinearModel } from '../../src/extract/learned/linear.ts';
import { chooseRoleThreshold, type RoleGroup } from '../../scripts/train/role-threshold.ts';

/** A "model" that reads a candidate's margin over "no role" from its features. */
const fixed = (weights: Record<string, number>) => (): LinearModel => ({ bias: 0, weights, threshold: 0.5 });

/** `n` people in as many articles, each with one candidate of feature `f` (right or not) and "no role". */
function people(n: number, f: string, right: boolean, described: boolean, from: number): RoleGroup[] {
  return Array.from({ length: n }, (_, i) => ({
    article: from + i,
    described,
    examples: [{ features: [f], label: right }, { features: ['noRole'], label: !right }],
  }));
}

describe('the role threshold', () => {
  it('falls between the margins of right roles and of roles for people the text does not describe', () => {
    // Right descriptions beat "no role" by p ≈ 0.62; stray ones for undescribed people by p ≈ 0.27.
    const groups = [...people(20, 'good', true, true, 0), ...people(20, 'stray', false, false, 20)];
    const t = chooseRoleThreshold(groups, fixed({ good: 0.5, stray: -1 }));
    expect(t).toBeGreaterThan(0.27);
    expect(t).toBeLessThanOrEqual(0.62);
  });

  it('goes low when almost every person the text names is described and their best candidate is right', () => {
    const groups = [...people(40, 'weak', true, true, 0), ...people(2, 'stray', false, false, 40)];
    expect(chooseRoleThreshold(groups, fixed({ weak: -1.5, stray: -1 }))).toBeLessThan(0.18);
  });

  it('goes high when the best candidates are mostly wrong', () => {
    const groups = [...people(30, 'wrong', false, true, 0), ...people(30, 'stray', false, false, 30)];
    // Both beat "no role" by p ≈ 0.62: a threshold above that gives no one a role.
    expect(chooseRoleThreshold(groups, fixed({ wrong: 0.5, stray: 0.5 }))).toBeGreaterThan(0.62);
  });
});
