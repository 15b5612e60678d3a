/**
 * The SQLite store as a part: one file, opened in `start()` and closed in `stop()`, holding every
 * aggregate Brief keeps — channels and subscriptions, reminders, digest schedules, the delivery
 * log, the feeds' state and the briefing index — each in its own class on the shared connection. It
 * implements the follow-ups' `FollowupStore` by handing each call to its aggregate, and offers the
 * feeds' `FeedStateStore` as `feeds` and the briefing index (`BriefingIndexStore`) as `briefings`.
 */
import type Database from 'better-sqlite3';
import { FollowupAggregateStore } from './aggregates.ts';
import { BRIEFING_INDEX_MIGRATIONS } from './briefing-index-migrations.ts';
import { SqliteConnection } from './connection.ts';
import { FEED_MIGRATIONS } from './feeds-migrations.ts';
import { applyMigrations, FOLLOWUP_MIGRATIONS, type Migration } from './migrations.ts';
import { SqliteBriefingIndex } from './sqlite-briefing-index.ts';
import { SqliteDeliveries } from './sqlite-deliveries.ts';
import { SqliteDigests } from './sqlite-digests.ts';
import { SqliteFeedState } from './sqlite-feed-state.ts';
import { SqliteInstallations } from './sqlite-installations.ts';
import { SqliteReminders } from './sqlite-reminders.ts';
import { SqliteSubscriptions } from './sqlite-subscriptions.ts';
import type { BriefStore } from './types.ts';

export interface SqliteStoreOptions {
  /** A file path, or `:memory:`. */
  path: string;
  /** Migrations of other parts, applied after Brief's own. */
  migrations?: readonly Migration[];
  busyTimeoutMs?: number;
}

/** The store on one SQLite file. Nothing touches the file before `start()`. */
export class SqliteStore extends FollowupAggregateStore implements BriefStore {
  readonly name = 'store';
  readonly kind = 'sqlite';
  /** The feed watcher's state, on the same connection. */
  readonly feeds: SqliteFeedState;
  /** Slack workspaces' installations, on the same connection. */
  readonly installations: SqliteInstallations;
  /** The briefing index, on the same connection. */
  readonly briefings: SqliteBriefingIndex;
  /** Migration names applied when this instance opened the file. */
  applied: string[] = [];
  private readonly conn: SqliteConnection;

  constructor(options: SqliteStoreOptions) {
    const conn = new SqliteConnection({
      path: options.path,
      migrations: [...FOLLOWUP_MIGRATIONS, ...FEED_MIGRATIONS, ...BRIEFING_INDEX_MIGRATIONS, ...(options.migrations ?? [])],
      ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}),
    });
    super({ subscriptions: new SqliteSubscriptions(conn), reminders: new SqliteReminders(conn), digests: new SqliteDigests(conn), deliveries: new SqliteDeliveries(conn) });
    this.conn = conn;
    this.feeds = new SqliteFeedState(this.conn);
    this.installations = new SqliteInstallations(this.conn);
    this.briefings = new SqliteBriefingIndex(this.conn);
  }

  get path(): string {
    return this.conn.path;
  }

  /** The raw handle of the open file (for tools and tests that inspect rows). */
  get db(): Database.Database {
    return this.conn.db;
  }

  /** True while the file is open (readiness). */
  get isOpen(): boolean {
    return this.conn.isOpen;
  }

  /** Opens and migrates the file now; throws `StoreError` with the fix when it cannot. */
  open(): this {
    this.applied = this.conn.open();
    return this;
  }

  /** Applies more named migrations to the open file; already-applied names are skipped. */
  migrate(migrations: readonly Migration[]): string[] {
    return applyMigrations(this.conn.db, migrations);
  }

  async start(): Promise<void> {
    this.open();
  }

  async stop(): Promise<void> {
    this.conn.close();
  }

  /** Same as `stop()`. */
  async close(): Promise<void> {
    this.conn.close();
  }
}
