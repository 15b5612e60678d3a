/**
 * Words related by meaning, for a question word the article says otherwise: relatives from the
 * table distilled from WordNet, words used alike from the table distilled from GloVe word vectors
 * (read on the first free question), and the head of a compound typed as one word.
 */
import wordnet from './related-words.json' with { type: 'json' };
import { stemWord, synonymTable, termOf } from './words.ts';

let related: Map<string, string[]> | undefined;

/**
 * Terms related to a word by meaning, from the table distilled from WordNet
 * (scripts/distil-related-words.ts): synonyms in its commonest senses ("quit" → "resign") and words
 * derived from it ("organise" → "organiser"), as the terms the article's words count as. A weaker
 * match than the word itself: a sense that is common is not always the one meant.
 */
export function relatedTerms(word: string): readonly string[] {
  if (!related) {
    related = new Map();
    const table = synonymTable();
    for (const [stem, others] of Object.entries(wordnet.related as Record<string, string>)) {
      related.set(stem, [...new Set(others.split(' ').map((o) => table.get(o) ?? o))]);
    }
  }
  const stem = stemWord(word);
  return related.get(stem) ?? [];
}

let similar: Record<string, string> | undefined;
const split = new Map<string, readonly string[]>();

/**
 * Loads the table of words used alike (scripts/distil-similar-words.ts, from GloVe word vectors)
 * on the first free question, so a bot that is never asked one does not hold it.
 */
export async function loadSimilarWords(): Promise<void> {
  similar ??= (await import('./similar-words.json', { with: { type: 'json' } })).default.similar as Record<string, string>;
}

/**
 * Folded words used alike with a folded word, by their GloVe vectors ("trucks" → "vans", "money" →
 * "payment"): often related rather than the same ("resigned" → "appointed"), so a weak match, and
 * none until `loadSimilarWords` has run.
 */
export function similarWords(word: string): readonly string[] {
  const known = split.get(word);
  if (known) return known;
  const found = similar?.[word];
  if (!found) return [];
  // Story choice asks for every question word in every candidate: split each entry once.
  const words = found.split(' ');
  split.set(word, words);
  return words;
}

/**
 * The head of a compound typed as one word, as a term: "bushfire" is a fire, "cyberattack" an
 * attack. Both parts must be among the commonest words (the table of words used alike has them
 * as typed), the head of four letters or more, and the whole not a word they know ("protest" is no test); undefined
 * for any other word.
 */
export function compoundHead(word: string): string | undefined {
  const known = (w: string) => relatedTerms(w).length > 0 || similarWords(w).length > 0;
  if (known(word)) return undefined;
  for (let k = 3; k <= word.length - 4; k++) {
    const head = word.slice(k);
    if (similarWords(head).length > 0 && similarWords(word.slice(0, k)).length > 0) return termOf(head);
  }
  return undefined;
}
