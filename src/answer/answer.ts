/**
 * The answer engine: an intent and the library → a `Reply`. Pure: no I/O, no platform, no clock.
 * Answers come only from the briefing documents; a miss says so and offers the nearest matches.
 */
import type { Library, ActorMatch } from '../briefing/library.ts';
import type { Briefing } from '../briefing/model.ts';
import type { Intent } from './intent.ts';
import type { BriefingPart, BriefingView, Reply, Suggestion } from './reply.ts';

/** Example messages shown in help, one per grammar verb. */
export const USAGE: ReadonlyArray<{ ask: string; does: string }> = [
  { ask: '/brief <topic>', does: 'the briefing card: headline, summary, actors, open questions, the key quote, sourcing' },
  { ask: '/brief <topic> actors|questions|quotes|claims|sources|full', does: 'one part in depth' },
  { ask: '/brief who <name>', does: 'who someone is, what they said and where they appear' },
  { ask: 'what did <name> say', does: 'their quotes, with citations' },
  { ask: "what don't we know about <topic>", does: 'the open questions' },
  { ask: '/brief follow <topic> · /brief unfollow <topic>', does: 'follow-ups on a story in this channel' },
  { ask: '/brief remind <topic> <when> [note] · /brief reminders · /brief cancel <id>', does: 'reminders' },
  { ask: '/brief digest · /brief digest every <schedule> · /brief digest off', does: 'the digest of followed stories' },
  { ask: '/brief feeds · /brief feeds add <url> [name] [every 30m] · /brief feeds remove <url|name>', does: 'the watched news feeds (adding and removing: channel admins)' },
  { ask: '/brief timezone <Area/City>', does: "this channel's time zone for reminders and digests" },
];

/** The intents `answer` handles; the rest (follow-ups) need a store and are handled elsewhere. */
export type ReadIntent = Extract<Intent, { kind: 'help' | 'briefing' | 'who' }>;

export function isReadIntent(intent: Intent): intent is ReadIntent {
  return intent.kind === 'help' || intent.kind === 'briefing' || intent.kind === 'who';
}

/** Answers a read-only intent from the library. */
export function answer(intent: ReadIntent, library: Library): Reply {
  switch (intent.kind) {
    case 'help':
      return helpReply(library, intent.topic);
    case 'briefing':
      return briefingReply(intent.topic, intent.part, library);
    case 'who':
      return actorReply(intent.name, intent.focus, library);
  }
}

function topicSuggestion(b: Briefing): Suggestion {
  return { label: b.headline, ask: `/brief ${b.aliases[0] ?? b.slug}` };
}

function helpReply(library: Library, topic?: string): Reply {
  const briefings = library.briefings.slice(0, 25).map(topicSuggestion);
  const focused = topic ? USAGE.filter((u) => u.ask.toLowerCase().includes(topic.toLowerCase())) : [];
  if (topic && focused.length) return { kind: 'help', briefings: [], usage: focused, topic, topicFound: true };
  return { kind: 'help', briefings, usage: [...USAGE], ...(topic ? { topic, topicFound: false } : {}) };
}

function briefingReply(topic: string, part: BriefingPart, library: Library): Reply {
  const named = library.findBriefingByName(topic);
  if (named) return { kind: 'briefing', part, briefing: viewOf(named, part) };
  // A bare name ("/brief Bukele") asks for the person rather than every story that mentions them.
  if (part === 'card') {
    const person = library.findActorByName(topic);
    if (person) return actorView(person, 'profile');
  }
  const briefing = library.searchBriefings(topic);
  if (briefing) return { kind: 'briefing', part, briefing: viewOf(briefing, part) };
  return topicNotFound(library, topic);
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
