/**
 * The answer engine: an intent and the library → a `Reply`. No I/O of its own, no platform, no
 * clock: it asks the library (whose look-ups are index queries, hence async) and shapes the answer.
 * Answers come only from the briefing documents; a miss says so and offers the nearest matches.
 */
import type { Library, ActorMatch, BriefingRef } from '../briefing/library.ts';
import type { Briefing, BriefingOutline } from '../briefing/model.ts';
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
export async function answer(intent: ReadIntent, library: Library, usage: readonly UsageLine[] = []): Promise<Reply> {
  switch (intent.kind) {
    case 'help':
      return helpReply(library, usage, intent.topic);
    case 'briefing':
      return (await findBriefingReply(intent, library)) ?? topicNotFound(library, intent.topic);
    case 'who':
      return actorReply(intent.name, intent.focus, library);
  }
}

function topicSuggestion(b: BriefingRef): Suggestion {
  return { label: b.headline, ask: `/brief ${b.ask}` };
}

/** What asks for a briefing: its first alias, else its slug. */
function askOf(b: Pick<BriefingOutline, 'aliases' | 'slug'>): string {
  return `/brief ${b.aliases[0] ?? b.slug}`;
}

async function helpReply(library: Library, usage: readonly UsageLine[], topic?: string): Promise<Reply> {
  const focused = topic ? usage.filter((u) => u.ask.toLowerCase().includes(topic.toLowerCase())) : [];
  if (topic && focused.length) return { kind: 'help', briefings: [], usage: focused, topic, topicFound: true };
  const briefings = (await library.list(25)).map(topicSuggestion);
  return { kind: 'help', briefings, usage: [...usage], ...(topic ? { topic, topicFound: false } : {}) };
}

/** The card (or part) a topic names, or the person a bare name names; undefined when neither is found. */
export async function findBriefingReply(intent: BriefingIntent, library: Library): Promise<Reply | undefined> {
  const { topic, part } = intent;
  const named = await library.findBriefingByName(topic);
  if (named) return { kind: 'briefing', part, briefing: await viewFor(named, part, library) };
  // A bare name ("/brief Bukele") asks for the person rather than every story that mentions them.
  const person = part === 'card' ? await library.findActorByName(topic) : undefined;
  if (person && intent.prefer !== 'story') return actorView(person, 'profile');
  const briefing = await library.searchBriefings(topic);
  if (briefing) return { kind: 'briefing', part, briefing: await viewFor(briefing, part, library) };
  return person ? actorView(person, 'profile') : undefined;
}

/** The view of a briefing; parts that show sentences read its article. */
async function viewFor(outline: BriefingOutline, part: BriefingPart, library: Library): Promise<BriefingView> {
  if (part !== 'sources' && part !== 'full') return viewOf(outline, part);
  return viewOf((await library.briefing(outline.slug)) ?? outline, part);
}

/**
 * "Not in any briefing", with the nearest briefings — or, when none is near, the ones there are.
 * `verb` makes the suggestions repeat a command: `topicNotFound(lib, 'swp', 'follow')` suggests
 * `/brief follow swap`.
 */
export async function topicNotFound(library: Library, topic: string, verb?: string): Promise<Reply> {
  const suggest = (b: BriefingRef): Suggestion => ({ label: b.headline, ask: `/brief ${verb ? `${verb} ` : ''}${b.ask}` });
  const close = (await library.suggestBriefings(topic)).map(suggest);
  return {
    kind: 'not-found',
    subject: 'topic',
    query: topic,
    suggestions: close.length ? close : (await library.list(3)).map(suggest),
    suggestionsAre: close.length ? 'close' : 'available',
    ...indexingOf(library),
  };
}

/** While a first index runs, a miss may only be early: say how far the index is. */
function indexingOf(library: Library): { indexing?: { done: number; total: number } } {
  const indexing = library.indexing();
  return indexing ? { indexing } : {};
}

async function actorReply(name: string, focus: 'profile' | 'quotes', library: Library): Promise<Reply> {
  const match = await library.findActor(name);
  if (match) return actorView(match, focus);
  return {
    kind: 'not-found',
    subject: 'name',
    query: name,
    suggestions: (await library.suggestActors(name)).map((n) => ({ label: n, ask: `who is ${n}` })),
    suggestionsAre: 'close',
    ...indexingOf(library),
  };
}

function actorView(match: ActorMatch, focus: 'profile' | 'quotes'): Reply {
  const { identity } = match;
  const aliases = new Set<string>();
  const appearances = identity.appearances.map(({ briefing, actor }) => {
    actor.aliases.forEach((a) => aliases.add(a));
    // The library keeps only the quotes this actor is named as saying.
    const quotes = briefing.quotes.map((q) => ({ speaker: q.speaker, text: q.text, cites: q.cites }));
    return {
      slug: briefing.slug,
      headline: briefing.headline,
      ask: askOf(briefing),
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
    ...(identity.total > appearances.length ? { moreAppearances: identity.total - appearances.length } : {}),
  };
}

/** The briefing as a reply shows it; `sources` and `full` also carry the cited sentences (when given the article). */
export function viewOf(b: BriefingOutline | Briefing, part: BriefingPart = 'card'): BriefingView {
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
    ...((part === 'sources' || part === 'full') && 'sentences' in b ? { sentences: b.sentences.map((s) => ({ id: s.id, text: s.text })) } : {}),
  };
}
