/**
 * The store named by `DATABASE_URL`: a plain path or `file:` URL is SQLite; `postgres://` (or
 * `postgresql://`) is PostgreSQL, for several replicas on one database. `createStore` only builds
 * it (the composition root starts it with the other parts); `openStore` opens a SQLite file at
 * once and `openAnyStore` either engine, for tools and tests.
 *
 * @example const store = createStore({ url: settings.databaseUrl }); … await store.start();
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoreError } from '../errors.ts';
import type { Migration } from './migrations.ts';
import { PostgresStore } from './postgres.ts';
import { SqliteStore } from './sqlite.ts';
import type { BriefStore } from './types.ts';

export { StoreError } from '../errors.ts';
export { PostgresStore } from './postgres.ts';
export type { PgMigration } from './pg-migrations.ts';
export type { Migration } from './migrations.ts';
export { applyMigrations, FOLLOWUP_MIGRATIONS } from './migrations.ts';
export { SqliteStore } from './sqlite.ts';
export * from './types.ts';

export interface OpenStoreOptions {
  /** `DATABASE_URL`: a path, `file:` URL, `:memory:` or `postgres://…`. */
  url: string;
  /** Extra named migrations (another part's tables), applied after Brief's own. */
  migrations?: readonly Migration[];
  /** Relative paths resolve from here (default: the working directory). */
  cwd?: string;
  busyTimeoutMs?: number;
}

/** Where a `DATABASE_URL` points: a SQLite file or a Postgres database. */
export function resolveDatabaseUrl(url: string, cwd = process.cwd()): { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string } {
  const value = url.trim();
  if (/^postgres(?:ql)?:\/\//i.test(value)) return { kind: 'postgres', url: value };
  if (value === ':memory:') return { kind: 'sqlite', path: value };
  if (/^file:\/\//i.test(value)) return { kind: 'sqlite', path: fileURLToPath(value.split('?')[0]!) };
  if (/^file:/i.test(value)) return { kind: 'sqlite', path: resolve(cwd, value.slice(5).split('?')[0]!) };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new StoreError(`DATABASE_URL: \`${value.split('://')[0]}://…\` is not a database Brief knows — use a file path such as ./data/brief.db`);
  }
  return { kind: 'sqlite', path: resolve(cwd, value) };
}

/** Builds the store for `DATABASE_URL` without touching it; throws `StoreError` for a URL it cannot serve. */
export function createStore(options: OpenStoreOptions): BriefStore {
  const where = resolveDatabaseUrl(options.url, options.cwd);
  if (where.kind === 'postgres') return new PostgresStore({ url: where.url });
  return sqliteStore(options);
}

/** Builds and opens (and migrates) the store for `DATABASE_URL`, on either engine. */
export async function openAnyStore(options: OpenStoreOptions): Promise<BriefStore> {
  const store = createStore(options);
  await store.start();
  return store;
}

function sqliteStore(options: OpenStoreOptions): SqliteStore {
  const where = resolveDatabaseUrl(options.url, options.cwd);
  if (where.kind !== 'sqlite') throw new StoreError('DATABASE_URL: this needs a SQLite file, such as ./data/brief.db');
  return new SqliteStore({ path: where.path, ...(options.migrations ? { migrations: options.migrations } : {}), ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}) });
}

/** Builds and opens (and migrates) a SQLite store now; throws `StoreError` with the fix when it cannot. */
export function openStore(options: OpenStoreOptions): SqliteStore {
  return sqliteStore(options).open();
}
