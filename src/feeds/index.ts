/**
 * The feed watcher as one part of the bot: re-reads config/feeds.yaml when it changes, forgets
 * old item keys now and then, and runs the poller on its timer. The poller, the state and the
 * config file are given at construction by the composition root.
 *
 * @example
 *   const config = new FeedsConfigFile(path, logger);
 *   const poller = new FeedPoller({ feeds: () => config.feeds, state: store.feeds, … });
 *   const watcher = new FeedWatcher({ config, poller, state: store.feeds, clock, logger });
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Library } from '../briefing/library.ts';
import type { Logger } from '../log.ts';
import type { Clock } from '../time/clock.ts';
import { loadFeedsConfig, type FeedConfig } from './config.ts';
import { FeedMatcher } from './matcher.ts';
import type { FeedPoller } from './poller.ts';
import type { FeedStateStore } from './state.ts';

/** Keeps one matcher for the briefings as they are, built again (on next use) after they change. */
export function matcherFor(library: () => Library): () => Promise<FeedMatcher> {
  let built: { library: Library; generation: number; matcher: Promise<FeedMatcher> } | undefined;
  return () => {
    const current = library();
    if (built?.library !== current || built.generation !== current.generation) {
      built = { library: current, generation: current.generation, matcher: buildMatcher(current) };
    }
    return built.matcher;
  };
}

/** A matcher over every briefing's outline. */
export async function buildMatcher(library: Library): Promise<FeedMatcher> {
  const outlines = [];
  for await (const outline of library.everyOutline()) outlines.push(outline);
  return new FeedMatcher(outlines);
}

/** Where config/feeds.yaml is: next to `data/`, in the working directory. */
export function defaultFeedsConfigPath(settings: { dataDir: string }): string {
  return resolve(dirname(settings.dataDir), 'config', 'feeds.yaml');
}

/** config/feeds.yaml as last read; a bad edit is logged and the last good list kept. */
export class FeedsConfigFile {
  feeds: FeedConfig[] = [];
  private mtime = -1;
  private lastCheck = 0;

  constructor(
    readonly path: string,
    private readonly logger: Logger,
  ) {}

  /** Reads the file again if it changed (checked at most every 5 s unless `force`). */
  async reload(force = false): Promise<void> {
    const now = Date.now();
    if (!force && now - this.lastCheck < 5000) return;
    this.lastCheck = now;
    let mtime = 0;
    try {
      mtime = statSync(this.path).mtimeMs;
    } catch {
      mtime = 0;
    }
    if (mtime === this.mtime) return;
    this.mtime = mtime;
    try {
      this.feeds = await loadFeedsConfig(this.path);
      this.logger.info({ feeds: this.feeds.length, path: this.path }, 'feeds loaded');
    } catch (error) {
      this.logger.error({ err: error, path: this.path }, 'feeds config invalid; keeping the last good one');
    }
  }
}

export interface FeedWatcherOptions {
  config: FeedsConfigFile;
  poller: FeedPoller;
  state: FeedStateStore;
  clock: Clock;
  logger: Logger;
  /** The poller's tick (default 1 s). */
  tickMs?: number;
}

const KEEP_SEEN_DAYS = 90;
const DAY = 86_400_000;

/** The running feed watcher; nothing runs until `start()`. */
export class FeedWatcher {
  readonly name = 'feeds';
  private timer?: NodeJS.Timeout;
  private lastPrune = 0;

  constructor(private readonly options: FeedWatcherOptions) {}

  async start(): Promise<void> {
    const { config, logger } = this.options;
    await config.reload(true);
    await this.housekeeping();
    this.timer = setInterval(() => void this.housekeeping().catch((error) => logger.error({ err: error }, 'feeds housekeeping failed')), 5000).unref();
    await this.options.poller.start(this.options.tickMs ?? 1000);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.options.poller.stop();
  }

  /** Re-reads the config when it changed; once a day, forgets item keys unseen for 90 days. */
  private async housekeeping(): Promise<void> {
    await this.options.config.reload();
    const now = this.options.clock.now().getTime();
    if (now - this.lastPrune <= DAY) return;
    this.lastPrune = now;
    const forgotten = await this.options.state.forgetKeysBefore(new Date(now - KEEP_SEEN_DAYS * DAY));
    if (forgotten) this.options.logger.info({ forgotten }, 'old feed item keys forgotten');
  }
}
