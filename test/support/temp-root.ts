/**
 * Vitest global set-up: every temporary folder the tests make goes under one folder for the run,
 * removed when the run ends, so test runs do not leave thousands of folders in the system's /tmp.
 * `os.tmpdir()` reads TMPDIR on each call, and the test workers and the bots they spawn inherit it.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Points TMPDIR at a fresh folder for this run; the returned function removes it. */
export default function setup(): () => void {
  // Each vitest project runs the global set-up too; the first one made the folder for all.
  if (process.env.BRIEF_TEST_TMPDIR) return () => {};
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'brief-tests-'));
  // Like /tmp itself: servers that tests start as another user (PostgreSQL) can make folders here.
  chmodSync(root, 0o1777);
  process.env.TMPDIR = root;
  process.env.BRIEF_TEST_TMPDIR = root;
  return () => {
    delete process.env.BRIEF_TEST_TMPDIR;
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
