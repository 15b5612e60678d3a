import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FeedConfig } from '../../src/feeds/config.ts';
import { FeedMatcher } from '../../src/feeds/matcher.ts';
import { FeedPoller, type PollerOptions } from '../../src/feeds/poller.ts';
import { MemoryFeedStateStore, type FeedStateStore } from '../../src/feeds/state.ts';
import { createLogger } from '../../src/log.ts';
import { openStore, type SqliteStore } from '../../src/store/index.ts';
import { rss, storyBriefings } from '../helpers/feed-docs.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { loopbackEgress } from '../helpers/egress.ts';
import { ManualClock, MemorySink } from '../helpers/feed-sink.ts';

const logger = createLogger({ level: 'silent' });
const matcher = new FeedMatcher(storyBriefings());
let server: FeedServer;
let dir: string;
beforeAll(async () => {
  server = await startFeedServer();
  dir = mkdtempSync(join(tmpdir(), 'brief-feeds-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const feed = (path: string, overrides: Partial<FeedConfig> = {}): FeedConfig => ({ name: path.slice(1), url: server.url(path), intervalMinutes: 15, autoIngest: false, channels: [], allowPrivate: false, ...overrides });

function makePoller(feeds: FeedConfig[], options: Partial<PollerOptions> & { state?: FeedStateStore } = {}) {
  const sink = new MemorySink();
  const clock = new ManualClock();
  const state = options.state ?? new MemoryFeedStateStore();
  const poller = new FeedPoller({ feeds: () => feeds, state, matcher: () => matcher, sink, clock, logger, settleMinutes: 0, perHost: { gapMs: 0, concurrency: 4 }, timeoutMs: 5000, egress: loopbackEgress(), ...options });
  return { poller, sink, clock, state };
}

const old = [
  { title: 'Valdera council debates parking fees', link: 'https://wire.test/parking', guid: 'p-1', date: 'Mon, 02 Mar 2026 07:00:00 GMT' },
  { title: 'Mayor Okafor closes Harbour Bridge after cracks found in main span', link: 'https://wire.test/closure', guid: 'c-1', date: 'Mon, 02 Mar 2026 08:00:00 GMT' },
];
const fresh = { title: 'Okafor says Harbour Bridge repairs will take months', link: 'https://wire.test/repairs', guid: 'r-1', date: 'Mon, 02 Mar 2026 08:50:00 GMT', description: 'Engineer Tomasz Brandt said the cracked span needs new bearings.' };

describe('FeedPoller', () => {
  let open: SqliteStore[] = [];
  afterEach(() => {
    open.forEach((store) => void store.close());
    open = [];
  });

  it('records a new feed’s items without posting, then posts only new matching items', async () => {
    server.route('/first.xml', { body: rss(old) });
    const { poller, sink, clock, state } = makePoller([feed('/first.xml')]);
    expect(await poller.pollFeed(feed('/first.xml'))).toEqual({ status: 'baseline', items: 2 });
    await poller.flushDevelopments();
    expect(sink.deliveries).toEqual([]);

    server.route('/first.xml', { body: rss([fresh, ...old, { title: 'Tide tables for March', link: 'https://wire.test/tides', guid: 't-1' }]) });
    clock.advance(15);
    expect(await poller.pollFeed(feed('/first.xml'))).toEqual({ status: 'ok', items: 4, fresh: 2, developments: 1 });
    await poller.flushDevelopments();
    const [post] = sink.developments();
    expect(post!.development).toMatchObject({ slug: 'harbour-bridge-closure', title: fresh.title, mentions: ['Ines Okafor', 'Tomasz Brandt'], mayAnswer: ['Who will pay for the repairs?'] });
    expect(post!.reply).toMatchObject({ kind: 'notice', title: 'New development: Valdera shuts the Harbour Bridge after engineers find cracks in its main span' });
    expect(post!.reply.kind === 'notice' && post!.reply.lines).toContain('May answer: Who will pay for the repairs?');
    expect(await state.developmentsSince(new Date(0))).toHaveLength(1);
  });

  it('never re-posts after a restart, a re-ordered feed or re-dated items', async () => {
    const path = join(dir, 'restart.db');
    const undated = { title: 'Harbour Bridge notice: Okafor and Brandt brief port authority on cracks and repairs', date: 'Mon, 02 Mar 2026 08:55:00 GMT' };
    server.route('/restart.xml', { body: rss(old) });
    const store1 = openStore({ url: path });
    open.push(store1);
    const first = makePoller([feed('/restart.xml')], { state: store1.feeds });
    await first.poller.pollDue();
    server.route('/restart.xml', { body: rss([fresh, undated, ...old]) });
    first.clock.advance(20);
    await first.poller.pollDue();
    expect(first.sink.developments().map((d) => d.development.title)).toEqual([fresh.title, undated.title]);
    await first.poller.stop();
    await store1.close();

    const store2 = openStore({ url: path });
    open.push(store2);
    const second = makePoller([feed('/restart.xml')], { state: store2.feeds });
    second.clock.advance(40);
    const redated = [...old].reverse().map((i) => ({ ...i, date: 'Tue, 03 Mar 2026 06:00:00 GMT' }));
    server.route('/restart.xml', { body: rss([...redated, { ...undated, date: 'Tue, 03 Mar 2026 06:00:00 GMT' }, { ...fresh, date: 'Tue, 03 Mar 2026 06:00:00 GMT' }]) });
    expect(await second.poller.pollFeed(feed('/restart.xml'))).toMatchObject({ status: 'ok', fresh: 0 });
    await second.poller.flushDevelopments();
    expect(second.sink.deliveries).toEqual([]);
  });

  it('uses the ETag and reads 304 as nothing new', async () => {
    server.route('/etag.xml', { body: rss(old), etag: '"e1"' });
    const { poller } = makePoller([]);
    await poller.pollFeed(feed('/etag.xml'));
    expect(await poller.pollFeed(feed('/etag.xml'))).toEqual({ status: 'not-modified' });
    expect(server.requests.filter((r) => r.path === '/etag.xml').at(-1)!.headers['if-none-match']).toBe('"e1"');
  });

  it('follows a redirect and remembers where the feed lives now', async () => {
    server.route('/was.xml', { status: 301, headers: { location: '/is.xml' } });
    server.route('/is.xml', { body: rss(old) });
    const { poller, state } = makePoller([]);
    await poller.pollFeed(feed('/was.xml'));
    expect((await state.getFeed(server.url('/was.xml')))!.finalUrl).toBe(server.url('/is.xml'));
  });

  it('backs off after a 500, keeps the state, and recovers', async () => {
    let fail = true;
    server.route('/flaky.xml', () => (fail ? { status: 500 } : { body: rss(old) }));
    const { poller, clock, state } = makePoller([]);
    const f = feed('/flaky.xml');
    expect(await poller.pollFeed(f)).toEqual({ status: 'failed', reason: 'HTTP 500 Internal Server Error', failures: 1 });
    let s = (await state.getFeed(f.url))!;
    expect(s).toMatchObject({ failures: 1, lastError: 'HTTP 500 Internal Server Error', failingSince: clock.now().toISOString(), nextPollAt: new Date(clock.now().getTime() + 15 * 60_000).toISOString() });
    clock.advance(15);
    await poller.pollFeed(f);
    s = (await state.getFeed(f.url))!;
    expect(s.failures).toBe(2);
    expect(Date.parse(s.nextPollAt) - clock.now().getTime()).toBe(30 * 60_000);
    clock.advance(30);
    fail = false;
    expect(await poller.pollFeed(f)).toEqual({ status: 'baseline', items: 2 });
    s = (await state.getFeed(f.url))!;
    expect(s).toMatchObject({ failures: 0, lastSuccessAt: clock.now().toISOString(), lastError: 'HTTP 500 Internal Server Error' });
    expect(s.failingSince).toBeUndefined();
  });

  it('tells the feed’s channels once when it fails for long, and once when it is back', async () => {
    let fail = true;
    server.route('/down.xml', () => (fail ? { status: 502 } : { body: rss(old) }));
    const f = feed('/down.xml', { channels: [{ platform: 'slack', conversation: 'C1' }] });
    const { poller, clock, sink } = makePoller([f], { reportFailingAfterMinutes: 60 });
    for (let i = 0; i < 5; i++) {
      await poller.pollFeed(f);
      clock.advance(30);
    }
    expect(sink.statuses()).toHaveLength(1);
    expect(sink.statuses()[0]!).toMatchObject({ channels: [{ platform: 'slack', conversation: 'C1' }], reply: { kind: 'notice', title: 'Feed not reachable: down.xml' } });
    fail = false;
    await poller.pollFeed(f);
    await poller.pollFeed(f);
    expect(sink.statuses().map((s) => (s.reply.kind === 'notice' ? s.reply.title : ''))).toEqual(['Feed not reachable: down.xml', 'Feed back: down.xml']);
  });

  it('waits at least the feed’s ttl before polling again', async () => {
    server.route('/ttl.xml', { body: rss(old, { ttl: 120 }) });
    const { poller, clock, state } = makePoller([]);
    await poller.pollFeed(feed('/ttl.xml'));
    expect(Date.parse((await state.getFeed(server.url('/ttl.xml')))!.nextPollAt) - clock.now().getTime()).toBe(120 * 60_000);
  });

  it('records a one-line reason for a slow, huge, HTML or cut-off feed', async () => {
    server.route('/slow.xml', { body: rss(old), delayMs: 2000 });
    server.route('/huge.xml', { streamBytes: 2 * 1024 * 1024 });
    server.route('/page.xml', { body: '<!doctype html><html><body>Not here</body></html>', headers: { 'content-type': 'text/html' } });
    server.route('/cut.xml', { body: rss(old).slice(0, 300) });
    const { poller } = makePoller([], { maxBytes: 512 * 1024, timeoutMs: 200 });
    const reasons = [];
    for (const path of ['/slow.xml', '/huge.xml', '/page.xml', '/cut.xml']) {
      const outcome = await poller.pollFeed(feed(path));
      reasons.push(outcome.status === 'failed' ? outcome.reason : outcome.status);
    }
    expect(reasons).toEqual([
      'no complete answer within 0.2 s',
      'the feed is over the 512 KB cap',
      'the address serves an HTML page, not a feed',
      expect.stringMatching(/^the XML ends before the feed does/),
    ]);
  });

  it('decodes a windows-1251 feed served without a charset', async () => {
    const doc = rss([{ title: 'Мост закрыт на ремонт', link: 'http://ru.test/1', guid: 'ru-1' }], { encoding: 'windows-1251', title: 'Новости' });
    server.route('/cp1251.xml', { body: iconv.encode(doc, 'windows-1251'), headers: { 'content-type': 'application/rss+xml' } });
    const { poller, state } = makePoller([]);
    expect(await poller.pollFeed(feed('/cp1251.xml'))).toEqual({ status: 'baseline', items: 1 });
    expect((await state.seenKeys(server.url('/cp1251.xml'), ['g:ru-1'])).size).toBe(1);
  });

  it('posts one story carried by several feeds once, listing the other sources', async () => {
    server.route('/wire-a.xml', { body: rss(old) });
    server.route('/wire-b.xml', { body: rss([]) });
    const feeds = [feed('/wire-a.xml', { name: 'Wire A' }), feed('/wire-b.xml', { name: 'Wire B' })];
    const { poller, clock, sink } = makePoller(feeds, { settleMinutes: 10 });
    await poller.pollDue();
    server.route('/wire-a.xml', { body: rss([fresh, ...old]) });
    server.route('/wire-b.xml', { body: rss([{ ...fresh, link: 'https://other.test/bridge-repairs', guid: 'b-77', title: 'Harbour Bridge repairs will take months, Okafor says' }]) });
    clock.advance(16);
    await poller.pollDue();
    expect(sink.developments()).toEqual([]);
    clock.advance(11);
    await poller.pollDue();
    expect(sink.developments()).toHaveLength(1);
    const [post] = sink.developments();
    expect(post!.development.sources.map((s) => s.feed)).toEqual(['Wire A', 'Wire B']);
    expect(post!.reply.kind === 'notice' && post!.reply.lines).toContain('Also reported by: Wire B');
  });

  it('keeps to one request at a time per host when asked', async () => {
    const feeds = ['/p1.xml', '/p2.xml', '/p3.xml', '/p4.xml'].map((p) => {
      server.route(p, { body: rss(old), delayMs: 30 });
      return feed(p);
    });
    server.resetMaxActive();
    const { poller } = makePoller(feeds, { perHost: { concurrency: 1, gapMs: 0 } });
    await poller.pollDue();
    expect(server.requests.filter((r) => /^\/p\d\.xml$/.test(r.path))).toHaveLength(4);
    expect(server.maxActive()).toBe(1);
  });
});
