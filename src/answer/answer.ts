/**
 * The answer engine: an intent and the library → a `Reply`. Pure: no I/O, no platform, no clock.
 * Answers come only from the briefing documents; a miss says so and offers the nearest matches.
 */
import type { Library, ActorMatch } from '../briefing/library.ts';
import type { Briefing } from '../briefing/model.ts';
import type { BriefingPart, BriefingView, Reply, Suggestion } from './reply.ts';

/** A help line: a message to send and what it does (each command contributes its own). */
export interface UsageLine {
  ask: string;
  does: string;
}

/** `/brief help`, `help <topic>`. */
export type HelpIntent = { kind: 'help'; topic?: string };
/**
 * `/brief <topic> [part]`. `prefer: 'story'` ("what's the latest on Venezuela") looks for a story
 * before a person or organisation of that name; otherwise a bare name asks for the person.
 */
export type BriefingIntent = { kind: 'briefing'; topic: string; part: BriefingPart; prefer?: 'story' };
/** `who is <name>`, `what did <name> say`. */
export type WhoIntent = { kind: 'who'; name: string; focus: 'profile' | 'quotes' };

/** The intents the answer engine answers from the library alone. */
export type ReadIntent = HelpIntent | BriefingIntent | WhoIntent;

/** Answers a read-only intent from the library; `usage` is what help lists. */
export function answer(intent: ReadIntent, library: Library, usage: readonly UsageLine[] = []): Reply {
  switch (intent.kind) {
    case 'help':
      return helpReply(library, usage, intent.topic);
    case 'briefing':
      return findBriefingReply(intent, library) ?? topicNotFound(library, intent.topic);
    case 'who':
      return actorReply(intent.name, intent.focus, library);
  }
}

function topicSuggestion(b: Briefing): Suggestion {
  return { label: b.headline, ask: `/brief ${b.aliases[0] ?? b.slug}` };
}

function helpReply(library: Library, usage: readonly UsageLine[], topic?: string): Reply {
  const briefings = library.briefings.slice(0, 25).map(topicSuggestion);
  const focused = topic ? usage.filter((u) => u.ask.toLowerCase().includes(topic.toLowerCase())) : [];
  if (topic && focused.length) return { kind: 'help', briefings: [], usage: focused, topic, topicFound: true };
  return { kind: 'help', briefings, usage: [...usage], ...(topic ? { topic, topicFound: false } : {}) };
}

/** The card (or part) a topic names, or the person a bare name names; undefined when neither is found. */
export function findBriefingReply(intent: BriefingIntent, library: Library): Reply | undefined {
  const { topic, part } = intent;
  const named = library.findBriefingByName(topic);
  if (named) return { kind: 'briefing', part, briefing: viewOf(named, part) };
  // A bare name ("/brief Bukele") asks for the person rather than every story that mentions them.
  const person = part === 'card' ? library.findActorByName(topic) : undefined;
  if (person && intent.prefer !== 'story') return actorView(person, 'profile');
  const briefing = library.searchBriefings(topic);
  if (briefing) return { kind: 'briefing', part, briefing: viewOf(briefing, part) };
  return person ? actorView(person, 'profile') : undefined;
}

/**
 * "Not in any briefing", with the nearest briefings — or, when none is near, the ones there are.
 * `verb` makes the suggestions repeat a command: `topicNotFound(lib, 'swp', 'follow')` suggests
 * `/brief follow swap`.
 */
export function topicNotFound(library: Library, topic: string, verb?: string): Reply {
  const suggest = (b: Briefing): Suggestion => ({ label: b.headline, ask: `/brief ${verb ? `${verb} ` : ''}${b.aliases[0] ?? b.slug}` });
  const close = library.suggestBriefings(topic).map(suggest);
  return {
    kind: 'not-found',
    subject: 'topic',
    query: topic,
    suggestions: close.length ? close : library.briefings.slice(0, 3).map(suggest),
    suggestionsAre: close.length ? 'close' : 'available',
  };
}

function actorReply(name: string, focus: 'profile' | 'quotes', library: Library): Reply {
  const match = library.findActor(name);
  if (match) return actorView(match, focus);
  return {
    kind: 'not-found',
    subject: 'name',
    query: name,
    suggestions: library.suggestActors(name).map((n) => ({ label: n, ask: `who is ${n}` })),
    suggestionsAre: 'close',
  };
}

function actorView(match: ActorMatch, focus: 'profile' | 'quotes'): Reply {
  const { identity } = match;
  const aliases = new Set<string>();
  const appearances = identity.appearances.map(({ briefing, actor }) => {
    actor.aliases.forEach((a) => aliases.add(a));
    const names = new Set([actor.name, ...actor.aliases].map((n) => n.toLowerCase()));
    const quotes = briefing.quotes
      .filter((q) => q.speaker !== null && names.has(q.speaker.toLowerCase()))
      .map((q) => ({ speaker: q.speaker, text: q.text, cites: q.cites }));
    return {
      slug: briefing.slug,
      headline: briefing.headline,
      ask: topicSuggestion(briefing).ask,
      ...(actor.role ? { role: actor.role } : {}),
      ...(actor.kind ? { kind: actor.kind } : {}),
      quotes,
      cites: actor.cites,
    };
  });
  return {
    kind: 'actor',
    focus,
    name: identity.name,
    aliases: [...aliases],
    appearances,
    alsoMatches: match.others.map((o) => ({ label: o.name, ask: `who is ${o.name}` })),
  };
}

/** The briefing as a reply shows it; `sources` and `full` also carry the cited sentences. */
export function viewOf(b: Briefing, part: BriefingPart = 'card'): BriefingView {
  const origins = new Set<'curated' | 'extracted'>();
  for (const item of [b.summary, ...b.actors, ...b.quotes, ...b.questions, ...b.claims]) origins.add(item.origin);
  return {
    slug: b.slug,
    aliases: b.aliases,
    headline: b.headline,
    summary: { text: b.summary.text, cites: b.summary.cites },
    actors: b.actors.map((a) => ({ name: a.name, ...(a.kind ? { kind: a.kind } : {}), ...(a.role ? { role: a.role } : {}), cites: a.cites })),
    questions: b.questions.map((q) => ({ text: q.text, ...(q.why ? { why: q.why } : {}), cites: q.cites })),
    quotes: b.quotes.map((q) => ({ speaker: q.speaker, ...(q.speakerDescription ? { speakerDescription: q.speakerDescription } : {}), text: q.text, cites: q.cites })),
    claims: b.claims.map((c) => ({ text: c.text, sourcing: c.sourcing, ...(c.source ? { source: c.source } : {}), cites: c.cites })),
    source: b.source,
    origins: [...origins],
    ...(part === 'sources' || part === 'full' ? { sentences: b.sentences.map((s) => ({ id: s.id, text: s.text })) } : {}),
  };
}
