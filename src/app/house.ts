/**
 * The one composition root: builds the core from settings, the same way for `brief start`,
 * `brief ask` and the `brief feeds` commands, so they answer alike. It builds, it does not start:
 * each entry point starts the parts it needs, in order (`corePartsFor`), and stops them in reverse.
 */
import { join } from 'node:path';
import type { Extractor } from '../briefing/build.ts';
import { BriefingCatalog } from '../briefing/catalog.ts';
import type { Settings } from '../config/env.ts';
import type { DeliveryChannel } from '../delivery/channel.ts';
import { createCachedExtractor } from '../extract/index.ts';
import { defaultFeedsConfigPath } from '../feeds/index.ts';
import { Egress } from '../net/egress.ts';
import type { Logger } from '../log.ts';
import { Metrics } from '../ops/metrics.ts';
import { RateLimiter } from '../ops/rate-limit.ts';
import { createStore } from '../store/index.ts';
import { systemClock, type Clock } from '../time/clock.ts';
import { wireCore, type Core } from './core.ts';
import { pageLinksFor, type PagesWiring } from './pages.ts';
import type { Part } from './part.ts';

export interface HouseOptions {
  /** Reload briefings when files change (the running bot does). */
  watch: boolean;
  /** Apply the configured per-user and per-channel limits (the running bot does; `brief ask` does not). */
  rateLimit?: boolean;
  metrics?: Metrics;
  extract?: Extractor;
  clock?: Clock;
  /** The chat channels deliveries go to (the running adapters; none for one-shot commands). */
  channels?: () => readonly DeliveryChannel[];
}

/** Builds the core from settings; starts nothing. Throws `StoreError` or `ConfigError` with the fix. */
export function buildHouse(settings: Settings, logger: Logger, options: HouseOptions): Core & { catalog: BriefingCatalog; pages: PagesWiring } {
  const metrics = options.metrics ?? new Metrics();
  const clock = options.clock ?? systemClock;
  const pages: PagesWiring = {
    links: pageLinksFor(settings, clock),
    editors: settings.pages.editors,
    // Without a secret, only the terminal gets (local) links, and only when the bot serves pages.
    policy: { servedLocally: settings.port !== undefined || Boolean(settings.slack || settings.discord) },
  };
  const catalog = new BriefingCatalog({
    dir: settings.briefingsDir,
    // Extraction results are cached on disk by content hash, so a restart reads them instead of redoing them.
    extract: options.extract ?? createCachedExtractor(join(settings.dataDir, 'cache', 'extract')),
    watch: options.watch,
    onLoad: ({ count, problems, ms }) => {
      for (const p of problems) logger.warn({ path: p.path, line: p.line }, p.message);
      metrics.briefingsLoaded.set(count);
      metrics.briefingProblems.set(problems.length);
      logger.info({ briefings: count, problems: problems.length, ms: Math.round(ms) }, 'briefings loaded');
    },
  });
  const core = wireCore({
    catalog,
    store: createStore({ url: settings.databaseUrl }),
    clock,
    logger,
    metrics,
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

/** The parts a one-shot command needs to answer as the bot does: the briefings, the store, the way out. */
export function answeringParts(core: Core & { catalog: BriefingCatalog }): Part[] {
  return [
    { name: 'briefings', start: () => core.catalog.start(), stop: () => core.catalog.stop() },
    { name: 'store', start: () => core.store.start(), stop: () => core.store.stop() },
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
