/**
 * The words that name each story — headline, aliases, slug and actors' names — as the question
 * answerer reads words (stems, synonyms, countries), in an inverted index built from the briefing
 * index's outlines on the first free question. After the briefing index changes (the library's
 * `generation`) the next question brings it up to date from the stories changed since its revision
 * alone (the index's change log, story-delta.ts), and builds it again — reading every outline, but
 * tokenizing only the stories whose naming words changed — only when the log cannot say which.
 * A build, and every `KEEP_AFTER` changed stories brought up to date, is kept in the briefing
 * index (story-snapshot.ts) with its revision, so the next process — a lone `brief ask "why …"` —
 * reads it and brings it up to date the same way instead of building. It keeps only slugs and
 * words, never articles: the chosen stories' articles are read when a question needs them.
 * Ranking a question's words against it is story-rank.ts.
 */
import { createHash } from 'node:crypto';
import type { Library } from '../briefing/library.ts';
import type { BriefingOutline } from '../briefing/model.ts';
import { applyChanges, type NamedStory } from './story-delta.ts';
import { storyCountries } from './places.ts';
import { decodeSnapshot, DIGEST_BYTES, encodeSnapshot } from './story-snapshot.ts';
import { contentTokens } from './words.ts';

export interface StoryIndex {
  /** Story number → slug, in the library's headline order. */
  slugs: string[];
  /** Term → story numbers (ascending) and how strongly the term names each. */
  postings: Map<string, { stories: Int32Array; weights: Float32Array }>;
  /** Every term, sorted, for prefix look-ups ("derailmnet" finds "derail"). */
  terms: string[];
  /** Each story's naming-words digest (`DIGEST_BYTES` each, in story order): a later build reuses the terms of stories whose digest it finds. */
  digests: Buffer;
}

export const HEADLINE_WEIGHT = 2;
const ACTOR_WEIGHT = 1.5;
const WEIGHTS = { headline: HEADLINE_WEIGHT, actor: ACTOR_WEIGHT };
/** Under what name the index is kept in the briefing index for other processes (`Library.keepDerived`). */
const KEPT_AS = 'story-index';
/** How many stories a kept index is checked on (their terms tokenized again) before it is used. */
const CHECKED_STORIES = 12;
/**
 * After how many changed stories an index brought up to date is kept again for other processes.
 * Keeping encodes the whole index (about 0.3 s at 100,000 stories, 40 ms at 10,000); in between,
 * the next process brings the kept one up to date itself, reading at most this many outlines.
 */
const KEEP_AFTER = 64;

/** An index as a library holds it: of which revision, and how many stories changed since it was last kept. */
interface Held {
  index: StoryIndex;
  revision: number;
  unkept: number;
}

/** Per library: the index of one generation of it (being built, or built). */
const indexes = new WeakMap<Library, { generation: number; held: Promise<Held> }>();

/** A story's terms, each once: those naming it in its headline, aliases or slug first, then those only among its actors. */
interface StoryTerms {
  terms: string[];
  headline: number;
}

function termsOf(named: string, actors: readonly string[], countries: readonly string[]): StoryTerms {
  const head = new Set(contentTokens(named).map((t) => t.term));
  const all = new Set(head);
  for (const actor of actors) for (const t of contentTokens(actor)) all.add(t.term);
  for (const country of countries) all.add(country);
  return { terms: [...all], headline: head.size };
}

/**
 * The words naming a story, and their digest: headline, aliases and slug as one text, each actor's
 * names apart, and the countries its headline's and its places' and organisations' names lie in
 * ("Marseille" → France), which name it as an actor does.
 */
function namingOf(b: { slug: string; headline: string; aliases: readonly string[]; actors: ReadonlyArray<{ name: string; aliases: readonly string[]; kind?: string }> }) {
  const named = [b.headline, ...b.aliases, b.slug.replace(/-/g, ' ')].join(' ');
  const actors = b.actors.map((a) => [a.name, ...a.aliases].join(' '));
  const countries = storyCountries(b);
  // Each actor is read apart (a country's name never spans two actors), so the digest keeps them apart too.
  const digest = createHash('sha256').update(JSON.stringify([named, ...actors, countries])).digest().subarray(0, DIGEST_BYTES);
  return { named, actors, countries, digest };
}

/** Builds the index from every outline, reusing the terms `known` has for a story's digest (base64). */
async function build(library: Library, known: ReadonlyMap<string, StoryTerms>): Promise<StoryIndex> {
  // Stories come in ascending number and name each term once, so each term's list is built in order.
  const raw = new Map<string, { stories: number[]; weights: number[] }>();
  const slugs: string[] = [];
  const digests: Buffer[] = [];
  for await (const b of library.everyOutline()) {
    const i = slugs.push(b.slug) - 1;
    const { named, actors, countries, digest } = namingOf(b);
    digests.push(digest);
    const story = known.get(digest.toString('base64')) ?? termsOf(named, actors, countries);
    story.terms.forEach((term, k) => {
      let p = raw.get(term);
      if (!p) raw.set(term, (p = { stories: [], weights: [] }));
      p.stories.push(i);
      p.weights.push(k < story.headline ? HEADLINE_WEIGHT : ACTOR_WEIGHT);
    });
  }
  const postings = new Map<string, { stories: Int32Array; weights: Float32Array }>();
  for (const [term, p] of raw) postings.set(term, { stories: Int32Array.from(p.stories), weights: Float32Array.from(p.weights) });
  return { slugs, postings, terms: [...postings.keys()].sort(), digests: Buffer.concat(digests) };
}

/** Each story's terms as the index holds them (its postings turned around), by digest (base64). */
function termsByDigest(index: StoryIndex): Map<string, StoryTerms> {
  const head: string[][] = index.slugs.map(() => []);
  const rest: string[][] = index.slugs.map(() => []);
  for (const [term, p] of index.postings) {
    for (let k = 0; k < p.stories.length; k++) (p.weights[k] === HEADLINE_WEIGHT ? head : rest)[p.stories[k]!]!.push(term);
  }
  const out = new Map<string, StoryTerms>();
  for (let i = 0; i < index.slugs.length; i++) {
    out.set(index.digests.toString('base64', i * DIGEST_BYTES, (i + 1) * DIGEST_BYTES), { terms: [...head[i]!, ...rest[i]!], headline: head[i]!.length });
  }
  return out;
}

/**
 * Up to how many changed stories an index is brought up to date rather than built again from
 * every outline: each costs about what a build costs per story (its outline read, its words
 * tokenized), so up to half the archive (and the change log holds fewer at any size that matters).
 */
function changeLimit(index: StoryIndex): number {
  return Math.max(4 * KEEP_AFTER, Math.floor(index.slugs.length / 2));
}

/** The index brought from the revision it is of to the briefing index's latest, reading only the briefings changed between; undefined when the change log cannot say which. */
async function broughtUp(library: Library, from: Held): Promise<Held | undefined> {
  const changes = await library.changesSince(from.revision, changeLimit(from.index));
  const index = changes && applyChanges(from.index, changes, WEIGHTS, named);
  if (!changes || !index) return undefined;
  return { index, revision: changes.revision, unkept: from.unkept + changes.changed.length };
}

/** A story's terms and digest, as `applyChanges` places it. */
function named(outline: BriefingOutline): NamedStory {
  const { named, actors, countries, digest } = namingOf(outline);
  return { ...termsOf(named, actors, countries), digest };
}

/** Keeps the index for other processes (a cache: a failure costs the next process a build). */
async function keep(library: Library, index: StoryIndex, revision: number): Promise<void> {
  await library.keepDerived(KEPT_AS, revision, encodeSnapshot(index, WEIGHTS)).catch(() => undefined);
}

/**
 * The index another process kept, brought up to date with the briefings changed since, when it
 * still holds: same number of stories, and the terms of a few of them, tokenized again now, are
 * the ones it has (so a changed tokenizer is not trusted blindly).
 */
async function keptIndex(library: Library): Promise<Held | undefined> {
  const kept = await library.derived(KEPT_AS);
  const parts = kept && decodeSnapshot(kept.data, WEIGHTS);
  if (!kept || !parts) return undefined;
  const held = await broughtUp(library, { index: parts, revision: kept.revision, unkept: 0 });
  if (!held || held.index.slugs.length !== (await library.count())) return undefined;
  const { index } = held;
  const n = index.slugs.length;
  const checked = new Map<number, { head: Set<string>; rest: Set<string> }>();
  for (let k = 0; k < Math.min(CHECKED_STORIES, n); k++) checked.set(Math.floor((k * n) / Math.min(CHECKED_STORIES, n)), { head: new Set(), rest: new Set() });
  const flagged = new Uint8Array(n);
  for (const i of checked.keys()) flagged[i] = 1;
  for (const [term, p] of index.postings) {
    for (let k = 0; k < p.stories.length; k++) {
      if (flagged[p.stories[k]!]) checked.get(p.stories[k]!)![p.weights[k] === HEADLINE_WEIGHT ? 'head' : 'rest'].add(term);
    }
  }
  for (const [i, seen] of checked) {
    const outline = await library.bySlugExact(index.slugs[i]!);
    if (!outline) return undefined;
    const { named, actors, countries, digest } = namingOf(outline);
    if (!digest.equals(index.digests.subarray(i * DIGEST_BYTES, (i + 1) * DIGEST_BYTES))) return undefined;
    const now = termsOf(named, actors, countries);
    const same = (list: string[], set: Set<string>) => list.length === set.size && list.every((t) => set.has(t));
    if (!same(now.terms.slice(0, now.headline), seen.head) || !same(now.terms.slice(now.headline), seen.rest)) return undefined;
  }
  return held;
}

/**
 * The story index of the library as it is now: on first use read as another process kept it (or
 * built), and after the briefing index changed brought up to date from the stories that changed
 * (or, when the change log cannot say which, built again).
 */
export function indexOf(library: Library): Promise<StoryIndex> {
  const entry = indexes.get(library);
  if (entry && entry.generation === library.generation) return entry.held.then((h) => h.index);
  const held = (async (): Promise<Held> => {
    const previous = entry ? await entry.held.catch(() => undefined) : undefined;
    const brought = await (previous ? broughtUp(library, previous) : keptIndex(library)).catch(() => undefined);
    if (brought && brought.unkept >= KEEP_AFTER) await keep(library, brought.index, brought.revision);
    if (brought) return brought.unkept >= KEEP_AFTER ? { ...brought, unkept: 0 } : brought;
    // Read before the outlines: a write meanwhile moves it, and the next question applies that write again.
    const revision = await library.revision();
    const built = await build(library, previous ? termsByDigest(previous.index) : new Map());
    await keep(library, built, revision);
    return { index: built, revision, unkept: 0 };
  })();
  const next = { generation: library.generation, held };
  indexes.set(library, next);
  // A failed build (the store went away) is not kept: the next question tries again.
  held.catch(() => {
    if (indexes.get(library) === next) indexes.delete(library);
  });
  return held.then((h) => h.index);
}

/**
 * Builds the story index of the library as it is now, ahead of the first free question (which
 * would otherwise wait for it: seconds at 10,000 briefings). Reading the outlines gives way to
 * other work between pages, so a running bot keeps answering meanwhile.
 */
export async function prepareStoryIndex(library: Library): Promise<number> {
  return (await indexOf(library)).slugs.length;
}
