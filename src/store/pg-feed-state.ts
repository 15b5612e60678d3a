/**
 * The feed watcher's state on Postgres: the same tables and meaning as `SqliteFeedState`, plus the
 * feed leases that let one replica at a time poll a feed. Item keys are stored hashed, as on SQLite.
 */
import { sha } from '../feeds/identity.ts';
import type { FeedState, FeedStateStore } from '../feeds/state.ts';
import type { Development } from '../feeds/types.ts';
import type { PgConnection } from './pg-connection.ts';

export class PgFeedState implements FeedStateStore {
  constructor(private readonly conn: PgConnection) {}

  async getFeed(url: string): Promise<FeedState | undefined> {
    const { rows } = await this.conn.pool.query<{ state: string }>('SELECT state FROM feed_state WHERE url = $1', [url]);
    return rows[0] ? (JSON.parse(rows[0].state) as FeedState) : undefined;
  }

  async saveFeed(state: FeedState): Promise<void> {
    await this.conn.pool.query(
      `INSERT INTO feed_state (url, state, next_poll_at, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (url) DO UPDATE SET state = excluded.state, next_poll_at = excluded.next_poll_at, updated_at = excluded.updated_at`,
      [state.url, JSON.stringify(state), Date.parse(state.nextPollAt), Date.now()],
    );
  }

  async listFeeds(): Promise<FeedState[]> {
    const { rows } = await this.conn.pool.query<{ state: string }>('SELECT state FROM feed_state ORDER BY url COLLATE "C"');
    return rows.map((row) => JSON.parse(row.state) as FeedState);
  }

  async removeFeed(url: string): Promise<void> {
    await this.conn.transaction(async (client) => {
      await client.query('DELETE FROM feed_state WHERE url = $1', [url]);
      await client.query('DELETE FROM feed_items WHERE feed = $1', [url]);
      await client.query('DELETE FROM feed_leases WHERE url = $1', [url]);
    });
  }

  async seenKeys(url: string, keys: string[]): Promise<Set<string>> {
    const byHash = new Map(keys.map((k) => [sha(k), k]));
    const { rows } = await this.conn.pool.query<{ key: string }>('SELECT key FROM feed_items WHERE feed = $1 AND key = ANY($2)', [url, [...byHash.keys()]]);
    return new Set(rows.map((row) => byHash.get(row.key)!));
  }

  async rememberKeys(url: string, keys: string[], at: Date): Promise<void> {
    if (keys.length === 0) return;
    await this.conn.pool.query(
      `INSERT INTO feed_items (feed, key, seen_at) SELECT $1, k, $3 FROM unnest($2::text[]) AS k
       ON CONFLICT (feed, key) DO UPDATE SET seen_at = excluded.seen_at`,
      [url, [...new Set(keys.map((k) => sha(k)))], at.getTime()],
    );
  }

  async forgetKeysBefore(before: Date): Promise<number> {
    return (await this.conn.pool.query('DELETE FROM feed_items WHERE seen_at < $1', [before.getTime()])).rowCount ?? 0;
  }

  async saveDevelopment(development: Development): Promise<void> {
    await this.conn.pool.query(
      `INSERT INTO feed_developments (id, slug, at, posted_at, data) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET posted_at = excluded.posted_at, data = excluded.data`,
      [development.id, development.slug, Date.parse(development.at), development.postedAt ? Date.parse(development.postedAt) : null, JSON.stringify(development)],
    );
  }

  async developmentsFor(slug: string, since: Date): Promise<Development[]> {
    const { rows } = await this.conn.pool.query<{ data: string }>('SELECT data FROM feed_developments WHERE slug = $1 AND at >= $2 ORDER BY at DESC', [slug, since.getTime()]);
    return rows.map((row) => JSON.parse(row.data) as Development);
  }

  async developmentsSince(since: Date): Promise<Development[]> {
    const { rows } = await this.conn.pool.query<{ data: string }>('SELECT data FROM feed_developments WHERE at >= $1 ORDER BY at', [since.getTime()]);
    return rows.map((row) => JSON.parse(row.data) as Development);
  }

  async leaseFeed(url: string, owner: string, now: number, leaseMs: number): Promise<boolean> {
    const { rowCount } = await this.conn.pool.query(
      `INSERT INTO feed_leases (url, owner, lease_until) VALUES ($1, $2, $3)
       ON CONFLICT (url) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
       WHERE feed_leases.owner = excluded.owner OR feed_leases.lease_until <= $4`,
      [url, owner, now + leaseMs, now],
    );
    return (rowCount ?? 0) > 0;
  }

  async releaseFeed(url: string, owner: string): Promise<void> {
    await this.conn.pool.query('DELETE FROM feed_leases WHERE url = $1 AND owner = $2', [url, owner]);
  }
}
