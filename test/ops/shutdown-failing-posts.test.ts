/**
 * SIGTERM while Slack answers every post with 500: the real `brief start` in a child process,
 * against the fake Web API. The reply that could not be sent is kept in the store (not lost, not
 * written after the store closed), and the process exits within the shutdown grace.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/ports.ts';
import { HARBOUR_STRIKE, tempDir } from '../helpers/briefings.ts';
import { FakeSlackApi } from '../helpers/slack-api.ts';
import { eventCallback, sendSigned } from '../helpers/slack-signer.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'brief.js');
const SECRET = 'shutdown-failing-posts-secret';
/** The default `shutdown.graceSeconds`. */
const GRACE_MS = 8000;

const api = new FakeSlackApi();
beforeAll(() => api.start());
afterAll(() => api.stop());

describe('stopping while every post fails', () => {
  it('keeps the unsent reply in the store and exits within the grace', async () => {
    // Slack is down for posts: every chat.postMessage answers 500.
    api.script('chat.postMessage', ...Array.from({ length: 50 }, () => ({ status: 500, body: 'upstream down' })));
    const port = await freePort();
    const data = mkdtempSync(join(tmpdir(), 'brief-shutdown-'));
    const child = spawn('node', [BIN, 'start'], {
      cwd: tempDir(),
      env: {
        ...process.env,
        BRIEFINGS_DIR: tempDir({ 'harbour-strike.md': HARBOUR_STRIKE }),
        DATABASE_URL: join(data, 'brief.db'),
        PORT: String(port),
        SLACK_BOT_TOKEN: 'xoxb-shutdown-test',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: api.url,
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'json',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await api.waitFor((c) => c.method === 'auth.test', 20_000);
    // With a platform the bot answers while its first index runs; ask once the briefing is indexed.
    for (let waited = 0; !stderr.includes('"msg":"briefings indexed"') && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    // The listener is up shortly after auth.test; send until the mention is accepted.
    for (let i = 0; i < 50; i++) {
      const sent = await sendSigned(`http://127.0.0.1:${port}`, eventCallback({ type: 'app_mention', user: 'U42', text: '<@UBOT> strike', ts: '1700009000.000100', channel: 'C0DOWN' }), { secret: SECRET }).catch(() => undefined);
      if (sent?.status === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0DOWN' && c.status === 500, 10_000);

    const sentAt = Date.now();
    child.kill('SIGTERM');
    const code = await exited;
    const took = Date.now() - sentAt;
    expect(code, stderr).toBe(0);
    expect(took).toBeLessThan(GRACE_MS);
    expect(stderr).not.toContain('The database connection is not open');

    const db = new Database(join(data, 'brief.db'), { readonly: true });
    const kept = db.prepare("SELECT conversation, state, reply FROM deliveries WHERE item_kind = 'post'").all() as Array<{ conversation: string; state: string; reply: string }>;
    db.close();
    expect(kept.map((k) => [k.conversation, k.state])).toEqual([['C0DOWN', 'pending']]);
    expect(kept[0]!.reply, stderr).toContain('Dockworkers walk out');
  }, 60_000);
});
