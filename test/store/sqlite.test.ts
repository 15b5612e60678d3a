import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createStore, openStore, resolveDatabaseUrl, StoreError, type Migration } from '../../src/store/index.ts';

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'brief-store-')), 'nested', 'data', 'brief.db');
const terminal = { platform: 'terminal' as const, conversation: 'terminal' };

/** Migrations of another part (a made-up one: feeds' own tables are Brief's from the start). */
const NOTES: Migration[] = [
  { name: 'notes-001-items', up: 'CREATE TABLE note_items (id TEXT PRIMARY KEY, title TEXT NOT NULL)' },
  { name: 'notes-002-seen', up: (db) => db.exec('ALTER TABLE note_items ADD COLUMN seen_at INTEGER') },
];
/** What every store applies when it first opens a file. */
const OWN = ['followups-001-core', 'followups-002-workspaces', 'feeds-001-core', 'feeds-002-leases', 'briefings-001-index', 'briefings-002-meta'];

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
    expect(names).toEqual([{ name: 'briefings-001-index' }, { name: 'briefings-002-meta' }, { name: 'feeds-001-core' }, { name: 'feeds-002-leases' }, { name: 'followups-001-core' }, { name: 'followups-002-workspaces' }, { name: 'notes-001-items' }, { name: 'notes-002-seen' }]);
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
