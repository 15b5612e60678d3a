/**
 * One PostgreSQL database (node-postgres `pg`): a connection pool opened when the store starts and
 * migrated then, plus one connection kept for `LISTEN`, so replicas wake each other when work is
 * queued instead of polling tightly. Every Postgres aggregate of the store reads `pool` from here.
 * 64-bit integers (epoch milliseconds, ids, counts) are read as numbers: every one Brief keeps fits.
 */
import type pg from 'pg';
import { StoreError } from '../errors.ts';
import { applyPgMigrations, type PgMigration } from './pg-migrations.ts';
import { inTransaction } from './pg-transaction.ts';

/** The channel replicas `NOTIFY` when deliveries are queued. */
export const WORK_CHANNEL = 'brief_work';

/**
 * node-postgres, loaded when a Postgres store opens: a process on SQLite (every `brief ask` by
 * default) never reads it.
 */
async function loadPg(): Promise<{ pg: typeof pg; types: { getTypeParser: typeof pg.types.getTypeParser } }> {
  const { default: pg } = await import('pg');
  /** int8 and numeric → number; the rest as `pg` reads them. */
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  return { pg, types };
}

/** A connection URL with its password hidden, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

export interface PgConnectionOptions {
  url: string;
  migrations: readonly PgMigration[];
  /** Pool size (default 5). */
  maxConnections?: number;
}

/** A client inside a transaction, or the pool: both run `query`. */
export type Queryable = Pick<pg.PoolClient, 'query'>;

export class PgConnection {
  private handle?: pg.Pool;
  private listener?: pg.Client;
  private readonly wakers = new Set<() => void>();
  private driver?: Awaited<ReturnType<typeof loadPg>>;

  constructor(private readonly options: PgConnectionOptions) {}

  /** Where it points, without the password. */
  get where(): string {
    return redactUrl(this.options.url);
  }

  /** Connects and migrates; returns the migration names applied now. Throws `StoreError` with the fix. */
  async open(): Promise<string[]> {
    if (this.handle) return [];
    const { pg, types } = (this.driver ??= await loadPg());
    const pool = new pg.Pool({ connectionString: this.options.url, max: this.options.maxConnections ?? 5, types });
    // An idle client losing its server is reported here; the next query reconnects.
    pool.on('error', () => undefined);
    try {
      const applied = await applyPgMigrations(pool, this.options.migrations);
      this.handle = pool;
      return applied;
    } catch (error) {
      await pool.end().catch(() => undefined);
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreError(`DATABASE_URL: cannot open the Postgres store at ${this.where}: ${reason} — check that the server runs, the database exists and the user may create tables in it`);
    }
  }

  get isOpen(): boolean {
    return this.handle !== undefined;
  }

  /** The pool. Throws when the store has not started (a wiring mistake, not a user's). */
  get pool(): pg.Pool {
    if (!this.handle) throw new StoreError(`the store at ${this.where} is not open — start it (store.start()) before using it`);
    return this.handle;
  }

  /** Runs `work` in one transaction (READ COMMITTED); rolls back when it throws. */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, work);
  }

  /** Calls `wake` whenever any replica queues work; returns how to stop. The first call starts listening. */
  async onWork(wake: () => void): Promise<() => void> {
    this.wakers.add(wake);
    if (!this.listener) {
      const { pg, types } = (this.driver ??= await loadPg());
      const client = new pg.Client({ connectionString: this.options.url, types });
      client.on('notification', () => this.wakers.forEach((w) => w()));
      client.on('error', () => undefined);
      await client.connect();
      await client.query(`LISTEN ${WORK_CHANNEL}`);
      this.listener = client;
    }
    return () => void this.wakers.delete(wake);
  }

  async close(): Promise<void> {
    const listener = this.listener;
    this.listener = undefined;
    this.wakers.clear();
    await listener?.end().catch(() => undefined);
    const pool = this.handle;
    this.handle = undefined;
    await pool?.end();
  }
}
