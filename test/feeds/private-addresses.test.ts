/**
 * A feed added from chat can never make the bot fetch inside the network: not on the trial poll,
 * not on later polls, not through a redirect, and a chat add cannot attach a channel to the
 * operator's own internal feed. 127.0.0.2 stands in for the public internet, 127.0.0.1 for the
 * inside; names resolve through a table.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIncoming } from '../../src/answer/incoming.ts';
import { Responder } from '../../src/commands/responder.ts';
import { loadFeedsConfig } from '../../src/feeds/config.ts';
import { FeedMatcher } from '../../src/feeds/matcher.ts';
import { FeedPoller } from '../../src/feeds/poller.ts';
import { MemoryFeedStateStore } from '../../src/feeds/state.ts';
import { createLogger } from '../../src/log.ts';
import { Egress } from '../../src/net/egress.ts';
import { tableResolver } from '../helpers/egress.ts';
import { libraryOfOutlines } from '../helpers/briefings.ts';
import { rss, storyBriefings } from '../helpers/feed-docs.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { ManualClock, MemorySink } from '../helpers/feed-sink.ts';

let outside: FeedServer;
let inside: FeedServer;
let egress: Egress;
beforeAll(async () => {
  outside = await startFeedServer('127.0.0.2');
  inside = await startFeedServer('127.0.0.1');
  inside.route('/internal', { body: rss([{ title: 'INTERNAL: payroll export ready', link: 'http://intranet.test/payroll', guid: 'i-1' }]) });
  egress = new Egress({ allow: ['127.0.0.2/32'], resolve: tableResolver({ 'wire.test': '127.0.0.2', 'intranet.test': '127.0.0.1' }) });
});
afterAll(async () => {
  await egress.close();
  await outside.close();
  await inside.close();
});

const storyLibrary = await libraryOfOutlines(storyBriefings());

function setup(config = '') {
  const dir = mkdtempSync(join(tmpdir(), 'brief-private-'));
  const configPath = join(dir, 'feeds.yaml');
  if (config) writeFileSync(configPath, config);
  const state = new MemoryFeedStateStore();
  const clock = new ManualClock();
  let feeds: Awaited<ReturnType<typeof loadFeedsConfig>> = [];
  const matcher = new FeedMatcher(storyBriefings());
  const logger = createLogger({ level: 'silent' });
  const poller = new FeedPoller({ feeds: () => feeds, state, matcher: () => matcher, sink: new MemorySink(), clock, logger, settleMinutes: 0, perHost: { gapMs: 0 }, timeoutMs: 2000, egress });
  const responder = new Responder({ library: () => storyLibrary, feeds: { configPath, state, poller, admins: [] } });
  const say = (text: string) => responder.respond(makeIncoming(text, { platform: 'discord', conversation: '5550001', user: '7770001', admin: true }));
  const pollAll = async () => {
    feeds = await loadFeedsConfig(configPath);
    await poller.pollDue();
  };
  return { configPath, state, clock, say, pollAll };
}

const items = [{ title: 'Valdera council debates parking fees', link: 'https://wire.test/parking', guid: 'p-1' }];
const internalHits = () => inside.requests.filter((r) => r.path === '/internal').length;

describe('feeds added from chat stay outside the network', () => {
  it('refuses a chat-added feed that later redirects inside, and shows only the refusal in /brief feeds', async () => {
    outside.route('/turns.xml', { body: rss(items, { title: 'Turncoat Wire' }) });
    const t = setup();
    expect(await t.say(`/brief feeds add http://wire.test:${outside.port}/turns.xml`)).toMatchObject({ kind: 'notice', title: 'Watching “Turncoat Wire” here' });
    outside.route('/turns.xml', { status: 302, headers: { location: `http://127.0.0.1:${inside.port}/internal` } });
    t.clock.advance(20);
    await t.pollAll();
    const state = await t.state.getFeed(`http://wire.test:${outside.port}/turns.xml`);
    expect(state).toMatchObject({ failures: 1, lastError: expect.stringMatching(/^127\.0\.0\.1 is a local or private address/) });
    expect(internalHits()).toBe(0);
    const listed = JSON.stringify(await t.say('/brief feeds'));
    expect(listed).toContain('is a local or private address');
    expect(listed).not.toContain('payroll');
  });

  it('refuses a chat add whose name resolves inside, and writes nothing', async () => {
    const t = setup();
    const reply = await t.say(`/brief feeds add http://intranet.test:${inside.port}/internal`);
    expect(reply).toMatchObject({ kind: 'error', message: expect.stringContaining('intranet.test (127.0.0.1) is a local or private address') });
    expect(await loadFeedsConfig(t.configPath)).toEqual([]);
    expect(internalHits()).toBe(0);
  });

  it('polls the operator’s own internal feed, but a chat add cannot attach a channel to it', async () => {
    const url = `http://intranet.test:${inside.port}/internal`;
    const t = setup(`feeds:\n  - name: Payroll\n    url: ${url}\n    allowPrivate: true\n    channels: [slack:C0PAYROLL]\n`);
    await t.pollAll();
    expect(await t.state.getFeed(url)).toMatchObject({ failures: 0, itemCount: 1 });
    const reply = await t.say(`/brief feeds add ${url}`);
    expect(reply).toMatchObject({ kind: 'error', code: 'forbidden', message: expect.stringContaining('only they can choose the channels it posts to') });
    expect((await loadFeedsConfig(t.configPath))[0]!.channels).toEqual([{ platform: 'slack', conversation: 'C0PAYROLL' }]);
  });
});
