import { afterEach, describe, expect, it } from 'vitest';
import { feedsDigestSection } from '../../src/feeds/digest-section.ts';
import { developmentReply, makeDevelopment } from '../../src/feeds/development.ts';
import { QueueSink } from '../../src/feeds/sinks.ts';
import { MemoryFeedStateStore } from '../../src/feeds/state.ts';
import type { FeedDelivery } from '../../src/feeds/types.ts';
import type { DigestSection } from '../../src/followup/digest.ts';
import { openStore, type SqliteStore } from '../../src/store/index.ts';
import { ManualClock } from '../helpers/feed-sink.ts';

const item = { key: 'g:r-1', title: 'Okafor says Harbour Bridge repairs will take months', link: 'https://wire.test/repairs', text: '' };
const match = { slug: 'harbour-bridge-closure', headline: 'Valdera shuts the Harbour Bridge', score: 2.5, mentions: ['Ines Okafor'], terms: ['repairs'], mayAnswer: ['Who will pay for the repairs?'], relevance: 0 };

describe('QueueSink on the follow-ups store', () => {
  let store: SqliteStore | undefined;
  afterEach(async () => store?.close());

  it('queues a development once per channel: the followers and the feed’s own channels', async () => {
    store = openStore({ url: ':memory:' });
    const clock = new ManualClock();
    await store.follow({ target: { platform: 'slack', conversation: 'C-news' }, slug: 'harbour-bridge-closure', createdBy: 'U1', createdAt: clock.now().getTime() });
    await store.follow({ target: { platform: 'discord', conversation: '42' }, slug: 'harbour-bridge-closure', createdBy: 'U2', createdAt: clock.now().getTime() });
    const development = makeDevelopment(match, item, { feed: 'Wire A', title: item.title, link: item.link }, clock.now(), []);
    const delivery: FeedDelivery = { kind: 'development', key: `development:${development.id}`, development, reply: developmentReply(development), channels: [{ platform: 'slack', conversation: 'C-news' }, { platform: 'slack', conversation: 'C-desk' }] };
    const sink = new QueueSink(store, clock);
    await sink.deliver(delivery);
    await sink.deliver(delivery);
    const rows = store.db.prepare<[], { platform: string; conversation: string; reply: string }>("SELECT platform, conversation, reply FROM deliveries WHERE item_kind = 'post' ORDER BY id").all();
    expect(rows.map((r) => `${r.platform}:${r.conversation}`)).toEqual(['slack:C-news', 'slack:C-desk', 'discord:42']);
    expect(JSON.parse(rows[0]!.reply)).toMatchObject({ kind: 'notice', title: 'New development: Valdera shuts the Harbour Bridge' });
  });

  it('keeps feed state in the same database as the follow-ups', async () => {
    store = openStore({ url: ':memory:' });
    const state = store.feeds;
    await state.rememberKeys('https://wire.test/rss', ['g:1', 'l:https://wire.test/2'], new Date());
    expect(await state.seenKeys('https://wire.test/rss', ['g:1', 'g:3', 'l:https://wire.test/2'])).toEqual(new Set(['g:1', 'l:https://wire.test/2']));
    await store.start(); // an open store opens nothing again: migrations apply once
    expect(store.db.prepare("SELECT COUNT(*) AS n FROM migrations WHERE name LIKE 'feeds-%'").get()).toEqual({ n: 2 });
  });
});

describe('the digest section', () => {
  it('lists developments since the last digest for the briefings the channel follows', async () => {
    const state = new MemoryFeedStateStore();
    const clock = new ManualClock();
    const development = makeDevelopment(match, item, { feed: 'Wire A', title: item.title }, clock.now(), []);
    development.sources.push({ feed: 'Wire B', title: 'Same story' });
    await state.saveDevelopment(development);
    const section: DigestSection = feedsDigestSection(state);
    const block = await section.build({ target: { platform: 'slack', conversation: 'C1' }, slugs: ['harbour-bridge-closure'], since: new Date(clock.now().getTime() - 60_000), now: clock.now() });
    expect(block).toEqual({
      title: 'New developments',
      lines: ['• Valdera shuts the Harbour Bridge: “Okafor says Harbour Bridge repairs will take months” — Wire A (+1 more source) — may answer: Who will pay for the repairs?'],
    });
    expect(await section.build({ target: { platform: 'slack', conversation: 'C1' }, slugs: ['other'], now: clock.now() })).toBeUndefined();
  });
});
