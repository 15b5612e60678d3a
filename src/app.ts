/**
 * `brief start`: wires the parts together and runs them. Parts start in order and stop in reverse;
 * SIGTERM and SIGINT stop the bot cleanly. With no platform configured, the terminal chat runs.
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
import { MemoryOutbox } from './chat/outbox.ts';
import { createExtractor } from './extractor.ts';
import type { Logger } from './log.ts';

/** Something with a lifecycle. */
export interface Part {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The core every entry point shares: the briefings and the responder. */
export interface Core {
  catalog: BriefingCatalog;
  responder: Responder;
}

/** Builds the catalog and responder; `watch` reloads briefings on change. */
export function createCore(settings: Settings, logger: Logger, options: { watch: boolean; extract?: Extractor }): Core {
  const catalog = new BriefingCatalog({
    dir: settings.briefingsDir,
    extract: options.extract ?? createExtractor(join(settings.dataDir, 'cache', 'extract')),
    watch: options.watch,
    onLoad: ({ count, problems, ms }) => {
      for (const p of problems) logger.warn({ path: p.path, line: p.line }, p.message);
      logger.info({ briefings: count, problems: problems.length, ms: Math.round(ms) }, 'briefings loaded');
    },
  });
  const responder = new Responder({
    library: () => catalog.library(),
    onResponse: ({ incoming, intent, reply, ms }) =>
      logger.info({ platform: incoming.platform, conversation: incoming.conversation, intent: intent.kind, reply: reply.kind, ms: Math.round(ms * 100) / 100 }, 'answered'),
    onError: (error, incoming) => logger.error({ err: error, platform: incoming.platform, conversation: incoming.conversation }, 'answer failed'),
  });
  return { catalog, responder };
}

/** Runs the bot until the terminal chat ends or a stop signal arrives. Returns the exit code. */
export async function runBot(settings: Settings, io: CliIO, logger: Logger): Promise<number> {
  const core = createCore(settings, logger, { watch: true });
  const started: Part[] = [];
  const startPart = async (part: Part) => {
    await part.start();
    started.push(part);
  };
  const stopAll = async () => {
    for (const part of started.reverse()) {
      try {
        await part.stop();
      } catch (error) {
        logger.error({ err: error, part: part.name }, 'stop failed');
      }
    }
  };

  await startPart({ name: 'briefings', start: () => core.catalog.start(), stop: () => core.catalog.stop() });
  const adapters: ChatAdapter[] = [];
  const outbox = new MemoryOutbox();
  for (const factory of PLATFORM_FACTORIES) {
    const adapter = await factory({ settings, responder: core.responder, catalog: core.catalog, logger, outbox });
    if (adapter) adapters.push(adapter);
  }

  let terminal: TerminalChat | undefined;
  if (adapters.length === 0) {
    terminal = new TerminalChat({ input: io.stdin, output: io.stdout, responder: core.responder, color: Boolean(io.stdout.isTTY) && !io.env.NO_COLOR });
    adapters.push(terminal);
  }
  for (const adapter of adapters) {
    await startPart({ name: adapter.platform, start: () => adapter.start(), stop: () => adapter.stop() });
    logger.info({ platform: adapter.platform }, 'platform started');
  }

  const stopped = new Promise<string>((resolve) => {
    const onSignal = (signal: string) => resolve(signal);
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
    void terminal?.closed.then(() => resolve('end of input'));
  });
  const reason = await stopped;
  logger.info({ reason }, 'stopping');
  await stopAll();
  return 0;
}
