/**
 * A bot process for the crash and race tests: follow-ups on a SQLite file, delivering to an adapter
 * that appends each post to a file. Run with `node --import tsx child-bot.ts <db> <out> [hang-on]`.
 * With `hang-on`, it writes "<pid> claimed <title>" to `<out>.progress` and hangs when it reaches a
 * post whose title contains that text, so the parent can SIGKILL it mid-delivery. Otherwise it
 * exits once nothing is left to deliver.
 */
import { appendFileSync } from 'node:fs';
import type { Reply } from '../../src/answer/reply.ts';
import type { ChatAdapter } from '../../src/chat/adapter.ts';
import type { DeliveryTarget } from '../../src/delivery/target.ts';
import { systemClock } from '../../src/time/clock.ts';
import { makeFollowups, makeLibrary } from './fixtures.ts';

const [dbPath, outPath, hangOn] = process.argv.slice(2);
if (!dbPath || !outPath) throw new Error('usage: child-bot.ts <db> <out> [hang-on]');

const adapter: ChatAdapter = {
  platform: 'terminal',
  async start() {},
  async stop() {},
  async deliver(_target: DeliveryTarget, reply: Reply) {
    const title = reply.kind === 'notice' ? reply.title : reply.kind;
    if (hangOn && title.includes(hangOn)) {
      appendFileSync(`${outPath}.progress`, `${process.pid} claimed ${title}\n`);
      await new Promise(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 3));
    appendFileSync(outPath, `${process.pid} ${title}\n`);
  },
};

const library = await makeLibrary();
const { followups } = makeFollowups({ dbPath, library: () => library, channels: () => [adapter], clock: systemClock, timeZone: 'UTC', tickMs: 5, scheduling: { batch: 2 } });
await followups.start();
const left = followups.store.db.prepare(
  "SELECT (SELECT COUNT(*) FROM deliveries WHERE state IN ('pending', 'claimed')) + (SELECT COUNT(*) FROM reminders WHERE state = 'scheduled' AND due_at <= ?) AS n",
);
const timer = setInterval(() => {
  if ((left.get(Date.now()) as { n: number }).n === 0) {
    clearInterval(timer);
    void followups.stop().then(() => process.exit(0));
  }
}, 10);
