/**
 * Choices every renderer shares, so a card says the same thing on every platform: which actors
 * are key, which quote leads, how sourcing is summarised, how citations look.
 */
import type { ActorLine, AnswerReply, BriefingView, ClaimLine, NoAnswerReply, QuoteLine } from '../answer/reply.ts';
import { sentenceAnchor } from '../briefing/text.ts';

/** Makes one citation a link in a platform's syntax: `(url, "¶4.1") → "<url|¶4.1>"`. */
export type CiteLink = (url: string, label: string) => string;

/** Compact citations: `[¶2.1 ¶4.1]`, at most `max` ids then `+N`; each a link to its sentence when a page is given. Empty when there are none. */
export function formatCites(ids: readonly string[], max = 4, page?: { url: string; link: CiteLink }): string {
  if (ids.length === 0) return '';
  const shown = ids.slice(0, max).map((id) => formatCite(id, page));
  if (ids.length > max) shown.push(`+${ids.length - max}`);
  return `[${shown.join(' ')}]`;
}

/** One citation, `¶4.1`, as a link to its sentence when a page is given. */
export function formatCite(id: string, page?: { url: string; link: CiteLink }): string {
  return page ? page.link(sentenceUrl(page.url, id), `¶${id}`) : `¶${id}`;
}

/** The address of one sentence on a briefing's page: `<page>#s4-1`. */
export function sentenceUrl(page: string, id: string): string {
  return `${page}#${sentenceAnchor(id)}`;
}

/** Shortens text to `max` characters, ending in "…" when cut (on a word boundary when one is near). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** The actors a card shows: people with roles first, then the most-cited, at most `max`. */
export function keyActors(view: BriefingView, max = 6): ActorLine[] {
  const score = (a: ActorLine) => (a.kind === 'person' || a.kind === undefined ? 100 : 0) + (a.role ? 50 : 0) + a.cites.length;
  return [...view.actors].sort((a, b) => score(b) - score(a)).slice(0, max);
}

/** The quote a card leads with: the longest quote from a named speaker, else the first quote. */
export function leadQuote(view: BriefingView): QuoteLine | undefined {
  const named = view.quotes.filter((q) => q.speaker);
  if (named.length === 0) return view.quotes[0];
  return [...named].sort((a, b) => b.text.length - a.text.length)[0];
}

/** "Ana María Guzmán, political analyst…" — a speaker with the role the briefing gives them. */
export function speakerLabel(view: BriefingView | undefined, quote: QuoteLine): string {
  if (!quote.speaker) return quote.speakerDescription ? `${quote.speakerDescription} (unnamed)` : 'unattributed';
  const actor = view?.actors.find((a) => a.name === quote.speaker);
  return actor?.role ? `${quote.speaker}, ${actor.role}` : quote.speaker;
}

/** One line on how the story is sourced: what rests on named sources and what does not. */
export function sourcingNote(view: BriefingView): string | undefined {
  if (view.claims.length === 0) return undefined;
  const unnamed = view.claims.filter((c) => c.sourcing === 'unnamed');
  const onRecord = view.claims.length - unnamed.length;
  const who = [...new Set(unnamed.map((c) => c.source).filter((s): s is string => Boolean(s)))];
  const parts: string[] = [];
  if (unnamed.length > 0) {
    parts.push(`${unnamed.length} claim${unnamed.length === 1 ? '' : 's'} rest${unnamed.length === 1 ? 's' : ''} on unnamed sources${who.length ? ` (${who.join('; ')})` : ''}`);
  }
  if (onRecord > 0) parts.push(`${onRecord} ${onRecord === 1 ? 'is' : 'are'} on the record`);
  return `${parts.join('; ')}.`;
}

/** "according to sources familiar with the negotiations" / "on the record: Guzmán". */
export function claimSourcing(claim: ClaimLine): string {
  if (claim.sourcing === 'unnamed') return `unnamed: ${claim.source ?? 'sources the article does not name'}`;
  return `on the record${claim.source ? `: ${claim.source}` : ''}`;
}

/** The source line: "Reuters, 2026-05-01, https://…", or that the briefing names none. */
export function sourceLine(view: BriefingView): string {
  const { name, published, url } = view.source;
  const parts = [name, published, url].filter(Boolean);
  return parts.length ? parts.join(', ') : 'the briefing names no source';
}

/** What the card's structure was built from. */
export function originNote(view: BriefingView): string {
  const o = new Set(view.origins);
  if (o.has('curated') && o.has('extracted')) return 'curated by an editor, the rest extracted automatically';
  if (o.has('extracted')) return 'extracted automatically from the article';
  return 'curated by an editor';
}

/** Human label of an actor's kind. */
export function kindLabel(kind: ActorLine['kind']): string {
  switch (kind) {
    case 'person':
      return 'person';
    case 'place':
      return 'place';
    case 'org':
      return 'organisation';
    case 'group':
      return 'group';
    case undefined:
      return '';
  }
}

/** The line a "not in any briefing" answer adds while a first index runs: it may not be read yet. */
export function indexingLine(indexing: { done: number; total: number } | undefined): string | undefined {
  if (!indexing) return undefined;
  const done = indexing.done.toLocaleString('en');
  const total = indexing.total.toLocaleString('en');
  return `Brief is still indexing the archive (${done} of ${total} files read), so it may be in one not read yet — ask again in a few minutes.`;
}

/** The line under "Appears in" when an actor answer lists only the heaviest briefings of many. */
export function moreAppearancesLine(more: number | undefined): string | undefined {
  return more ? `…and ${more} more briefing${more === 1 ? '' : 's'} name them` : undefined;
}

/** The question as a title: “why did they swap prisoners?” (a question mark added when it lacks one). */
export function questionTitle(reply: AnswerReply | NoAnswerReply): string {
  const q = reply.question.trim();
  return `“${/[?!.]$/.test(q) ? q : `${q}?`}”`;
}

/** Where an answer comes from: `From “<headline>”`. */
export function answerSource(reply: AnswerReply | NoAnswerReply): string {
  return `From “${reply.headline}”`;
}

/**
 * What an answer that the article says is unknown leads with: the open question when it is the
 * briefing's, or nothing more when the quoted sentence itself says so.
 */
export function unknownLead(reply: AnswerReply): string | undefined {
  if (!reply.unknown) return undefined;
  const quoted = reply.sentences.some((s) => s.text === reply.unknown!.text);
  return quoted ? 'The article says this is not known:' : `The article says this is not known: ${reply.unknown.text}`;
}

/** "The briefing on “…” does not say why." */
export function noAnswerLine(reply: NoAnswerReply): string {
  return `The briefing on “${reply.headline}” does not say ${reply.asks}.`;
}

/** What follows a "does not say": what the article says nearby, or where to read the story. */
export function nearbyLead(reply: NoAnswerReply): string {
  return reply.nearby.length ? 'What it does say nearby (not an answer):' : `It says nothing close to that. The story: ${reply.ask}`;
}

/** The message that asks an answer again from anywhere: the story named before the question. */
export function reaskOf(reply: AnswerReply | NoAnswerReply): string {
  return `${reply.ask.replace(/^\/brief\s+/, '')}: ${reply.question}`;
}
