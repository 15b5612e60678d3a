import { defineConfig } from 'vitest/config';

/**
 * Dates must not depend on the host's time zone, so the tests that read or compute dates run twice,
 * under UTC and under America/Los_Angeles (a negative offset with DST); the rest run once.
 */
const DATE_TESTS = ['test/time/**/*.test.ts', 'test/feeds/parse*.test.ts'];

export default defineConfig({
  test: {
    // Generous: a test that needs a real server (PostgreSQL, a loopback gateway) can take many
    // seconds on a shared, loaded machine; a limit only decides how late a hang is reported.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One temporary folder per run; one real PostgreSQL server shared by every file (each makes its own
    // database); then Chromium for the browser tests of the briefing pages, installed when missing and it can be.
    globalSetup: ['./test/support/temp-root.ts', './test/support/postgres-setup.ts', './test/support/browser-setup.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: DATE_TESTS } },
      { extends: true, test: { name: 'dates TZ=UTC', include: DATE_TESTS, env: { TZ: 'UTC' } } },
      { extends: true, test: { name: 'dates TZ=America/Los_Angeles', include: DATE_TESTS, env: { TZ: 'America/Los_Angeles' } } },
    ],
  },
});
