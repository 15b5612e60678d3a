/**
 * Databases on the run's shared PostgreSQL server (started by test/support/postgres-setup.ts): each
 * call makes a new, empty database, so tests never see each other's rows. `engines` lists both
 * store engines for contract tests that must hold on either.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openAnyStore, openStore, type BriefStore } from '../../src/store/index.ts';

/** The URL of a new, empty database on the shared test server. */
export async function freshDatabase(): Promise<string> {
  const admin = inject('postgresUrl');
  if (!admin) throw new Error('no test PostgreSQL server: run the tests through vitest (its global set-up starts one)');
  const name = `brief_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client(admin);
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Both engines: where a new empty database is (`newUrl`), and a new empty store opened there (`open`). */
export const engines: ReadonlyArray<{ engine: 'sqlite' | 'postgres'; newUrl: () => Promise<string>; open: () => Promise<BriefStore> }> = [
  { engine: 'sqlite', newUrl: async () => join(mkdtempSync(join(tmpdir(), 'brief-store-')), 'brief.db'), open: async () => openStore({ url: ':memory:' }) },
  { engine: 'postgres', newUrl: freshDatabase, open: async () => openAnyStore({ url: await freshDatabase() }) },
];
