/**
 * Copies a SQLite store into an empty Postgres database (`brief migrate-store`): every row of every
 * table, in one Postgres transaction so a failure leaves the target as it was, then identity
 * counters moved past the copied ids and the full-text rows rebuilt (SQLite's FTS5 tables keep no
 * text to copy: they are made again from the stored outlines and identities). It then verifies:
 * row counts per table on both sides, and a sample of rows compared column by column.
 */
import type { Database } from 'better-sqlite3';
import type pg from 'pg';
import { indexedBriefing } from '../briefing/index-entry.ts';
import type { BriefingOutline } from '../briefing/model.ts';
import { StoreError } from '../errors.ts';
import { decodeJson } from './index-rows.ts';
import { tsvectorOf } from './pg-text.ts';
import type { PostgresStore } from './postgres.ts';
import { ACTOR_FIELDS, TOPIC_FIELDS } from './sqlite-briefing-lookup.ts';
import type { SqliteStore } from './sqlite.ts';

/** The tables copied, parents first; leases are left behind (they belong to running processes). */
export const COPIED_TABLES = [
  'channels',
  'subscriptions',
  'reminders',
  'digest_schedules',
  'deliveries',
  'slack_installations',
  'feed_state',
  'feed_items',
  'feed_developments',
  'briefing_files',
  'briefing_extractions',
  'briefings',
  'briefing_keys',
  'actor_identities',
  'actor_appearances',
  'actor_keys',
  'index_vocabulary',
  'index_variants',
  'briefing_meta',
] as const;

/**
 * Rows left behind, by table: what the briefing index derived and kept for other processes (the
 * free-question story index, as bytes) is a cache, and bytes do not go into Postgres's text
 * `briefing_meta`; the first free question there derives it again.
 */
const LEFT_BEHIND: Partial<Record<(typeof COPIED_TABLES)[number], string>> = { briefing_meta: "key NOT LIKE 'derived:%'" };

/** The rows of a table that are copied, as a WHERE clause. */
function copiedRows(table: (typeof COPIED_TABLES)[number]): string {
  return LEFT_BEHIND[table] ? ` WHERE ${LEFT_BEHIND[table]}` : '';
}

/** Tables whose `id` is an identity column, moved past the copied ids. */
const IDENTITY_TABLES = ['subscriptions', 'reminders', 'digest_schedules', 'deliveries', 'briefings', 'actor_identities'];
/** Rows per INSERT. */
const BATCH = 500;

/** One table's result. */
export interface TableCopy {
  table: string;
  source: number;
  target: number;
  /** Rows of the sample that read the same on both sides, of how many compared. */
  sampled: number;
  sampleEqual: number;
}

/** What a copy did and whether it verified. */
export interface MigrationReport {
  tables: TableCopy[];
  ok: boolean;
}

function columnsOf(db: Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
}

/** The same value as either engine returns it: numbers as numbers, bytes as hex. */
function normal(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return value.toString('hex');
  return value ?? null;
}

async function copyTable(db: Database, client: pg.PoolClient, table: (typeof COPIED_TABLES)[number]): Promise<number> {
  const columns = columnsOf(db, table);
  const list = columns.map((c) => `"${c}"`).join(', ');
  let batch: unknown[][] = [];
  let copied = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const values = batch.flat();
    const rows = batch.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
    await client.query(`INSERT INTO ${table} (${list}) VALUES ${rows}`, values);
    copied += batch.length;
    batch = [];
  };
  for (const row of db.prepare(`SELECT ${list} FROM ${table}${copiedRows(table)}`).raw().iterate() as Iterable<unknown[]>) {
    batch.push(row);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return copied;
}

/** Full-text rows from what the index stores: outlines for briefings, names and roles for identities. */
async function rebuildText(client: pg.PoolClient): Promise<void> {
  const briefings = await client.query<{ id: number; outline: Buffer }>('SELECT id, outline FROM briefings');
  for (const row of briefings.rows) {
    const text = indexedBriefing(decodeJson<BriefingOutline>(row.outline)).text;
    await client.query('INSERT INTO briefing_text (id, doc) VALUES ($1, $2::tsvector)', [row.id, tsvectorOf(TOPIC_FIELDS, text)]);
  }
  const identities = await client.query<{ id: number; names: string; roles: string }>('SELECT id, names, roles FROM actor_identities');
  for (const row of identities.rows) {
    await client.query('INSERT INTO actor_text (id, doc) VALUES ($1, $2::tsvector)', [row.id, tsvectorOf(ACTOR_FIELDS, { names: row.names, roles: row.roles })]);
  }
}

/** Compares up to `size` rows, spread over the table, column by column. */
async function sample(db: Database, pool: pg.Pool, table: (typeof COPIED_TABLES)[number], size: number): Promise<{ sampled: number; equal: number }> {
  const columns = columnsOf(db, table);
  const keys = (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string; pk: number }>).filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM ${table}${copiedRows(table)}`).get() as { n: number }).n;
  const step = Math.max(1, Math.floor(total / size));
  const at = db.prepare(`SELECT * FROM ${table}${copiedRows(table)} ORDER BY ${keys.join(', ')} LIMIT 1 OFFSET ?`);
  let sampled = 0;
  let equal = 0;
  for (let i = 0; i < total && sampled < size; i += step) {
    const row = at.get(i) as Record<string, unknown>;
    const where = keys.map((k, n) => `"${k}" = $${n + 1}`).join(' AND ');
    const found = (await pool.query<Record<string, unknown>>(`SELECT * FROM ${table} WHERE ${where}`, keys.map((k) => row[k]))).rows[0];
    sampled++;
    if (found && columns.every((c) => JSON.stringify(normal(row[c])) === JSON.stringify(normal(found[c])))) equal++;
  }
  return { sampled, equal };
}

/**
 * Copies `from` into `to` (which must hold no rows yet) and verifies counts and a sample of
 * `sampleSize` rows per table. Both stores must be open.
 */
export async function migrateStore(from: SqliteStore, to: PostgresStore, options: { sampleSize?: number; onTable?: (table: string, rows: number) => void } = {}): Promise<MigrationReport> {
  const db = from.db;
  for (const table of COPIED_TABLES) {
    const { rows } = await to.pool.query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`);
    if (rows[0]!.n > 0) throw new StoreError(`the target database already has rows in \`${table}\` — migrate into an empty database (create a new one, or drop Brief's tables there first)`);
  }
  const client = await to.pool.connect();
  try {
    await client.query('BEGIN');
    for (const table of COPIED_TABLES) {
      // Not inside `onTable?.(…)`: optional chaining would skip the copy when no one listens.
      const rows = await copyTable(db, client, table);
      options.onTable?.(table, rows);
    }
    for (const table of IDENTITY_TABLES) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST((SELECT MAX(id) FROM ${table}), 1), (SELECT MAX(id) FROM ${table}) IS NOT NULL)`);
    }
    await rebuildText(client);
    const done = await client.query('COMMIT');
    if (done.command !== 'COMMIT') throw new StoreError('the copy was rolled back by Postgres — nothing was copied; see the server log for the statement that failed');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  const tables: TableCopy[] = [];
  for (const table of COPIED_TABLES) {
    const source = (db.prepare(`SELECT COUNT(*) AS n FROM ${table}${copiedRows(table)}`).get() as { n: number }).n;
    const target = (await to.pool.query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0]!.n;
    const { sampled, equal } = await sample(db, to.pool, table, options.sampleSize ?? 20);
    tables.push({ table, source, target, sampled, sampleEqual: equal });
  }
  return { tables, ok: tables.every((t) => t.source === t.target && t.sampled === t.sampleEqual) };
}
