/**
 * The browser the page tests drive: Debian's Chromium through playwright-core, started with the
 * flags this machine needs (no sandbox as root, no background networking on a closed network) and a
 * fresh profile each time. `.ci/run` and the test set-up (browser-setup.ts) install it; where it
 * cannot be installed, `browserNotice` says so and the browser tests are skipped — never in CI.
 */
import { existsSync } from 'node:fs';

/** Where Debian puts Chromium (`apt-get install chromium`). */
export const CHROMIUM = '/usr/bin/chromium';

/** The flags Chromium is started with. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserMissing(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `Chromium is not installed at ${CHROMIUM} (install it with \`apt-get install chromium\`; .ci/run does)`;
}
