/**
 * `brief start`: wires the parts together and runs them. Parts start in order and stop in reverse;
 * SIGTERM and SIGINT stop the bot within the grace period. With no platform configured, the
 * terminal chat runs.
 */
import { join } from 'node:path';
import { BriefingCatalog } from './briefing/catalog.ts';
import type { Extractor } from './briefing/build.ts';
import { Responder } from './answer/responder.ts';
import type { Settings } from './config/env.ts';
import type { CliIO } from './cli/io.ts';
import type { ChatAdapter } from './chat/adapter.ts';
import { PLATFORM_FACTORIES } from './chat/platforms.ts';
import { TerminalChat } from './chat/terminal.ts';
import { createExtractor } from './extractor.ts';
import { startFollowups } from './followup/index.ts';
import { draftIngester, feedHandlers, QueueSink, startFeeds } from './feeds/index.ts';
import { questionDevelopments } from './feeds/answer-hints.ts';
import { systemClock } from './feeds/types.ts';
import { SqliteFeedStateStore } from './store/feeds-sqlite.ts';
import type { Logger } from './log.ts';
import { describeError } from './errors.ts';
import { Metrics } from './ops/metrics.ts';
import { OpsServer, opsRoutes, Readiness } from './ops/http.ts';
import { RateLimiter } from './ops/rate-limit.ts';

/** Something with a lifecycle. */
export interface Part {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The core every entry point shares: the briefings, the responder and the metrics. */
export interface Core {
  catalog: BriefingCatalog;
  responder: Responder;
  metrics: Metrics;
}

export interface CoreOptions {
  /** Reload briefings when files change. */
  watch: boolean;
  extract?: Extractor;
  /** Apply the configured per-user and per-channel limits (the running bot does; `brief ask` does not). */
  rateLimit?: boolean;
  metrics?: Metrics;
}

/** Builds the catalog and responder. */
export function createCore(settings: Settings, logger: Logger, options: CoreOptions): Core {
  const metrics = options.metrics ?? new Metrics();
  const catalog = new BriefingCatalog({
    dir: settings.briefingsDir,
    extract: options.extract ?? createExtractor(join(settings.dataDir, 'cache', 'extract')),
    watch: options.watch,
    onLoad: ({ count, problems, ms }) => {
      for (const p of problems) logger.warn({ path: p.path, line: p.line }, p.message);
      metrics.briefingsLoaded.set(count);
      metrics.briefingProblems.set(problems.length);
      logger.info({ briefings: count, problems: problems.length, ms: Math.round(ms) }, 'briefings loaded');
    },
  });
  const responder = new Responder({
    library: () => catalog.library(),
    ...(options.rateLimit ? { limiter: new RateLimiter(settings.rateLimit) } : {}),
    onResponse: ({ id, incoming, intent, reply, ms }) => {
      metrics.commands.inc({ intent: intent.kind, platform: incoming.platform });
      metrics.answerSeconds.observe({ intent: intent.kind }, ms / 1000);
      logger.info({ cmd: id, platform: incoming.platform, conversation: incoming.conversation, intent: intent.kind, reply: reply.kind, ms: Math.round(ms * 100) / 100 }, 'answered');
    },
    onError: (error, incoming, id) => logger.error({ cmd: id, err: error, platform: incoming.platform, conversation: incoming.conversation }, 'answer failed'),
    onLimited: (incoming, scope) => {
      metrics.rateLimited.inc({ scope });
      logger.warn({ platform: incoming.platform, conversation: incoming.conversation, user: incoming.user, scope }, 'rate limited');
    },
  });
  return { catalog, responder, metrics };
}

/** Waits for a promise at most `ms`; says whether it finished. */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const done = promise.then(
    () => true,
    () => true,
  );
  const result = await Promise.race([done, timeout]);
  clearTimeout(timer);
  return result;
}

/** Runs the bot until the terminal chat ends or a stop signal arrives. Returns the exit code. */
export async function runBot(settings: Settings, io: CliIO, logger: Logger, signals: NodeJS.EventEmitter = process): Promise<number> {
  const metrics = new Metrics({ processMetrics: true });
  const core = createCore(settings, logger, { watch: true, rateLimit: true, metrics });
  const readiness = new Readiness();
  const started: Part[] = [];
  // A stop signal may arrive while parts are still starting: remember it, interrupt the
  // follow-ups' catch-up (its claims are handed back), start nothing more, then stop cleanly.
  let stopReason: string | undefined;
  let interruptStart: (() => void) | undefined;
  const startPart = async (part: Part) => {
    if (stopReason) return;
    await part.start();
    started.push(part);
  };
  const stopAll = async () => {
    for (const part of [...started].reverse()) {
      try {
        await part.stop();
        logger.debug({ part: part.name }, 'stopped');
      } catch (error) {
        logger.error({ err: error, part: part.name }, 'stop failed');
      }
    }
  };

  let requestStop: (reason: string) => void = (reason) => {
    stopReason ??= reason;
    interruptStart?.();
  };
  const onSigterm = () => requestStop('SIGTERM');
  const onSigint = () => requestStop('SIGINT');
  signals.on('SIGTERM', onSigterm);
  signals.on('SIGINT', onSigint);

  try {
    await startPart({ name: 'briefings', start: () => core.catalog.start(), stop: () => core.catalog.stop() });
    readiness.set('briefings', () => core.catalog.ready);

    const routes = opsRoutes(readiness, metrics);
    const adapters: ChatAdapter[] = [];
    // Opens the store and registers the follow-up commands now; its scheduler starts after the
    // adapters (so catch-up deliveries have somewhere to go) and stops before them.
    const followups = startFollowups({
      settings,
      catalog: core.catalog,
      responder: core.responder,
      adapters,
      logger,
      digests: settings.digests,
      scheduling: { onDelivery: ({ outcome }) => metrics.deliveries.inc({ outcome }) },
    });
    started.push({ name: 'store', start: async () => undefined, stop: async () => followups.store.close() });
    readiness.set('store', () => followups.store.db.open);
    interruptStart = () => void followups.scheduler.stop();
    // Feeds post new developments through the same exactly-once queue as reminders, and appear
    // in digests. Their commands are registered here, before any platform takes messages; polling
    // starts last.
    const feeds = startFeeds({
      settings,
      catalog: core.catalog,
      logger,
      clock: systemClock,
      sink: new QueueSink(followups.store, systemClock),
      state: new SqliteFeedStateStore(followups.store.db),
      onPoll: (outcome) => metrics.feedPolls.inc({ outcome }),
      ingest: draftIngester({ dir: settings.briefingsDir, logger, clock: systemClock }),
    });
    core.responder.use(feedHandlers({ configPath: feeds.configPath, state: feeds.state, poller: feeds.poller, admins: settings.feedAdmins }));
    followups.addDigestSection(feeds.digestSection);
    followups.setAnswerHints(feeds.answerHints);
    core.responder.enrich(questionDevelopments(feeds.answerHints));
    for (const factory of PLATFORM_FACTORIES) {
      const adapter = await factory({ settings, responder: core.responder, catalog: core.catalog, logger, outbox: followups.outbox, httpRoutes: routes });
      if (adapter) adapters.push(adapter);
    }
    const servesHttp = adapters.some((a) => a.platform === 'slack');
    if (!servesHttp && (adapters.length > 0 || settings.port !== undefined)) {
      const server = new OpsServer(settings.port ?? 3000, routes);
      await startPart({ name: 'http', start: () => server.start(), stop: () => server.stop() });
      logger.info({ port: server.boundPort }, 'health and metrics listening');
    }

    let terminal: TerminalChat | undefined;
    if (adapters.length === 0) {
      terminal = new TerminalChat({ input: io.stdin, output: io.stdout, responder: core.responder, color: Boolean(io.stdout.isTTY) && !io.env.NO_COLOR });
      adapters.push(terminal);
    }
    for (const adapter of adapters) {
      let connected = false;
      readiness.set(adapter.platform, () => connected);
      await startPart({
        name: adapter.platform,
        start: async () => {
          await adapter.start();
          connected = true;
        },
        stop: async () => {
          connected = false;
          await adapter.stop();
        },
      });
      logger.info({ platform: adapter.platform }, 'platform started');
    }
    await startPart(followups);

    await startPart(feeds);

    const reason =
      stopReason ??
      (await new Promise<string>((resolve) => {
        requestStop = resolve;
        void terminal?.closed.then(() => resolve('end of input'));
      }));
    logger.info({ reason }, 'stopping');
  } catch (error) {
    logger.error({ reason: describeError(error) }, 'start failed');
    await within(stopAll(), settings.shutdownGraceSeconds * 1000);
    throw error;
  } finally {
    signals.off('SIGTERM', onSigterm);
    signals.off('SIGINT', onSigint);
  }

  // A second signal while stopping means "now".
  const force = () => {
    logger.warn('second stop signal: exiting without waiting');
    process.exit(1);
  };
  signals.once('SIGTERM', force);
  signals.once('SIGINT', force);
  const clean = await within(stopAll(), settings.shutdownGraceSeconds * 1000);
  signals.off('SIGTERM', force);
  signals.off('SIGINT', force);
  if (!clean) logger.warn({ graceSeconds: settings.shutdownGraceSeconds }, 'some parts did not stop within the grace period');
  logger.info('stopped');
  return 0;
}
