/**
 * The store named by `DATABASE_URL`: a plain path or `file:` URL is SQLite; `postgres://` is
 * refused with a clear message until the Postgres store exists. `createStore` only builds it (the
 * composition root starts it with the other parts); `openStore` opens it at once, for tools and tests.
 *
 * @example const store = createStore({ url: settings.databaseUrl }); … await store.start();
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoreError } from '../errors.ts';
import type { Migration } from './migrations.ts';
import { SqliteStore } from './sqlite.ts';

export { StoreError } from '../errors.ts';
export type { Migration } from './migrations.ts';
export { applyMigrations, FOLLOWUP_MIGRATIONS } from './migrations.ts';
export { SqliteStore } from './sqlite.ts';
export * from './types.ts';

export interface OpenStoreOptions {
  /** `DATABASE_URL`: a path, `file:` URL or `:memory:`. */
  url: string;
  /** Extra named migrations (another part's tables), applied after Brief's own. */
  migrations?: readonly Migration[];
  /** Relative paths resolve from here (default: the working directory). */
  cwd?: string;
  busyTimeoutMs?: number;
}

/** Where a `DATABASE_URL` points: a SQLite file, or a kind of database not supported yet. */
export function resolveDatabaseUrl(url: string, cwd = process.cwd()): { kind: 'sqlite'; path: string } | { kind: 'postgres' } {
  const value = url.trim();
  if (/^postgres(?:ql)?:\/\//i.test(value)) return { kind: 'postgres' };
  if (value === ':memory:') return { kind: 'sqlite', path: value };
  if (/^file:\/\//i.test(value)) return { kind: 'sqlite', path: fileURLToPath(value.split('?')[0]!) };
  if (/^file:/i.test(value)) return { kind: 'sqlite', path: resolve(cwd, value.slice(5).split('?')[0]!) };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new StoreError(`DATABASE_URL: \`${value.split('://')[0]}://…\` is not a database Brief knows — use a file path such as ./data/brief.db`);
  }
  return { kind: 'sqlite', path: resolve(cwd, value) };
}

/** Builds the store for `DATABASE_URL` without touching it; throws `StoreError` for a URL it cannot serve. */
export function createStore(options: OpenStoreOptions): SqliteStore {
  const where = resolveDatabaseUrl(options.url, options.cwd);
  if (where.kind === 'postgres') {
    throw new StoreError('DATABASE_URL: the Postgres store is not available yet — unset DATABASE_URL (SQLite under ./data) or set it to a file path such as ./data/brief.db');
  }
  return new SqliteStore({ path: where.path, ...(options.migrations ? { migrations: options.migrations } : {}), ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}) });
}

/** Builds and opens (and migrates) the store now; throws `StoreError` with the fix when it cannot. */
export function openStore(options: OpenStoreOptions): SqliteStore {
  return createStore(options).open();
}
