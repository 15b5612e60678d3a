/**
 * An actor across the briefings that name it, as an actor answer shows it: each appearance keeps
 * only what the answer shows of its briefing, small enough to cache many.
 */
import type { Actor, BriefingOutline } from './model.ts';

/** One actor as it appears in one briefing: what an actor answer shows of that briefing. */
export interface ActorAppearance {
  /** The briefing's slug, aliases and headline, and the quotes this actor is named as saying. */
  briefing: Pick<BriefingOutline, 'slug' | 'aliases' | 'headline' | 'quotes'>;
  actor: Actor;
}

/** The part of an outline an actor answer shows: small enough to keep many, unlike whole outlines. */
export function appearanceIn(outline: BriefingOutline, position: number): ActorAppearance | null {
  const actor = outline.actors[position];
  if (!actor) return null;
  const names = new Set([actor.name, ...actor.aliases].map((n) => n.toLowerCase()));
  const quotes = outline.quotes.filter((q) => q.speaker !== null && names.has(q.speaker.toLowerCase()));
  return { briefing: { slug: outline.slug, aliases: outline.aliases, headline: outline.headline, quotes }, actor };
}

/** A person or body across the briefings that name it. */
export interface ActorIdentity {
  key: string;
  name: string;
  /** Its heaviest appearances (at most `MAX_APPEARANCES`), in headline order. */
  appearances: ActorAppearance[];
  /** In how many briefings it appears in all. */
  total: number;
}

/** The result of an actor look-up: the best identity and any others the words also fit. */
export interface ActorMatch {
  identity: ActorIdentity;
  others: Array<{ key: string; name: string }>;
}
