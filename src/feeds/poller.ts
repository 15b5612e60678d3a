/**
 * The feed poller: polls each feed when it is due, with bounded concurrency and per-host
 * politeness, and turns new items into developments. Per feed it keeps validators, backoff and
 * failure state in the `FeedStateStore`; a feed's first successful poll only records its items.
 * Every feed is handled in isolation: one that throws is logged with its address and the others
 * carry on.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../log.ts';
import { DEFAULT_BACKOFF, delayAfterFailure, delayAfterSuccess, type BackoffPolicy } from './backoff.ts';
import type { FeedConfig } from './config.ts';
import { decodeBody } from '../net/charset.ts';
import { developmentReply, feedStatusReply, fingerprintOf, makeDevelopment, sameStory } from './development.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, fetchFeed, FeedFetchError, type FetchFn } from './fetch.ts';
import { titleKey } from './identity.ts';
import type { FeedMatcher } from './matcher.ts';
import { parseFeed } from './parse.ts';
import { addSource, type FeedState, type FeedStateStore } from './state.ts';
import type { Clock } from '../time/clock.ts';
import type { DevelopmentSink, FeedItem } from './types.ts';

export interface PollerOptions {
  /** The feeds as configured now (re-read by the caller when the file changes). */
  feeds: () => readonly FeedConfig[];
  state: FeedStateStore;
  /** The matcher for the current briefings. */
  matcher: () => FeedMatcher;
  sink: DevelopmentSink;
  clock: Clock;
  logger: Logger;
  fetch?: FetchFn;
  /** Polls in flight at once (default 16). */
  concurrency?: number;
  /** Per host: polls in flight at once (default 2) and the pause between starting two (default 1000 ms). */
  perHost?: { concurrency?: number; gapMs?: number };
  timeoutMs?: number;
  maxBytes?: number;
  backoff?: BackoffPolicy;
  /** Report a feed to its channels once it has failed for this long (default 360 minutes). */
  reportFailingAfterMinutes?: number;
  /** Hold a development this long so the same story from other feeds joins it (default 10 minutes). */
  settleMinutes?: number;
  /** How far back a new item may join an earlier development (default 48 hours). */
  storyWindowHours?: number;
  /** New items dated further back than this are recorded, never posted (default 7 days). */
  maxItemAgeDays?: number;
  /** For feeds with `autoIngest`: new items that match no briefing. */
  ingest?: (item: FeedItem, feed: FeedConfig) => Promise<void>;
  /** Told the outcome of every poll (metrics). */
  onPoll?: (status: PollOutcome['status'], feedUrl: string) => void;
}

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

const MINUTE = 60_000;

export class FeedPoller {
  readonly stats: PollerStats = { polls: 0, notModified: 0, failures: 0, items: 0, fresh: 0, developments: 0 };
  private readonly nextPoll = new Map<string, number>();
  private readonly inFlight = new Set<string>();
  private readonly queue: FeedConfig[] = [];
  private readonly hosts = new Map<string, { active: number; lastStart: number }>();
  private active = 0;
  private idleWaiters: Array<() => void> = [];
  private pumpTimer?: NodeJS.Timeout;
  private tickTimer?: NodeJS.Timeout;
  private developmentChain: Promise<unknown> = Promise.resolve();
  private loaded = false;
  private stopped = false;

  constructor(private readonly options: PollerOptions) {}

  /** Starts polling on a timer (every `tickMs`, default 1 s). */
  async start(tickMs = 1000): Promise<void> {
    this.stopped = false;
    const loop = () => {
      if (this.stopped) return;
      this.tick()
        .catch((error) => this.options.logger.error({ err: error }, 'feed tick failed'))
        .finally(() => {
          if (!this.stopped) this.tickTimer = setTimeout(loop, tickMs).unref();
        });
    };
    loop();
  }

  /** Stops the timer and waits for polls in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.tickTimer) clearTimeout(this.tickTimer);
    if (this.pumpTimer) clearTimeout(this.pumpTimer);
    this.queue.length = 0;
    await this.idle();
    await this.developmentChain;
  }

  /** Queues every due feed and posts developments whose settle time is over. */
  async tick(): Promise<void> {
    const now = this.options.clock.now().getTime();
    if (!this.loaded) {
      for (const state of await this.options.state.listFeeds()) this.nextPoll.set(state.url, Date.parse(state.nextPollAt));
      this.loaded = true;
    }
    const queued = new Set(this.queue.map((f) => f.url));
    for (const feed of this.options.feeds()) {
      if (this.inFlight.has(feed.url) || queued.has(feed.url)) continue;
      if ((this.nextPoll.get(feed.url) ?? 0) <= now) this.queue.push(feed);
    }
    this.pump();
    await this.flushDevelopments();
  }

  /** Polls every due feed and resolves when all are done and settled developments are posted. */
  async pollDue(): Promise<void> {
    await this.tick();
    await this.idle();
    await this.developmentChain;
    await this.flushDevelopments();
  }

  /** Resolves when nothing is queued or in flight. */
  idle(): Promise<void> {
    if (this.active === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private hostOf(url: string): string {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  }

  /** Starts queued polls while slots are free, honouring per-host limits. */
  private pump(): void {
    if (this.pumpTimer) {
      clearTimeout(this.pumpTimer);
      this.pumpTimer = undefined;
    }
    const limit = this.options.concurrency ?? 16;
    const hostLimit = this.options.perHost?.concurrency ?? 2;
    const gap = this.options.perHost?.gapMs ?? 1000;
    let wait = Infinity;
    for (let i = 0; i < this.queue.length && this.active < limit; ) {
      const feed = this.queue[i]!;
      const host = this.hostOf(feed.url);
      const h = this.hosts.get(host) ?? { active: 0, lastStart: -Infinity };
      const sinceLast = performance.now() - h.lastStart;
      if (h.active >= hostLimit || sinceLast < gap) {
        if (h.active < hostLimit) wait = Math.min(wait, gap - sinceLast);
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      h.active++;
      h.lastStart = performance.now();
      this.hosts.set(host, h);
      this.active++;
      this.inFlight.add(feed.url);
      void this.pollFeed(feed)
        .catch((error) => this.options.logger.error({ err: error, feed: feed.url }, 'feed poll failed'))
        .finally(() => {
          h.active--;
          this.active--;
          this.inFlight.delete(feed.url);
          this.pump();
        });
    }
    if (this.queue.length && wait !== Infinity && !this.stopped) this.pumpTimer = setTimeout(() => this.pump(), Math.max(1, wait));
    if (this.active === 0 && this.queue.length === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      waiters.forEach((w) => w());
    }
  }

  /** Polls one feed now, whatever its schedule; `fetch` overrides the poller's for this poll (a guarded fetch for chat). */
  async pollFeed(feed: FeedConfig, once: { fetch?: FetchFn } = {}): Promise<PollOutcome> {
    const { state: store, clock } = this.options;
    // Every line about this poll carries its id, so one poll can be followed through the log.
    const logger = this.options.logger.child({ poll: randomUUID().slice(0, 8), feed: feed.url });
    const started = clock.now();
    const state: FeedState = (await store.getFeed(feed.url)) ?? { url: feed.url, failures: 0, nextPollAt: started.toISOString(), baselined: false, failureReported: false };
    state.lastPollAt = started.toISOString();
    this.stats.polls++;
    let outcome: PollOutcome;
    try {
      const fetched = await fetchFeed(feed.url, {
        ...(state.baselined && state.etag ? { etag: state.etag } : {}),
        ...(state.baselined && state.lastModified ? { lastModified: state.lastModified } : {}),
        timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxBytes: this.options.maxBytes ?? DEFAULT_MAX_BYTES,
        ...(once.fetch || this.options.fetch ? { fetch: once.fetch ?? this.options.fetch } : {}),
      });
      state.finalUrl = fetched.url;
      if (fetched.etag) state.etag = fetched.etag;
      if (fetched.lastModified) state.lastModified = fetched.lastModified;
      let maxAge: number | undefined;
      if (fetched.status === 'not-modified') {
        this.stats.notModified++;
        outcome = { status: 'not-modified' };
      } else {
        maxAge = fetched.maxAgeSeconds;
        const decoded = decodeBody(fetched.body, fetched.contentType);
        const parsed = await parseFeed(decoded.text, { url: fetched.url });
        if (parsed.title) state.title = parsed.title;
        if (parsed.ttlMinutes) state.ttlMinutes = parsed.ttlMinutes;
        else delete state.ttlMinutes;
        state.itemCount = parsed.items.length;
        outcome = await this.takeItems(feed, state, parsed.items);
      }
      await this.recovered(feed, state).catch((error) => logger.error({ err: error, feed: feed.url }, 'feed recovery notice failed'));
      const now = clock.now();
      state.lastSuccessAt = now.toISOString();
      state.nextPollAt = new Date(now.getTime() + delayAfterSuccess(feed.intervalMinutes, state.ttlMinutes, maxAge)).toISOString();
    } catch (error) {
      const reason = error instanceof FeedFetchError ? error.reason : error instanceof Error ? error.message.split('\n')[0]! : String(error);
      const now = clock.now();
      this.stats.failures++;
      state.failures++;
      state.failingSince ??= now.toISOString();
      state.lastErrorAt = now.toISOString();
      state.lastError = reason;
      const retryAfter = error instanceof FeedFetchError ? error.retryAfterMs : undefined;
      state.nextPollAt = new Date(now.getTime() + delayAfterFailure(feed.intervalMinutes, state.failures, this.options.backoff ?? DEFAULT_BACKOFF, retryAfter)).toISOString();
      logger.warn({ feed: feed.url, failures: state.failures, reason }, 'feed poll failed');
      await this.maybeReportFailing(feed, state, now).catch((err) => logger.error({ err, feed: feed.url }, 'feed failure notice failed; will retry'));
      outcome = { status: 'failed', reason, failures: state.failures };
    }
    this.nextPoll.set(feed.url, Date.parse(state.nextPollAt));
    await store.saveFeed(state);
    logger.debug({ outcome: outcome.status, next: state.nextPollAt }, 'feed polled');
    this.options.onPoll?.(outcome.status, feed.url);
    return outcome;
  }

  /** Records the items; on a baselined feed, the unseen ones become developments. */
  private async takeItems(feed: FeedConfig, state: FeedState, items: FeedItem[]): Promise<PollOutcome> {
    const { state: store, clock } = this.options;
    const unique = new Map<string, FeedItem>();
    for (const item of items) if (!unique.has(item.key)) unique.set(item.key, item);
    const keysOf = (item: FeedItem) => (item.key.startsWith('h:') ? [item.key, titleKey(item)] : [item.key]);
    const allKeys = [...unique.values()].flatMap(keysOf);
    const seen = await store.seenKeys(feed.url, allKeys);
    await store.rememberKeys(feed.url, allKeys, clock.now());
    this.stats.items += unique.size;
    if (!state.baselined) {
      state.baselined = true;
      return { status: 'baseline', items: unique.size };
    }
    // An old item that looks new (a feed that re-keyed its archive) is recorded, not posted.
    const oldest = clock.now().getTime() - (this.options.maxItemAgeDays ?? 7) * 86_400_000;
    const fresh = [...unique.values()].filter((item) => !keysOf(item).some((k) => seen.has(k)) && !(item.published && Date.parse(item.published) < oldest));
    this.stats.fresh += fresh.length;
    let developments = 0;
    for (const item of fresh) {
      const matches = this.options.matcher().match(item);
      for (const match of matches) developments += (await this.serialised(() => this.takeMatch(feed, item, match))) ? 1 : 0;
      if (matches.length === 0 && feed.autoIngest && this.options.ingest) {
        await this.options.ingest(item, feed).catch((error) => this.options.logger.error({ err: error, feed: feed.url, item: item.link ?? item.title }, 'auto-ingest failed'));
      }
    }
    this.stats.developments += developments;
    return { status: 'ok', items: unique.size, fresh: fresh.length, developments };
  }

  /** Runs development bookkeeping one at a time, so two feeds never both post one story. */
  private serialised<T>(work: () => Promise<T>): Promise<T> {
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

  private async maybeReportFailing(feed: FeedConfig, state: FeedState, now: Date): Promise<void> {
    const after = (this.options.reportFailingAfterMinutes ?? 360) * MINUTE;
    if (state.failureReported || !state.failingSince || now.getTime() - Date.parse(state.failingSince) < after) return;
    if (feed.channels.length === 0) {
      this.options.logger.warn({ feed: feed.url, since: state.failingSince, reason: state.lastError }, 'feed failing for long; no channels listed to tell');
    } else {
      await this.options.sink.deliver({
        kind: 'feed-status',
        key: `feed-failing:${feed.url}:${state.failingSince}`,
        feed: feed.url,
        reply: feedStatusReply(feed, { failing: true, since: state.failingSince, error: state.lastError ?? 'unknown error' }),
        channels: feed.channels,
      });
    }
    state.failureReported = true;
  }

  private async recovered(feed: FeedConfig, state: FeedState): Promise<void> {
    if (state.failureReported && state.failingSince && feed.channels.length) {
      await this.options.sink.deliver({
        kind: 'feed-status',
        key: `feed-recovered:${feed.url}:${state.failingSince}`,
        feed: feed.url,
        reply: feedStatusReply(feed, { failing: false, since: state.failingSince }),
        channels: feed.channels,
      });
    }
    state.failures = 0;
    state.failureReported = false;
    delete state.failingSince;
  }
}
