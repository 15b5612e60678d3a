/**
 * A bot process for the crash and race tests: follow-ups on a store (a SQLite file or a Postgres
 * URL), delivering to an adapter that appends each post to a file as `<pid> <conversation>|<title>`.
 * Run with `node --import tsx child-bot.ts <database> <out> [hang-on] [delay-ms] [lease-ms]`.
 * With `hang-on`, it writes "<pid> claimed <title>" to `<out>.progress` and hangs when it reaches a
 * post whose title contains that text, so the parent can SIGKILL it mid-delivery. Otherwise it
 * exits once nothing is left to deliver. With `lease-ms`, claims of a dead process are taken over
 * only when their lease ends (as between replicas on different hosts), not by seeing its pid gone.
 */
import { appendFileSync } from 'node:fs';
import { pino } from 'pino';
import type { Reply } from '../../src/answer/reply.ts';
import type { ChatAdapter } from '../../src/chat/adapter.ts';
import type { DeliveryTarget } from '../../src/delivery/target.ts';
import { Followups } from '../../src/followup/index.ts';
import { createStore, PostgresStore, SqliteStore } from '../../src/store/index.ts';
import { systemClock } from '../../src/time/clock.ts';
import { makeLibrary } from './fixtures.ts';

const [database, outPath, hangOn, delayText, leaseText] = process.argv.slice(2);
if (!database || !outPath) throw new Error('usage: child-bot.ts <database> <out> [hang-on] [delay-ms] [lease-ms]');
const delayMs = Number(delayText || 3);

const adapter: ChatAdapter = {
  platform: 'terminal',
  async start() {},
  async stop() {},
  async deliver(target: DeliveryTarget, reply: Reply) {
    const title = reply.kind === 'notice' ? reply.title : reply.kind;
    if (hangOn && title.includes(hangOn)) {
      appendFileSync(`${outPath}.progress`, `${process.pid} claimed ${title}\n`);
      await new Promise(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    appendFileSync(outPath, `${process.pid} ${target.conversation}|${title}\n`);
  },
};

/** Deliveries not finished plus reminders due and not yet queued. */
async function workLeft(store: SqliteStore | PostgresStore, now: number): Promise<number> {
  const sql = `SELECT (SELECT COUNT(*) FROM deliveries WHERE state IN ('pending', 'claimed')) + (SELECT COUNT(*) FROM reminders WHERE state = 'scheduled' AND due_at <= ${now})
    + (SELECT COUNT(*) FROM digest_schedules WHERE enabled = 1 AND next_run_at <= ${now}) AS n`;
  return store instanceof SqliteStore ? (store.db.prepare(sql).get() as { n: number }).n : Number((await store.pool.query<{ n: number }>(sql)).rows[0]!.n);
}

const library = await makeLibrary();
const store = createStore({ url: database }) as SqliteStore | PostgresStore;
await store.start();
const followups = new Followups({
  store,
  library: () => library,
  channels: () => [adapter],
  clock: systemClock,
  logger: pino({ level: 'silent' }),
  defaultTimeZone: 'UTC',
  tickMs: 5,
  scheduling: { batch: 2, ...(leaseText ? { leaseMs: Number(leaseText), ownerGone: () => false } : {}) },
});
await followups.start();
let checking = false;
const timer = setInterval(() => {
  if (checking) return;
  checking = true;
  void workLeft(store, Date.now()).then(async (left) => {
    checking = false;
    if (left > 0) return;
    clearInterval(timer);
    await followups.stop();
    await store.stop();
    process.exit(0);
  });
}, 10);
