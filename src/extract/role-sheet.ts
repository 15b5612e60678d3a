/**
 * Role candidates of a match report's team sheets printed without a heading: under the headline
 * "Bristol Rovers 3-1 Exeter", a paragraph that is nothing but a list of surnames ("Hale, Moss
 * (Ward 70), Carter, …") is the home side's line-up and the next such paragraph the visitors';
 * "Subs not used: Dean, Ford." after a line-up holds that side's substitutes. Part of
 * role-candidates.ts's patterns (as a heading the sheet lacks).
 */
import type { Article } from './context.ts';

/** "Bristol Rovers 3-1 Exeter": the two sides a headline's score line names, home side first. */
const SCORE_LINE = /^\s*(\p{Lu}[\p{L}'’.& -]*?)\s+\d{1,3}\s*-\s*\d{1,3}\s+(\p{Lu}[\p{L}'’.& -]*?)\s*$/u;

/** One entry of a sheet: a surname or short name, with an optional "(Ward 70)" replacement. */
const ENTRY = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}(?: \(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2} \d{1,3}\))?$/u;

/** "Subs:", "Subs not used:", "Substitutes:": the heading of a side's substitutes. */
const SUBS = /(?:^|(?<=\.\s+))(?:subs|substitutes)(?: not used)?:\s*/i;

/** A side's sheet in one paragraph; substitutes from `subsFrom` (a body offset) on. */
type Sheet = { side: number; subsFrom: number };

/** True when `text` is only a list of names ending in a full stop. */
function names(text: string, least: number): boolean {
  const body = text.trim();
  if (!body.endsWith('.')) return false;
  const parts = body.slice(0, -1).split(/\s*,\s*/);
  return parts.length >= least && parts.every((p) => ENTRY.test(p));
}

const known = new WeakMap<Article, Map<number, Sheet>>();

/**
 * Each headless team sheet of the article by paragraph position (once per article): a line-up
 * paragraph, with the substitutes that follow it in the same paragraph ("… Gillespie. Subs not
 * used: Orr, Brown.") or in the next.
 */
function sheets(article: Article): Map<number, Sheet> {
  const done = known.get(article);
  if (done) return done;
  const out = new Map<number, Sheet>();
  known.set(article, out);
  let side = -1;
  article.paragraphs.forEach((p, i) => {
    const subs = SUBS.exec(p.text);
    const cut = subs ? subs.index : p.text.length;
    const lineup = p.text.slice(0, cut);
    const rest = subs ? p.text.slice(cut + subs[0].length) : '';
    if (lineup.trim() === '' && subs) {
      if (side >= 0 && names(rest, 1)) out.set(i, { side, subsFrom: p.start });
    } else if (names(lineup, 7) && (!subs || names(rest, 1))) {
      out.set(i, { side: ++side, subsFrom: p.start + cut });
    }
  });
  return out;
}

/**
 * "Hale" in the first headless line-up under "Bristol Rovers 3-1 Exeter" → "Bristol Rovers
 * player"; in brackets after a player or under "Subs not used:" → "… substitute".
 */
export function sheetRole(article: Article, first: number): string | undefined {
  const sides = article.title ? SCORE_LINE.exec(article.title) : null;
  if (!sides) return undefined;
  // The token's paragraph, as its sentence records it (1-based).
  const index = article.sentences[article.tokenSentence[first]!]!.paragraph - 1;
  const sheet = sheets(article).get(index);
  if (!sheet || sheet.side > 1) return undefined;
  const team = sides[sheet.side + 1]!.trim();
  if (article.tokens[first]!.start >= sheet.subsFrom) return `${team} substitute`;
  return article.tokens[first - 1]?.text === '(' ? `${team} substitute` : `${team} player`;
}
