/**
 * The person in the dock: court and crime reports name the accused and say what they did in court
 * ("X, 29, of Scholes, denies robbery", "X admitted fraud", "X was jailed for three years") rather
 * than calling them "the defendant". The candidate "defendant" for the subject of such a verb; the
 * learned decision weighs it against the job or address the report also gives.
 */
import type { Article } from './context.ts';

/** Verbs that say what the accused did or had done to them in court, after any auxiliary. */
const DOCK_VERBS = new Set([
  'deny', 'denies', 'denied', 'admit', 'admits', 'admitted', 'plead', 'pleads', 'pleaded', 'pled',
  'jailed', 'sentenced', 'convicted', 'charged', 'remanded', 'acquitted', 'cleared', 'fined', 'accused',
]);

/** Auxiliaries and adverbs between the subject and the verb ("has been", "was later", "both"). */
const BETWEEN = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'be', 'will', 'both', 'later', 'also', 'previously', 'earlier']);

/** "guilty", "trial": what "found" and "went on" / "stood" must lead to. */
const TRIAL_PHRASES = [['found', 'guilty'], ['found', 'not', 'guilty'], ['on', 'trial'], ['stood', 'trial'], ['went', 'on', 'trial'], ['gone', 'on', 'trial']];

/**
 * "defendant" when the name at `nameLast` is the subject of a verb of the dock: after an age and
 * address set off by commas ("X, 29, of Scholes,"), a second accused ("X and Y deny"), and
 * auxiliaries ("has been jailed"). Not inside a quotation, nor for a name in a longer subject.
 */
export function inTheDock(article: Article, nameFirst: number, nameLast: number): string | undefined {
  const { tokens, tokenSentence, tokenQuote } = article;
  if (tokenQuote[nameLast]! >= 0) return undefined;
  const before = tokens[nameFirst - 1];
  // "the brother of X", "for X": a name governed by a preposition is not the subject.
  if (before && tokenSentence[nameFirst - 1] === tokenSentence[nameFirst] && (before.pos === 'ADP' || /^['’]s$/.test(before.text))) return undefined;
  const sentence = tokenSentence[nameLast]!;
  let k = nameLast + 1;
  // The asides: an age, "of"/"from" and a place, another accused after "and".
  while (k < tokens.length && k - nameLast < 25 && tokenSentence[k] === sentence) {
    const tok = tokens[k]!;
    const aside = tok.text === ',' || /^\d{1,3}$/.test(tok.text) || ['of', 'from', 'and'].includes(tok.lower) || (tok.pos === 'PROPN' && /^\p{Lu}/u.test(tok.text));
    if (!aside) break;
    k++;
  }
  while (k < tokens.length && BETWEEN.has(tokens[k]!.lower)) k++;
  const word = tokens[k];
  if (!word || tokenSentence[k] !== sentence || tokenQuote[k]! >= 0) return undefined;
  // "denied that the club was in debt": a denial of a claim, not of a charge.
  if (DOCK_VERBS.has(word.lower) && word.pos !== 'NOUN' && !['that', 'it', 'this'].includes(tokens[k + 1]?.lower ?? '')) return 'defendant';
  const phrase = TRIAL_PHRASES.some((p) => p.every((w, i) => tokens[k + i]?.lower === w));
  return phrase ? 'defendant' : undefined;
}

const COURT = /\b(?:court|jury|jurors|magistrates|trial|sentenc\w*|prosecut\w*)\b/i;
const courtReports = new WeakMap<Article, boolean>();

/** True when the article is a court report (it speaks of a court, a jury, a trial or a sentence). */
export function courtReport(article: Article): boolean {
  let known = courtReports.get(article);
  if (known === undefined) {
    known = COURT.test(article.body);
    courtReports.set(article, known);
  }
  return known;
}
