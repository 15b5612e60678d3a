/**
 * The briefings as answers look them up, over the persistent index: a briefing by slug, alias or
 * headline words, an actor by name, alias, surname or role — case-, accent- and typo-tolerant, and
 * never guessing: a miss returns the nearest candidates instead. Look-ups are index queries; only
 * the outlines an answer shows are read (bounded cache), and an article body only when an answer
 * shows its sentences.
 */
import { hashOf } from './build.ts';
import type { ActorField, BriefingChanges, BriefingRef, IdentityHit, IndexLookup } from './index-store.ts';
import { LruCache } from './lru.ts';
import { appearanceIn, type ActorAppearance, type ActorMatch } from './appearances.ts';
import type { Briefing, BriefingOutline } from './model.ts';
import { splitFrontMatter } from './parse.ts';
import { spellingsOf, suggestNear, unique } from './nearby.ts';
import { queryWords, wordsClose } from './terms.ts';
import { fold, splitBody } from './text.ts';

export type { BriefingRef };
export type { ActorAppearance, ActorIdentity, ActorMatch } from './appearances.ts';

/** What the library needs besides the index: the article text of a file, and a way to re-read a stale one. */
export interface LibraryOptions {
  /** The text of a file of the briefings folder, by name. */
  readFile: (file: string) => Promise<string>;
  /** Re-indexes files whose text no longer matches the index (an edit not yet seen). */
  refresh?: (files: readonly string[]) => Promise<void>;
  /** While a first index runs: how far it is (answers that find nothing say they may be early). */
  indexing?: () => { done: number; total: number } | undefined;
  /**
   * How many outlines and bodies to keep in memory (default 512 and 300: a free question on an
   * archive of up to 300 briefings reads every article, and keeping them keeps their preparation).
   */
  outlines?: number;
  bodies?: number;
  /** How many actors' appearances (an actor answer's briefing lines, about 1 KB each) to keep; default 4,096. */
  appearances?: number;
}

/** An actor answer lists this many briefings; the rest are counted. */
export const MAX_APPEARANCES = 10;
/** How many full-text candidates a look-up checks word by word. */
const CANDIDATES = 50;
/** How many items each close spelling brings to a suggestion. */
const PER_TERM = 5;

const TOPIC_WEIGHTS = { names: 4, headline: 2, actors: 1.5, summary: 1 } as const;

/** Look-ups over the briefing index. One per catalog; it stays valid as the index changes. */
export class Library {
  private readonly outlines: LruCache<string, BriefingOutline | null>;
  private readonly bodies: LruCache<string, Briefing>;
  private readonly appearances: LruCache<string, ActorAppearance | null>;
  /**
   * The name and role words of identities a name search weighed. Kept, as the same few come back
   * to many searches, and someone named in hundreds of briefings has a role word list of hundreds:
   * reading and splitting it again for every question was most of what a missed name allocated.
   */
  private readonly words = new LruCache<string, { names: string[]; roles: string[] }>(2048);
  private changes = 0;

  constructor(
    private readonly index: IndexLookup,
    private readonly options: LibraryOptions,
  ) {
    this.outlines = new LruCache(options.outlines ?? 512);
    this.bodies = new LruCache(options.bodies ?? 300);
    this.appearances = new LruCache(options.appearances ?? 4096);
  }

  /** Forgets cached outlines and bodies (the catalog calls this when files change). */
  invalidate(): void {
    this.outlines.clear();
    this.bodies.clear();
    this.appearances.clear();
    this.words.clear();
    this.changes++;
  }

  /** Counts the changes seen, so parts that derive something from every briefing know when to derive it again. */
  get generation(): number {
    return this.changes;
  }

  /**
   * Every briefing's outline, in headline order, read a page at a time. Between pages the event
   * loop runs: SQLite answers at once, so without the pause a pass over a large archive (seconds
   * at 10,000) would hold back every chat acknowledgement and health check until it ended.
   */
  async *everyOutline(pageSize = 500): AsyncGenerator<BriefingOutline> {
    for (let offset = 0; ; offset += pageSize) {
      if (offset > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      const page = await this.index.outlines(pageSize, offset);
      yield* page;
      if (page.length < pageSize) return;
    }
  }

  /** The index's revision: what is derived from every briefing holds while it stays the same (`IndexLookup.revision`). */
  revision(): Promise<number> {
    return this.index.revision();
  }

  /** What was derived from every briefing and kept under this name, with its revision. */
  derived(name: string): Promise<{ revision: number; data: Buffer } | undefined> {
    return this.index.derived(name);
  }

  /** Keeps something derived from every briefing at `revision` for other processes. */
  keepDerived(name: string, revision: number, data: Buffer): Promise<void> {
    return this.index.keepDerived(name, revision, data);
  }

  /** The briefings changed after `revision`, when the index's change log reaches back to it and no more than `limit` changed (`IndexLookup.changesSince`). */
  changesSince(revision: number, limit: number): Promise<BriefingChanges | undefined> {
    return this.index.changesSince(revision, limit);
  }

  /** How far a first index of the archive is, while one runs; undefined once every file was read. */
  indexing(): { done: number; total: number } | undefined {
    return this.options.indexing?.();
  }

  /** How many briefings there are. */
  count(): Promise<number> {
    return this.index.count();
  }

  /** The first `limit` briefings in headline order. */
  list(limit: number, offset = 0): Promise<BriefingRef[]> {
    return this.index.list(limit, offset);
  }

  /** The briefing with this exact slug, without its article. */
  async bySlugExact(slug: string): Promise<BriefingOutline | undefined> {
    const cached = this.outlines.get(slug);
    if (cached !== undefined) return cached ?? undefined;
    const hit = await this.index.outline(slug);
    this.outlines.set(slug, hit?.outline ?? null);
    return hit?.outline;
  }

  /** The briefing with this exact slug, with its article read from the file (for answers that show sentences). */
  async briefing(slug: string): Promise<Briefing | undefined> {
    let hit = await this.index.outline(slug);
    if (!hit) return undefined;
    const cached = this.bodies.get(`${slug}\u0000${hit.outline.hash}`);
    if (cached) return cached;
    let text = await this.options.readFile(hit.file).catch(() => undefined);
    if (text !== undefined && hashOf(text) !== hit.outline.hash && this.options.refresh) {
      // Edited since it was indexed: index it now, so the outline and the sentences agree.
      await this.options.refresh([hit.file]);
      this.invalidate();
      hit = await this.index.outline(slug);
      if (!hit) return undefined;
      text = await this.options.readFile(hit.file).catch(() => undefined);
    }
    const cut = text === undefined ? undefined : splitFrontMatter(text);
    const body = cut?.ok ? cut.split.body : '';
    const paragraphs = splitBody(body);
    const briefing: Briefing = { ...hit.outline, body, paragraphs, sentences: paragraphs.flatMap((p) => p.sentences) };
    this.bodies.set(`${slug}\u0000${hit.outline.hash}`, briefing);
    return briefing;
  }

  /**
   * Finds the briefing a topic names: slug, alias or headline first, then words of the headline,
   * aliases, summary or actors (all of them must match, small typos allowed).
   */
  async findBriefing(topic: string): Promise<BriefingOutline | undefined> {
    return (await this.findBriefingByName(topic)) ?? (await this.searchBriefings(topic));
  }

  /** The briefing whose slug, alias or headline is exactly this (folded). */
  async findBriefingByName(topic: string): Promise<BriefingOutline | undefined> {
    const folded = fold(topic);
    const [hit] = folded ? await this.index.briefingsByKey(folded, { exact: true, limit: 1 }) : [];
    const stripped = queryWords(topic).join(' ');
    const [second] = !hit && stripped && stripped !== folded ? await this.index.briefingsByKey(stripped, { exact: true, limit: 1 }) : [];
    const found = hit ?? second;
    return found ? this.bySlugExact(found.slug) : undefined;
  }

  /** The best briefing whose words contain every word of the topic: exact words first, then prefixes and small typos. */
  async searchBriefings(topic: string): Promise<BriefingOutline | undefined> {
    const words = queryWords(topic);
    if (words.length === 0) return undefined;
    const exact = await this.index.searchBriefings({ words: words.map((w) => [{ term: w }]), combine: 'all', weights: TOPIC_WEIGHTS }, 1);
    const loose = exact.length
      ? exact
      : await this.index.searchBriefings({ words: await spellingsOf(this.index, words, 'topic', { fraction: 0.2, minLength: 5, prefix: (w) => w.length > 3 }), combine: 'all', weights: TOPIC_WEIGHTS }, 1);
    return loose[0] ? this.bySlugExact(loose[0].slug) : undefined;
  }

  /** Up to `limit` briefings whose names or headline words come closest to a topic that found nothing. */
  async suggestBriefings(topic: string, limit = 3): Promise<BriefingRef[]> {
    const lookup = { byKeys: (terms: readonly string[]) => this.index.briefingsByKeys(terms, { limit: PER_TERM }), byPrefix: (word: string) => this.index.briefingsByKey(word, { prefix: true, limit: PER_TERM }) };
    return suggestNear(this.index, queryWords(topic), 'topic', 0.34, lookup, (b) => b.slug, limit);
  }

  /** An actor whose name, alias or surname is exactly these words (folded), without typo tolerance. */
  async findActorByName(name: string): Promise<ActorMatch | undefined> {
    const found = await this.index.identitiesByKey(fold(name), { exact: true, limit: 4 });
    return found.length ? this.match(found) : undefined;
  }

  /**
   * Finds an actor by name, alias or surname ("Guzmán", "ana maria guzman"), allowing small typos,
   * or by role when the words start with an article ("the analyst").
   */
  async findActor(name: string): Promise<ActorMatch | undefined> {
    const raw = fold(name);
    const byRole = /^(?:the|a|an) /.test(raw);
    const words = queryWords(name, { titles: true });
    if (words.length === 0) return undefined;
    const query = words.join(' ');
    const exact = await this.index.identitiesByKey(query, { exact: true, limit: 4 });
    const exactRaw = exact.length || raw === query ? exact : await this.index.identitiesByKey(raw, { exact: true, limit: 4 });
    if (exactRaw.length) return this.match(exactRaw);

    const spellings = await spellingsOf(this.index, words, 'actor', { fraction: 0.25 });
    const search = (fields: readonly ActorField[]) => this.index.searchIdentities({ words: spellings, combine: 'all', fields }, CANDIDATES);
    const candidates = await search(byRole ? ['names', 'roles'] : ['names']);
    const verified = await this.fitting(candidates, words, byRole);
    if (verified.length) return this.match(verified);
    if (byRole) return undefined;
    // "who is President Bukele": title words that are part of a role, not the name.
    const roleHits = await this.fitting(await search(['names', 'roles']), words, true, true);
    return roleHits.length ? this.match(roleHits) : undefined;
  }

  /** Actor names closest to a name that found nothing: those sharing the most words, then the nearest, then the most cited. */
  async suggestActors(name: string, limit = 3): Promise<string[]> {
    const lookup = { byKeys: (terms: readonly string[]) => this.index.identitiesByKeys(terms, { limit: PER_TERM }), byPrefix: (word: string) => this.index.identitiesByKey(word, { prefix: true, limit: PER_TERM }) };
    return (await suggestNear(this.index, queryWords(name, { titles: true }), 'actor', 0.4, lookup, (i) => i.key, limit)).map((i) => i.name);
  }

  /** Briefings with a name or headline word starting with `prefix` (folded), each once, in key order. */
  async completeBriefings(prefix: string, limit: number): Promise<BriefingRef[]> {
    // A briefing may match through several keys ("dock", "dock strike"): read a few more than asked.
    return unique(await this.index.briefingsByKey(prefix, { prefix: true, limit: limit * 4 }), (b) => b.slug).slice(0, limit);
  }

  /** Actors with a name, alias or name word starting with `prefix` (folded), each once, with a role. */
  async completeActors(prefix: string, limit: number): Promise<Array<{ name: string; role?: string }>> {
    const hits = unique(await this.index.identitiesByKey(prefix, { prefix: true, limit: limit * 4 }), (i) => i.key).slice(0, limit);
    return hits.map((i) => ({ name: i.name, ...(i.role ? { role: i.role } : {}) }));
  }

  /** Candidates whose names (or roles, when allowed) hold a close word for every query word. */
  private async fitting(candidates: IdentityHit[], words: string[], allowRole: boolean, needName = false): Promise<IdentityHit[]> {
    const unread = candidates.filter((c) => this.words.get(c.key) === undefined).map((c) => c.key);
    if (unread.length) for (const [key, w] of await this.index.identityWords(unread)) this.words.set(key, w);
    return candidates.filter((c) => {
      const w = this.words.get(c.key);
      if (!w) return false;
      const inNames = (word: string) => w.names.some((t) => wordsClose(word, t));
      const fits = words.every((word) => inNames(word) || (allowRole && w.roles.some((t) => wordsClose(word, t))));
      return fits && (!needName || words.some(inNames));
    });
  }

  /**
   * The actor at `position` of a briefing, as an actor answer shows it. Kept apart from the
   * outlines: a name found in ten briefings would otherwise read ten whole outlines into the cache
   * for one answer, pushing out the cards people ask for again, and every outline read so stays
   * alive long enough for the runtime to move it to its old generation (the copying is what made
   * the slowest answers slow at 100,000 briefings; docs/benchmarks.md).
   */
  private async appearance(slug: string, position: number): Promise<ActorAppearance | null> {
    const key = `${slug}\u0000${position}`;
    const cached = this.appearances.get(key);
    if (cached !== undefined) return cached;
    const outline = this.outlines.get(slug) ?? (await this.index.outline(slug))?.outline;
    const appearance = outline ? appearanceIn(outline, position) : null;
    this.appearances.set(key, appearance);
    return appearance;
  }

  /** The heaviest identity first, with its appearances; the rest as alternatives. */
  private async match(identities: IdentityHit[]): Promise<ActorMatch | undefined> {
    const ranked = [...new Map(identities.map((i) => [i.key, i])).values()].sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
    const top = ranked[0];
    if (!top) return undefined;
    const appearances: ActorAppearance[] = [];
    for (const { briefing, position } of await this.index.appearancesOf(top.key, MAX_APPEARANCES)) {
      const appearance = await this.appearance(briefing.slug, position);
      if (appearance) appearances.push(appearance);
    }
    appearances.sort((a, b) => fold(a.briefing.headline).localeCompare(fold(b.briefing.headline)) || a.briefing.slug.localeCompare(b.briefing.slug));
    return {
      identity: { key: top.key, name: top.name, appearances, total: top.appearances },
      others: ranked.slice(1, 4).map((o) => ({ key: o.key, name: o.name })),
    };
  }
}
