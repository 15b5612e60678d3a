/**
 * The acceptance checks of the hardening, with a running bot: a bomb briefing dropped into the
 * folder of `brief start` is that file's error while the bot keeps answering, and an auto-ingest
 * feed item of 20 KB of nested HTML does not hold up Slack's slash-command acknowledgements.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../src/briefing/library.ts';
import { Responder } from '../../src/commands/responder.ts';
import type { FeedConfig } from '../../src/feeds/config.ts';
import { draftIngester } from '../../src/feeds/ingest.ts';
import { FeedMatcher } from '../../src/feeds/matcher.ts';
import { FeedPoller } from '../../src/feeds/poller.ts';
import { MemoryFeedStateStore } from '../../src/feeds/state.ts';
import { createLogger } from '../../src/log.ts';
import { freePort } from '../helpers/ports.ts';
import { HARBOUR_STRIKE, makeLibrary, tempDir } from '../helpers/briefings.ts';
import { loopbackEgress } from '../helpers/egress.ts';
import { rss, storyBriefings } from '../helpers/feed-docs.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { ManualClock, MemorySink } from '../helpers/feed-sink.ts';
import { aliasBombBriefing, nestedDivs } from '../helpers/hostile.ts';
import { startLoopbackSlack, type LoopbackSlack } from '../helpers/slack-app.ts';
import { sendSigned, slashCommand } from '../helpers/slack-signer.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'brief.js');

async function until(check: () => Promise<boolean> | boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await Promise.resolve(check()).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('a running bot meets hostile input', () => {
  it('reports a bomb briefing dropped into its folder as that file’s error, and keeps answering', async () => {
    const port = await freePort();
    const briefings = tempDir({ 'harbour-strike.md': HARBOUR_STRIKE });
    const child = spawn('node', [BIN, 'start'], {
      cwd: tempDir(),
      env: { ...process.env, BRIEFINGS_DIR: briefings, DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'brief-bomb-')), 'brief.db'), PORT: String(port), LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await until(async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200, 20_000, 'the bot to be ready');

    writeFileSync(join(briefings, 'bomb.md'), aliasBombBriefing());
    await until(() => stderr.includes('bomb.md:4: the front matter repeats values through aliases'), 10_000, 'the reload to report the bomb');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    child.stdin.end('/brief strike\n');
    expect(await exited).toBe(0);
    expect(stdout).toContain('Dockworkers walk out at Port Aldermoor as wage talks collapse');
  }, 60_000);

  describe('an auto-ingest item of 20 KB of nested HTML', () => {
    let feeds: FeedServer;
    let slack: LoopbackSlack;
    let library: Library;
    beforeAll(async () => {
      library = await makeLibrary();
      // The extraction engine loads once per process, on the first draft (about a second of model
      // loading): load it here, so what is measured is the nested item, not that one-time load.
      await import('../../src/extract/extract.ts');
      feeds = await startFeedServer();
      slack = await startLoopbackSlack({ signingSecret: 'nested-html-secret', responder: new Responder({ library: () => library }) });
    });
    afterAll(async () => {
      await slack.stop();
      await feeds.close();
    });

    it('leaves every slash command acknowledged within a second while it is worked on', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'brief-nested-'));
      const logger = createLogger({ level: 'silent' });
      const clock = new ManualClock();
      const egress = loopbackEgress();
      const feed: FeedConfig = { name: 'Deep wire', url: feeds.url('/deep.xml'), intervalMinutes: 15, autoIngest: true, channels: [], allowPrivate: false };
      const poller = new FeedPoller({
        feeds: () => [feed],
        state: new MemoryFeedStateStore(),
        matcher: () => new FeedMatcher(storyBriefings()),
        sink: new MemorySink(),
        clock,
        logger,
        settleMinutes: 0,
        perHost: { gapMs: 0 },
        egress,
        ingest: draftIngester({ dir, logger, clock, egress }),
      });
      feeds.route('/deep.xml', { body: rss([{ title: 'Quiet day at the allotments', guid: 'a-1', description: 'Nothing happened.' }]) });
      await poller.pollDue();
      const nested = nestedDivs(1900, 'The allotment society met on Sunday and agreed to share its water butts through the dry summer months ahead.');
      expect(nested.length).toBeGreaterThan(20 * 1024);
      feeds.route('/deep.xml', { body: rss([{ title: 'Allotment society shares water', guid: 'a-2', description: 'Water butts shared.', encoded: nested }, { title: 'Quiet day at the allotments', guid: 'a-1' }]) });
      clock.advance(20);

      let polled = false;
      const polling = poller.pollDue().then(() => (polled = true));
      const acks: number[] = [];
      while (!polled || acks.length < 3) {
        const response = await sendSigned(slack.base, slashCommand('strike', { responseUrl: slack.api.responseUrl(`ack-${acks.length}`) }), { secret: 'nested-html-secret' });
        expect(response.status).toBe(200);
        acks.push(response.ms);
      }
      await polling;
      expect(Math.max(...acks)).toBeLessThan(1000);
      expect(readdirSync(dir)).toEqual(['allotment-society-shares-water.md']);
      await egress.close();
    }, 60_000);
  });
});
