/**
 * The robustness comparison (scripts/eval/robustness.ts): which of two runs' name decisions
 * changed, which stories are unlabelled, and a sample that a seed fixes.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionsOf, flips, sample, unlabelledStories } from '../../scripts/eval/robustness.ts';

describe('robustness of the name decisions', () => {
  it('records every name and alias of each actor, folded, a person winning a shared alias', () => {
    const d = decisionsOf([
      { name: 'Harwell Stanton', aliases: ['Harwell'], kind: 'org' },
      { name: 'Ann Harwell', aliases: ['Harwell'], kind: 'person' },
      { name: 'Valmara', aliases: new Set<string>(), kind: 'place' },
    ]);
    expect(d).toEqual({ 'harwell stanton': 'org', harwell: 'person', 'ann harwell': 'person', valmara: 'place' });
  });

  it('lists changed kinds and names one run has and the other drops, on stories both hold', () => {
    const a = { version: '1', stories: { 'sport/001': { 'ann vale': 'person', dale: 'org' }, 'sport/002': { x: 'org' } } };
    const b = { version: '2', stories: { 'sport/001': { 'ann vale': 'org', ross: 'person' } } };
    expect(flips(a, b)).toEqual([
      { story: 'sport/001', name: 'ann vale', before: 'person', after: 'org' },
      { story: 'sport/001', name: 'dale', before: 'org', after: 'gone' },
      { story: 'sport/001', name: 'ross', before: 'gone', after: 'person' },
    ]);
    expect(flips(a, a)).toEqual([]);
  });

  it('skips the stories a label names, under the corpus section name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-bbc-'));
    for (const section of ['entertainment', 'sport']) {
      mkdirSync(join(dir, section));
      for (const n of ['001', '002']) writeFileSync(join(dir, section, `${n}.txt`), 'Title\n\nBody.');
    }
    writeFileSync(join(dir, 'README.md'), 'not a story');
    expect(unlabelledStories(dir, new Set(['bbc/culture-001', 'bbc/sport-002']))).toEqual(['entertainment/002', 'sport/001']);
    expect(unlabelledStories(join(dir, 'missing'), new Set())).toEqual([]);
  });

  it('draws the same sample for the same seed, a different one for another, each item once', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(sample(items, 10, 1)).toEqual(sample(items, 10, 1));
    expect(sample(items, 10, 1)).not.toEqual(sample(items, 10, 2));
    expect(new Set(sample(items, 50, 3)).size).toBe(50);
  });
});
