import { describe, expect, it } from 'vitest';
import { extractArticle, MAX_CHARS } from '../../src/extract/extract.ts';
import { DAM_DEAL, PORT_STRIKE } from './articles.ts';

const timed = <T>(fn: () => T): { value: T; ms: number } => {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
};

describe('bad input', () => {
  it('returns an empty extraction for empty and blank text', () => {
    expect(extractArticle('')).toEqual({ actors: [], quotes: [], questions: [], claims: [] });
    expect(extractArticle('  \n\n  ')).toEqual({ actors: [], quotes: [], questions: [], claims: [] });
  });

  it('returns an empty extraction for binary data', () => {
    const bytes = Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 256));
    expect(extractArticle(bytes.toString('utf8')).actors).toEqual([]);
    expect(extractArticle(bytes.toString('latin1')).quotes).toEqual([]);
  });

  // The time bounds here are guards against a hang or a super-linear step, set far above the
  // normal cost (well under a second) so a busy machine does not fail them; speed itself is
  // measured by `npm run bench -- extract`.
  it('reads only the first MAX_CHARS of 5 MB of text, and does not hang', () => {
    const huge = `${DAM_DEAL}\n\n${PORT_STRIKE}\n\n`.repeat(Math.ceil(5_000_000 / (DAM_DEAL.length + PORT_STRIKE.length)));
    expect(huge.length).toBeGreaterThan(5_000_000);
    const { value, ms } = timed(() => extractArticle(huge));
    expect(ms).toBeLessThan(10_000);
    expect(value.actors.some((a) => a.name === 'Helena Marques')).toBe(true);
    const lastCite = value.quotes.at(-1)!.cites[0]!;
    expect(Number(lastCite.split('.')[0])).toBeLessThan(MAX_CHARS / 20);
  });

  it('survives one enormous paragraph without sentence breaks', () => {
    const { value, ms } = timed(() => extractArticle('word "quote '.repeat(400_000)));
    expect(ms).toBeLessThan(10_000);
    expect(Array.isArray(value.quotes)).toBe(true);
  });

  it('reads HTML passed as text without treating tags as words', () => {
    const html = `<!doctype html><html><head><title>x</title><script>var President = "Nobody";</script></head><body><div class="story"><p>Environment Minister Tomás Brandão visited Lisbon.</p><p>"We will build," Brandão said.</p></div></body></html>`;
    const x = extractArticle(html);
    expect(x.actors.find((a) => a.kind === 'person')?.name).toBe('Tomás Brandão');
    expect(x.quotes[0]?.speaker).toBe('Tomás Brandão');
    expect(x.actors.map((a) => a.name).join(' ')).not.toMatch(/div|script|Nobody/);
  });

  it('handles unbalanced and stray quotation marks', () => {
    const x = extractArticle(`He said "yes.\n\n' ' " ” “ ‘ ’\n\nShe said 'no`);
    expect(Array.isArray(x.quotes)).toBe(true);
  });
});
