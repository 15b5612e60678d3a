/**
 * The feed watcher as one part of the bot: reads config/feeds.yaml (again when it changes),
 * keeps a matcher over the current briefings (rebuilt when the catalog reloads), polls on a
 * timer and hands developments to a `DevelopmentSink`.
 *
 * @example
 *   const feeds = startFeeds({ settings, catalog: core.catalog, logger, sink: new QueueSink(store, clock), clock, state: new SqliteFeedStateStore(store.db) });
 *   await startPart(feeds);  // digest: feeds.digestSection
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import type { IntentHandlers } from '../answer/responder.ts';
import type { Library } from '../briefing/library.ts';
import type { Settings } from '../config/env.ts';
import type { Logger } from '../log.ts';
import { SqliteFeedStateStore } from '../store/feeds-sqlite.ts';
import { loadFeedsConfig, type FeedConfig } from './config.ts';
import { mayAnswerHints, type FeedAnswerHints } from './answer-hints.ts';
import { feedsDigestSection, type FeedsDigestSection } from './digest-section.ts';
import type { FetchFn } from './fetch.ts';
import { FeedMatcher } from './matcher.ts';
import { FeedPoller, type PollerOptions } from './poller.ts';
import type { FeedStateStore } from './state.ts';
import { feedHandlers } from './chat.ts';
import { LogSink } from './sinks.ts';
import { systemClock, type Clock, type Development, type DevelopmentSink, type FeedItem } from './types.ts';

export type { Development, DevelopmentSink, FeedDelivery, Clock } from './types.ts';
export type { FeedStateStore } from './state.ts';
export { MemoryFeedStateStore } from './state.ts';
export { QueueSink, LogSink, type PostQueue } from './sinks.ts';
export { FeedMatcher } from './matcher.ts';
export { feedHandlers, type FeedChatDeps } from './chat.ts';
export { draftIngester, writeDraftBriefing, type DraftIngestOptions } from './ingest.ts';

/** Keeps one matcher per loaded library. */
export function matcherFor(library: () => Library): () => FeedMatcher {
  let built: { library: Library; matcher: FeedMatcher } | undefined;
  return () => {
    const current = library();
    if (built?.library !== current) built = { library: current, matcher: new FeedMatcher(current.briefings) };
    return built.matcher;
  };
}

/** Where config/feeds.yaml is for these settings: next to `data/`, in the working directory. */
export function defaultFeedsConfigPath(settings: Settings): string {
  return resolve(dirname(settings.dataDir), 'config', 'feeds.yaml');
}

/** Opens the feed state in the SQLite file `DATABASE_URL` names (a path or `file:` URL). */
export function openFeedState(settings: Settings): { state: FeedStateStore; close(): void } {
  const url = settings.databaseUrl.trim();
  if (/^postgres(?:ql)?:\/\//i.test(url)) throw new Error('DATABASE_URL: feeds keep their state in SQLite until the Postgres store exists — pass `state` explicitly');
  const path = url === ':memory:' ? url : resolve(url.replace(/^file:(\/\/)?/i, ''));
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  return { state: new SqliteFeedStateStore(db), close: () => db.close() };
}

/**
 * The chat feed commands without a running watcher, for `brief ask`: they edit the same feeds file
 * and state the bot reads (its watcher picks a new feed up from the file).
 *
 * @example core.responder.use(feedHandlersFor(settings, followups.store.db, logger));
 */
export function feedHandlersFor(settings: Settings, db: Database.Database, logger: Logger): IntentHandlers {
  const state = new SqliteFeedStateStore(db);
  const poller = new FeedPoller({ feeds: () => [], state, matcher: () => new FeedMatcher([]), sink: new LogSink(logger), clock: systemClock, logger });
  return feedHandlers({ configPath: defaultFeedsConfigPath(settings), state, poller, admins: settings.feedAdmins });
}

export interface StartFeedsOptions {
  settings: Settings;
  catalog: { library(): Library };
  logger: Logger;
  sink: DevelopmentSink;
  clock: Clock;
  fetch?: FetchFn;
  /** Default: SQLite at `DATABASE_URL` on a handle of its own. Pass the shared store's (`new SqliteFeedStateStore(store.db)`). */
  state?: FeedStateStore;
  /** Default: config/feeds.yaml in the working directory. */
  configPath?: string;
  /** Turns an item of an `autoIngest` feed into a draft briefing. */
  ingest?: (item: FeedItem, feed: FeedConfig) => Promise<void>;
  /** Told the outcome of every poll (metrics). */
  onPoll?: PollerOptions['onPoll'];
  /** Tuning (concurrency, politeness, timeouts, settle time…). */
  poller?: Partial<Omit<PollerOptions, 'feeds' | 'state' | 'matcher' | 'sink' | 'clock' | 'logger' | 'fetch' | 'ingest'>>;
  tickMs?: number;
}

/** The running feed watcher. */
export interface FeedsPart {
  name: 'feeds';
  start(): Promise<void>;
  stop(): Promise<void>;
  poller: FeedPoller;
  state: FeedStateStore;
  /** The feeds file it watches (chat commands edit it). */
  configPath: string;
  /** Developments found since a time (the digest's "new developments"). */
  developmentsSince(since: Date): Promise<Development[]>;
  /** The digest section to register with the follow-ups digest. */
  digestSection: FeedsDigestSection;
  /** What may answer a check-in's questions, for `followups.setAnswerHints`. */
  answerHints: FeedAnswerHints;
}

const KEEP_SEEN_DAYS = 90;

/** Builds the feed watcher; nothing runs until `start()`. */
export function startFeeds(options: StartFeedsOptions): FeedsPart {
  const { logger, clock } = options;
  const configPath = options.configPath ?? defaultFeedsConfigPath(options.settings);
  let owned: { close(): void } | undefined;
  let state = options.state;
  if (!state) {
    const opened = openFeedState(options.settings);
    state = opened.state;
    owned = opened;
  }
  let feeds: FeedConfig[] = [];
  let configMtime = -1;
  let lastCheck = 0;
  let lastPrune = 0;

  const reloadConfig = async (force = false) => {
    const now = Date.now();
    if (!force && now - lastCheck < 5000) return;
    lastCheck = now;
    let mtime = 0;
    try {
      mtime = statSync(configPath).mtimeMs;
    } catch {
      mtime = 0;
    }
    if (mtime === configMtime) return;
    configMtime = mtime;
    try {
      feeds = await loadFeedsConfig(configPath);
      logger.info({ feeds: feeds.length, path: configPath }, 'feeds loaded');
    } catch (error) {
      logger.error({ err: error, path: configPath }, 'feeds config invalid; keeping the last good one');
    }
  };

  const store = state;
  const poller = new FeedPoller({
    ...options.poller,
    feeds: () => feeds,
    state: store,
    matcher: matcherFor(() => options.catalog.library()),
    sink: options.sink,
    clock,
    logger,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.ingest ? { ingest: options.ingest } : {}),
    ...(options.onPoll ? { onPoll: options.onPoll } : {}),
  });
  let timer: NodeJS.Timeout | undefined;

  return {
    name: 'feeds',
    poller,
    state: store,
    configPath,
    digestSection: feedsDigestSection(store),
    answerHints: mayAnswerHints(store),
    developmentsSince: (since) => store.developmentsSince(since),
    async start() {
      await reloadConfig(true);
      const housekeeping = async () => {
        await reloadConfig();
        const now = clock.now().getTime();
        if (now - lastPrune > 86_400_000) {
          lastPrune = now;
          const forgotten = await store.forgetKeysBefore(new Date(now - KEEP_SEEN_DAYS * 86_400_000));
          if (forgotten) logger.info({ forgotten }, 'old feed item keys forgotten');
        }
      };
      await housekeeping();
      timer = setInterval(() => void housekeeping().catch((error) => logger.error({ err: error }, 'feeds housekeeping failed')), 5000).unref();
      await poller.start(options.tickMs ?? 1000);
    },
    async stop() {
      if (timer) clearInterval(timer);
      await poller.stop();
      owned?.close();
    },
  };
}
