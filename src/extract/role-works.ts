/**
 * Roles that a named work gives: the film, book or show a person is named as the maker or owner
 * of ("X's Million Dollar Baby", "the best-selling book by X", "Meet the Fockers, which also stars
 * X"). Arts pages name people this way rather than with a title. Candidates for the learned role
 * decision (role-candidates.ts), which weighs them by their pattern.
 */
import type { Article } from './context.ts';
import { FUNCTION_WORDS, NEVER_ACTORS, isPersonNoun, isTitleWord } from './lexicon.ts';
import { span } from './roles.ts';

/** Lower-case words that may sit inside a work's title ("Jonathan Strange and Mr Norrell"). */
const TITLE_INNER = new Set(['and', 'of', 'the', 'a', 'in', 'on', 'to', 'for', '&']);
/** Most words of a work's title. */
const TITLE_WORDS = 7;

/** True for a capitalised word that may be part of a work's title (not a function word, a month or a day). */
function titleWord(text: string): boolean {
  return /^[\p{Lu}\d]/u.test(text) && !FUNCTION_WORDS.has(text.toLowerCase()) && !NEVER_ACTORS.has(text.toLowerCase());
}

/**
 * The last token of a work's title opening at `from` ("Million Dollar Baby", "Blade: Trinity"):
 * capitalised words, with lower-case joining words and a colon inside; -1 when none opens there.
 */
function titleEnd(article: Article, from: number): number {
  const { tokens, tokenSentence } = article;
  let end = -1;
  for (let k = from; k < tokens.length && k - from < TITLE_WORDS && tokenSentence[k] === tokenSentence[from]; k++) {
    const t = tokens[k]!;
    if (titleWord(t.text)) end = k;
    else if (!(end >= 0 && (TITLE_INNER.has(t.lower) || t.text === ':') && titleWord(tokens[k + 1]?.text ?? ''))) break;
  }
  return end;
}

/**
 * "Clint Eastwood's Million Dollar Baby beat …", "Wesley Snipes' Blade: Trinity was second": the
 * capitalised work or team a person is named as owning, as "of <title>". Not a person's title or
 * a word for a person ("X's Uncle Jim"), nor another name's possessive.
 */
export function workOwned(article: Article, nameLast: number): string | undefined {
  const { tokens, tokenSentence } = article;
  const mark = tokens[nameLast + 1];
  if (!mark || !/^['’]s?$/.test(mark.text) || tokenSentence[nameLast + 1] !== tokenSentence[nameLast]) return undefined;
  const from = nameLast + 2;
  const made = madeWork(article, from);
  if (made) return made;
  const end = titleEnd(article, from);
  if (end < 0) return undefined;
  const last = tokens[end]!;
  // "Peel's BBC Radio 1 show", "the West End musical": a capitalised modifier of a lower-case noun is no title.
  if (/^\p{Ll}/u.test(tokens[end + 1]?.text ?? '') && ['NOUN', 'ADJ'].includes(tokens[end + 1]!.pos)) return undefined;
  // "Nielsen's Mother-in-law", "Blair's Chancellor X": a word for a person, or a name after it.
  for (let k = from; k <= end; k++) if (isTitleWord(tokens[k]!.lower) || isPersonNoun(tokens[k]!.lower)) return undefined;
  if (/^['’]s?$/.test(tokens[end + 1]?.text ?? '') || last.pos === 'PRON') return undefined;
  return `of ${span(article, from, end)}`;
}

/**
 * "Michael Moore's controversial documentary Fahrenheit 9/11": after the possessive, modifiers, a
 * noun for a work and its capitalised title, as "<maker> of <title>".
 */
function madeWork(article: Article, from: number): string | undefined {
  const { tokens, tokenSentence } = article;
  let k = from;
  while (k < from + 3 && ['ADJ', 'NUM'].includes(tokens[k]?.pos ?? '') && /^[\p{Ll}\d]/u.test(tokens[k]!.text)) k++;
  const maker = WORK_MAKERS.get(tokens[k]?.lower ?? '');
  if (!maker || !/^\p{Ll}/u.test(tokens[k]!.text) || tokenSentence[k] !== tokenSentence[from]) return undefined;
  const end = titleEnd(article, k + 1);
  return end < 0 ? undefined : `${maker} of ${span(article, k + 1, end)}`;
}

/** Nouns for a work, and the word for the person a work is "by". */
const WORK_MAKERS = new Map(Object.entries({
  book: 'author', novel: 'author', biography: 'author', memoir: 'author', memoirs: 'author', autobiography: 'author',
  story: 'author', stories: 'author', poem: 'poet', poems: 'poet', play: 'playwright', script: 'writer', screenplay: 'writer',
  film: 'maker', movie: 'maker', documentary: 'maker', song: 'writer', songs: 'writer', album: 'maker', single: 'maker',
  painting: 'painter', paintings: 'painter', portrait: 'painter', sculpture: 'sculptor', photograph: 'photographer',
  photographs: 'photographer', works: 'creator', work: 'creator', opera: 'composer', symphony: 'composer', musical: 'creator',
  series: 'creator', show: 'creator', drawing: 'artist', drawings: 'artist', pictures: 'artist', picture: 'artist',
}));

/**
 * "the best-selling book by Alice Sebold", "turned into a spoof spy movie by John Huston",
 * "beating Jonathan Strange and Mr Norrell by Susanna Clarke": the work right before "by" and the
 * name, as "<maker> of <work>" — the maker the work's noun implies, "creator" for a bare title.
 * Not after a participle ("directed by X", role-lists.ts), nor for a work named as a kind alone.
 */
export function workBy(article: Article, first: number): string | undefined {
  const { tokens, tokenSentence } = article;
  const s = tokenSentence[first];
  if (tokens[first - 1]?.lower !== 'by' || tokenSentence[first - 1] !== s) return undefined;
  const end = first - 2;
  const head = tokens[end];
  if (!head || tokenSentence[end] !== s || article.tokenQuote[end]! >= 0) return undefined;
  const maker = WORK_MAKERS.get(head.lower);
  if (maker && /^\p{Ll}/u.test(head.text)) {
    // The noun's modifiers back to its determiner: "the best-selling book", "a spoof spy movie".
    let k = end - 1;
    while (k >= 0 && end - k < 6 && tokenSentence[k] === s && ['ADJ', 'NOUN', 'NUM', 'VERB'].includes(tokens[k]!.pos) && /^[\p{Ll}\d]/u.test(tokens[k]!.text)) k--;
    if (!['the', 'a', 'an', 'his', 'her', 'their'].includes(tokens[k]?.lower ?? '') || tokenSentence[k] !== s) return undefined;
    return `${maker} of ${span(article, k, end)}`;
  }
  if (!titleWord(head.text)) return undefined;
  // A bare title: back to its first word, which follows a lower-case word or a comma.
  let k = end;
  while (k - 1 >= 0 && end - k < TITLE_WORDS && tokenSentence[k - 1] === s && (titleWord(tokens[k - 1]!.text) || TITLE_INNER.has(tokens[k - 1]!.lower))) k--;
  while (k < end && TITLE_INNER.has(tokens[k]!.lower)) k++;
  const before = tokens[k - 1];
  if (!before || tokenSentence[k - 1] !== s || k === end - TITLE_WORDS) return undefined;
  // "Eve Green by": a work after its own determiner or a verb ("beating the favourite …").
  if (!['DET', 'VERB', 'NOUN', 'ADJ', 'ADP'].includes(before.pos) && before.text !== ',') return undefined;
  return `creator of ${span(article, k, end)}`;
}

