/**
 * Roles that prizes give: the category or prize a person won or was shortlisted for, after the
 * name ("X won best actor", "X won the Technical Achievement Award") or before it ("the Sutherland
 * Trophy, which was won by X", "the prize for best supporting actor went to X"), as "… winner" or
 * "… nominee". Candidates for the learned role decision (role-candidates.ts).
 */
import type { Article } from './context.ts';
import { FUNCTION_WORDS } from './lexicon.ts';
import { span } from './roles.ts';

/** Verbs of winning and being shortlisted, and what they make of the person. */
const AWARD_VERBS = new Map(Object.entries({
  won: 'winner', wins: 'winner', win: 'winner', took: 'winner', takes: 'winner', scooped: 'winner', claimed: 'winner',
  collected: 'winner', landed: 'winner', named: 'winner', voted: 'winner', crowned: 'winner', picked: 'winner',
  nominated: 'nominee', shortlisted: 'nominee',
}));
const AWARD_SKIP = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'also', 'both', 'up', 'for', 'as', 'in', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'second', 'third', 'first', 'fourth', 'fifth']);

/**
 * "X won best actor for …", "X picked up her second best actress Oscar", "X was nominated for best
 * director", "X was named best newcomer": the category a person won or was shortlisted in, with
 * "winner" or "nominee" ("best actress nominee"). The category opens with "best" or "most".
 */
export function awardAfter(article: Article, last: number): string | undefined {
  const { tokens, tokenSentence } = article;
  // "X, who was crowned best actor": a relative clause right after the name.
  if (tokens[last + 1]?.text !== ',' || tokens[last + 2]?.lower !== 'who') return awardFrom(article, last + 1, last);
  // "X, who worked on …, is up for art direction": or after the clause that closes with a comma.
  let close = last + 3;
  while (close < tokens.length && close - last < 20 && tokenSentence[close] === tokenSentence[last] && tokens[close]!.text !== ',') close++;
  return awardFrom(article, last + 3, last) ?? (tokens[close]?.text === ',' ? awardFrom(article, close + 1, last) : undefined);
}

/** The category or prize of a verb of winning or shortlisting from token `k` on. */
function awardFrom(article: Article, k: number, last: number): string | undefined {
  const { tokens, tokenSentence } = article;
  let kind: string | undefined;
  let open = false;
  for (let steps = 0; k < tokens.length && steps < 6 && tokenSentence[k] === tokenSentence[last]; k++, steps++) {
    const lower = tokens[k]!.lower;
    if (lower === 'best' || lower === 'most') break;
    // "X was nominated for art direction": a category without "best", in lower case after "for".
    if (kind === 'nominee' && (open = openCategory(article, k))) break;
    // "X is up for art direction": shortlisted.
    if (kind === undefined && lower === 'up' && tokens[k + 1]?.lower === 'for' && tokens[k - 1]?.lower !== 'picked') {
      kind = 'nominee';
      continue;
    }
    // "won the Technical Achievement Award": a prize's name after the verb.
    if (kind !== undefined && /^\p{Lu}/u.test(tokens[k]!.text) && tokens[k - 1]?.lower === 'the') break;
    // "X triumphed as the best supporting actress": any verb, when "as" follows it.
    if (kind === undefined && tokens[k]!.pos === 'VERB' && tokens[k + 1]?.lower === 'as') kind = 'winner';
    else if (AWARD_VERBS.has(lower) && kind === undefined) kind = AWARD_VERBS.get(lower);
    else if (!AWARD_SKIP.has(lower)) return undefined;
  }
  // "X won the Technical Achievement Award for …": a prize named in capitals, with "winner".
  if (kind && !open && tokens[k]?.lower !== 'best' && tokens[k]?.lower !== 'most') return prizeAt(article, k, last, kind);
  if (!kind || (!open && !['best', 'most'].includes(tokens[k]?.lower ?? ''))) return undefined;
  const from = k;
  let end = k;
  while (end + 1 < tokens.length && end - from < 4 && tokenSentence[end + 1] === tokenSentence[last]
    && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[end + 1]!.pos) && !FUNCTION_WORDS.has(tokens[end + 1]!.lower)
    && (!open || /^\p{Ll}/u.test(tokens[end + 1]!.text))) end++;
  if (open) return tokens[end]!.pos === 'NOUN' ? `${span(article, from, end)} ${kind}` : undefined;
  return end > from ? `${span(article, from, end)} ${kind}` : undefined;
}

/** A lower-case category right after "for" ("nominated for art direction"), not "her role". */
function openCategory(article: Article, k: number): boolean {
  const t = article.tokens[k]!;
  return article.tokens[k - 1]?.lower === 'for' && /^\p{Ll}/u.test(t.text) && ['NOUN', 'ADJ'].includes(t.pos)
    && !FUNCTION_WORDS.has(t.lower) && !AWARD_SKIP.has(t.lower) && !['role', 'part', 'performance', 'work', 'playing'].includes(t.lower);
}

/** Words that end the name of a prize ("Technical Achievement Award", "Sutherland Trophy"). */
const PRIZE_WORDS = new Set(['award', 'prize', 'trophy', 'medal']);

/** The capitalised name of a prize from token `k` ("Sutherland Trophy"), with `kind` after it. */
function prizeAt(article: Article, k: number, last: number, kind: string): string | undefined {
  const { tokens, tokenSentence } = article;
  let end = k;
  while (end < tokens.length && end - k < 6 && tokenSentence[end] === tokenSentence[last] && /^\p{Lu}/u.test(tokens[end]!.text)) end++;
  end--;
  if (end < k || !PRIZE_WORDS.has(tokens[end]!.lower)) return undefined;
  return `${span(article, k, end)} ${kind}`;
}

/**
 * "the Sutherland Trophy, which was won by X", "The first novel section was won by X", "the
 * prize for best supporting actor went to X", "five prizes including best supporting actress for
 * X": the prize or category given to the person named after it, with "winner".
 */
export function awardBefore(article: Article, first: number): string | undefined {
  const { tokens, tokenSentence } = article;
  const s = tokenSentence[first];
  const lower = (k: number): string => (tokenSentence[k] === s ? tokens[k]?.lower ?? '' : '');
  let end: number;
  if (lower(first - 1) === 'by' && lower(first - 2) === 'won' && ['was', 'were'].includes(lower(first - 3))) end = first - 4;
  else if (lower(first - 1) === 'to' && ['went', 'goes', 'go'].includes(lower(first - 2))) end = first - 3;
  else if (lower(first - 1) === 'for') {
    // "best supporting actress for X": a category opening with "best" or "most".
    let k = first - 2;
    while (k >= 0 && first - 2 - k < 4 && tokenSentence[k] === s && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[k]!.pos) && !['best', 'most'].includes(tokens[k]!.lower)) k--;
    return k < first - 2 && ['best', 'most'].includes(lower(k)) ? `${span(article, k, first - 2)} winner` : undefined;
  } else return beaten(article, first);
  // "…, which was won by X": the prize before the relative pronoun.
  if (lower(end) === 'which' && tokens[end - 1]?.text === ',') end -= 2;
  let k = end;
  while (k >= 0 && end - k < 6 && tokenSentence[k] === s && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(tokens[k]!.pos)) k--;
  if (k === end || !['the', 'The'].includes(tokens[k]?.text ?? '')) return undefined;
  const head = tokens[end]!.lower;
  if (!PRIZE_WORDS.has(head) && !['section', 'category', 'title', 'crown'].includes(head)) return undefined;
  return `${span(article, k + 1, end)} winner`;
}

/** Verbs by which a winner leaves the rest of the shortlist behind. */
const BEAT_VERBS = new Set(['beat', 'beats', 'beating', 'defeated', 'defeating', 'pipped', 'pipping']);

/**
 * "X won best actress, beating stars including Y, Z and W", "X beat actors including Y and Z to the
 * prize for best supporting actor": those beaten to a "best" category were its nominees.
 */
function beaten(article: Article, first: number): string | undefined {
  const { tokens, tokenSentence } = article;
  const s = tokenSentence[first];
  let k = first - 1;
  // Back over the list before the name: other names, commas and "and".
  while (k >= 0 && first - k < 25 && tokenSentence[k] === s
    && (tokens[k]!.pos === 'PROPN' || tokens[k]!.text === ',' || tokens[k]!.lower === 'and')) k--;
  if (tokens[k]?.lower !== 'including' || tokenSentence[k] !== s) return undefined;
  if (tokens[k - 1]?.pos !== 'NOUN' || !BEAT_VERBS.has(tokens[k - 2]?.lower ?? '')) return undefined;
  // The category: the first "best …" of the sentence, in lower case.
  let from = k - 2;
  while (from > 0 && tokenSentence[from - 1] === s) from--;
  while (tokenSentence[from] === s && tokens[from]!.lower !== 'best') from++;
  if (tokenSentence[from] !== s) return undefined;
  let end = from;
  while (end - from < 4 && tokenSentence[end + 1] === s && ['NOUN', 'ADJ'].includes(tokens[end + 1]!.pos)
    && /^\p{Ll}/u.test(tokens[end + 1]!.text) && !FUNCTION_WORDS.has(tokens[end + 1]!.lower)) end++;
  return end > from ? `${span(article, from, end)} nominee` : undefined;
}
