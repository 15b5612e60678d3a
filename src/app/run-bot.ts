/**
 * `brief start`: builds the house, adds the chat platforms, and runs the parts. Parts start in
 * order — store (which holds the briefing index), network, briefings, platforms (or the terminal
 * chat when none is configured), follow-ups, feeds — and stop in reverse; SIGTERM and SIGINT stop
 * the bot within the grace period.
 */
import { prepareStoryIndex } from '../answer/story-index.ts';
import type { CatalogStatus } from '../briefing/catalog.ts';
import type { ChatAdapter } from '../chat/adapter.ts';
import { PLATFORM_FACTORIES } from '../chat/platforms.ts';
import { TerminalChat } from '../chat/terminal.ts';
import type { CliIO } from '../cli/io.ts';
import type { Settings } from '../config/env.ts';
import { describeError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { OpsServer, opsRoutes, Readiness, type HttpRoute } from '../ops/http.ts';
import { guardProcess } from '../ops/crash-guard.ts';
import { Metrics } from '../ops/metrics.ts';
import { systemClock } from '../time/clock.ts';
import { finishedWithin } from '../time/within.ts';
import { buildHouse, egressPart } from './house.ts';
import { describeProgress, progressReporter } from './index-progress.ts';
import { briefingPageRoutes } from './pages.ts';
import type { Part } from './part.ts';

/** Starts parts in order and stops the started ones in reverse; a stop asked for while starting starts nothing more. */
class Lifecycle {
  private readonly started: Part[] = [];
  stopReason?: string;

  constructor(private readonly logger: Logger) {}

  async start(part: Part): Promise<void> {
    if (this.stopReason) return;
    await part.start();
    this.started.push(part);
  }

  async stopAll(): Promise<void> {
    for (const part of [...this.started].reverse()) {
      try {
        await part.stop();
        this.logger.debug({ part: part.name }, 'stopped');
      } catch (error) {
        this.logger.error({ err: error, part: part.name }, 'stop failed');
      }
    }
  }
}

/** What /readyz says about the briefings while a first index runs in the background. */
function catalogDetail(status: CatalogStatus): string | undefined {
  if (status.state !== 'indexing') return undefined;
  return `indexing ${status.progress ? describeProgress(status.progress) : 'the briefings folder'}; answering from the briefings indexed so far`;
}

/** An adapter as a part, with its readiness. */
function adapterPart(adapter: ChatAdapter, readiness: Readiness): Part {
  let connected = false;
  readiness.set(adapter.platform, () => connected);
  return {
    name: adapter.platform,
    start: async () => {
      await adapter.start();
      connected = true;
    },
    stop: async () => {
      connected = false;
      await adapter.stop();
    },
  };
}

/**
 * Creates every configured platform's adapter (they start later, as parts), and the HTTP server
 * for health and metrics when no platform serves them; with no platform, the terminal chat.
 */
async function addPlatforms(context: {
  settings: Settings;
  io: CliIO;
  logger: Logger;
  house: ReturnType<typeof buildHouse>;
  adapters: ChatAdapter[];
  lifecycle: Lifecycle;
  routes: HttpRoute[];
}): Promise<TerminalChat | undefined> {
  const { settings, io, logger, house, adapters, lifecycle, routes } = context;
  for (const factory of PLATFORM_FACTORIES) {
    const adapter = await factory({ settings, responder: house.responder, catalog: house.catalog, logger, outbox: house.followups.outbox, installations: house.store.installations, httpRoutes: routes });
    if (adapter) adapters.push(adapter);
  }
  const servesHttp = adapters.some((a) => a.platform === 'slack');
  if (!servesHttp && (adapters.length > 0 || settings.port !== undefined)) {
    const server = new OpsServer(settings.port ?? 3000, routes);
    await lifecycle.start({ name: 'http', start: () => server.start(), stop: () => server.stop() });
    logger.info({ port: server.boundPort }, 'health, metrics and briefing pages listening');
  }
  if (adapters.length > 0) return undefined;
  const terminal = new TerminalChat({ input: io.stdin, output: io.stdout, responder: house.responder, color: Boolean(io.stdout.isTTY) && !io.env.NO_COLOR });
  adapters.push(terminal);
  return terminal;
}

/** Runs the bot until the terminal chat ends or a stop signal arrives. Returns the exit code. */
export async function runBot(settings: Settings, io: CliIO, logger: Logger, signals: NodeJS.EventEmitter = process): Promise<number> {
  const metrics = new Metrics({ processMetrics: true });
  const unguard = guardProcess(logger, (kind) => metrics.unexpectedErrors.inc({ kind }), signals);
  const adapters: ChatAdapter[] = [];
  // With platforms, the bot answers while a first index runs (and says so in /readyz); the terminal
  // chat waits for it, so piped questions are answered from the whole folder.
  const platforms = Boolean(settings.slack || settings.discord);
  const progress = progressReporter(platforms || !io.stderr.isTTY ? { logger } : { stream: io.stderr });
  const house = buildHouse(settings, logger, { watch: true, background: platforms, onProgress: progress.onProgress, rateLimit: true, metrics, channels: () => adapters });
  const readiness = new Readiness();
  const lifecycle = new Lifecycle(logger);
  // A stop signal may arrive while parts are still starting: remember it, interrupt the
  // follow-ups' catch-up (its claims are handed back), start nothing more, then stop cleanly.
  let requestStop: (reason: string) => void = (reason) => {
    lifecycle.stopReason ??= reason;
    void house.followups.scheduler.stop();
  };
  const onSigterm = () => requestStop('SIGTERM');
  const onSigint = () => requestStop('SIGINT');
  signals.on('SIGTERM', onSigterm);
  signals.on('SIGINT', onSigint);

  try {
    await lifecycle.start(house.store);
    readiness.set('store', () => house.store.isOpen);
    // Everything that fetches (chat-added feeds, polls, auto-ingest) stops before the network closes.
    await lifecycle.start(egressPart(house));
    await lifecycle.start({ name: 'briefings', start: () => house.catalog.start(), stop: () => house.catalog.stop() });
    progress.end();
    // The first free question would build the story word index (seconds at 10,000 briefings):
    // build it now, in slices that let the bot answer meanwhile. A failure only means the first
    // question builds it, as before.
    if (house.catalog.status().state === 'current') {
      void prepareStoryIndex(house.catalog.library()).catch((error: unknown) => logger.debug({ reason: describeError(error) }, 'story index not prepared ahead'));
    }
    readiness.set('briefings', () => house.catalog.ready, () => catalogDetail(house.catalog.status()));

    if (!settings.pages.linkSecret) logger.info('briefing pages: no BRIEF_LINK_SECRET, so pages open on 127.0.0.1 only and chat cards carry no page links');
    else if (!settings.pages.publicUrl) logger.warn('briefing pages: BRIEF_LINK_SECRET is set but BRIEF_PUBLIC_URL is not — links point at 127.0.0.1, which only this machine can open');
    const pageRoutes = briefingPageRoutes({ pages: house.pages, library: () => house.catalog.library(), feedState: house.store.feeds, reload: () => house.catalog.reload(), clock: systemClock, logger });
    const terminal = await addPlatforms({ settings, io, logger, house, adapters, lifecycle, routes: [...opsRoutes(readiness, metrics), ...pageRoutes] });
    for (const adapter of adapters) {
      await lifecycle.start(adapterPart(adapter, readiness));
      logger.info({ platform: adapter.platform }, 'platform started');
    }
    // Follow-ups start after the adapters, so catch-up deliveries have somewhere to go; feeds last.
    await lifecycle.start(house.followups);
    await lifecycle.start(house.feeds);

    const reason =
      lifecycle.stopReason ??
      (await new Promise<string>((resolve) => {
        requestStop = resolve;
        void terminal?.closed.then(() => resolve('end of input'));
      }));
    logger.info({ reason }, 'stopping');
  } catch (error) {
    logger.error({ reason: describeError(error) }, 'start failed');
    await finishedWithin(lifecycle.stopAll(), settings.shutdownGraceSeconds * 1000);
    unguard();
    throw error;
  } finally {
    signals.off('SIGTERM', onSigterm);
    signals.off('SIGINT', onSigint);
  }

  await stopWithinGrace(lifecycle, settings.shutdownGraceSeconds, logger, signals);
  unguard();
  return 0;
}

/** Stops every started part in reverse within the grace period; a second stop signal exits at once. */
async function stopWithinGrace(lifecycle: Lifecycle, graceSeconds: number, logger: Logger, signals: NodeJS.EventEmitter): Promise<void> {
  const force = () => {
    logger.warn('second stop signal: exiting without waiting');
    process.exit(1);
  };
  signals.once('SIGTERM', force);
  signals.once('SIGINT', force);
  // A second is left for the process to exit (bin/brief.js ends it shortly after the command returns).
  const clean = await finishedWithin(lifecycle.stopAll(), Math.max(1000, graceSeconds * 1000 - 1000));
  signals.off('SIGTERM', force);
  signals.off('SIGINT', force);
  if (!clean) logger.warn({ graceSeconds }, 'some parts did not stop within the grace period');
  logger.info('stopped');
}
