import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';

/** The features of each candidate speaker of the quotation starting with `start`. */
function candidates(body: string, start: string): Map<string | null, string[]> {
  const trace = newTrace();
  extractArticle(body, { trace });
  return new Map(trace.speakers.filter((c) => c.quote.startsWith(start)).map((c) => [c.speaker, c.features]));
}

describe('speaker candidates', () => {
  it('marks the subject of the sentence that holds a quoted fragment', () => {
    const body = 'Harbour Foods is to close two plants after reporting "deeply disappointing" sales for the year, a move that surprised Marta Quell.';
    const found = candidates(body, 'deeply disappointing');
    expect(found.get('Harbour Foods')).toContain('sentSubject&embedded');
    expect(found.get('Marta Quell') ?? []).not.toContain('sentSubject&embedded');
  });

  it('does not mark a name that is only the object of the sentence', () => {
    const body = 'Shareholders voted against Harbour Foods after a "deeply disappointing" year.';
    expect(candidates(body, 'deeply disappointing').get('Harbour Foods') ?? []).not.toContain('sentSubject&embedded');
  });
});
