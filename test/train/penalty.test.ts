/**
 * The per-feature L2 penalty of the logistic fit (scripts/train/logistic.ts): a feature penalised
 * more ends nearer zero than the same feature penalised as the rest, and the person model's
 * penalty singles out a name's last letters only.
 */
import { describe, expect, it } from 'vitest';
import { fit, type Example } from '../../scripts/train/logistic.ts';
import { personPenalty } from '../../scripts/train/train.ts';

/** `sign` mostly true and `other` mostly false; `rare`, on a few examples, always true. */
function examples(): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < 60; i++) out.push({ features: ['sign'], label: i % 5 !== 0 });
  for (let i = 0; i < 60; i++) out.push({ features: i % 6 === 0 ? ['other', 'rare'] : ['other'], label: i % 6 === 0 });
  return out;
}

describe('per-feature L2 penalty', () => {
  it('holds a more penalised feature nearer zero, leaving the others as they were fitted', () => {
    const plain = fit(examples(), { l2: 0.01, minCount: 1 });
    const held = fit(examples(), { l2: 0.01, minCount: 1, l2Scale: (f) => (f === 'rare' ? 30 : 1) });
    expect(Math.abs(plain.weights.rare!)).toBeGreaterThan(0.5);
    expect(Math.abs(held.weights.rare ?? 0)).toBeLessThan(Math.abs(plain.weights.rare!) / 2);
    expect(Math.sign(held.weights.sign!)).toBe(Math.sign(plain.weights.sign!));
    expect(fit(examples(), { l2: 0.01, minCount: 1, l2Scale: () => 1 })).toEqual(plain);
  });

  it('penalises the endings of a name for the person model, and nothing else', () => {
    expect(personPenalty('end1=ael')).toBeGreaterThan(1);
    expect(personPenalty('endN=ez')).toBeGreaterThan(1);
    expect(personPenalty('givenFirst')).toBe(1);
    expect(personPenalty('workHead:all')).toBe(1);
  });
});
