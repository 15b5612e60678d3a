import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionsBitField } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIncoming, type Incoming } from '../../src/answer/incoming.ts';
import { parseIntent } from '../../src/commands/index.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { Responder } from '../../src/commands/responder.ts';
import { canManage } from '../../src/chat/discord-interactions.ts';
import { Egress } from '../../src/net/egress.ts';
import { buildHouse } from '../../src/app/house.ts';
import { readSettings } from '../../src/config/env.ts';
import { loadFeedsConfig } from '../../src/feeds/config.ts';
import { FeedMatcher } from '../../src/feeds/matcher.ts';
import { FeedPoller } from '../../src/feeds/poller.ts';
import { MemoryFeedStateStore } from '../../src/feeds/state.ts';
import { createLogger } from '../../src/log.ts';
import { libraryOfOutlines } from '../helpers/briefings.ts';
import { rss, storyBriefings } from '../helpers/feed-docs.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { loopbackEgress, tableResolver } from '../helpers/egress.ts';
import { ManualClock, MemorySink } from '../helpers/feed-sink.ts';

const storyLibrary = await libraryOfOutlines(storyBriefings());

const logger = createLogger({ level: 'silent' });
let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const items = [
  { title: 'Valdera council debates parking fees', link: 'https://wire.test/parking', guid: 'p-1' },
  { title: 'Mayor Okafor closes Harbour Bridge after cracks found in main span', link: 'https://wire.test/closure', guid: 'c-1' },
];

/** A responder with the feed commands over a fresh config file, state and poller. */
function setup(options: { admins?: string[]; egress?: Egress; config?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'brief-feeds-chat-'));
  const configPath = join(dir, 'config', 'feeds.yaml');
  if (options.config) {
    writeFileSync(join(dir, 'feeds.yaml'), options.config);
    return setupAt(join(dir, 'feeds.yaml'), options);
  }
  return setupAt(configPath, options);
}

function setupAt(configPath: string, options: { admins?: string[]; egress?: Egress }) {
  const state = new MemoryFeedStateStore();
  const sink = new MemorySink();
  const clock = new ManualClock();
  const configured = () => loadFeedsConfig(configPath);
  let feeds: Awaited<ReturnType<typeof configured>> = [];
  const matcher = new FeedMatcher(storyBriefings());
  const egress = options.egress ?? loopbackEgress();
  const poller = new FeedPoller({ feeds: () => feeds, state, matcher: () => matcher, sink, clock, logger, settleMinutes: 0, perHost: { gapMs: 0 }, timeoutMs: 1000, egress });
  const responder = new Responder({
    library: () => storyLibrary,
    feeds: { configPath, state, poller, admins: options.admins ?? [] },
  });
  const say = (text: string, from: Partial<Incoming> = {}) => responder.respond(makeIncoming(text, from));
  /** Polls every configured feed as the running watcher would. */
  const pollAll = async () => {
    feeds = await configured();
    await poller.pollDue();
  };
  return { configPath, state, sink, clock, poller, say, pollAll, configured };
}

const slackUser = { platform: 'slack', conversation: 'C0NEWS', user: 'U0READER' } as const;
const discordMod = { platform: 'discord', conversation: '5550001', user: '7770001', admin: true } as const;

function text(reply: Reply): string {
  if (reply.kind === 'notice') return [reply.title, ...reply.lines].join('\n');
  if (reply.kind === 'error') return reply.message;
  if (reply.kind === 'list') return [reply.title, ...reply.items.map((i) => `${i.text} | ${i.detail ?? ''}`), ...(reply.items.length ? [] : [reply.empty])].join('\n');
  return JSON.stringify(reply);
}

describe('the feeds grammar', () => {
  it('reads list, add (with name and interval) and remove', () => {
    expect(parseIntent('/brief feeds')).toEqual({ kind: 'feeds', action: 'list' });
    expect(parseIntent('brief feeds list')).toEqual({ kind: 'feeds', action: 'list' });
    expect(parseIntent('/brief feeds add https://example.org/news.rss')).toEqual({ kind: 'feeds', action: 'add', url: 'https://example.org/news.rss' });
    expect(parseIntent('/brief feeds add https://example.org/news.rss Regional wire every 30m')).toEqual({
      kind: 'feeds',
      action: 'add',
      url: 'https://example.org/news.rss',
      name: 'Regional wire',
      every: '30m',
    });
    expect(parseIntent('/brief feeds add https://example.org/news.rss every 2 hours')).toEqual({ kind: 'feeds', action: 'add', url: 'https://example.org/news.rss', every: '2 hours' });
    expect(parseIntent('/brief feeds remove Regional wire')).toEqual({ kind: 'feeds', action: 'remove', feed: 'Regional wire' });
  });

  it('takes the address out of Slack’s link markup', () => {
    expect(parseIntent('/brief feeds add <https://example.org/news.rss|example.org/news.rss> Wire')).toMatchObject({ url: 'https://example.org/news.rss', name: 'Wire' });
    expect(parseIntent('/brief feeds remove <https://example.org/news.rss>')).toMatchObject({ feed: 'https://example.org/news.rss' });
  });

  it('leaves topics that merely contain the word alone', () => {
    expect(parseIntent('/brief feeds questions')).toMatchObject({ kind: 'briefing', topic: 'feeds' });
  });
});

describe('/brief feeds add', () => {
  it('validates the feed, records its items without posting, and subscribes the channel', async () => {
    server.route('/add.xml', { body: rss(items, { title: 'Valdera Wire' }) });
    const t = setup();
    const reply = await t.say(`/brief feeds add ${server.url('/add.xml')} every 30 minutes`);
    expect(reply).toMatchObject({ kind: 'notice', title: 'Watching “Valdera Wire” here' });
    expect(text(reply)).toContain('Its 2 current items were recorded without posting');
    expect(await t.configured()).toEqual([{ name: 'Valdera Wire', url: server.url('/add.xml'), intervalMinutes: 30, autoIngest: false, channels: [{ platform: 'terminal', conversation: 'terminal' }], allowPrivate: false }]);
    expect((await t.state.getFeed(server.url('/add.xml')))).toMatchObject({ baselined: true, itemCount: 2, failures: 0 });

    // The running watcher polls it later: the recorded items are not news, a new one is.
    t.clock.advance(31);
    await t.pollAll();
    expect(t.sink.deliveries).toEqual([]);
    server.route('/add.xml', { body: rss([{ title: 'Okafor says Harbour Bridge repairs will take months', link: 'https://wire.test/repairs', guid: 'r-1', description: 'Engineer Tomasz Brandt said the span needs new bearings.' }, ...items]) });
    t.clock.advance(31);
    await t.pollAll();
    expect(t.sink.developments().map((d) => [d.development.title, d.channels])).toEqual([['Okafor says Harbour Bridge repairs will take months', [{ platform: 'terminal', conversation: 'terminal' }]]]);
  });

  it('gives a one-line reason and writes nothing when the address is not a readable feed', async () => {
    const t = setup();
    server.route('/page.html', { body: '<!doctype html><html><body>Home</body></html>', headers: { 'content-type': 'text/html' } });
    server.route('/broken.xml', { status: 500 });
    for (const [path, reason] of [
      ['/page.html', 'the address serves an HTML page, not a feed'],
      ['/broken.xml', 'HTTP 500 Internal Server Error'],
    ] as const) {
      const reply = await t.say(`/brief feeds add ${server.url(path)}`);
      expect(reply).toEqual({ kind: 'error', code: 'bad_argument', message: `Could not add ${server.url(path)}: ${reason}. Nothing was changed.` });
      expect(await t.state.getFeed(server.url(path))).toBeUndefined();
    }
    expect(existsSync(t.configPath)).toBe(false);
    expect(await t.say('/brief feeds add ftp://example.org/feed')).toMatchObject({ kind: 'error', message: expect.stringContaining('is not a web address') });
    expect(await t.say('/brief feeds add')).toMatchObject({ kind: 'error', message: expect.stringContaining('Give the feed’s address') });
    expect(await t.say(`/brief feeds add ${server.url('/add.xml')} every 1m`)).toMatchObject({ kind: 'error', message: expect.stringContaining('out of range') });
    expect(existsSync(t.configPath)).toBe(false);
  });

  it('refuses local and private addresses: a feed added in chat is fetched from public addresses only', async () => {
    server.route('/local.xml', { body: rss(items) });
    const t = setup({ egress: new Egress({ resolve: tableResolver({}) }) });
    const reply = await t.say(`/brief feeds add ${server.url('/local.xml')}`);
    expect(reply).toMatchObject({ kind: 'error', message: expect.stringContaining('127.0.0.1 is a local or private address') });
    expect(server.requests.some((r) => r.path === '/local.xml')).toBe(false);
    expect(existsSync(t.configPath)).toBe(false);
  });

  it('adds another channel to a feed that is already watched', async () => {
    server.route('/shared.xml', { body: rss(items, { title: 'Shared Wire' }) });
    const t = setup();
    await t.say(`/brief feeds add ${server.url('/shared.xml')}`, discordMod);
    const before = server.requests.length;
    const reply = await t.say(`/brief feeds add ${server.url('/shared.xml')}`);
    expect(reply).toMatchObject({ kind: 'notice', title: '“Shared Wire” now also posts here' });
    expect(server.requests.length).toBe(before);
    expect((await t.configured())[0]!.channels).toEqual([
      { platform: 'discord', conversation: '5550001' },
      { platform: 'terminal', conversation: 'terminal' },
    ]);
    expect(await t.say(`/brief feeds add ${server.url('/shared.xml')}`)).toMatchObject({ title: '“Shared Wire” already posts here' });
  });
});

describe('who may change feeds', () => {
  it('refuses Slack users not listed in feeds.admins, naming who may', async () => {
    server.route('/slack.xml', { body: rss(items) });
    const t = setup({ admins: ['slack:U0EDITOR', 'discord:42'] });
    const refused = await t.say(`/brief feeds add ${server.url('/slack.xml')}`, slackUser);
    expect(refused).toEqual({
      kind: 'error',
      code: 'forbidden',
      message:
        'Only channel admins can add feeds. Here that means the admins listed in the `feeds.admins` setting (Slack cannot tell Brief who manages a channel): slack:U0EDITOR. Anyone can see the list with `/brief feeds`. Nothing was changed.',
    });
    expect(existsSync(t.configPath)).toBe(false);
    expect(await t.say(`/brief feeds add ${server.url('/slack.xml')} Slack desk`, { ...slackUser, user: 'U0EDITOR' })).toMatchObject({ kind: 'notice', title: 'Watching “Slack desk” here' });
    expect(await t.say('/brief feeds remove Slack desk', slackUser)).toMatchObject({ code: 'forbidden' });
  });

  it('reads Discord channel managers from the member’s permissions', () => {
    expect(canManage(() => new PermissionsBitField(['ManageChannels']))).toBe(true);
    expect(canManage(() => new PermissionsBitField(['ManageGuild']))).toBe(true);
    expect(canManage(() => new PermissionsBitField(['Administrator']))).toBe(true);
    expect(canManage(() => new PermissionsBitField(['SendMessages', 'ManageMessages']))).toBe(false);
    expect(canManage(() => null)).toBe(false);
    expect(
      canManage(() => {
        throw new TypeError('roles not cached');
      }),
    ).toBe(false);
  });

  it('lets Discord channel managers change feeds and refuses other members', async () => {
    server.route('/discord.xml', { body: rss(items) });
    const t = setup();
    const member = { ...discordMod, admin: undefined, user: '7770002' };
    expect(await t.say(`/brief feeds add ${server.url('/discord.xml')}`, member)).toMatchObject({ code: 'forbidden', message: expect.stringContaining('Manage Channels, Manage Server or Administrator') });
    expect(await t.say(`/brief feeds add ${server.url('/discord.xml')} Discord desk`, discordMod)).toMatchObject({ kind: 'notice' });
    // Reading the list is open to everyone.
    expect(await t.say('/brief feeds', member)).toMatchObject({ kind: 'list', title: 'Watched feeds (1)' });
  });
});

describe('/brief feeds', () => {
  it('lists each feed with its poll state and channels', async () => {
    server.route('/listed.xml', { body: rss(items, { title: 'Listed Wire' }) });
    const t = setup();
    expect(text(await t.say('/brief feeds', slackUser))).toBe('Watched feeds (0)\nNo feeds are watched. A channel admin can add one with `/brief feeds add <url>`.');
    await t.say(`/brief feeds add ${server.url('/listed.xml')} every 1h`, discordMod);
    server.route('/listed.xml', { status: 503 });
    t.clock.advance(61);
    await t.pollAll();
    const reply = await t.say('/brief feeds', discordMod);
    expect(text(reply)).toBe(
      [
        'Watched feeds (1)',
        `Listed Wire — ${server.url('/listed.xml')} | every 60 min · failing (1 in a row since 2026-03-02 10:01Z) · last success 2026-03-02 09:00Z · last error 2026-03-02 10:01Z: HTTP 503 Service Unavailable · next poll 2026-03-02 11:01Z · posts to this channel and to channels following a matching briefing`,
      ].join('\n'),
    );
    expect(text(await t.say('/brief feeds', slackUser))).toContain('posts to discord:5550001 and');
  });

  it('says what is wrong with a broken feeds file instead of changing it', async () => {
    const t = setup({ config: 'feeds:\n  - name: Wire\n' });
    const reply = await t.say('/brief feeds');
    expect(reply).toMatchObject({ kind: 'error', message: expect.stringContaining('every feed needs a `url`') });
  });
});

describe('/brief feeds remove', () => {
  it('takes this channel off a shared feed, and removes a feed only this channel uses', async () => {
    server.route('/rm.xml', { body: rss(items, { title: 'Removable Wire' }) });
    const t = setup();
    await t.say(`/brief feeds add ${server.url('/rm.xml')}`, discordMod);
    await t.say(`/brief feeds add ${server.url('/rm.xml')}`);

    // A Discord manager elsewhere cannot remove a feed that posts to other channels only.
    expect(await t.say('/brief feeds remove Removable Wire', { ...discordMod, conversation: '5550099' })).toMatchObject({ code: 'forbidden' });

    expect(await t.say('/brief feeds remove removable wire', discordMod)).toMatchObject({ title: '“Removable Wire” no longer posts here' });
    expect((await t.configured())[0]!.channels).toEqual([{ platform: 'terminal', conversation: 'terminal' }]);
    expect(await t.say(`/brief feeds remove ${server.url('/rm.xml')}`)).toMatchObject({ title: 'Stopped watching “Removable Wire”' });
    expect(await t.configured()).toEqual([]);
    expect(await t.state.getFeed(server.url('/rm.xml'))).toBeUndefined();
    expect(readFileSync(t.configPath, 'utf8')).toContain('# Feeds Brief watches');
    expect(await t.say('/brief feeds remove Nothing here')).toMatchObject({ code: 'not_found' });
  });
});

describe('the feed commands without a running watcher', () => {
  it('edit the feeds file and state the bot reads (brief ask)', async () => {
    server.route('/ask.xml', { body: rss(items, { title: 'Ask Wire' }) });
    const cwd = mkdtempSync(join(tmpdir(), 'brief-feeds-ask-'));
    const settings = readSettings({ DATABASE_URL: join(cwd, 'brief.db') }, cwd);
    // The composition root `brief ask` uses, with only the store started (no watcher).
    const house = buildHouse(settings, logger, { watch: false });
    await house.store.start();
    try {
      const responder = house.responder;
      // The watcher's own guard applies: a loopback feed is refused from chat.
      expect(await responder.respond(makeIncoming(`/brief feeds add ${server.url('/ask.xml')}`))).toMatchObject({ code: 'bad_argument', message: expect.stringContaining('local or private address') });
      expect(existsSync(join(cwd, 'config', 'feeds.yaml'))).toBe(false);
      expect(await responder.respond(makeIncoming('/brief feeds'))).toMatchObject({ kind: 'list', title: 'Watched feeds (0)' });
    } finally {
      await house.store.stop();
    }
  });
});
