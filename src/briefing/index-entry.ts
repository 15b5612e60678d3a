/**
 * A built briefing → the rows its look-ups need: whole names (slug, aliases, headline), folded
 * full-text fields, and each actor's identity, names, role and weight. What counts as a name is
 * decided here, once, for every store.
 */
import type { IndexedActor, IndexedBriefing, IndexKey } from './index-store.ts';
import type { Actor, BriefingOutline } from './model.ts';
import { fold } from './text.ts';

/** Headline words at least this long complete a topic ("girders" → the bridge briefing). */
const MIN_COMPLETION_WORD = 4;
/** Actor name words at least this long complete a name ("guz" → Ana María Guzmán). */
const MIN_NAME_WORD = 3;

/** The surname a person is also known by: the last word of a name of several words. */
export function surnameOf(actor: Pick<Actor, 'name' | 'kind'>): string | undefined {
  if (actor.kind && actor.kind !== 'person') return undefined;
  const parts = actor.name.trim().split(/\s+/);
  return parts.length > 1 ? parts[parts.length - 1] : undefined;
}

/** The value that asks for a briefing: its first alias, else its slug. */
export function askValue(outline: Pick<BriefingOutline, 'aliases' | 'slug'>): string {
  return outline.aliases[0] ?? outline.slug;
}

function keysOf(exact: readonly string[], words: readonly string[]): IndexKey[] {
  const out = new Map<string, boolean>();
  for (const name of exact) {
    const key = fold(name);
    if (key) out.set(key, true);
  }
  for (const word of words) if (!out.has(word)) out.set(word, false);
  return [...out].map(([key, isExact]) => ({ key, exact: isExact }));
}

function wordsOf(...texts: string[]): string[] {
  return [...new Set(texts.flatMap((t) => t.split(' ')).filter(Boolean))];
}

function indexActor(actor: Actor, position: number): IndexedActor | undefined {
  const identity = fold(actor.name);
  if (!identity) return undefined;
  const surname = surnameOf(actor);
  const names = [actor.name, ...actor.aliases].map(fold).filter(Boolean).join(' ');
  return {
    position,
    identity,
    name: actor.name,
    names,
    role: fold(actor.role ?? ''),
    ...(actor.role ? { roleText: actor.role } : {}),
    weight: actor.cites.length + 1,
    keys: keysOf([actor.name, ...actor.aliases, ...(surname ? [surname] : [])], identity.split(' ').filter((w) => w.length >= MIN_NAME_WORD)),
  };
}

/** The rows the index keeps for one briefing. */
export function indexedBriefing(outline: BriefingOutline): IndexedBriefing {
  const slugWords = outline.slug.replace(/-/g, ' ');
  const headline = fold(outline.headline);
  const names = fold([slugWords, ...outline.aliases].join(' '));
  const actorNames = fold(outline.actors.map((a) => [a.name, ...a.aliases].join(' ')).join(' '));
  const actors = outline.actors.map(indexActor).filter((a): a is IndexedActor => a !== undefined);
  return {
    outline,
    ask: askValue(outline),
    sortKey: headline,
    keys: keysOf([outline.slug, slugWords, ...outline.aliases, outline.headline], headline.split(' ').filter((w) => w.length >= MIN_COMPLETION_WORD)),
    text: { names, headline, summary: fold(outline.summary.text), actors: actorNames },
    actors,
    terms: {
      topic: wordsOf(names, headline, actorNames),
      actor: wordsOf(...actors.flatMap((a) => [a.names, a.role])),
    },
  };
}
