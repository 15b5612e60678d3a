/**
 * Puts page links into replies: a briefing card and a free question's answer get their briefing's
 * page ("Open briefing") and every actor appearance the page of its briefing, so renderers can link each citation to its sentence. Links
 * go only where readers can open them: everywhere when links are signed, else only to the terminal
 * and only while the bot serves pages on this machine.
 */
import type { ReplyEnricher } from '../answer/enricher.ts';
import type { Platform } from '../answer/incoming.ts';
import type { PageLinks } from './links.ts';

export interface PageLinkPolicy {
  /** Whether this process (or the bot beside it) serves pages on loopback, for the terminal's local links. */
  servedLocally: boolean;
}

/** True when a reader on `platform` can open the links `links` makes. */
export function linksReach(links: PageLinks, platform: Platform, policy: PageLinkPolicy): boolean {
  return links.signed || (platform === 'terminal' && policy.servedLocally);
}

/** The enricher that adds page links to briefing and actor replies. */
export function pageLinkEnricher(links: PageLinks, policy: PageLinkPolicy): ReplyEnricher {
  return async (reply, incoming) => {
    if (!linksReach(links, incoming.platform, policy)) return reply;
    if (reply.kind === 'briefing') return { ...reply, briefing: { ...reply.briefing, page: links.pageUrl(reply.briefing.slug) } };
    if (reply.kind === 'answer' || reply.kind === 'no-answer') return { ...reply, page: links.pageUrl(reply.briefing) };
    if (reply.kind === 'actor') return { ...reply, appearances: reply.appearances.map((a) => ({ ...a, page: links.pageUrl(a.slug) })) };
    return reply;
  };
}
