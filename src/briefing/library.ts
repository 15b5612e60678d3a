/**
 * The loaded briefings with their look-up indexes, built once per load. Finds a briefing by slug,
 * alias or headline words, and an actor by name, alias, surname or role — case-, accent- and
 * typo-tolerant, and never guessing: a miss returns the nearest candidates instead.
 */
import { distance } from 'fastest-levenshtein';
import MiniSearch from 'minisearch';
import type { Actor, Briefing } from './model.ts';
import { fold } from './text.ts';

/** One actor as it appears in one briefing. */
export interface ActorAppearance {
  briefing: Briefing;
  actor: Actor;
}

/** A person or body across every briefing that names it. */
export interface ActorIdentity {
  key: string;
  name: string;
  appearances: ActorAppearance[];
}

/** The result of an actor look-up: the best identity and any others the words also fit. */
export interface ActorMatch {
  identity: ActorIdentity;
  others: ActorIdentity[];
}

const QUERY_STOP = new Set(['the', 'a', 'an', 'about', 'on', 'of', 'story', 'briefing', 'news']);
const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady']);

/** How many edits a word of this length may have and still match. */
function tolerance(word: string): number {
  if (word.length <= 3) return 0;
  if (word.length <= 6) return 1;
  return 2;
}

function wordsClose(a: string, b: string): boolean {
  if (a === b) return true;
  const t = Math.min(tolerance(a), tolerance(b));
  return t > 0 && Math.abs(a.length - b.length) <= t && distance(a, b) <= t;
}

function surnameOf(actor: Actor): string | undefined {
  if (actor.kind && actor.kind !== 'person') return undefined;
  const parts = actor.name.trim().split(/\s+/);
  return parts.length > 1 ? parts[parts.length - 1] : undefined;
}

/** Look-up over a fixed set of briefings. Build a new one when the briefings change. */
export class Library {
  readonly briefings: readonly Briefing[];
  private readonly bySlug = new Map<string, Briefing>();
  private readonly byKey = new Map<string, Briefing>();
  private readonly topics: MiniSearch<{ id: string; names: string; headline: string; summary: string; actors: string }>;
  private readonly identities = new Map<string, ActorIdentity>();
  /** Folded name, alias or surname → identity keys. */
  private readonly actorKeys = new Map<string, Set<string>>();
  private readonly actorSearch: MiniSearch<{ id: string; names: string; role: string }>;

  constructor(briefings: readonly Briefing[]) {
    this.briefings = [...briefings].sort((a, b) => a.headline.localeCompare(b.headline));
    this.topics = new MiniSearch({
      fields: ['names', 'headline', 'summary', 'actors'],
      processTerm: (term) => {
        const t = fold(term);
        return t && !QUERY_STOP.has(t) ? t : null;
      },
    });
    this.actorSearch = new MiniSearch({ fields: ['names', 'role'], processTerm: (term) => fold(term) || null });

    for (const briefing of this.briefings) {
      this.bySlug.set(briefing.slug, briefing);
      for (const key of [briefing.slug, briefing.slug.replace(/-/g, ' '), ...briefing.aliases, briefing.headline]) {
        const folded = fold(key);
        if (folded && !this.byKey.has(folded)) this.byKey.set(folded, briefing);
      }
      this.topics.add({
        id: briefing.slug,
        names: [briefing.slug.replace(/-/g, ' '), ...briefing.aliases].join(' '),
        headline: briefing.headline,
        summary: briefing.summary.text,
        actors: briefing.actors.map((a) => [a.name, ...a.aliases].join(' ')).join(' '),
      });
      for (const actor of briefing.actors) this.addActor(briefing, actor);
    }
    for (const identity of this.identities.values()) {
      const names = new Set<string>();
      const roles = new Set<string>();
      for (const { actor } of identity.appearances) {
        names.add(actor.name);
        actor.aliases.forEach((a) => names.add(a));
        if (actor.role) roles.add(actor.role);
      }
      this.actorSearch.add({ id: identity.key, names: [...names].join(' '), role: [...roles].join(' ') });
    }
  }

  private addActor(briefing: Briefing, actor: Actor): void {
    const key = fold(actor.name);
    if (!key) return;
    let identity = this.identities.get(key);
    if (!identity) {
      identity = { key, name: actor.name, appearances: [] };
      this.identities.set(key, identity);
    }
    identity.appearances.push({ briefing, actor });
    const surname = surnameOf(actor);
    for (const name of [actor.name, ...actor.aliases, ...(surname ? [surname] : [])]) {
      const folded = fold(name);
      if (!folded) continue;
      let set = this.actorKeys.get(folded);
      if (!set) this.actorKeys.set(folded, (set = new Set()));
      set.add(key);
    }
  }

  /** The briefing with this exact slug. */
  bySlugExact(slug: string): Briefing | undefined {
    return this.bySlug.get(slug);
  }

  /**
   * Finds the briefing a topic names: slug, alias or headline first, then words of the headline,
   * aliases, summary or actors (all of them must match, small typos allowed).
   */
  findBriefing(topic: string): Briefing | undefined {
    return this.findBriefingByName(topic) ?? this.searchBriefings(topic);
  }

  /** The briefing whose slug, alias or headline is exactly this (folded). */
  findBriefingByName(topic: string): Briefing | undefined {
    const folded = fold(topic);
    return this.byKey.get(folded) ?? this.byKey.get(stripStop(folded));
  }

  /** The best briefing whose words contain every word of the topic (small typos allowed). */
  searchBriefings(topic: string): Briefing | undefined {
    const folded = stripStop(fold(topic));
    if (!folded) return undefined;
    const hits = this.topics.search(folded, {
      combineWith: 'AND',
      fuzzy: fuzziness(0.2, 5),
      prefix: (term) => term.length > 3,
      boost: { names: 4, headline: 2, actors: 1.5, summary: 1 },
    });
    const top = hits[0];
    return top ? this.bySlug.get(String(top.id)) : undefined;
  }

  /** An actor whose name, alias or surname is exactly these words (folded), without typo tolerance. */
  findActorByName(name: string): ActorMatch | undefined {
    const keys = this.actorKeys.get(fold(name));
    return keys ? this.rank([...keys].map((k) => this.identities.get(k)!)) : undefined;
  }

  /** Up to `limit` briefings whose names or headlines come closest to a topic that found nothing. */
  suggestBriefings(topic: string, limit = 3): Briefing[] {
    const folded = stripStop(fold(topic));
    const found = new Map<string, Briefing>();
    if (folded) {
      for (const hit of this.topics.search(folded, { combineWith: 'OR', fuzzy: fuzziness(0.34), prefix: true, boost: { names: 4, headline: 2 } })) {
        const b = this.bySlug.get(String(hit.id));
        if (b) found.set(b.slug, b);
        if (found.size >= limit) break;
      }
    }
    if (found.size < limit && this.byKey.size <= 5000 && folded) {
      const ranked = [...this.byKey.entries()]
        .map(([key, briefing]) => ({ briefing, d: distance(key, folded) / Math.max(key.length, folded.length) }))
        .filter((r) => r.d <= 0.5)
        .sort((a, b) => a.d - b.d);
      for (const { briefing } of ranked) {
        found.set(briefing.slug, briefing);
        if (found.size >= limit) break;
      }
    }
    return [...found.values()].slice(0, limit);
  }

  /**
   * Finds an actor by name, alias or surname ("Guzmán", "ana maria guzman"), allowing small typos,
   * or by role when the words start with an article ("the analyst").
   */
  findActor(name: string): ActorMatch | undefined {
    const raw = fold(name);
    const byRole = /^(?:the|a|an) /.test(raw);
    const words = raw
      .split(' ')
      .filter((w) => w && !QUERY_STOP.has(w) && !TITLE_WORDS.has(w))
      .slice(0, MAX_QUERY_WORDS);
    if (words.length === 0) return undefined;
    const query = words.join(' ');

    const exactKeys = this.actorKeys.get(query) ?? this.actorKeys.get(raw);
    if (exactKeys) return this.rank([...exactKeys].map((k) => this.identities.get(k)!));

    const candidates = this.actorSearch.search(query, { fields: byRole ? ['names', 'role'] : ['names'], combineWith: 'AND', fuzzy: fuzziness(0.25) });
    const verified = candidates
      .map((hit) => this.identities.get(String(hit.id))!)
      .filter((identity) => this.fits(identity, words, byRole));
    if (verified.length > 0) return this.rank(verified);

    if (!byRole) {
      // "who is President Bukele": title words that are part of a role, not the name.
      const roleHits = this.actorSearch
        .search(query, { fields: ['names', 'role'], combineWith: 'AND', fuzzy: fuzziness(0.25) })
        .map((hit) => this.identities.get(String(hit.id))!)
        .filter((identity) => this.fits(identity, words, true) && this.nameWordCount(identity, words) > 0);
      if (roleHits.length > 0) return this.rank(roleHits);
    }
    return undefined;
  }

  /** Actor names closest to a name that found nothing. */
  suggestActors(name: string, limit = 3): string[] {
    const words = fold(name)
      .split(' ')
      .filter((w) => w && !QUERY_STOP.has(w) && !TITLE_WORDS.has(w))
      .slice(0, MAX_QUERY_WORDS);
    if (words.length === 0) return [];
    const hits = this.actorSearch.search(words.join(' '), { fields: ['names'], combineWith: 'OR', fuzzy: fuzziness(0.4), prefix: true });
    return hits.slice(0, limit).map((hit) => this.identities.get(String(hit.id))!.name);
  }

  private nameTokens(identity: ActorIdentity): string[] {
    const tokens = new Set<string>();
    for (const { actor } of identity.appearances) {
      for (const n of [actor.name, ...actor.aliases]) fold(n).split(' ').forEach((t) => t && tokens.add(t));
    }
    return [...tokens];
  }

  private roleTokens(identity: ActorIdentity): string[] {
    return identity.appearances.flatMap(({ actor }) => fold(actor.role ?? '').split(' ').filter(Boolean));
  }

  private nameWordCount(identity: ActorIdentity, words: string[]): number {
    const names = this.nameTokens(identity);
    return words.filter((w) => names.some((t) => wordsClose(w, t))).length;
  }

  /** Every word must be close to a word of the actor's names (or of its role, when allowed). */
  private fits(identity: ActorIdentity, words: string[], allowRole: boolean): boolean {
    const names = this.nameTokens(identity);
    const roles = allowRole ? this.roleTokens(identity) : [];
    return words.every((w) => names.some((t) => wordsClose(w, t)) || roles.some((t) => wordsClose(w, t)));
  }

  /** The most-cited identity first; the rest as alternatives. */
  private rank(identities: ActorIdentity[]): ActorMatch {
    const weight = (i: ActorIdentity) => i.appearances.reduce((n, a) => n + a.actor.cites.length + 1, 0);
    const sorted = [...new Set(identities)].sort((a, b) => weight(b) - weight(a));
    return { identity: sorted[0]!, others: sorted.slice(1, 4) };
  }
}

function stripStop(folded: string): string {
  return folded
    .split(' ')
    .filter((w) => w && !QUERY_STOP.has(w))
    .slice(0, MAX_QUERY_WORDS)
    .join(' ');
}

/** Topics and names are a few words; more is pasted text, and searching all of it only costs time. */
const MAX_QUERY_WORDS = 12;
/** Words longer than this are not names; fuzzy matching them costs memory quadratic in length. */
const MAX_FUZZY_LENGTH = 32;

/** A fuzziness for MiniSearch: `fraction` edits per letter, for words of `minLength` to MAX_FUZZY_LENGTH letters. */
function fuzziness(fraction: number, minLength = 1): (term: string) => number {
  return (term) => (term.length >= minLength && term.length <= MAX_FUZZY_LENGTH ? fraction : 0);
}
