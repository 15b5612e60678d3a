/**
 * The real `runBot` in a child process, with one slow stand-in platform in place of the terminal:
 * each delivery writes "start <title>", takes `<delay>` ms, then writes "done <title>". The
 * shutdown test sends SIGTERM while a delivery is in flight.
 * Run with `node bin/run.js test/ops/child-run-bot.ts <out-file> <delay-ms>` and the bot's environment.
 */
import { appendFileSync } from 'node:fs';
import type { Reply } from '../../src/answer/reply.ts';
import { runBot } from '../../src/app/run-bot.ts';
import { PLATFORM_FACTORIES } from '../../src/chat/platforms.ts';
import { processIO } from '../../src/cli/io.ts';
import { readSettings } from '../../src/config/env.ts';
import { createLogger } from '../../src/log.ts';

const [out, delay] = process.argv.slice(2);
if (!out || !delay) throw new Error('usage: child-run-bot.ts <out-file> <delay-ms>');

PLATFORM_FACTORIES.push(() => ({
  platform: 'terminal',
  async start() {},
  async stop() {},
  async deliver(_target, reply: Reply) {
    const title = reply.kind === 'notice' ? reply.title : reply.kind;
    appendFileSync(out, `start ${title}\n`);
    await new Promise((resolve) => setTimeout(resolve, Number(delay)));
    appendFileSync(out, `done ${title}\n`);
  },
}));

const io = processIO();
const settings = readSettings(io.env, io.cwd);
process.exitCode = await runBot(settings, io, createLogger({ level: 'info', format: 'json' }));
