/**
 * Exactly once across real processes, on both engines: a bot killed mid-delivery and restarted, two
 * bots racing on one database, and — on Postgres, as replicas run — three bots with reminders,
 * digests and feed posts due, one SIGKILLed mid-delivery and a third joining mid-run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openAnyStore, PostgresStore, SqliteStore, type BriefStore } from '../../src/store/index.ts';
import { engines, freshDatabase } from '../helpers/postgres.ts';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'child-bot.ts');
const terminal = { platform: 'terminal' as const, conversation: 'terminal' };
const HEADLINE = 'Lakeside imposes water rationing as reservoir falls to record low';

function runChild(db: string, out: string, ...args: string[]): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, out, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => (code && code !== 0 ? (console.error(stderr), resolve(code)) : resolve(code))));
  return { child, exited };
}

/** Waits (bounded) until a file holds `lines` lines. */
async function waitForLines(path: string, lines = 1, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      if (text.split('\n').length > lines) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${path} did not reach ${lines} lines`);
}

/** Seeds reminders on the test briefing that are already due. */
async function seed(db: string, count: number): Promise<void> {
  const store = await openAnyStore({ url: db });
  const due = Date.now() - 60_000;
  await store.addReminders(
    Array.from({ length: count }, (_, i) => ({ target: terminal, slug: 'lakeside-water-rationing', kind: 'reminder' as const, note: `item ${i + 1}`, dueAt: due + i, timeZone: 'UTC', createdBy: 'local', createdAt: due - 1000 })),
  );
  await store.close();
}

/** Each post as `<pid> <conversation>|<title>`, split. */
const posts = (out: string) =>
  readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [pid, rest] = [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)];
      return { pid: Number(pid), post: rest };
    });
const titles = (out: string) => posts(out).map((p) => p.post.split('|')[1]!);

async function countSent(store: BriefStore): Promise<number> {
  const sql = "SELECT COUNT(*) AS n FROM deliveries WHERE state = 'sent'";
  if (store instanceof SqliteStore) return (store.db.prepare(sql).get() as { n: number }).n;
  return (await (store as PostgresStore).pool.query<{ n: number }>(sql)).rows[0]!.n;
}

const outFile = () => join(mkdtempSync(join(tmpdir(), 'brief-procs-')), 'posts.txt');

describe.each(engines)('real processes on one $engine database', ({ newUrl }) => {
  it('a process killed with SIGKILL in the middle of a delivery: after a restart every item is delivered exactly once', async () => {
    const db = await newUrl();
    const out = outFile();
    await seed(db, 6);
    const first = runChild(db, out, 'Reminder #4:');
    const progress = await waitForLines(`${out}.progress`);
    expect(progress).toContain('claimed Reminder #4');
    first.child.kill('SIGKILL');
    await first.exited;
    expect(titles(out)).toHaveLength(3);

    const second = runChild(db, out);
    expect(await second.exited).toBe(0);
    expect(titles(out).sort()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Reminder #${n}: ${HEADLINE}`).sort());
    const store = await openAnyStore({ url: db });
    expect(await countSent(store)).toBe(6);
    await store.close();
  });

  it('two processes racing on one database post every item once between them', async () => {
    const db = await newUrl();
    const out = outFile();
    await seed(db, 40);
    const a = runChild(db, out);
    const b = runChild(db, out);
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
    const posted = titles(out);
    expect(posted).toHaveLength(40);
    expect(new Set(posted).size).toBe(40);
  });
});

describe('replicas on one Postgres database', () => {
  it('three bots with reminders, digests and feed posts due, one SIGKILLed mid-delivery and one joining mid-run, deliver every item exactly once', async () => {
    const db = await freshDatabase();
    const out = outFile();
    await seed(db, 60);
    const store = await openAnyStore({ url: db });
    const now = Date.now();
    for (let i = 1; i <= 5; i++) {
      const desk = { platform: 'terminal' as const, conversation: `desk-${i}` };
      await store.follow({ target: desk, slug: 'lakeside-water-rationing', createdBy: 'u', createdAt: now - 5000 });
      await store.setDigest({ target: desk, schedule: 'daily 8:00', cron: '0 8 * * *', timeZone: 'UTC', origin: 'chat', nextRunAt: now - 1000, createdBy: 'u', createdAt: now - 5000 });
    }
    for (let i = 1; i <= 10; i++) {
      const reply = JSON.stringify({ kind: 'notice', title: `Feed item ${i}`, lines: [] });
      await store.enqueuePost({ key: `feed:item-${i}`, target: { platform: 'terminal', conversation: 'feeds' }, reply, at: now - 100, now });
    }
    await store.close();

    // Lease 2 s and no pid check: a dead replica's claims pass on only when its lease ends.
    const doomed = runChild(db, out, 'Reminder #', '40', '2000');
    const hung = await waitForLines(`${out}.progress`);
    const steady = runChild(db, out, '', '40', '2000');
    await waitForLines(out, 2);
    doomed.child.kill('SIGKILL');
    await doomed.exited;
    await waitForLines(out, 12);
    const late = runChild(db, out, '', '40', '2000');
    expect(await Promise.all([steady.exited, late.exited])).toEqual([0, 0]);

    const all = posts(out);
    const reminders = all.filter((p) => p.post.startsWith('terminal|Reminder #'));
    const digests = all.filter((p) => p.post.startsWith('desk-'));
    const feedPosts = all.filter((p) => p.post.startsWith('feeds|'));
    expect(reminders.map((p) => p.post).sort()).toEqual(Array.from({ length: 60 }, (_, i) => `terminal|Reminder #${i + 1}: ${HEADLINE}`).sort());
    expect(digests.map((p) => p.post.split('|')[0]).sort()).toEqual(['desk-1', 'desk-2', 'desk-3', 'desk-4', 'desk-5']);
    expect(feedPosts.map((p) => p.post).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `feeds|Feed item ${i + 1}`).sort());
    expect(all).toHaveLength(75);
    // The replica that joined mid-run took a share of the work.
    expect(all.filter((p) => p.pid === late.child.pid).length).toBeGreaterThan(0);
    // The item the killed replica held was delivered by another, once, after its lease ended.
    const held = hung.split(' claimed ')[1]!.trim();
    expect(all.filter((p) => p.post === `terminal|${held}` && p.pid !== doomed.child.pid)).toHaveLength(1);
  }, 60_000);
});
