/**
 * Words as look-ups see them: folded query words without stop words, how many typos a word may
 * carry, and the deletion variants that let a store find words a few typos away by exact look-up
 * ("kjaergard" and "kjaergaard" share "kjaergard"), with no scan of the vocabulary.
 */
import { distance } from 'fastest-levenshtein';
import { fold } from './text.ts';

/** Words that name no topic or person: "the story about the swap", "news on Bukele". */
export const QUERY_STOP = new Set(['the', 'a', 'an', 'about', 'on', 'of', 'story', 'briefing', 'news']);
/** Courtesy titles, which are not part of a name: "Mr Kjaergaard". */
export const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady']);

/** Topics and names are a few words; more is pasted text, and searching all of it only costs time. */
export const MAX_QUERY_WORDS = 12;
/** Words longer than this are not names: they are never corrected, and their variants are not kept. */
export const MAX_FUZZY_LENGTH = 32;
/** Words shorter than this have no variants: a typo in two letters is another word. */
const MIN_FUZZY_LENGTH = 3;

/** The folded words of a query, without stop words (and courtesy titles, when asked), at most MAX_QUERY_WORDS. */
export function queryWords(text: string, options: { titles?: boolean } = {}): string[] {
  return fold(text)
    .split(' ')
    .filter((w) => w && !QUERY_STOP.has(w) && !(options.titles && TITLE_WORDS.has(w)))
    .slice(0, MAX_QUERY_WORDS);
}

/** How many edits a word of this length may have and still match a name. */
export function tolerance(word: string): number {
  if (word.length <= 3) return 0;
  if (word.length <= 6) return 1;
  return 2;
}

/** True when two folded words are the same or within both words' tolerance. */
export function wordsClose(a: string, b: string): boolean {
  if (a === b) return true;
  const t = Math.min(tolerance(a), tolerance(b));
  return t > 0 && Math.abs(a.length - b.length) <= t && distance(a, b) <= t;
}

/** Edits allowed for `fraction` edits per letter, at most two (the deletion variants reach that far). */
export function editsFor(word: string, fraction: number): number {
  if (word.length < MIN_FUZZY_LENGTH || word.length > MAX_FUZZY_LENGTH) return 0;
  return Math.min(2, Math.round(word.length * fraction));
}

/**
 * The word and the words made by deleting `depth` letters or fewer from it. A store keeps depth 1
 * for every word of its vocabulary; a query asks with depth up to 2, which finds every word one
 * edit away and most words two edits away, by exact look-up.
 *
 * @example deletionVariants('swap', 1) → ['swap', 'wap', 'sap', 'swp', 'swa']
 */
export function deletionVariants(word: string, depth = 1): string[] {
  if (word.length < MIN_FUZZY_LENGTH || word.length > MAX_FUZZY_LENGTH) return [word];
  const out = new Set([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (v.length > 0 && !out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return [...out];
}

/** Of `candidates`, those within `maxEdits` of `word` (the word itself excluded). */
export function withinEdits(word: string, candidates: readonly string[], maxEdits: number): string[] {
  return candidates.filter((c) => c !== word && Math.abs(c.length - word.length) <= maxEdits && distance(c, word) <= maxEdits);
}
