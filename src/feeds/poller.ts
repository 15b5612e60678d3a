/**
 * The feed poller's scheduling: polls each feed when it is due, with bounded concurrency and
 * per-host politeness, and keeps each feed's backoff and failure state (reporting a feed that
 * fails for long to its channels, once). One poll (fetch → decode → parse) is `pollOnce`
 * (poll.ts); what happens to the items is `ItemHandler` (items.ts). Every feed is handled in
 * isolation: one that throws is logged with its address and the others carry on.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DEFAULT_BACKOFF, delayAfterFailure, delayAfterSuccess, type BackoffPolicy } from './backoff.ts';
import type { FeedConfig } from './config.ts';
import { feedStatusReply } from './development.ts';
import type { Egress } from '../net/egress.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, FeedFetchError } from './fetch.ts';
import { ItemHandler, type ItemHandlerOptions, type PollerStats, type PollOutcome } from './items.ts';
import type { FeedState } from './state.ts';

/** The item handling's options (feeds, state, matcher, sink, settle and story windows…), and the scheduling's. */
export interface PollerOptions extends Omit<ItemHandlerOptions, 'stats'> {
  /** The way out: public addresses only, unless the operator marked the feed `allowPrivate`. */
  egress: Pick<Egress, 'public' | 'anyAddress'>;
  /** Polls in flight at once (default 16). */
  concurrency?: number;
  /** Per host: polls in flight at once (default 2) and the pause between starting two (default 1000 ms). */
  perHost?: { concurrency?: number; gapMs?: number };
  timeoutMs?: number;
  maxBytes?: number;
  backoff?: BackoffPolicy;
  /** Report a feed to its channels once it has failed for this long (default 360 minutes). */
  reportFailingAfterMinutes?: number;
  /** Told the outcome of every poll (metrics). */
  onPoll?: (status: PollOutcome['status'], feedUrl: string) => void;
  /** How long a replica may hold a feed's lease while it polls (default 5 minutes); a replica that dies hands it on after this. */
  feedLeaseMs?: number;
}

export type { PollOutcome, PollerStats } from './items.ts';

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
  private loaded = false;
  private stopped = false;
  /** Aborted by `stop()`: fetches in flight end at once instead of running to their time limit. */
  private cancel = new AbortController();

  private readonly items: ItemHandler;
  /** Who holds feed leases taken by this poller. */
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(private readonly options: PollerOptions) {
    this.items = new ItemHandler({ ...options, stats: this.stats });
  }

  /** Posts developments whose settle time is over. */
  flushDevelopments(): Promise<void> {
    return this.items.flushDevelopments();
  }

  /** Starts polling on a timer (every `tickMs`, default 1 s). */
  async start(tickMs = 1000): Promise<void> {
    this.stopped = false;
    this.cancel = new AbortController();
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
    this.cancel.abort();
    if (this.tickTimer) clearTimeout(this.tickTimer);
    if (this.pumpTimer) clearTimeout(this.pumpTimer);
    this.queue.length = 0;
    await this.idle();
    await this.items.settled();
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
    await this.items.flushDevelopments();
  }

  /** Polls every due feed and resolves when all are done and settled developments are posted. */
  async pollDue(): Promise<void> {
    await this.tick();
    await this.idle();
    await this.items.settled();
    await this.items.flushDevelopments();
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
      void this.pollLeased(feed)
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

  /**
   * Polls a due feed under its lease when the store is shared by replicas: one replica at a time
   * polls a feed, and a feed another replica polled meanwhile waits for its next time.
   */
  private async pollLeased(feed: FeedConfig): Promise<void> {
    const { state, clock } = this.options;
    if (!state.leaseFeed) {
      await this.pollFeed(feed);
      return;
    }
    const now = clock.now().getTime();
    const leaseMs = this.options.feedLeaseMs ?? 5 * MINUTE;
    if (!(await state.leaseFeed(feed.url, this.owner, now, leaseMs))) {
      this.nextPoll.set(feed.url, now + Math.min(leaseMs, MINUTE));
      return;
    }
    try {
      const current = await state.getFeed(feed.url);
      const next = current ? Date.parse(current.nextPollAt) : 0;
      if (next > now) this.nextPoll.set(feed.url, next);
      else await this.pollFeed(feed);
    } finally {
      await state.releaseFeed?.(feed.url, this.owner);
    }
  }

  /** Polls one feed now, whatever its schedule. */
  async pollFeed(feed: FeedConfig): Promise<PollOutcome> {
    const { state: store, clock } = this.options;
    // Every line about this poll carries its id, so one poll can be followed through the log.
    const logger = this.options.logger.child({ poll: randomUUID().slice(0, 8), feed: feed.url });
    const started = clock.now();
    const state: FeedState = (await store.getFeed(feed.url)) ?? { url: feed.url, failures: 0, nextPollAt: started.toISOString(), baselined: false, failureReported: false };
    state.lastPollAt = started.toISOString();
    this.stats.polls++;
    let outcome: PollOutcome;
    try {
      // Fetching and parsing (rss-parser, charsets) load with the first poll, not with every `brief ask`.
      const { pollOnce } = await import('./poll.ts');
      const polled = await pollOnce(feed.url, state, {
        timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxBytes: this.options.maxBytes ?? DEFAULT_MAX_BYTES,
        fetch: feed.allowPrivate ? this.options.egress.anyAddress : this.options.egress.public,
        logger,
        signal: this.cancel.signal,
      });
      const maxAge = polled.status === 'items' ? polled.maxAgeSeconds : undefined;
      if (polled.status === 'not-modified') {
        this.stats.notModified++;
        outcome = { status: 'not-modified' };
      } else {
        outcome = await this.items.takeItems(feed, state, polled.items);
      }
      await this.recovered(feed, state).catch((error) => logger.error({ err: error, feed: feed.url }, 'feed recovery notice failed'));
      const now = clock.now();
      state.lastSuccessAt = now.toISOString();
      state.nextPollAt = new Date(now.getTime() + delayAfterSuccess(feed.intervalMinutes, state.ttlMinutes, maxAge)).toISOString();
    } catch (error) {
      // A poll the stop cancelled is not the feed's failure: its state stays as it was, due again at the next start.
      if (error instanceof FeedFetchError && error.kind === 'cancelled') return { status: 'failed', reason: error.reason, failures: state.failures };
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
