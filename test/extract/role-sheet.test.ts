/**
 * A match report's team sheets printed without a heading (role-sheet.ts): under a score-line
 * headline, the first list of surnames is the home side's, the next the visitors', and the
 * substitutes after either belong to that side. Every snippet is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';

/** The candidate texts traced for `name` when the article has headline `title`. */
function candidatesOf(body: string, title: string, name: string): string[] {
  const trace = newTrace();
  extractArticle(body, { title, trace });
  return trace.roles.filter((r) => r.person === name).map((r) => r.text);
}

const REPORT = [
  'Two goals from Dale Hennessy gave the hosts a deserved win at the Memorial Stadium on Saturday.',
  'Hennessy struck twice before the break and Exeter could only reply through a late header from Rob Ferris.',
  'Quarrie, Moss, Tandy, Pellow, Hennessy (Wickham 70), Ardley, Stroud, Colfer, Brannigan, Ruddle, Okafor. Subs not used: Dace, Fenwick.',
  'Lorimer, Haskett, Ferris, Dunleavy, Penhale, Grist (Mallory 60), Treloar, Ozanne, Kettle, Bligh, Sowden.',
  'Subs not used: Yardley, Coombe.',
].join('\n\n');

describe('a headless team sheet under a score line', () => {
  it('the first line-up is the home side and the next the visitors', () => {
    expect(candidatesOf(REPORT, 'Bristol Rovers 3-1 Exeter', 'Quarrie')).toContain('Bristol Rovers player');
    expect(candidatesOf(REPORT, 'Bristol Rovers 3-1 Exeter', 'Lorimer')).toContain('Exeter player');
  });

  it('the unused substitutes, in the same paragraph or the next', () => {
    expect(candidatesOf(REPORT, 'Bristol Rovers 3-1 Exeter', 'Dace')).toContain('Bristol Rovers substitute');
    expect(candidatesOf(REPORT, 'Bristol Rovers 3-1 Exeter', 'Yardley')).toContain('Exeter substitute');
  });

  it('not under a headline without a score line', () => {
    const texts = candidatesOf(REPORT, 'Hennessy double sinks Exeter', 'Quarrie');
    expect(texts.some((t) => / (?:player|substitute)$/.test(t))).toBe(false);
  });

  it('not a short list of names in running text', () => {
    const body = 'Tickets went on sale on Monday.\n\nMoss, Tandy, Pellow.\n\nThe club said more would follow.';
    const texts = candidatesOf(body, 'Bristol Rovers 3-1 Exeter', 'Tandy');
    expect(texts.some((t) => t.endsWith('player'))).toBe(false);
  });
});
