import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { tempDbPath } from './fixtures.ts';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'child-bot.ts');
const terminal = { platform: 'terminal' as const, conversation: 'terminal' };

function runChild(db: string, out: string, hangOn?: string): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, out, ...(hangOn ? [hangOn] : [])], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => (code && code !== 0 ? (console.error(stderr), resolve(code)) : resolve(code))));
  return { child, exited };
}

/** Waits (on file-system events, bounded) until a file holds a line. */
async function waitForLine(path: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      if (text.includes('\n')) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`nothing was written to ${path}`);
}

/** Seeds reminders on the test briefing that are already due. */
async function seed(db: string, count: number): Promise<void> {
  const store = openStore({ url: db });
  const due = Date.now() - 60_000;
  await store.addReminders(
    Array.from({ length: count }, (_, i) => ({
      target: terminal,
      slug: 'lakeside-water-rationing',
      kind: 'reminder' as const,
      note: `item ${i + 1}`,
      dueAt: due + i,
      timeZone: 'UTC',
      createdBy: 'local',
      createdAt: due - 1000,
    })),
  );
  await store.close();
}

const titles = (out: string) =>
  readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.replace(/^\d+ /, ''));

describe('real processes on one SQLite file', () => {
  it('a process killed with SIGKILL in the middle of a delivery: after a restart every item is delivered exactly once', async () => {
    const db = tempDbPath();
    const out = join(dirname(db), 'posts.txt');
    await seed(db, 6);
    const first = runChild(db, out, 'Reminder #4:');
    const progress = await waitForLine(`${out}.progress`);
    expect(progress).toContain('claimed Reminder #4');
    first.child.kill('SIGKILL');
    await first.exited;
    expect(titles(out)).toHaveLength(3);

    const second = runChild(db, out);
    expect(await second.exited).toBe(0);
    const posted = titles(out);
    expect(posted.sort()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Reminder #${n}: Lakeside imposes water rationing as reservoir falls to record low`).sort());
    const store = openStore({ url: db });
    expect(store.db.prepare("SELECT COUNT(*) AS n FROM deliveries WHERE state = 'sent'").get()).toEqual({ n: 6 });
    await store.close();
  });

  it('two processes racing on one file post every item once between them', async () => {
    const db = tempDbPath();
    const out = join(dirname(db), 'posts.txt');
    await seed(db, 40);
    const a = runChild(db, out);
    const b = runChild(db, out);
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
    const posted = titles(out);
    expect(posted).toHaveLength(40);
    expect(new Set(posted).size).toBe(40);
  });
});
