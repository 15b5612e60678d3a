/**
 * The values the feed watcher passes around: a parsed feed and its items, and what it hands on
 * (developments and failing-feed notices) through a `DevelopmentSink`.
 */
import type { Reply } from '../answer/reply.ts';
import type { DeliveryTarget } from '../delivery/target.ts';

/** One entry of a feed, normalised across RSS 0.9x/1.0/2.0 and Atom. */
export interface FeedItem {
  /** Identity: guid, else link, else a hash of title and date (see identity.ts). */
  key: string;
  title: string;
  /** Absolute URL, resolved against the feed's address. */
  link?: string;
  /** ISO 8601, when the feed gave a date that could be read. */
  published?: string;
  /** Plain text of the summary or full content, tags and entities removed. */
  text: string;
  /** The item's full article as HTML, when the feed carries one (`content:encoded`, Atom `content`); for drafts. */
  content?: string;
  guid?: string;
  /** Who wrote it, as the feed names them (several joined with commas); shown in developments. */
  author?: string;
}

/** A feed document after decoding and parsing. */
export interface ParsedFeed {
  title?: string;
  link?: string;
  /** The feed's own `<ttl>`: minutes a reader should wait between polls. */
  ttlMinutes?: number;
  items: FeedItem[];
  /** Things worth telling a person about the document that did not stop it being read. */
  notes: string[];
}

/** A source of one development: the feed and the item it came from. */
export interface DevelopmentSource {
  feed: string;
  title: string;
  link?: string;
}

/** A feed item that concerns a briefing, with the reasons it matched. */
export interface Development {
  /** Stable id: the same story for the same briefing always has the same id (idempotency key). */
  id: string;
  slug: string;
  headline: string;
  title: string;
  link?: string;
  published?: string;
  /** Who wrote the first item, as its feed names them. */
  author?: string;
  /** The first source, then the others that carried the same story. */
  sources: DevelopmentSource[];
  /** Actor names of the briefing the item mentions, in the briefing's spelling. */
  mentions: string[];
  /** Key words the item shares with the briefing, as the item writes them. */
  terms: string[];
  /** Open questions of the briefing the item may answer. */
  mayAnswer: string[];
  score: number;
  /** When the watcher found it. */
  at: string;
  /** When it was handed to the sink; unset while it waits for other sources to join. */
  postedAt?: string;
  /** Content stems of the first item, to recognise the same story from another feed. */
  fingerprint: string[];
}

/** Something the feed watcher wants posted. The sink adds the channels following `slug`. */
export type FeedDelivery =
  | {
      kind: 'development';
      /** Idempotency key: post at most once per target. */
      key: string;
      development: Development;
      reply: Reply;
      /** Channels the feed itself lists; the sink adds the followers of the briefing. */
      channels: DeliveryTarget[];
    }
  | { kind: 'feed-status'; key: string; feed: string; reply: Reply; channels: DeliveryTarget[] };

/** Where the watcher's posts go: the follow-ups' exactly-once delivery, or a test double. */
export interface DevelopmentSink {
  deliver(delivery: FeedDelivery): Promise<void>;
}
