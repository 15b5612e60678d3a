/**
 * The one composition root: builds the core from settings, the same way for `brief start`,
 * `brief ask` and the `brief feeds` commands, so they answer alike. It builds, it does not start:
 * each entry point starts the parts it needs, in order (`corePartsFor`), and stops them in reverse.
 */
import { BriefingCatalog } from '../briefing/catalog.ts';
import type { IndexExtractor } from '../briefing/index-file.ts';
import type { IndexProgress } from '../briefing/indexer.ts';
import type { Settings } from '../config/env.ts';
import type { DeliveryChannel } from '../delivery/channel.ts';
import { defaultFeedsConfigPath } from '../feeds/index.ts';
import { Egress } from '../net/egress.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../ops/metrics.ts';
import { RateLimiter } from '../ops/rate-limit.ts';
import { createStore } from '../store/index.ts';
import { systemClock, type Clock } from '../time/clock.ts';
import { wireCore, type Core } from './core.ts';
import { indexExtractor } from './extractor.ts';
import { pageLinksFor, type PagesWiring } from './pages.ts';
import type { Part } from './part.ts';

export interface HouseOptions {
  /** Re-index briefings when files change (the running bot does). */
  watch: boolean;
  /** Answer from what is indexed while the first index of the folder runs (the running bot does). */
  background?: boolean;
  /** Answer from the index as a running bot keeps it, without comparing the folder first (one-shot commands do). */
  trustWatcher?: boolean;
  /** Called as an index run reads changed files (a progress bar, a log line). */
  onProgress?: (progress: IndexProgress) => void;
  /** Apply the configured per-user and per-channel limits (the running bot does; `brief ask` does not). */
  rateLimit?: boolean;
  /** Prometheus metrics, kept by the running bot; one-shot commands keep none. */
  metrics?: Metrics;
  /** The extractor the index uses (tests pass one that needs no language model). */
  extractor?: IndexExtractor;
  clock?: Clock;
  /** The chat channels deliveries go to (the running adapters; none for one-shot commands). */
  channels?: () => readonly DeliveryChannel[];
}

/** Builds the core from settings; starts nothing. Throws `StoreError` or `ConfigError` with the fix. */
export function buildHouse(settings: Settings, logger: Logger, options: HouseOptions): Core & { catalog: BriefingCatalog; pages: PagesWiring } {
  const { metrics } = options;
  const clock = options.clock ?? systemClock;
  const store = createStore({ url: settings.databaseUrl });
  const pages: PagesWiring = {
    links: pageLinksFor(settings, clock),
    editors: settings.pages.editors,
    // Without a secret, only the terminal gets (local) links, and only when the bot serves pages.
    policy: { servedLocally: settings.port !== undefined || Boolean(settings.slack || settings.discord) },
  };
  const catalog = new BriefingCatalog({
    dir: settings.briefingsDir,
    // The index lives in the store: extraction results and look-up tables survive restarts.
    index: store.briefings,
    extractor: options.extractor ?? indexExtractor(),
    watch: options.watch,
    ...(options.background ? { background: true } : {}),
    ...(options.trustWatcher ? { trustWatcher: true } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    onLoad: ({ count, problems, ms, run }) => {
      // Every start reports every problem; a change while running reports the files it touched.
      const shown = run.full ? problems : [...run.problems.values()].flat();
      for (const p of shown) logger.warn({ path: p.path, line: p.line }, p.message);
      metrics?.briefingsLoaded.set(count);
      metrics?.briefingProblems.set(problems.length);
      const stats = { briefings: count, problems: problems.length, read: run.read, extracted: run.extracted, removed: run.removed, ms: Math.round(ms) };
      if (run.full || run.read || run.removed) logger.info(stats, run.interrupted ? 'briefing index interrupted' : 'briefings indexed');
    },
  });
  const core = wireCore({
    catalog,
    store,
    clock,
    logger,
    ...(metrics ? { metrics } : {}),
    timeZone: settings.timeZone,
    digests: settings.digests,
    feedAdmins: settings.feedAdmins,
    feedsConfigPath: defaultFeedsConfigPath(settings),
    briefingsDir: settings.briefingsDir,
    channels: options.channels ?? (() => []),
    egress: new Egress(),
    ...(options.rateLimit ? { limiter: new RateLimiter(settings.rateLimit) } : {}),
    pages,
  });
  return { ...core, catalog, pages };
}

/** The parts a one-shot command needs to answer as the bot does: the store (which holds the index), the briefings, the way out. */
export function answeringParts(core: Core & { catalog: BriefingCatalog }): Part[] {
  return [
    { name: 'store', start: () => core.store.start(), stop: () => core.store.stop() },
    { name: 'briefings', start: () => core.catalog.start(), stop: () => core.catalog.stop() },
    egressPart(core),
  ];
}

/** The network egress as a part: nothing to start; stopping closes its connections (after everything that fetches). */
export function egressPart(core: Pick<Core, 'egress'>): Part {
  return { name: 'network', start: async () => undefined, stop: () => core.egress.close() };
}

/** Starts `parts` in order, runs `work`, then stops what started in reverse, whatever happened. */
export async function withParts<T>(parts: readonly Part[], work: () => Promise<T>): Promise<T> {
  const started: Part[] = [];
  try {
    for (const part of parts) {
      await part.start();
      started.push(part);
    }
    return await work();
  } finally {
    for (const part of started.reverse()) await part.stop();
  }
}
