/**
 * What the feed watcher remembers between polls and restarts, behind one narrow interface:
 * per-feed poll state (validators, backoff, failure reports), the item keys already seen, and the
 * developments found (for cross-feed dedupe and the digest). `MemoryFeedStateStore` serves tests
 * and `brief feeds test`; the store's `SqliteFeedState` (src/store/sqlite-feed-state.ts) serves the bot.
 */
import type { Development, DevelopmentSource } from './types.ts';

/** Poll state of one feed, keyed by its configured URL. */
export interface FeedState {
  url: string;
  /** Where the last fetch ended up after redirects. */
  finalUrl?: string;
  etag?: string;
  lastModified?: string;
  /** ISO times. */
  lastPollAt?: string;
  lastSuccessAt?: string;
  lastErrorAt?: string;
  lastError?: string;
  /** Failures in a row since the last success. */
  failures: number;
  /** When the current run of failures began. */
  failingSince?: string;
  nextPollAt: string;
  /** The feed's `<ttl>` in minutes, as last read. */
  ttlMinutes?: number;
  /** True once the first successful fetch recorded the feed's items (without posting them). */
  baselined: boolean;
  /** True when the current failure run has been reported to the feed's channels. */
  failureReported: boolean;
  itemCount?: number;
  /** The feed's own title, as last read. */
  title?: string;
}

/** The store the feed watcher needs. Async so a Postgres implementation fits the same shape. */
export interface FeedStateStore {
  getFeed(url: string): Promise<FeedState | undefined>;
  saveFeed(state: FeedState): Promise<void>;
  listFeeds(): Promise<FeedState[]>;
  /** Forgets a feed: its state and seen items. */
  removeFeed(url: string): Promise<void>;
  /** Which of `keys` this feed has already seen. */
  seenKeys(url: string, keys: string[]): Promise<Set<string>>;
  /** Records keys as seen (or refreshes them) at `at`. */
  rememberKeys(url: string, keys: string[], at: Date): Promise<void>;
  /** Drops seen keys not refreshed since `before`; returns how many. */
  forgetKeysBefore(before: Date): Promise<number>;
  /** Stores a development, or updates it (sources) when its id exists. */
  saveDevelopment(development: Development): Promise<void>;
  /** Developments of one briefing found at or after `since`, newest first. */
  developmentsFor(slug: string, since: Date): Promise<Development[]>;
  /** Developments found at or after `since`, oldest first (for the digest). */
  developmentsSince(since: Date): Promise<Development[]>;
  /**
   * Takes a feed's lease for `owner` until `now + leaseMs` (or renews it); false while another
   * owner's lease runs. Stores shared by several replicas have it; a store for one process need not.
   */
  leaseFeed?(url: string, owner: string, now: number, leaseMs: number): Promise<boolean>;
  /** Gives a feed's lease back (the poll ended), if `owner` still holds it. */
  releaseFeed?(url: string, owner: string): Promise<void>;
}

/** Keeps everything in maps; lost at exit. */
export class MemoryFeedStateStore implements FeedStateStore {
  private readonly feeds = new Map<string, FeedState>();
  private readonly seen = new Map<string, Map<string, number>>();
  private readonly developments = new Map<string, Development>();

  async getFeed(url: string): Promise<FeedState | undefined> {
    const state = this.feeds.get(url);
    return state ? { ...state } : undefined;
  }
  async saveFeed(state: FeedState): Promise<void> {
    this.feeds.set(state.url, { ...state });
  }
  async listFeeds(): Promise<FeedState[]> {
    return [...this.feeds.values()].map((s) => ({ ...s }));
  }
  async removeFeed(url: string): Promise<void> {
    this.feeds.delete(url);
    this.seen.delete(url);
  }
  async seenKeys(url: string, keys: string[]): Promise<Set<string>> {
    const known = this.seen.get(url);
    return new Set(known ? keys.filter((k) => known.has(k)) : []);
  }
  async rememberKeys(url: string, keys: string[], at: Date): Promise<void> {
    let known = this.seen.get(url);
    if (!known) this.seen.set(url, (known = new Map()));
    for (const key of keys) known.set(key, at.getTime());
  }
  async forgetKeysBefore(before: Date): Promise<number> {
    let n = 0;
    for (const known of this.seen.values()) {
      for (const [key, at] of known) {
        if (at < before.getTime()) {
          known.delete(key);
          n++;
        }
      }
    }
    return n;
  }
  async saveDevelopment(development: Development): Promise<void> {
    this.developments.set(development.id, structuredClone(development));
  }
  async developmentsFor(slug: string, since: Date): Promise<Development[]> {
    return [...this.developments.values()]
      .filter((d) => d.slug === slug && Date.parse(d.at) >= since.getTime())
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((d) => structuredClone(d));
  }
  async developmentsSince(since: Date): Promise<Development[]> {
    return [...this.developments.values()]
      .filter((d) => Date.parse(d.at) >= since.getTime())
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((d) => structuredClone(d));
  }
}

/** Adds a source to a development unless that feed is already listed. */
export function addSource(development: Development, source: DevelopmentSource): boolean {
  if (development.sources.some((s) => s.feed === source.feed || (source.link && s.link === source.link))) return false;
  development.sources.push(source);
  return true;
}
