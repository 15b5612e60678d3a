/**
 * Brings a story index (story-index.ts) to a later revision of the briefing index from the
 * briefings changed between (`Library.changesSince`), instead of reading every outline again:
 * stories changed or gone are dropped, the changed ones as they are now are tokenized and placed
 * where headline order puts them, and every other story keeps its terms and moves up or down by
 * the stories placed or dropped before it. The result is the index a build from every outline
 * makes: the same story numbers, terms, postings and digests.
 */
import type { BriefingChanges } from '../briefing/index-store.ts';
import type { BriefingOutline } from '../briefing/model.ts';
import { DIGEST_BYTES, type SnapshotParts, type Weights } from './story-snapshot.ts';

/** One story as the index holds it: its terms (the first `headline` name it in its headline, aliases or slug), and its naming-words digest. */
export interface NamedStory {
  terms: readonly string[];
  headline: number;
  digest: Buffer;
}

type Postings = SnapshotParts['postings'];

/**
 * The index with `changes` applied, or undefined when they do not fit it (a place outside the
 * stories there will be, or two stories at one place): the index was not of the revision the
 * changes start from, and is built again.
 */
export function applyChanges(index: SnapshotParts, changes: BriefingChanges, weights: Weights, name: (outline: BriefingOutline) => NamedStory): SnapshotParts | undefined {
  if (changes.changed.length === 0) return index;
  const touched = new Set(changes.changed.map((c) => c.slug));
  const placed = changes.changed
    .flatMap((c) => (c.now ? [{ slug: c.slug, position: c.now.position, story: name(c.now.outline) }] : []))
    .sort((a, b) => a.position - b.position);
  const before = index.slugs.length;
  let staying = 0;
  for (const slug of index.slugs) if (!touched.has(slug)) staying++;
  const n = staying + placed.length;
  const taken = new Uint8Array(n);
  for (const p of placed) {
    if (!(p.position >= 0 && p.position < n) || taken[p.position]) return undefined;
    taken[p.position] = 1;
  }

  // Old story number → new (-1: dropped); the stories that stay fill the places left, in their order.
  const renumber = new Int32Array(before).fill(-1);
  const slugs = new Array<string>(n);
  const digests = Buffer.alloc(n * DIGEST_BYTES);
  // The old stories from the first to the last that is dropped or renumbered: the others keep their number.
  let firstMoved = before;
  let lastMoved = -1;
  for (let i = 0, at = 0; i < before; i++) {
    if (touched.has(index.slugs[i]!)) {
      firstMoved = Math.min(firstMoved, i);
      lastMoved = i;
      continue;
    }
    while (taken[at]) at++;
    renumber[i] = at;
    if (at !== i) {
      firstMoved = Math.min(firstMoved, i);
      lastMoved = i;
    }
    slugs[at] = index.slugs[i]!;
    index.digests.copy(digests, at * DIGEST_BYTES, i * DIGEST_BYTES, (i + 1) * DIGEST_BYTES);
    at++;
  }
  // Each term's new stories, ascending (the placed stories come in place order).
  const added = new Map<string, { stories: number[]; weights: number[] }>();
  for (const p of placed) {
    slugs[p.position] = p.slug;
    p.story.digest.copy(digests, p.position * DIGEST_BYTES);
    p.story.terms.forEach((term, k) => {
      let list = added.get(term);
      if (!list) added.set(term, (list = { stories: [], weights: [] }));
      list.stories.push(p.position);
      list.weights.push(k < p.story.headline ? weights.headline : weights.actor);
    });
  }

  const postings: Postings = new Map();
  let termsChanged = false;
  for (const [term, p] of index.postings) {
    const extra = added.get(term);
    // A term that gained no story and names none of those moved is as it was.
    if (!extra && noneWithin(p.stories, firstMoved, lastMoved)) {
      postings.set(term, p);
      continue;
    }
    const merged = merge(p, renumber, extra);
    if (merged.stories.length > 0) postings.set(term, merged);
    else termsChanged = true;
  }
  const fresh: string[] = [];
  for (const [term, extra] of added) {
    if (index.postings.has(term)) continue;
    postings.set(term, { stories: Int32Array.from(extra.stories), weights: Float32Array.from(extra.weights) });
    fresh.push(term);
  }
  const terms = termsChanged || fresh.length > 0 ? [...index.terms.filter((t) => postings.has(t)), ...fresh].sort() : index.terms;
  return { slugs, terms, postings, digests };
}

/** Whether no story of an ascending list lies in `from`–`to`. */
function noneWithin(stories: Int32Array, from: number, to: number): boolean {
  const at = lowerBound(stories, from);
  return at === stories.length || stories[at]! > to;
}

/** Where `key` goes in an ascending list: the first place holding a value not below it. */
export function lowerBound<T>(sorted: ArrayLike<T>, key: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A term's stories renumbered (dropped ones left out) and merged with those it gained, ascending. */
function merge(p: { stories: Int32Array; weights: Float32Array }, renumber: Int32Array, extra: { stories: number[]; weights: number[] } | undefined) {
  let size = extra?.stories.length ?? 0;
  for (let k = 0; k < p.stories.length; k++) if (renumber[p.stories[k]!]! >= 0) size++;
  const stories = new Int32Array(size);
  const weights = new Float32Array(size);
  let e = 0;
  let out = 0;
  for (let k = 0; k < p.stories.length; k++) {
    const story = renumber[p.stories[k]!]!;
    if (story < 0) continue;
    while (extra && e < extra.stories.length && extra.stories[e]! < story) {
      stories[out] = extra.stories[e]!;
      weights[out++] = extra.weights[e++]!;
    }
    stories[out] = story;
    weights[out++] = p.weights[k]!;
  }
  while (extra && e < extra.stories.length) {
    stories[out] = extra.stories[e]!;
    weights[out++] = extra.weights[e++]!;
  }
  return { stories, weights };
}
