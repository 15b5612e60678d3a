/**
 * Developments: a matched item becomes one per briefing, the same story from another feed joins
 * it as a source, and the post says why it matched and which open question it may answer.
 */
import type { Reply } from '../answer/reply.ts';
import { sha } from './identity.ts';
import { describeMatch, type BriefingMatch } from './matcher.ts';
import { contentStems } from './terms.ts';
import type { Development, DevelopmentSource, FeedItem } from './types.ts';

/** The stems that identify a story across outlets: its title and the start of its text. */
export function fingerprintOf(item: Pick<FeedItem, 'title' | 'text'>): string[] {
  return [...contentStems(`${item.title} ${item.text.slice(0, 300)}`)].slice(0, 40);
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const set = new Set(a);
  const shared = b.filter((x) => set.has(x)).length;
  return shared / (set.size + b.length - shared);
}

/** Strips what differs between copies of one link: scheme, `www.`, trailing slash, tracking query. */
export function normaliseLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link);
    for (const key of [...url.searchParams.keys()]) if (/^(utm_|fbclid|gclid|ref$|kc$)/i.test(key)) url.searchParams.delete(key);
    return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/$/, '')}${url.search}`;
  } catch {
    return link;
  }
}

/** True when an item is the same story as a development already found for the briefing. */
export function sameStory(development: Development, item: FeedItem, fingerprint: readonly string[]): boolean {
  const link = normaliseLink(item.link);
  if (link && development.sources.some((s) => normaliseLink(s.link) === link)) return true;
  return jaccard(development.fingerprint, fingerprint) >= 0.4;
}

/** A new development from an item's match. The id depends on the briefing and the item only. */
export function makeDevelopment(match: BriefingMatch, item: FeedItem, source: DevelopmentSource, at: Date, fingerprint: string[]): Development {
  return {
    id: sha(`${match.slug}|${item.key}`),
    slug: match.slug,
    headline: match.headline,
    title: item.title,
    ...(item.link ? { link: item.link } : {}),
    ...(item.published ? { published: item.published } : {}),
    ...(item.author ? { author: item.author } : {}),
    sources: [source],
    mentions: match.mentions,
    terms: match.terms,
    mayAnswer: match.mayAnswer,
    score: match.score,
    at: at.toISOString(),
    fingerprint,
  };
}

/** The post: a `notice` reply every renderer already shows. */
export function developmentReply(development: Development): Reply {
  const [first, ...others] = development.sources;
  const lines = [`“${development.title}”${first ? ` — ${first.feed}` : ''}${development.author ? `, by ${development.author}` : ''}`];
  if (development.link) lines.push(development.link);
  lines.push(`Why: it ${describeMatch(development)}.`);
  for (const question of development.mayAnswer) lines.push(`May answer: ${question}`);
  if (others.length) lines.push(`Also reported by: ${others.map((s) => s.feed).join(', ')}`);
  lines.push(`The briefing: /brief ${development.slug}`);
  return { kind: 'notice', title: `New development: ${development.headline}`, lines };
}

/** The one-time notice that a feed has been failing, or that it recovered. */
export function feedStatusReply(feed: { name: string; url: string }, status: { failing: true; since: string; error: string } | { failing: false; since: string }): Reply {
  if (status.failing) {
    return {
      kind: 'notice',
      title: `Feed not reachable: ${feed.name}`,
      lines: [
        `${feed.url} has failed every poll since ${status.since}: ${status.error}.`,
        'Brief keeps retrying with growing pauses and will say when it recovers. New developments from this feed are missed until then.',
      ],
    };
  }
  return { kind: 'notice', title: `Feed back: ${feed.name}`, lines: [`${feed.url} answers again (it had failed since ${status.since}).`] };
}
