/**
 * Signs at one mention of a name of how it is used, for the name's features (person-features.ts):
 * in a list of names, in a roster, as a work's title, followed by "it"/"its" rather than "he"/"she".
 */
import type { Article } from './context.ts';
import { NEVER_ACTORS, PLACE_WORDS } from './lexicon.ts';
import { WORK_WORDS } from './person-words.ts';

/** True when the first pronoun after token `last` in its sentence is "it", "its" or "itself". */
export function thingPronounFirst(article: Article, last: number): boolean {
  const { tokens, tokenSentence } = article;
  for (let k = last + 1; k < tokens.length && tokenSentence[k] === tokenSentence[last] && k - last < 30; k++) {
    const w = tokens[k]!.lower;
    if (w === 'it' || w === 'its' || w === 'itself') return true;
    if (['he', 'she', 'his', 'her', 'him', 'they', 'their'].includes(w)) return false;
  }
  return false;
}

const THING_PRONOUNS = new Set(['it', 'its', 'itself']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'hers', 'himself', 'herself']);

/**
 * The first singular pronoun after a mention, in its sentence or the next, before another name
 * intervenes: 'it' ("Walt Disney has settled … It said"), 'person' ("… He said") or undefined.
 */
export function nextPronoun(article: Article, last: number): 'it' | 'person' | undefined {
  const { tokens, tokenSentence } = article;
  const limit = tokenSentence[last]! + 1;
  for (let k = last + 1; k < tokens.length && tokenSentence[k]! <= limit && k - last < 60; k++) {
    const t = tokens[k]!;
    if (THING_PRONOUNS.has(t.lower)) return 'it';
    if (PERSON_PRONOUNS.has(t.lower)) return 'person';
    if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !article.clauseInitial[k] && !NEVER_ACTORS.has(t.lower)) return undefined;
  }
  return undefined;
}

const LIST_MARKS = new Set([',', 'and', '&', ';', '(']);

/** True when the occurrence stands in a list of names ("Howard, Neville, Brown and Ferdinand"). */
export function inList(article: Article, first: number, last: number): boolean {
  const prev = article.tokens[first - 1];
  const next = article.tokens[last + 1];
  const before = prev !== undefined && LIST_MARKS.has(prev.lower) && /^\p{Lu}/u.test(article.tokens[first - 2]?.text ?? '');
  const after = next !== undefined && LIST_MARKS.has(next.lower) && /^\p{Lu}/u.test(article.tokens[last + 2]?.text ?? '');
  return before && after;
}

/** Nouns of a work or a genre of one that a maker's or a star's name modifies: "the Ben Vale comedy", "a Mira Sol album". */
const WORK_HEADS = new Set([...WORK_WORDS, 'comedy', 'drama', 'thriller', 'western', 'biopic', 'romance', 'sitcom', 'blockbuster', 'cartoon', 'record', 'tour', 'vehicle', 'epic', 'concert', 'exhibition', 'retrospective', 'biography', 'collection']);

/**
 * "the Ben Vale comedy", "a new Mira Sol album", "Ben Vale film Long Road": the name modifies a
 * noun of a work right after it, in lower case — the work's maker or star, while a determiner or
 * "sequel to" before it belongs to the work.
 */
export function modifiesWork(article: Article, last: number): boolean {
  const next = article.tokens[last + 1];
  return next !== undefined && article.tokenSentence[last + 1] === article.tokenSentence[last] && /^\p{Ll}/u.test(next.text) && WORK_HEADS.has(next.lower);
}

/** Words before "of"/"to" that make what follows a work: "star of X", "version of X", "sequel to X". */
const WORK_OF = new Set(['version', 'sequel', 'remake', 'adaptation', 'star', 'stars', 'creator', 'director', 'author', 'producer', 'writer', 'makers', 'cast']);
/** Verbs whose object after "in"/"on" is a work: "starred in X", "worked on X", "appeared in X". */
const WORK_IN = new Set(['starred', 'starring', 'appeared', 'appears', 'appearing', 'worked', 'roles', 'role', 'featured', 'played']);

/**
 * True when the words around a name make it a work's title: "1947's Nicholas Nickleby", "the film
 * version of Billy Elliot", "starred in Vera Drake", "Joey, starring …", "Kinsey, which features".
 */
export function workContext(article: Article, first: number, last: number): boolean {
  const { tokens } = article;
  const prev = tokens[first - 1]?.text ?? '';
  const prev2 = tokens[first - 2]?.lower ?? '';
  if (/^['’]s$/.test(prev) && /^(?:19|20)\d\d$/.test(prev2)) return true;
  // "Ron Vale's The Long Road", "Mira Sol's A Quiet Year": a title opened by an article after a possessive.
  if (/^['’]s$/.test(prev) && ['The', 'A', 'An'].includes(tokens[first]?.text ?? '')) return true;
  if (['The', 'A', 'An'].includes(prev) && /^['’]s$/.test(tokens[first - 2]?.text ?? '')) return true;
  if (worksListed(article, first)) return true;
  if ((prev === 'of' || prev === 'to') && WORK_OF.has(prev2)) return true;
  if ((prev === 'in' || prev === 'on') && WORK_IN.has(prev2)) return true;
  let k = last + 1;
  if (tokens[k]?.text === ',') k++;
  const next = tokens[k]?.lower;
  return next === 'starring' || (next === 'which' && ['features', 'stars', 'starred', 'follows', 'tells'].includes(tokens[k + 1]?.lower ?? ''));
}

/**
 * How many items the comma list around a mention holds ("Nash, Reiziger (Graham 82), Riggott,
 * Southgate …"): capitalised items, each maybe with a bracketed substitution, up to `cap`.
 */
export function listLength(article: Article, first: number, last: number, cap = 6): number {
  const { tokens, tokenSentence } = article;
  const s = tokenSentence[first];
  let items = 1;
  const walk = (from: number, step: 1 | -1): void => {
    let k = from;
    while (items < cap) {
      // Over the item's own words and a bracket such as "(Graham 82)".
      while (tokens[k] && tokenSentence[k] === s && (/^\p{Lu}/u.test(tokens[k]!.text) || ['(', ')'].includes(tokens[k]!.text) || /^\d+$/.test(tokens[k]!.text))) k += step;
      const sep = tokens[k];
      if (!sep || tokenSentence[k] !== s || !(sep.text === ',' || sep.text === ';' || sep.lower === 'and')) return;
      const next = tokens[k + step];
      if (!next || !(/^\p{Lu}/u.test(next.text) || (step === -1 && next.text === ')'))) return;
      items++;
      k += step;
    }
  };
  walk(last + 1, 1);
  walk(first - 1, -1);
  return items;
}

/** "Lockheed Martin, which …", "Apple which makes …": a relative clause for a thing after the name. */
export function whichAfter(article: Article, last: number): boolean {
  const { tokens } = article;
  const k = tokens[last + 1]?.text === ',' ? last + 2 : last + 1;
  return tokens[k]?.lower === 'which' && article.tokenSentence[k] === article.tokenSentence[last];
}

/** Past participles of making a work, before "by": "directed by X", "written by X". */
const MADE = new Set(['directed', 'written', 'produced', 'composed', 'painted', 'designed', 'created', 'choreographed', 'illustrated', 'narrated', 'presented', 'hosted', 'sung', 'co-written', 'co-directed', 'penned', 'founded']);

/** "directed by Sofia Coppola", "a novel by Ian Vale": the maker of a work. */
export function madeBy(article: Article, first: number): boolean {
  const { tokens } = article;
  const word = tokens[first - 2]?.lower ?? '';
  return tokens[first - 1]?.lower === 'by' && (MADE.has(word) || WORK_WORDS.has(word));
}

/**
 * "Ron Vale's The Long Road", "JRR Tolkien's book", "Mira Sol's new film": a possessive whose
 * object is a work (a word for one, or a title opened by "The"/"A") — its maker.
 */
export function makerOf(article: Article, last: number): boolean {
  const { tokens } = article;
  if (!/^['’]s?$/.test(tokens[last + 1]?.text ?? '')) return false;
  const a = tokens[last + 2];
  const b = tokens[last + 3];
  if (!a) return false;
  if (WORK_WORDS.has(a.lower) || (b !== undefined && /^\p{Ll}/u.test(a.text) && WORK_WORDS.has(b.lower))) return true;
  return (a.text === 'The' || a.text === 'A') && b !== undefined && /^\p{Lu}/u.test(b.text);
}

/**
 * "Darcey Vale and Jonathan Cope", "Emily Ross, Nathan Press": the name next to it in a pair or
 * a list opens with a given name (not a place's word: "West Edmonton, Alberta") and has a surname after it.
 */
export function peerPerson(article: Article, first: number, last: number, given: (word: string) => boolean): boolean {
  const { tokens, tokenSentence } = article;
  const cap = (k: number): boolean => /^\p{Lu}\p{Ll}/u.test(tokens[k]?.text ?? '') && tokenSentence[k] === tokenSentence[first];
  const sep = (k: number): boolean => [',', 'and', '&'].includes(tokens[k]?.lower ?? '');
  if (sep(last + 1) && cap(last + 2) && cap(last + 3) && given(tokens[last + 2]!.text) && !PLACE_WORDS.has(tokens[last + 2]!.lower)) return true;
  if (!sep(first - 1) || !cap(first - 2) || !cap(first - 3)) return false;
  let k = first - 2;
  while (k > 0 && cap(k - 1)) k--;
  return first - 2 - k <= 2 && given(tokens[k]!.text) && !PLACE_WORDS.has(tokens[k]!.lower);
}

/** Small words inside titles and between the items of a list of them ("Need for Speed, Ridge Racer and …"). */
const TITLE_JOINS = new Set([',', 'and', '&', ':', 'of', 'the', 'a', 'for', 'in', 'on', 'to']);

/** Plural nouns of works that head a list of their titles: "films such as X, Y and Z". */
const WORKS = new Set(['films', 'movies', 'albums', 'songs', 'singles', 'books', 'novels', 'plays', 'shows', 'series', 'games', 'titles', 'musicals', 'hits', 'programmes', 'tracks', 'characters']);

/**
 * "films such as My Quiet Year, Billy Vale and …", "hits including X and Y": the name stands in a
 * list of titles whose head, just before the list, is a plural noun of works.
 */
function worksListed(article: Article, first: number): boolean {
  const { tokens, tokenSentence } = article;
  let k = first - 1;
  while (k > 0 && tokenSentence[k] === tokenSentence[first] && (/^\p{Lu}/u.test(tokens[k]!.text) || TITLE_JOINS.has(tokens[k]!.lower))) k--;
  // "21 games will be on sale, including X, Y and Z": the head may stand further back.
  const reach = tokens[k]?.lower === 'including' || (tokens[k]?.lower === 'as' && tokens[k - 1]?.lower === 'such') ? 10 : 2;
  for (let j = k; j >= Math.max(0, k - reach) && tokenSentence[j] === tokenSentence[first]; j--) if (WORKS.has(tokens[j]!.lower)) return true;
  return false;
}

/** What a firm posts, reports, cuts or pays: "posted record profits", "cut 300 jobs", "raised its dividend". */
const FIRM_OBJECTS = new Set(['profit', 'profits', 'loss', 'losses', 'revenue', 'revenues', 'sales', 'earnings', 'dividend', 'dividends', 'jobs', 'turnover', 'margins', 'output', 'prices']);

/**
 * "Time Warner posted profits of …", "Dell cut 300 jobs", "Apex reported a loss": the clause the
 * name opens has a firm's object within a few words, before any comma or other name.
 */
export function firmClause(article: Article, last: number): boolean {
  const { tokens, tokenSentence } = article;
  const next = tokens[last + 1];
  if (!next || !['VERB', 'AUX'].includes(next.pos)) return false;
  for (let k = last + 2; k < last + 8 && tokenSentence[k] === tokenSentence[last]; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || /^\p{Lu}/u.test(t.text)) return false;
    if (FIRM_OBJECTS.has(t.lower)) return true;
  }
  return false;
}

/** Words before a name that make it a thing bought or merged: "bought X", "a takeover of X", "merge with X". */
const ACQUIRED = new Set(['bought', 'buy', 'buys', 'buying', 'acquire', 'acquired', 'acquires', 'acquiring', 'purchase', 'purchased']);

/** "bought Westcoast", "agreed to acquire Halden": a name that is the object of buying. */
export function acquiredAfter(article: Article, first: number): boolean {
  const prev = article.tokens[first - 1];
  return prev !== undefined && ACQUIRED.has(prev.lower) && article.tokenSentence[first - 1] === article.tokenSentence[first];
}

/**
 * "Subs not used: Cooper, Knight.", "Scorers: Vale 2, Ross": the mention stands in a list that a
 * colon opens, in its sentence — a line-up or a results line.
 */
export function colonList(article: Article, first: number): boolean {
  const { tokens, tokenSentence } = article;
  for (let k = first - 1; k >= 0 && tokenSentence[k] === tokenSentence[first] && first - k < 40; k--) {
    const t = tokens[k]!.text;
    if (t === ':') return true;
    if (!(/^\p{Lu}/u.test(t) || /^\d+$/.test(t) || [',', 'and', '(', ')', '&'].includes(t))) return false;
  }
  return false;
}

/** Words that open a team sheet's or a results line's colon: "Subs not used:", "Scorers:", "Booked:". */
const LINEUP_CUES = new Set(['subs', 'substitutes', 'replacements', 'scorers', 'scorer', 'goals', 'tries', 'try', 'cons', 'con', 'pens', 'pen', 'booked', 'bookings', 'dismissed', 'sent', 'bench', 'squad', 'team', 'line-up', 'lineup', 'xi']);

/**
 * "Subs not used: Cooper, Knight", "Scorers: Vale 2, Ross", "Booked: Cope": the colon list the
 * mention stands in is opened, within three words before the colon, by a word of a team sheet or
 * a results line.
 */
export function lineupCue(article: Article, first: number): boolean {
  const { tokens, tokenSentence } = article;
  for (let k = first - 1; k >= 0 && tokenSentence[k] === tokenSentence[first] && first - k < 40; k--) {
    const t = tokens[k]!.text;
    if (t === ':') {
      for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (LINEUP_CUES.has(tokens[j]!.lower)) return true;
      return false;
    }
    if (!(/^\p{Lu}/u.test(t) || /^\d+$/.test(t) || [',', 'and', '(', ')', '&'].includes(t))) return false;
  }
  return false;
}

const SAYING = new Set(['said', 'says', 'told', 'added', 'explained', 'insisted', 'argued', 'wrote', 'recalled']);

/**
 * "Ayanda Mthembu, of the consumer rights group Khuseleka, said …": a verb of saying right after
 * an appositive set off by commas after the name.
 */
export function saysAfterAside(article: Article, last: number): boolean {
  const { tokens, tokenSentence } = article;
  if (tokens[last + 1]?.text !== ',') return false;
  for (let k = last + 2; k < last + 16 && tokenSentence[k] === tokenSentence[last]; k++) {
    if (tokens[k]!.text === ',') return SAYING.has(tokens[k + 1]?.lower ?? '');
    if (['"', '“', '”', ';', '(', ')'].includes(tokens[k]!.text)) return false;
  }
  return false;
}

/**
 * "Subs not used: Vale, Cope", "Northfield: Ross, Vale (Cope 80), …": a lone word in a colon list
 * or a roster is a line-up's surname however it ends — apart when the article also gives it as the
 * end of a longer name ("Ian Vale … Vale").
 */
export function lineupSigns(f: Set<string>, words: number): void {
  if (words === 1 && (f.has('colonList') || f.has('roster&w=1'))) f.add(f.has('partOfLonger') ? 'lineup&w=1&named' : 'lineup&w=1');
}
