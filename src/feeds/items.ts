/**
 * What happens to a feed's items after a poll: their keys are remembered (so a restart or a
 * re-dated item never posts twice), a feed's first poll only records them, and each new item that
 * concerns a briefing becomes a development — or a further source of one found earlier — which is
 * posted once its settle time is over, so the same story from several feeds is posted once.
 */
import type { Logger } from '../log.ts';
import type { Clock } from '../time/clock.ts';
import type { FeedConfig } from './config.ts';
import { developmentReply, fingerprintOf, makeDevelopment, sameStory } from './development.ts';
import { titleKey } from './identity.ts';
import type { FeedMatcher } from './matcher.ts';
import { addSource, type FeedState, type FeedStateStore } from './state.ts';
import type { DevelopmentSink, FeedItem } from './types.ts';

/** What happened in one poll; returned for the CLI and tests. */
export type PollOutcome =
  | { status: 'baseline'; items: number }
  | { status: 'not-modified' }
  | { status: 'ok'; items: number; fresh: number; developments: number }
  | { status: 'failed'; reason: string; failures: number };

/** Counters since start, for the benchmark and logs. */
export interface PollerStats {
  polls: number;
  notModified: number;
  failures: number;
  items: number;
  fresh: number;
  developments: number;
}

export interface ItemHandlerOptions {
  /** The feeds as configured now (re-read by the caller when the file changes). */
  feeds: () => readonly FeedConfig[];
  state: FeedStateStore;
  /** The matcher for the current briefings. */
  matcher: () => FeedMatcher | Promise<FeedMatcher>;
  sink: DevelopmentSink;
  clock: Clock;
  logger: Logger;
  stats: PollerStats;
  /** Hold a development this long so the same story from other feeds joins it (default 10 minutes). */
  settleMinutes?: number;
  /** How far back a new item may join an earlier development (default 48 hours). */
  storyWindowHours?: number;
  /** New items dated further back than this are recorded, never posted (default 7 days). */
  maxItemAgeDays?: number;
  /** For feeds with `autoIngest`: new items that match no briefing. */
  ingest?: (item: FeedItem, feed: FeedConfig) => Promise<void>;
}

const MINUTE = 60_000;

export class ItemHandler {
  private developmentChain: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ItemHandlerOptions) {}

  /** Resolves when the development bookkeeping queued so far is done. */
  settled(): Promise<unknown> {
    return this.developmentChain;
  }

  /** Records the items; on a baselined feed, the unseen ones become developments. */
  async takeItems(feed: FeedConfig, state: FeedState, items: FeedItem[]): Promise<PollOutcome> {
    const { state: store, clock } = this.options;
    const unique = new Map<string, FeedItem>();
    for (const item of items) if (!unique.has(item.key)) unique.set(item.key, item);
    const keysOf = (item: FeedItem) => (item.key.startsWith('h:') ? [item.key, titleKey(item)] : [item.key]);
    const allKeys = [...unique.values()].flatMap(keysOf);
    const seen = await store.seenKeys(feed.url, allKeys);
    await store.rememberKeys(feed.url, allKeys, clock.now());
    this.options.stats.items += unique.size;
    if (!state.baselined) {
      state.baselined = true;
      return { status: 'baseline', items: unique.size };
    }
    // An old item that looks new (a feed that re-keyed its archive) is recorded, not posted.
    const oldest = clock.now().getTime() - (this.options.maxItemAgeDays ?? 7) * 86_400_000;
    const fresh = [...unique.values()].filter((item) => !keysOf(item).some((k) => seen.has(k)) && !(item.published && Date.parse(item.published) < oldest));
    this.options.stats.fresh += fresh.length;
    let developments = 0;
    for (const item of fresh) {
      const matches = (await this.options.matcher()).match(item);
      for (const match of matches) developments += (await this.serialised(() => this.takeMatch(feed, item, match))) ? 1 : 0;
      if (matches.length === 0 && feed.autoIngest && this.options.ingest) {
        await this.options.ingest(item, feed).catch((error) => this.options.logger.error({ err: error, feed: feed.url, item: item.link ?? item.title }, 'auto-ingest failed'));
      }
    }
    this.options.stats.developments += developments;
    return { status: 'ok', items: unique.size, fresh: fresh.length, developments };
  }

  /** Runs development bookkeeping one at a time, so two feeds never both post one story. */
  serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = this.developmentChain.then(work);
    this.developmentChain = next.catch(() => undefined);
    return next;
  }

  /** A new development, or a new source for one found earlier. Returns true when it is new. */
  private async takeMatch(feed: FeedConfig, item: FeedItem, match: ReturnType<FeedMatcher['match']>[number]): Promise<boolean> {
    const { state: store, clock } = this.options;
    const now = clock.now();
    const fingerprint = fingerprintOf(item);
    const source = { feed: feed.name, title: item.title, ...(item.link ? { link: item.link } : {}) };
    const windowStart = new Date(now.getTime() - (this.options.storyWindowHours ?? 48) * 60 * MINUTE);
    const earlier = (await store.developmentsFor(match.slug, windowStart)).find((d) => sameStory(d, item, fingerprint));
    if (earlier) {
      if (addSource(earlier, source)) await store.saveDevelopment(earlier);
      return false;
    }
    const development = makeDevelopment(match, item, source, now, fingerprint);
    this.pendingChannels.set(development.id, feed);
    await store.saveDevelopment(development);
    return true;
  }

  /** The feed each pending development came from, for its channels. */
  private readonly pendingChannels = new Map<string, FeedConfig>();

  /** Posts developments whose settle time is over. */
  async flushDevelopments(): Promise<void> {
    await this.serialised(async () => {
      const { state: store, clock, sink, logger } = this.options;
      const now = clock.now();
      const settle = (this.options.settleMinutes ?? 10) * MINUTE;
      const window = new Date(now.getTime() - (this.options.storyWindowHours ?? 48) * 60 * MINUTE);
      for (const development of await store.developmentsSince(window)) {
        if (development.postedAt || Date.parse(development.at) + settle > now.getTime()) continue;
        const feed = this.pendingChannels.get(development.id) ?? this.options.feeds().find((f) => f.name === development.sources[0]?.feed);
        try {
          await sink.deliver({ kind: 'development', key: `development:${development.id}`, development, reply: developmentReply(development), channels: feed?.channels ?? [] });
          development.postedAt = now.toISOString();
          await store.saveDevelopment(development);
          this.pendingChannels.delete(development.id);
        } catch (error) {
          logger.error({ err: error, development: development.id, slug: development.slug }, 'development delivery failed; will retry');
        }
      }
    });
  }
}
