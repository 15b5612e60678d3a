/**
 * The store on PostgreSQL, for running several replicas on one database: the same aggregates as
 * `SqliteStore` behind the same interfaces — channels and subscriptions, reminders, digest
 * schedules, the delivery log (claimed with `FOR UPDATE SKIP LOCKED` under leases), the feeds'
 * state (with a lease per feed) and the briefing index — migrated by the same names when it starts.
 * `onWork` wakes a replica when another queues deliveries (`LISTEN/NOTIFY`).
 */
import { FollowupAggregateStore } from './aggregates.ts';
import { PgBriefingIndex } from './pg-briefing-index.ts';
import { PgConnection } from './pg-connection.ts';
import { PgDeliveries } from './pg-deliveries.ts';
import { PgInstallations } from './pg-installations.ts';
import { PgFeedState } from './pg-feed-state.ts';
import { PgDigests, PgReminders, PgSubscriptions } from './pg-followups.ts';
import { PG_MIGRATIONS, type PgMigration } from './pg-migrations.ts';
import type { BriefStore } from './types.ts';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database`. */
  url: string;
  /** Migrations of other parts, applied after Brief's own. */
  migrations?: readonly PgMigration[];
  /** Connections in the pool (default 5). */
  maxConnections?: number;
}

/** The store on one Postgres database. Nothing connects before `start()`. */
export class PostgresStore extends FollowupAggregateStore implements BriefStore {
  readonly name = 'store';
  readonly kind = 'postgres';
  readonly feeds: PgFeedState;
  /** Slack workspaces' installations, on the same pool. */
  readonly installations: PgInstallations;
  readonly briefings: PgBriefingIndex;
  /** Migration names applied when this instance opened the database. */
  applied: string[] = [];
  private readonly conn: PgConnection;

  constructor(options: PostgresStoreOptions) {
    const conn = new PgConnection({
      url: options.url,
      migrations: [...PG_MIGRATIONS, ...(options.migrations ?? [])],
      ...(options.maxConnections !== undefined ? { maxConnections: options.maxConnections } : {}),
    });
    super({ subscriptions: new PgSubscriptions(conn), reminders: new PgReminders(conn), digests: new PgDigests(conn), deliveries: new PgDeliveries(conn) });
    this.conn = conn;
    this.feeds = new PgFeedState(this.conn);
    this.installations = new PgInstallations(this.conn);
    this.briefings = new PgBriefingIndex(this.conn);
  }

  /** Where it points, without the password. */
  get path(): string {
    return this.conn.where;
  }

  get isOpen(): boolean {
    return this.conn.isOpen;
  }

  /** The connection pool (for tools and tests that read rows). */
  get pool(): PgConnection['pool'] {
    return this.conn.pool;
  }

  /** Connects and migrates now; throws `StoreError` with the fix when it cannot. */
  async open(): Promise<this> {
    this.applied = await this.conn.open();
    return this;
  }

  async start(): Promise<void> {
    await this.open();
  }

  async stop(): Promise<void> {
    await this.conn.close();
  }

  /** Same as `stop()`. */
  async close(): Promise<void> {
    await this.conn.close();
  }

  /** Calls `wake` when any replica queues deliveries; returns how to stop. */
  onWork(wake: () => void): Promise<() => void> {
    return this.conn.onWork(wake);
  }
}
