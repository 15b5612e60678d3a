/**
 * Test set-up: installs Debian's Chromium for the browser tests when it is missing and this is a
 * Debian machine where we are root. Anywhere else it prints why the browser tests will be skipped.
 * In CI (`CI` set) a missing browser is not skipped: the browser test fails and says why.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { browserMissing, CHROMIUM } from './browser.ts';

export default function setup(): void {
  if (!browserMissing()) return;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    process.stderr.write(`test set-up: installing Chromium for the browser tests (apt-get install chromium)…\n`);
    try {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env, timeout: 300_000 });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'ignore', env, timeout: 600_000 });
    } catch (error) {
      process.stderr.write(`test set-up: could not install Chromium: ${(error as Error).message.split('\n')[0]}\n`);
    }
  }
  const missing = browserMissing();
  if (missing) process.stderr.write(`\nNOTICE: the browser tests of the briefing pages will be skipped: ${missing}.\n\n`);
  else process.stderr.write(`test set-up: Chromium is at ${CHROMIUM}\n`);
}
