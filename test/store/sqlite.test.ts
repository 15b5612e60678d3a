import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openStore, resolveDatabaseUrl, StoreError, type Migration } from '../../src/store/index.ts';

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'brief-store-')), 'nested', 'data', 'brief.db');
const terminal = { platform: 'terminal' as const, conversation: 'terminal' };

/** Migrations of another part (a made-up one: feeds' own tables are Brief's from the start). */
const NOTES: Migration[] = [
  { name: 'notes-001-items', up: 'CREATE TABLE note_items (id TEXT PRIMARY KEY, title TEXT NOT NULL)' },
  { name: 'notes-002-seen', up: (db) => db.exec('ALTER TABLE note_items ADD COLUMN seen_at INTEGER') },
];
/** What every store applies when it first opens a file. */
const OWN = ['followups-001-core', 'feeds-001-core', 'briefings-001-index', 'briefings-002-meta'];

describe('opening the store', () => {
  it('creates the folder, uses WAL and a busy timeout, and records migrations by name', async () => {
    const path = tempPath();
    const store = openStore({ url: path });
    expect(existsSync(path)).toBe(true);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.applied).toEqual(OWN);
    await store.close();
  });

  it('applies migrations once: reopening applies nothing and keeps the data', async () => {
    const path = tempPath();
    const first = openStore({ url: path, migrations: NOTES });
    expect(first.applied).toEqual([...OWN, 'notes-001-items', 'notes-002-seen']);
    await first.follow({ target: terminal, slug: 'a-story', createdBy: 'local', createdAt: 1 });
    await first.close();

    const again = openStore({ url: path, migrations: NOTES });
    expect(again.applied).toEqual([]);
    expect(again.migrate(NOTES)).toEqual([]);
    expect((await again.subscriptions(terminal)).map((s) => s.slug)).toEqual(['a-story']);
    const names = again.db.prepare('SELECT name FROM migrations ORDER BY name').all();
    expect(names).toEqual([{ name: 'briefings-001-index' }, { name: 'briefings-002-meta' }, { name: 'feeds-001-core' }, { name: 'followups-001-core' }, { name: 'notes-001-items' }, { name: 'notes-002-seen' }]);
    await again.close();
  });

  it('lets another part add its migrations later, and rolls back a failing one', async () => {
    const store = openStore({ url: tempPath() });
    expect(store.migrate(NOTES.slice(0, 1))).toEqual(['notes-001-items']);
    const broken: Migration = { name: 'notes-003-broken', up: 'ALTER TABLE note_items ADD COLUMN x INTEGER; SELECT * FROM no_such_table;' };
    expect(() => store.migrate([broken])).toThrow(/no_such_table/);
    expect(store.db.prepare("SELECT name FROM migrations WHERE name = 'notes-003-broken'").get()).toBeUndefined();
    expect(store.db.prepare('PRAGMA table_info(note_items)').all().map((c) => (c as { name: string }).name)).toEqual(['id', 'title']);
    expect(() => store.migrate([NOTES[0]!, NOTES[0]!])).toThrow(/listed twice/);
    await store.close();
  });

  it('reads plain paths, file: URLs and :memory:, and refuses Postgres clearly', () => {
    expect(resolveDatabaseUrl('./data/x.db', '/srv/brief')).toEqual({ kind: 'sqlite', path: '/srv/brief/data/x.db' });
    expect(resolveDatabaseUrl('file:./data/x.db?mode=rwc', '/srv/brief')).toEqual({ kind: 'sqlite', path: '/srv/brief/data/x.db' });
    expect(resolveDatabaseUrl(pathToFileURL('/var/lib/brief/b.db').href)).toEqual({ kind: 'sqlite', path: '/var/lib/brief/b.db' });
    expect(resolveDatabaseUrl(':memory:')).toEqual({ kind: 'sqlite', path: ':memory:' });
    expect(() => openStore({ url: 'postgres://brief:secret@db.internal/brief' })).toThrow(StoreError);
    expect(() => openStore({ url: 'postgres://brief:secret@db.internal/brief' })).toThrow(/Postgres store is not available yet/);
    try {
      openStore({ url: 'postgresql://brief:secret@db.internal/brief' });
    } catch (error) {
      expect((error as Error).message).not.toContain('secret');
    }
    expect(() => openStore({ url: 'mysql://db/brief' })).toThrow(/not a database Brief knows/);
  });

  it('opens a file: URL store and keeps data there', async () => {
    const path = tempPath();
    const store = openStore({ url: pathToFileURL(path).href });
    await store.setChannelTimeZone(terminal, 'Europe/Madrid', 1);
    await store.close();
    const again = openStore({ url: path });
    expect(await again.channelTimeZone(terminal)).toBe('Europe/Madrid');
    await again.close();
  });
});

describe('claiming deliveries', () => {
  it('two store instances on one file never claim the same delivery', async () => {
    const path = tempPath();
    const a = openStore({ url: path });
    const b = openStore({ url: path });
    const reminders = Array.from({ length: 40 }, (_, i) => ({
      target: terminal,
      slug: 's',
      kind: 'reminder' as const,
      dueAt: 1000 + i,
      timeZone: 'UTC',
      createdBy: 'u',
      createdAt: 0,
    }));
    await a.addReminders(reminders);
    await a.recordDueWork({ now: 5000, graceMs: 0, nextRun: () => Infinity });
    expect((await b.recordDueWork({ now: 5000, graceMs: 0, nextRun: () => Infinity })).remindersQueued).toBe(0);
    const claimed: number[] = [];
    for (let i = 0; i < 10; i++) {
      for (const [store, owner] of [[a, 'a'], [b, 'b']] as const) {
        claimed.push(...(await store.claimDeliveries({ now: 5000, owner, leaseMs: 60_000, limit: 3, platforms: ['terminal'] })).map((d) => d.id));
      }
    }
    expect(claimed).toHaveLength(40);
    expect(new Set(claimed).size).toBe(40);
    await a.close();
    await b.close();
  });
});
