/** What the role tests read of an extraction: the candidate descriptions traced for one person. */
import { extractArticle } from '../../src/extract/extract.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';

/** The candidate texts found for `name`, each with the pattern that found it ("anaphor: …"). */
export function candidates(body: string, name: string): string[] {
  const trace = newTrace();
  extractArticle(body, { trace });
  return trace.roles
    .filter((r) => r.person === name)
    .map((r) => `${r.features.find((f) => f.startsWith('src=') && !f.includes('&'))!.slice(4)}: ${r.text}`);
}
