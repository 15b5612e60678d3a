/**
 * `brief ask` and the running bot are built by the one composition root, so for the same briefings
 * and store they answer alike — including what only the store knows, such as feed developments
 * that may answer a briefing's open questions.
 */
import { EventEmitter } from 'node:events';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBot } from '../../src/app/run-bot.ts';
import { main } from '../../src/cli.ts';
import { memoryIO } from '../../src/cli/io.ts';
import { readSettings } from '../../src/config/env.ts';
import type { Development } from '../../src/feeds/types.ts';
import { createLogger } from '../../src/log.ts';
import { openStore } from '../../src/store/index.ts';

const SWAP = 'venezuela-el-salvador-prisoner-swap';
const TERMS = 'What were the full terms of the prisoner swap?';

/** A folder with the seed briefing and a store holding one development that may answer TERMS. */
async function setup(): Promise<{ cwd: string; env: Record<string, string> }> {
  const cwd = mkdtempSync(join(tmpdir(), 'brief-ask-bot-'));
  mkdirSync(join(cwd, 'briefings'));
  copyFileSync(join(import.meta.dirname, '..', '..', 'briefings', `${SWAP}.md`), join(cwd, 'briefings', `${SWAP}.md`));
  const env = { DATABASE_URL: join(cwd, 'data', 'brief.db') };
  const store = openStore({ url: env.DATABASE_URL });
  const development: Development = {
    id: 'dev-terms-1',
    slug: SWAP,
    headline: 'Venezuela and El Salvador swap prisoners, stirring talk of a new alliance',
    title: 'Caracas publishes the terms of the prisoner exchange',
    link: 'https://wire.test/terms',
    sources: [{ feed: 'Regional wire', title: 'Caracas publishes the terms of the prisoner exchange', link: 'https://wire.test/terms' }],
    mentions: ['Nicolás Maduro'],
    terms: ['prisoner', 'exchange'],
    mayAnswer: [TERMS],
    score: 3,
    // Found a day ago: within the 30 days `/brief <topic> questions` looks back.
    at: new Date(Date.now() - 86_400_000).toISOString(),
    postedAt: new Date(Date.now() - 86_400_000).toISOString(),
    fingerprint: [],
  };
  await store.feeds.saveDevelopment(development);
  await store.close();
  return { cwd, env };
}

const MESSAGES = ['/brief swap questions', '/brief swap', 'who is Bukele', '/brief feeds', '/brief timezone', '/brief nonexistent'];

describe('brief ask and the bot', () => {
  it('prints the same "may answer" developments the bot posts', async () => {
    const { cwd, env } = await setup();
    const io = memoryIO({ cwd, env });
    expect(await main(['ask', '/brief swap questions'], io)).toBe(0);
    expect(io.out()).toContain(`May be answered by: Caracas publishes the terms of the prisoner exchange (Regional wire) https://wire.test/terms`);
  });

  it('give identical answers for the same briefings and store', async () => {
    const { cwd, env } = await setup();
    const asked: string[] = [];
    for (const message of MESSAGES) {
      const io = memoryIO({ cwd, env });
      expect(await main(['ask', message], io)).toBe(0);
      asked.push(io.out());
    }

    // The bot with its terminal chat on piped input: one answer per line, then it stops.
    const bot = memoryIO({ cwd, env, input: MESSAGES.join('\n') + '\n' });
    expect(await runBot(readSettings(env, cwd), bot, createLogger({ level: 'silent' }), new EventEmitter())).toBe(0);
    expect(bot.out()).toBe(asked.join(''));
    expect(bot.out()).toContain('May be answered by: Caracas publishes the terms');
  });
});
