/**
 * Signs at one mention of a name of how it is used, for the name's features (person-features.ts):
 * in a list of names, in a roster, as a work's title, followed by "it"/"its" rather than "he"/"she".
 */
import type { Article } from './context.ts';
import { NEVER_ACTORS } from './lexicon.ts';

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
