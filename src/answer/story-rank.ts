/**
 * A question's words ranked against the story index (story-index.ts): the stories whose headline,
 * aliases or actors name them. It touches only the stories that share a word, and a word shared by
 * many stories only re-scores those already found, so a question costs about the same at 100
 * stories as at 100,000.
 */
import type { Library } from '../briefing/library.ts';
import { compoundHead, relatedTerms, similarWords } from './related.ts';
import { lowerBound } from './story-delta.ts';
import { HEADLINE_WEIGHT, indexOf, type StoryIndex } from './story-index.ts';
import { sameFamily, termOf, type Token } from './words.ts';

/** A word naming more stories than this share picks no candidates; it only re-scores them. */
const COMMON_SHARE = 0.02;
const COMMON_MIN = 100;
/** What a word found by a prefix or a typo counts for, as a share of the word itself. */
const PREFIX_SHARE = 0.5;
/** What a naming word found through a word related by meaning (WordNet, or used alike) counts for. */
const RELATED_SHARE = 0.5;

/** The indexed term a word stands for: itself, a term of its word family, or one that starts it (five letters or more). */
function lookUp(index: StoryIndex, term: string): string | undefined {
  if (index.postings.has(term)) return term;
  if (term.length < 5) return undefined;
  const at = lowerBound(index.terms, term);
  const after = index.terms[at];
  if (after !== undefined && after.length - term.length <= 4 && sameFamily(term, after)) return after;
  for (let n = term.length - 1; n >= 5; n--) if (index.postings.has(term.slice(0, n))) return term.slice(0, n);
  return undefined;
}

function weightIn(stories: Int32Array, weights: Float32Array, story: number): number {
  let lo = 0;
  let hi = stories.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (stories[mid]! === story) return weights[mid]!;
    if (stories[mid]! < story) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * The stories a question's words name, best first, each with the share (0–1) of the question's
 * words, weighted by rarity, that name it in its headline (or, less, among its actors).
 */
export async function rankStories(library: Library, tokens: readonly Token[], limit: number, options: { relatives?: boolean } = {}): Promise<Array<{ slug: string; score: number }>> {
  const index = await indexOf(library);
  const n = index.slugs.length;
  const common = Math.max(COMMON_MIN, n * COMMON_SHARE);
  // A word found only by its start ("villa" for "village") names a story less surely than the word itself.
  const guessed = new Set<string>();
  // A word no story is named by may name one through a relative ("gallery" → "museum"), weaker still.
  const relatives = new Map<string, number>();
  const terms = [...new Set(tokens.map((t) => {
    const term = lookUp(index, t.term);
    if (term && term !== t.term) guessed.add(term);
    // "bushfire" names a story about a fire, less surely than "fire" would.
    const head = !term && options.relatives ? compoundHead(t.word) : undefined;
    if (head !== undefined && index.postings.has(head)) {
      guessed.add(head);
      return head;
    }
    if (!term && options.relatives) {
      const found = [...relatedTerms(t.word), ...similarWords(t.word).map(termOf)].find((r) => index.postings.has(r));
      if (found && !relatives.has(found)) relatives.set(found, RELATED_SHARE);
      if (found) return found;
    }
    return term ?? `?${t.term}`;
  }))];
  // What the score would be if every word named the story in its headline: a word no story has counts as the rarest.
  // (A word named only through a relative is itself missing, so it counts as the rarest too.)
  const possible = terms.reduce((sum, term) => sum + HEADLINE_WEIGHT * Math.log(1 + n / (relatives.has(term) ? 1 : (index.postings.get(term)?.stories.length ?? 1))), 0);
  const found = terms.filter((term) => index.postings.has(term)).map((term) => {
    const p = index.postings.get(term)!;
    return { ...p, idf: Math.log(1 + n / p.stories.length) * (guessed.has(term) ? PREFIX_SHARE : 1) * (relatives.get(term) ?? 1) };
  });
  if (found.length === 0 || possible <= 0) return [];
  // Rare words pick the candidates; with only common words, the rarest of them does (its first stories).
  let seeds = found.filter((f) => f.stories.length <= common);
  if (seeds.length === 0) seeds = [found.reduce((a, b) => (a.stories.length <= b.stories.length ? a : b))];
  const scores = new Map<number, number>();
  for (const p of seeds) {
    const count = Math.min(p.stories.length, common);
    for (let k = 0; k < count; k++) scores.set(p.stories[k]!, (scores.get(p.stories[k]!) ?? 0) + p.idf * p.weights[k]!);
  }
  for (const p of found.filter((f) => !seeds.includes(f))) {
    for (const [s, score] of scores) scores.set(s, score + p.idf * weightIn(p.stories, p.weights, s));
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([s, score]) => ({ slug: index.slugs[s]!, score: score / possible }));
}
