/**
 * The feed watcher's state in SQLite, as an aggregate of the store: on the store's connection, in
 * the tables of `FEED_MIGRATIONS`. Item keys are stored as fixed-length hashes so long guids and
 * links cost the same as short ones.
 */
import type { Database } from 'better-sqlite3';
import { sha } from '../feeds/identity.ts';
import type { FeedState, FeedStateStore } from '../feeds/state.ts';
import type { Development } from '../feeds/types.ts';
import type { SqliteConnection } from './connection.ts';

const CHUNK = 400;

function prepare(db: Database) {
  return {
    getFeed: db.prepare<[string], { state: string }>('SELECT state FROM feed_state WHERE url = ?'),
    saveFeed: db.prepare('INSERT INTO feed_state (url, state, next_poll_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET state = excluded.state, next_poll_at = excluded.next_poll_at, updated_at = excluded.updated_at'),
    listFeeds: db.prepare<[], { state: string }>('SELECT state FROM feed_state ORDER BY url'),
    removeFeed: db.prepare('DELETE FROM feed_state WHERE url = ?'),
    removeItems: db.prepare('DELETE FROM feed_items WHERE feed = ?'),
    remember: db.prepare('INSERT INTO feed_items (feed, key, seen_at) VALUES (?, ?, ?) ON CONFLICT (feed, key) DO UPDATE SET seen_at = excluded.seen_at'),
    forget: db.prepare('DELETE FROM feed_items WHERE seen_at < ?'),
    saveDevelopment: db.prepare('INSERT INTO feed_developments (id, slug, at, posted_at, data) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET posted_at = excluded.posted_at, data = excluded.data'),
    developmentsFor: db.prepare<[string, number], { data: string }>('SELECT data FROM feed_developments WHERE slug = ? AND at >= ? ORDER BY at DESC'),
    developmentsSince: db.prepare<[number], { data: string }>('SELECT data FROM feed_developments WHERE at >= ? ORDER BY at'),
    lease: db.prepare(
      `INSERT INTO feed_leases (url, owner, lease_until) VALUES (?, ?, ?)
       ON CONFLICT (url) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until WHERE feed_leases.owner = excluded.owner OR feed_leases.lease_until <= ?`,
    ),
    release: db.prepare('DELETE FROM feed_leases WHERE url = ? AND owner = ?'),
  };
}

export class SqliteFeedState implements FeedStateStore {
  private prepared?: { db: Database; statements: ReturnType<typeof prepare> };

  constructor(private readonly conn: SqliteConnection) {}

  private get db(): Database {
    return this.conn.db;
  }

  /** Statements are prepared on first use after the store opened (and again if it reopened). */
  private get statements(): ReturnType<typeof prepare> {
    const db = this.conn.db;
    if (this.prepared?.db !== db) this.prepared = { db, statements: prepare(db) };
    return this.prepared.statements;
  }

  async getFeed(url: string): Promise<FeedState | undefined> {
    const row = this.statements.getFeed.get(url);
    return row ? (JSON.parse(row.state) as FeedState) : undefined;
  }

  async saveFeed(state: FeedState): Promise<void> {
    this.statements.saveFeed.run(state.url, JSON.stringify(state), Date.parse(state.nextPollAt), Date.now());
  }

  async listFeeds(): Promise<FeedState[]> {
    return this.statements.listFeeds.all().map((row) => JSON.parse(row.state) as FeedState);
  }

  async removeFeed(url: string): Promise<void> {
    this.db.transaction(() => {
      this.statements.removeFeed.run(url);
      this.statements.removeItems.run(url);
      this.db.prepare('DELETE FROM feed_leases WHERE url = ?').run(url);
    })();
  }

  async seenKeys(url: string, keys: string[]): Promise<Set<string>> {
    const byHash = new Map(keys.map((k) => [sha(k), k]));
    const hashes = [...byHash.keys()];
    const seen = new Set<string>();
    for (let i = 0; i < hashes.length; i += CHUNK) {
      const chunk = hashes.slice(i, i + CHUNK);
      const rows = this.db.prepare<string[], { key: string }>(`SELECT key FROM feed_items WHERE feed = ? AND key IN (${chunk.map(() => '?').join(',')})`).all(url, ...chunk);
      for (const row of rows) seen.add(byHash.get(row.key)!);
    }
    return seen;
  }

  async rememberKeys(url: string, keys: string[], at: Date): Promise<void> {
    const time = at.getTime();
    this.db.transaction(() => {
      for (const key of keys) this.statements.remember.run(url, sha(key), time);
    })();
  }

  async forgetKeysBefore(before: Date): Promise<number> {
    return this.statements.forget.run(before.getTime()).changes;
  }

  async saveDevelopment(development: Development): Promise<void> {
    this.statements.saveDevelopment.run(development.id, development.slug, Date.parse(development.at), development.postedAt ? Date.parse(development.postedAt) : null, JSON.stringify(development));
  }

  async developmentsFor(slug: string, since: Date): Promise<Development[]> {
    return this.statements.developmentsFor.all(slug, since.getTime()).map((row) => JSON.parse(row.data) as Development);
  }

  async developmentsSince(since: Date): Promise<Development[]> {
    return this.statements.developmentsSince.all(since.getTime()).map((row) => JSON.parse(row.data) as Development);
  }

  async leaseFeed(url: string, owner: string, now: number, leaseMs: number): Promise<boolean> {
    return this.statements.lease.run(url, owner, now + leaseMs, now).changes > 0;
  }

  async releaseFeed(url: string, owner: string): Promise<void> {
    this.statements.release.run(url, owner);
  }
}
