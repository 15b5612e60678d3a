/**
 * Fuzzing the briefing parser: whatever a file holds, loading it returns a briefing or problems
 * that name the file and a line — it never throws, and it never takes long.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noExtraction } from '../../src/briefing/build.ts';
import { loadBriefingText } from '../../src/briefing/loader.ts';
import { briefingFile, FUZZ, untrustedText } from './arbitraries.ts';

/** Far above a normal parse (about a millisecond) and far below a stuck one (minutes). */
const HANG_MS = 2000;

function load(text: string) {
  const started = performance.now();
  const result = loadBriefingText('briefings/fuzz.md', text, noExtraction);
  return { result, ms: performance.now() - started };
}

describe('the briefing parser under fuzzing', () => {
  it('turns any front matter into a briefing or path:line problems, without throwing or hanging', () => {
    fc.assert(
      fc.property(briefingFile, (text) => {
        const { result, ms } = load(text);
        expect(ms).toBeLessThan(HANG_MS);
        expect(Boolean(result.briefing) !== result.problems.length > 0).toBe(true);
        for (const p of result.problems) expect(p.message).toMatch(/^briefings\/fuzz\.md:[1-9]\d*: \S/);
      }),
      FUZZ,
    );
  });

  it('survives any text at all, framed as a briefing or not', () => {
    fc.assert(
      fc.property(fc.oneof(untrustedText, untrustedText.map((t) => `---\n${t}\n---\n${t}`)), (text) => {
        const { result, ms } = load(text);
        expect(ms).toBeLessThan(HANG_MS);
        expect(result.briefing !== undefined || result.problems.length > 0).toBe(true);
      }),
      FUZZ,
    );
  });

  it('reports alias bombs of any shape as the file’s problem', () => {
    const bomb = fc.tuple(fc.integer({ min: 3, max: 12 }), fc.integer({ min: 2, max: 12 })).map(([levels, width]) => {
      const lines = [`a0: &a0 [${Array(width).fill('x').join(',')}]`];
      for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array(width).fill(`*a${i - 1}`).join(',')}]`);
      return `---\nheadline: H\n${lines.join('\n')}\nactors: *a${levels - 1}\n---\nBody.\n`;
    });
    fc.assert(
      fc.property(bomb, (text) => {
        const { result, ms } = load(text);
        expect(ms).toBeLessThan(HANG_MS);
        expect(result.briefing).toBeUndefined();
      }),
      { ...FUZZ, numRuns: 40 },
    );
  });
});
