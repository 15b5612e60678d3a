/**
 * What a look-up that found nothing comes closest to: a word's near spellings in the index's
 * vocabulary (through deletion variants, so by exact look-ups), and suggestions built from the keys
 * those spellings and the word's prefix reach — bounded work however large the archive is.
 */
import { distance } from 'fastest-levenshtein';
import type { IndexLookup, QueryWord, Vocabulary } from './index-store.ts';
import { deletionVariants, editsFor, withinEdits } from './terms.ts';

/** How many close spellings of a word a look-up tries (the nearest). */
const NEAR_TERMS = 10;

/** Items with distinct ids, first occurrence kept. */
export function unique<T>(items: readonly T[], idOf: (item: T) => string): T[] {
  const out = new Map<string, T>();
  for (const item of items) if (!out.has(idOf(item))) out.set(idOf(item), item);
  return [...out.values()];
}

/** How `suggestNear` reads items: by several whole keys at once, and by a key's prefix. */
export interface NearLookup<T> {
  byKeys(terms: readonly string[]): Promise<Map<string, T[]>>;
  byPrefix(word: string): Promise<T[]>;
}

/**
 * Items the words nearly name, through the keys of each word's close spellings and of the words
 * it starts: items matching more words first, then nearer ones, then in the look-up's own order.
 * A fixed number of look-ups per word — its close spellings, the keys of all of them at once, its
 * prefix — however many spellings it has.
 */
export async function suggestNear<T>(
  index: IndexLookup,
  words: string[],
  vocabulary: Vocabulary,
  fraction: number,
  lookup: NearLookup<T>,
  idOf: (item: T) => string,
  limit: number,
): Promise<T[]> {
  const spellings: Array<Array<{ term: string; distance: number }>> = [];
  for (const word of words) spellings.push(await nearTerms(index, word, vocabulary, fraction));
  const byKey = await lookup.byKeys([...new Set(spellings.flat().map((s) => s.term))]);
  const scores = new Map<string, { item: T; words: number; distance: number; order: number }>();
  for (const [w, word] of words.entries()) {
    const found = new Map<string, { item: T; distance: number }>();
    const take = (items: T[], distance: number) => items.forEach((item) => found.has(idOf(item)) || found.set(idOf(item), { item, distance }));
    for (const { term, distance } of spellings[w]!) take(byKey.get(term) ?? [], distance);
    if (word.length >= 3) take(await lookup.byPrefix(word), 0.5);
    for (const [id, { item, distance }] of found) {
      const score = scores.get(id) ?? { item, words: 0, distance: 0, order: scores.size };
      score.words++;
      score.distance += distance;
      scores.set(id, score);
    }
  }
  return [...scores.values()]
    .sort((a, b) => b.words - a.words || a.distance - b.distance || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.item);
}

/** The word and the vocabulary's words a few typos from it (`fraction` edits per letter), nearest first, at most NEAR_TERMS. */
export async function nearTerms(index: IndexLookup, word: string, vocabulary: Vocabulary, fraction: number): Promise<Array<{ term: string; distance: number }>> {
  const edits = editsFor(word, fraction);
  const near = edits > 0 ? withinEdits(word, await index.similarTerms(vocabulary, deletionVariants(word, edits)), edits) : [];
  const scored = near.map((term) => ({ term, distance: distance(word, term) })).sort((a, b) => a.distance - b.distance || (a.term < b.term ? -1 : 1));
  return [{ term: word, distance: 0 }, ...scored.slice(0, NEAR_TERMS)];
}

/** Each word with the spellings that may stand for it: itself, its prefix, and vocabulary words a few typos away. */
export async function spellingsOf(index: IndexLookup, words: readonly string[], vocabulary: Vocabulary, how: { fraction: number; minLength?: number; prefix?: (w: string) => boolean }): Promise<QueryWord[]> {
  return Promise.all(
    words.map(async (word): Promise<QueryWord> => {
      const near = word.length >= (how.minLength ?? 1) ? (await nearTerms(index, word, vocabulary, how.fraction)).slice(1) : [];
      return [{ term: word, ...(how.prefix?.(word) ? { prefix: true } : {}) }, ...near.map(({ term }) => ({ term }))];
    }),
  );
}
