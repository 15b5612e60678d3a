/**
 * Feed benchmark section. (1) Matching: one item against 10,000 synthetic briefings — median and
 * p99 per item, half the items about a briefing, half not. (2) Polling: 500 feeds on a loopback
 * server polled every simulated minute for a simulated hour (SQLite state, ETag/304 for unchanged
 * feeds, a new item in a fifth of the feeds each minute) — feeds/min of wall time and memory.
 *
 * Run alone: `node bin/run.js scripts/bench/feeds.ts`; or as the `feeds` section of `npm run bench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { noExtraction } from '../../src/briefing/build.ts';
import { loadBriefingText } from '../../src/briefing/loader.ts';
import type { Briefing } from '../../src/briefing/model.ts';
import type { FeedConfig } from '../../src/feeds/config.ts';
import { FeedMatcher } from '../../src/feeds/matcher.ts';
import { FeedPoller } from '../../src/feeds/poller.ts';
import { Egress } from '../../src/net/egress.ts';
import type { DevelopmentSink } from '../../src/feeds/types.ts';
import type { Clock } from '../../src/time/clock.ts';
import { createLogger } from '../../src/log.ts';
import { openStore } from '../../src/store/index.ts';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ven', 'dor', 'sel', 'tan', 'bri', 'gu', 'hal', 'zen', 'ost', 'pel', 'qui', 'ru', 'sta', 'vik', 'wen', 'yor'];
const TOPICS = ['dam', 'strike', 'tariff', 'ferry', 'pipeline', 'vaccine', 'landslide', 'bailout', 'court', 'election', 'drought', 'port', 'refinery', 'satellite', 'museum', 'bridge', 'railway', 'hospital', 'fishery', 'treaty', 'merger', 'recall', 'inquiry', 'blackout', 'census', 'curfew', 'festival', 'lottery', 'mine', 'reactor'];
const VERBS = ['collapse', 'approve', 'suspend', 'delay', 'expand', 'reject', 'audit', 'privatise', 'reopen', 'evacuate', 'fund', 'cancel', 'investigate', 'protest', 'negotiate'];

function word(random: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Synthetic briefings: four actors each (names from syllables, so few collide), a topic, a place. */
function syntheticBriefings(count: number): Briefing[] {
  const random = rng(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const out: Briefing[] = [];
  for (let i = 0; i < count; i++) {
    const place = word(random, 3);
    const topic = pick(TOPICS);
    const verb = pick(VERBS);
    const people = Array.from({ length: 3 }, () => `${word(random, 2)} ${word(random, 3)}`);
    const text = `---
slug: synthetic-${i}
aliases: [${place.toLowerCase()} ${topic}]
headline: ${place} moves to ${verb} the ${topic} as ${people[0]} faces questions
summary: Officials in ${place} said they would ${verb} the ${topic}. ${people[0]} and ${people[1]} disagree about the cost.
actors:
${people.map((p) => `  - name: ${p}\n    kind: person`).join('\n')}
  - name: ${place}
    kind: place
questions:
  - text: Who will pay to ${verb} the ${topic}?
---
${people[0]} said ${place} would ${verb} the ${topic}. ${people[1]} objected.
`;
    out.push(loadBriefingText(`briefings/synthetic-${i}.md`, text, noExtraction).briefing!);
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function benchMatching(lines: string[]): void {
  const briefings = syntheticBriefings(10_000);
  const t0 = performance.now();
  const matcher = new FeedMatcher(briefings);
  const buildS = (performance.now() - t0) / 1000;
  const random = rng(7);
  const items = Array.from({ length: 2000 }, (_, k) => {
    const b = briefings[Math.floor(random() * briefings.length)]!;
    if (k % 2 === 0) {
      return { title: `${b.actors[0]!.name} and ${b.actors[1]!.name} clash as ${b.headline.split(' ')[0]} ${b.headline.split(' ')[4]} plan stalls`, text: `${b.summary.text} Residents gathered outside the council offices on Tuesday evening to demand answers about the timetable.` };
    }
    return { title: `${word(random, 2)} ${word(random, 3)} opens a new ${TOPICS[k % TOPICS.length]} museum wing`, text: 'Visitors queued from early morning for the exhibition of regional crafts, which runs until the end of the summer season.' };
  });
  for (const item of items.slice(0, 200)) matcher.match(item);
  const times: number[] = [];
  let matched = 0;
  for (let round = 0; round < 3; round++) {
    for (const item of items) {
      const t = performance.now();
      const result = matcher.match(item);
      times.push(performance.now() - t);
      if (round === 0 && result.length) matched++;
    }
  }
  times.sort((a, b) => a - b);
  lines.push(
    '### Matching an item against 10,000 briefings',
    '',
    '| briefings | build (s) | items | matched | median (ms) | p99 (ms) | target |',
    '|---:|---:|---:|---:|---:|---:|---|',
    `| 10,000 | ${buildS.toFixed(2)} | ${items.length} | ${matched} (half are about a briefing) | ${percentile(times, 50).toFixed(3)} | ${percentile(times, 99).toFixed(3)} | median ≤ 2 ms |`,
    '',
  );
}

function feedXml(feed: number, version: number, briefings: readonly Briefing[]): string {
  const items: string[] = [];
  for (let k = version; k > Math.max(0, version - 20); k--) {
    // One item in ten is about a briefing, so developments are found and posted too.
    const about = (feed + k) % 10 === 0 ? briefings[(feed * 31 + k) % briefings.length] : undefined;
    const title = about ? `${about.actors[0]!.name} and ${about.actors[1]!.name} under pressure: ${about.headline}` : `Feed ${feed} story ${k}: council budget talks continue`;
    items.push(`<item><title>${title}</title><link>https://feed${feed}.test/s/${k}</link><guid>f${feed}-s${k}</guid><pubDate>${new Date(Date.UTC(2026, 2, 2, 9, k)).toUTCString()}</pubDate><description>Item ${k} of feed ${feed}, a routine update with nothing in it that names a briefing's actors.</description></item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${feed}</title><link>https://feed${feed}.test/</link><description>bench</description>${items.join('')}</channel></rss>`;
}

// Long on purpose: one simulated hour of polling, set up, run and measured in order.
async function benchPolling(lines: string[]): Promise<void> {
  const FEEDS = 500;
  const MINUTES = 60;
  const versions = new Array<number>(FEEDS).fill(20);
  const briefings = syntheticBriefings(1000);
  const server = createServer((req, res) => {
    const n = Number(/\/feed\/(\d+)/.exec(req.url ?? '')?.[1] ?? -1);
    if (!(n >= 0 && n < FEEDS)) return void res.writeHead(404).end();
    const etag = `"${n}-${versions[n]}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    const body = feedXml(n, versions[n]!, briefings);
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'content-length': Buffer.byteLength(body) }).end(body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const dir = mkdtempSync(join(tmpdir(), 'brief-bench-feeds-'));
  const store = openStore({ url: join(dir, 'feeds.db') });
  const feeds: FeedConfig[] = Array.from({ length: FEEDS }, (_, n) => ({ name: `Feed ${n}`, url: `http://127.0.0.1:${port}/feed/${n}`, intervalMinutes: 1, autoIngest: false, channels: [], allowPrivate: false }));
  // The real egress (its address check on every connection), with the loopback stand-in counted as public.
  const egress = new Egress({ allow: ['127.0.0.1/32'] });
  let time = Date.parse('2026-03-02T09:00:00Z');
  const clock: Clock = { now: () => new Date(time) };
  let posted = 0;
  const sink: DevelopmentSink = { deliver: async () => void posted++ };
  const matcher = new FeedMatcher(briefings);
  const poller = new FeedPoller({
    feeds: () => feeds,
    state: store.feeds,
    matcher: () => matcher,
    sink,
    clock,
    logger: createLogger({ level: 'silent' }),
    concurrency: 32,
    // One loopback host stands in for 500 publishers, so the per-host limits are lifted here.
    perHost: { concurrency: 32, gapMs: 0 },
    settleMinutes: 0,
    egress,
  });
  const random = rng(99);
  const samples: string[] = [];
  let wallMs = 0;
  let firstHeap = 0;
  for (let minute = 0; minute <= MINUTES; minute++) {
    if (minute > 0) for (let n = 0; n < FEEDS; n++) if (random() < 0.2) versions[n]!++;
    const t = performance.now();
    await poller.pollDue();
    const roundMs = performance.now() - t;
    if (minute > 0) wallMs += roundMs;
    time += 60_000;
    if (minute === 1) {
      global.gc?.();
      firstHeap = process.memoryUsage().heapUsed;
    }
    if (minute % 15 === 0) {
      global.gc?.();
      const mem = process.memoryUsage();
      samples.push(`| ${minute} | ${roundMs.toFixed(0)} | ${(mem.heapUsed / 1e6).toFixed(0)} | ${(mem.rss / 1e6).toFixed(0)} |`);
    }
  }
  await poller.stop();
  const lastHeap = process.memoryUsage().heapUsed;
  await store.close();
  await egress.close();
  rmSync(dir, { recursive: true, force: true });
  await new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  const polls = FEEDS * MINUTES;
  const s = poller.stats;
  lines.push(
    `### Polling ${FEEDS} feeds for a simulated hour`,
    '',
    `Loopback server; SQLite state on disk; 20 items a feed; each simulated minute a fifth of the feeds gain an item (the rest answer 304). Concurrency 32.`,
    '',
    '| minute | round (ms) | heap (MB) | rss (MB) |',
    '|---:|---:|---:|---:|',
    ...samples,
    '',
    `- ${polls.toLocaleString('en')} polls in ${(wallMs / 1000).toFixed(1)} s of wall time → **${Math.round(polls / (wallMs / 60_000)).toLocaleString('en')} feeds/min** (target 500/min)`,
    `- ${s.notModified.toLocaleString('en')} answered 304, ${s.fresh.toLocaleString('en')} new items, ${s.failures} failures, ${s.developments.toLocaleString('en')} developments posted (${posted} sink calls; 1 item in 10 is about one of 1,000 briefings)`,
    `- heap after minute 1: ${(firstHeap / 1e6).toFixed(0)} MB; at the end: ${(lastHeap / 1e6).toFixed(0)} MB${global.gc ? '' : ' (run node with --expose-gc for steadier figures)'}`,
    '',
  );
}

/** Runs the section and returns printable lines. */
export async function benchFeeds(): Promise<string[]> {
  const lines = ['## Feeds', ''];
  benchMatching(lines);
  await benchPolling(lines);
  return lines;
}

if (process.argv[1]?.endsWith('feeds.ts')) console.log((await benchFeeds()).join('\n'));
