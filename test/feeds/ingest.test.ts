import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noExtraction } from '../../src/briefing/build.ts';
import { loadBriefingText } from '../../src/briefing/loader.ts';
import type { FeedConfig } from '../../src/feeds/config.ts';
import { draftIngester, writeDraftBriefing, type DraftIngestOptions } from '../../src/feeds/ingest.ts';
import { FeedMatcher } from '../../src/feeds/matcher.ts';
import { FeedPoller } from '../../src/feeds/poller.ts';
import { MemoryFeedStateStore } from '../../src/feeds/state.ts';
import type { FeedItem } from '../../src/feeds/types.ts';
import { createLogger } from '../../src/log.ts';
import { rss, storyBriefings } from '../helpers/feed-docs.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { Egress } from '../../src/net/egress.ts';
import { loopbackEgress, tableResolver } from '../helpers/egress.ts';
import { ManualClock, MemorySink } from '../helpers/feed-sink.ts';

const logger = createLogger({ level: 'silent' });
let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const FERRY = [
  'The regional ferry operator Solway Lines cancelled all crossings to Marren Island on Tuesday after its crews walked out over night-shift pay.',
  '"We will not sail until the night roster is fair," said Petra Lindqvist, who chairs the crews\' union.',
  'Solway Lines said it regretted the disruption and would meet the union on Thursday.',
  'It is not clear when the crossings will resume, and the island council has not said how it will supply the school.',
];
const ferryHtml = FERRY.map((p) => `<p>${p}</p>`).join('\n');
const ferryPage = `<!doctype html><html><head><title>Ferry crews strike | Island Times</title><meta property="og:site_name" content="Island Times"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Ferry crews strike over night-shift pay</h1>${ferryHtml}</article><footer>© Island Times</footer></body></html>`;

const feed: FeedConfig = { name: 'Island wire', url: 'https://island.test/feed.xml', intervalMinutes: 15, autoIngest: true, channels: [], allowPrivate: false };
const item = (overrides: Partial<FeedItem> = {}): FeedItem => ({ key: 'g:ferry-1', title: 'Ferry crews strike over night-shift pay', text: 'Crews at Solway Lines walked out.', published: '2026-03-03T07:00:00.000Z', ...overrides });

function options(dir: string, overrides: Partial<DraftIngestOptions> = {}): DraftIngestOptions {
  return { dir, logger, clock: new ManualClock(), egress: loopbackEgress(), timeoutMs: 1000, ...overrides };
}

function frontMatterOf(text: string): string {
  return text.split('---\n')[1]!;
}

describe('draft briefings from feed items', () => {
  it('writes the item’s full content as a draft: no aliases, the feed as source, marked as a draft', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-drafts-'));
    const draft = await writeDraftBriefing(item({ content: ferryHtml, link: 'https://island.test/ferry' }), feed, options(dir));
    expect(draft).toEqual({ path: join(dir, 'ferry-crews-strike-over-night-shift-pay.md'), slug: 'ferry-crews-strike-over-night-shift-pay', from: 'feed content' });
    const text = readFileSync(draft!.path, 'utf8');
    expect(text.startsWith('---\n# DRAFT written by Brief on 2026-03-02 from the feed “Island wire” (autoIngest), from the feed content.\n')).toBe(true);
    expect(frontMatterOf(text)).toContain('aliases: []\nheadline: Ferry crews strike over night-shift pay\nsource:\n  name: Island wire\n  url: https://island.test/ferry\n  published: 2026-03-03\n');
    expect(text.endsWith(`---\n${FERRY.join('\n\n')}\n`)).toBe(true);
    // It is a valid briefing whose structure the extraction engine filled in.
    const { briefing, problems } = loadBriefingText(draft!.path, text, noExtraction);
    expect(problems).toEqual([]);
    expect(briefing).toMatchObject({ slug: 'ferry-crews-strike-over-night-shift-pay', aliases: [] });
    expect(briefing!.actors.map((a) => a.name)).toContain('Petra Lindqvist');
    expect(briefing!.quotes.map((q) => q.speaker)).toContain('Petra Lindqvist');
  });

  it('fetches the linked article when the feed has only a summary', async () => {
    server.route('/ferry.html', { body: ferryPage, headers: { 'content-type': 'text/html; charset=utf-8' } });
    const dir = mkdtempSync(join(tmpdir(), 'brief-drafts-'));
    const draft = await writeDraftBriefing(item({ link: server.url('/ferry.html') }), feed, options(dir));
    expect(draft!.from).toBe('linked article');
    const text = readFileSync(draft!.path, 'utf8');
    expect(text).toContain(FERRY[1]);
    expect(text).not.toContain('© Island Times');
    expect(frontMatterOf(text)).toContain(`source:\n  name: Island wire\n  url: ${server.url('/ferry.html')}\n`);
  });

  it('falls back to the summary, saying why, when the article cannot be fetched in time or at all', async () => {
    server.route('/slow.html', { body: ferryPage, headers: { 'content-type': 'text/html' }, delayMs: 2000 });
    const dir = mkdtempSync(join(tmpdir(), 'brief-drafts-'));
    const slow = await writeDraftBriefing(item({ link: server.url('/slow.html') }), feed, options(dir, { timeoutMs: 100 }));
    expect(slow!.from).toBe('feed summary');
    expect(readFileSync(slow!.path, 'utf8')).toContain('from the feed summary (the article could not be read: no complete answer within 0.1 s)');
    server.route('/huge.html', { streamBytes: 4 * 1024 * 1024, headers: { 'content-type': 'text/html' } });
    const huge = await writeDraftBriefing(item({ title: 'Huge page', link: server.url('/huge.html') }), feed, options(dir, { maxBytes: 256 * 1024 }));
    expect(readFileSync(huge!.path, 'utf8')).toContain('(the article could not be read: the page is over the 256 KB cap)');
  });

  it('does not fetch articles on local or private addresses, unless the feed is the operator’s own', async () => {
    server.route('/private.html', { body: ferryPage, headers: { 'content-type': 'text/html' } });
    const dir = mkdtempSync(join(tmpdir(), 'brief-drafts-'));
    const publicOnly = options(dir, { egress: new Egress({ resolve: tableResolver({}) }) });
    const draft = await writeDraftBriefing(item({ link: server.url('/private.html') }), feed, publicOnly);
    expect(draft!.from).toBe('feed summary');
    expect(readFileSync(draft!.path, 'utf8')).toContain('(the article could not be read: 127.0.0.1 is a local or private address');
    expect(server.requests.some((r) => r.path === '/private.html')).toBe(false);
    const own = await writeDraftBriefing(item({ link: server.url('/private.html') }), { ...feed, allowPrivate: true }, publicOnly);
    expect(own!.from).toBe('linked article');
  });

  it('never overwrites an existing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-drafts-'));
    writeFileSync(join(dir, 'ferry-crews-strike-over-night-shift-pay.md'), 'curated by hand');
    const draft = await writeDraftBriefing(item({ content: ferryHtml }), feed, options(dir));
    expect(draft!.slug).toBe('ferry-crews-strike-over-night-shift-pay-2');
    expect(readFileSync(join(dir, 'ferry-crews-strike-over-night-shift-pay.md'), 'utf8')).toBe('curated by hand');
    expect(frontMatterOf(readFileSync(draft!.path, 'utf8'))).toContain('slug: ferry-crews-strike-over-night-shift-pay-2\n');
  });
});

describe('autoIngest in the poller', () => {
  it('turns new items that match no briefing into drafts, and leaves matched and first-seen items alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-drafts-'));
    const auto: FeedConfig = { name: 'Island wire', url: server.url('/auto.xml'), intervalMinutes: 15, autoIngest: true, channels: [], allowPrivate: false };
    const plain: FeedConfig = { ...auto, name: 'Plain wire', url: server.url('/plain.xml'), autoIngest: false };
    const old = [{ title: 'Island school term dates announced', link: 'https://island.test/term', guid: 'term-1' }];
    server.route('/auto.xml', { body: rss(old) });
    server.route('/plain.xml', { body: rss(old) });
    const clock = new ManualClock();
    const sink = new MemorySink();
    const poller = new FeedPoller({
      feeds: () => [auto, plain],
      state: new MemoryFeedStateStore(),
      matcher: () => new FeedMatcher(storyBriefings()),
      sink,
      clock,
      logger,
      settleMinutes: 0,
      perHost: { gapMs: 0 },
      egress: loopbackEgress(),
      ingest: draftIngester(options(dir, { clock })),
    });
    await poller.pollDue();
    expect(readdirSync(dir)).toEqual([]);

    const fresh = [
      { title: 'Ferry crews strike over night-shift pay', link: 'https://island.test/ferry', guid: 'ferry-1', encoded: ferryHtml },
      { title: 'Okafor says Harbour Bridge repairs will take months', link: 'https://wire.test/repairs', guid: 'r-1', description: 'Engineer Tomasz Brandt said the span needs new bearings.' },
      ...old,
    ];
    server.route('/auto.xml', { body: rss(fresh) });
    server.route('/plain.xml', { body: rss(fresh) });
    clock.advance(16);
    await poller.pollDue();
    expect(readdirSync(dir)).toEqual(['ferry-crews-strike-over-night-shift-pay.md']);
    expect(sink.developments().map((d) => d.development.slug)).toEqual(['harbour-bridge-closure']);

    // Seen items are never ingested twice.
    clock.advance(16);
    await poller.pollDue();
    expect(readdirSync(dir)).toEqual(['ferry-crews-strike-over-night-shift-pay.md']);
  });
});
