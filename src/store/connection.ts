/**
 * One SQLite file (better-sqlite3 12): opened when the store starts — WAL so readers never wait on
 * the writer, a busy timeout so two processes on one file take turns instead of failing — and
 * migrated then. Every aggregate of the store reads `db` from here, so they share one connection.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../errors.ts';
import { applyMigrations, type Migration } from './migrations.ts';

export interface ConnectionOptions {
  /** A file path, or `:memory:`. */
  path: string;
  /** Every migration to apply when the file opens, in order. */
  migrations: readonly Migration[];
  busyTimeoutMs?: number;
}

export class SqliteConnection {
  private handle?: Database.Database;

  constructor(private readonly options: ConnectionOptions) {}

  get path(): string {
    return this.options.path;
  }

  /** Opens and migrates the file; returns the migration names applied now. Throws `StoreError` with the fix. */
  open(): string[] {
    if (this.handle?.open) return [];
    const { path } = this.options;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      const db = new Database(path);
      db.pragma(`busy_timeout = ${Math.max(0, Math.floor(this.options.busyTimeoutMs ?? 5000))}`);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      this.handle = db;
      return applyMigrations(db, this.options.migrations);
    } catch (error) {
      this.handle?.close();
      this.handle = undefined;
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreError(`DATABASE_URL: cannot open the SQLite store at ${path}: ${reason}`);
    }
  }

  /** True while the file is open. */
  get isOpen(): boolean {
    return this.handle?.open ?? false;
  }

  /** The open handle. Throws when the store has not started (a wiring mistake, not a user's). */
  get db(): Database.Database {
    if (!this.handle?.open) throw new StoreError(`the store at ${this.options.path} is not open — start it (store.start()) before using it`);
    return this.handle;
  }

  close(): void {
    if (this.handle?.open) this.handle.close();
  }
}
