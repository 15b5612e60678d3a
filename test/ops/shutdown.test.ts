import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../helpers/ports.ts';
import { HARBOUR_STRIKE, tempDir } from '../helpers/briefings.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'brief.js');

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
}

describe('brief start as a real process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('stops cleanly on %s with exit 0 well within 10 s', async (signal) => {
    const port = await freePort();
    const child = spawn('node', [BIN, 'start'], {
      cwd: tempDir(),
      env: { ...process.env, BRIEFINGS_DIR: tempDir({ 'harbour-strike.md': HARBOUR_STRIKE }), PORT: String(port), LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200, 15_000);
    const sentAt = Date.now();
    child.kill(signal);
    const code = await exited;
    expect(code).toBe(0);
    expect(Date.now() - sentAt).toBeLessThan(10_000);
    const messages = stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l).msg as string);
    expect(messages).toContain('stopping');
    expect(messages[messages.length - 1]).toBe('stopped');
  });

  it('refuses to start on a database it cannot use, in one line with the fix, exit 2', async () => {
    const child = spawn('node', [BIN, 'start'], { cwd: tempDir(), env: { ...process.env, DATABASE_URL: 'postgres://brief:hunter2@127.0.0.1:1/brief' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('brief: DATABASE_URL: cannot open the Postgres store at postgres://brief:***@127.0.0.1:1/brief');
    expect(stderr).toContain('check that the server runs');
    expect(stderr).not.toContain('hunter2');
    expect(stderr).not.toContain('    at ');
  });

  it('refuses to start on invalid configuration, listing each problem', async () => {
    const child = spawn('node', [BIN, 'start'], { cwd: tempDir(), env: { ...process.env, PORT: 'eighty', LOG_LEVEL: 'chatty' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('environment: PORT: `eighty` must be a port number');
    expect(stderr).toContain('environment: LOG_LEVEL: `chatty` must be one of');
  });
});
