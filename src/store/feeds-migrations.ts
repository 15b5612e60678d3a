/**
 * The feed watcher's tables, as named migrations for the store's `applyMigrations`:
 * poll state per feed, item keys seen per feed, and developments found.
 */
import type { Migration } from './migrations.ts';

export const FEED_MIGRATIONS: readonly Migration[] = [
  {
    name: 'feeds-001-core',
    up: `
      CREATE TABLE IF NOT EXISTS feed_state (
        url TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        next_poll_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS feed_items (
        feed TEXT NOT NULL,
        key TEXT NOT NULL,
        seen_at INTEGER NOT NULL,
        PRIMARY KEY (feed, key)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS feed_items_seen ON feed_items (seen_at);
      CREATE TABLE IF NOT EXISTS feed_developments (
        id TEXT PRIMARY KEY,
        slug TEXT NOT NULL,
        at INTEGER NOT NULL,
        posted_at INTEGER,
        data TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS feed_developments_slug ON feed_developments (slug, at);
      CREATE INDEX IF NOT EXISTS feed_developments_at ON feed_developments (at);
    `,
  },
  {
    // One replica polls a feed at a time: it holds the feed's lease while it polls.
    name: 'feeds-002-leases',
    up: 'CREATE TABLE IF NOT EXISTS feed_leases (url TEXT PRIMARY KEY, owner TEXT NOT NULL, lease_until INTEGER NOT NULL) WITHOUT ROWID;',
  },
];
