import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyMigrations, createStore, FOLLOWUP_MIGRATIONS, openStore, resolveDatabaseUrl, StoreError, type Migration } from '../../src/store/index.ts';

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'brief-store-')), 'nested', 'data', 'brief.db');
const terminal = { platform: 'terminal' as const, conversation: 'terminal' };

/** Migrations of another part (a made-up one: feeds' own tables are Brief's from the start). */
const NOTES: Migration[] = [
  { name: 'notes-001-items', up: 'CREATE TABLE note_items (id TEXT PRIMARY KEY, title TEXT NOT NULL)' },
  { name: 'notes-002-seen', up: (db) => db.exec('ALTER TABLE note_items ADD COLUMN seen_at INTEGER') },
];
/** What every store applies when it first opens a file. */
const OWN = ['followups-001-core', 'followups-002-workspaces', 'feeds-001-core', 'feeds-002-leases', 'briefings-001-index', 'briefings-002-meta', 'briefings-003-identity-sources', 'briefings-004-change-log'];

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

  it('upgrades a database from before workspaces: its channels, follows, reminders and digests are kept, in no workspace', async () => {
    const path = tempPath();
    mkdirSync(dirname(path), { recursive: true });
    const old = new Database(path);
    applyMigrations(old, FOLLOWUP_MIGRATIONS.slice(0, 1));
    old.exec(`INSERT INTO channels VALUES ('slack', 'C1', 'Europe/Oslo', 1);
      INSERT INTO subscriptions (platform, conversation, thread, slug, created_by, created_at) VALUES ('slack', 'C1', NULL, 'a-story', 'u', 1);
      INSERT INTO reminders (platform, conversation, slug, kind, due_at, time_zone, created_by, created_at, updated_at) VALUES ('slack', 'C1', 'a-story', 'reminder', 5, 'UTC', 'u', 1, 1);
      INSERT INTO digest_schedules (platform, conversation, schedule, cron, time_zone, origin, next_run_at, created_by, created_at) VALUES ('slack', 'C1', 'daily 8:00', '0 8 * * *', 'UTC', 'chat', 9, 'u', 1);`);
    old.close();

    const store = openStore({ url: path });
    expect(store.applied[0]).toBe('followups-002-workspaces');
    const channel = { platform: 'slack' as const, conversation: 'C1' };
    expect(await store.channelTimeZone(channel)).toBe('Europe/Oslo');
    expect((await store.subscriptions(channel)).map((s) => [s.slug, s.target])).toEqual([['a-story', channel]]);
    expect((await store.reminders(channel)).map((r) => r.target)).toEqual([channel]);
    expect((await store.digest(channel))?.schedule).toBe('daily 8:00');
    expect((await store.follow({ target: channel, slug: 'a-story', createdBy: 'v', createdAt: 2 })).created).toBe(false);
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
    expect(names).toEqual([{ name: 'briefings-001-index' }, { name: 'briefings-002-meta' }, { name: 'briefings-003-identity-sources' }, { name: 'briefings-004-change-log' }, { name: 'feeds-001-core' }, { name: 'feeds-002-leases' }, { name: 'followups-001-core' }, { name: 'followups-002-workspaces' }, { name: 'notes-001-items' }, { name: 'notes-002-seen' }]);
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

  it('reads plain paths, file: URLs and :memory: as SQLite and postgres:// as Postgres, never showing the password', async () => {
    expect(resolveDatabaseUrl('./data/x.db', '/srv/brief')).toEqual({ kind: 'sqlite', path: '/srv/brief/data/x.db' });
    expect(resolveDatabaseUrl('file:./data/x.db?mode=rwc', '/srv/brief')).toEqual({ kind: 'sqlite', path: '/srv/brief/data/x.db' });
    expect(resolveDatabaseUrl(pathToFileURL('/var/lib/brief/b.db').href)).toEqual({ kind: 'sqlite', path: '/var/lib/brief/b.db' });
    expect(resolveDatabaseUrl(':memory:')).toEqual({ kind: 'sqlite', path: ':memory:' });
    expect(resolveDatabaseUrl('postgresql://brief:secret@db.internal/brief')).toMatchObject({ kind: 'postgres' });
    const pg = createStore({ url: 'postgres://brief:secret@127.0.0.1:1/brief' });
    expect(pg.kind).toBe('postgres');
    expect(pg.path).not.toContain('secret');
    const failure = await pg.start().then(() => undefined, (error: unknown) => error as Error);
    expect(failure).toBeInstanceOf(StoreError);
    expect(failure?.message).toMatch(/cannot open the Postgres store at postgres:\/\/brief:\*\*\*@127\.0\.0\.1:1\/brief/);
    expect(failure?.message).not.toContain('secret');
    expect(() => openStore({ url: 'postgres://brief:secret@db.internal/brief' })).toThrow(/needs a SQLite file/);
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
