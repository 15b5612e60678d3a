/**
 * Feed parsing benchmark section: the median time to decode and parse (1) a typical feed of 20
 * items and (2) a feed whose one item carries 4 MB of entity-heavy HTML — the case where reducing
 * HTML to text before cutting it took seconds. Medians of 7 runs after 2 warm-ups.
 *
 * Run alone: `node bin/run.js scripts/bench/feed-parse.ts`; or as the `feed-parse` section of `npm run bench`.
 */
import { readFeedBody } from '../../src/feeds/read.ts';

function typicalFeed(): string {
  const items = Array.from(
    { length: 20 },
    (_, k) =>
      `<item><title>Harbour story ${k}: cranes idle as talks resume</title><link>https://wire.test/s/${k}</link><guid>wire-${k}</guid><pubDate>Mon, 02 Mar 2026 09:${String(k).padStart(2, '0')}:00 GMT</pubDate><description>&lt;p&gt;${'Dock workers &amp;amp; port officials met again on Monday &amp;mdash; the third round this month. '.repeat(30)}&lt;/p&gt;</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.test/</link>${items.join('')}</channel></rss>`;
}

function entityHeavyFeed(bytes: number): string {
  const unit = '&lt;p&gt;Talks&amp;nbsp;&amp;mdash;&amp;nbsp;again &amp;hellip; &amp;#8220;no deal&amp;#8221;&lt;/p&gt;';
  const body = unit.repeat(Math.ceil(bytes / unit.length));
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title><item><title>Long one</title><link>https://wire.test/long</link><description>${body}</description></item></channel></rss>`;
}

async function median(body: Buffer): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 9; run++) {
    const t = performance.now();
    await readFeedBody({ url: 'https://wire.test/feed', body, contentType: 'application/rss+xml; charset=utf-8' });
    if (run >= 2) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The section's lines: a typical feed and a 4 MB item, decoded and parsed. */
export async function benchFeedParse(): Promise<string[]> {
  const typical = Buffer.from(typicalFeed());
  const heavy = Buffer.from(entityHeavyFeed(4 * 1024 * 1024));
  const [typicalMs, heavyMs] = [await median(typical), await median(heavy)];
  return [
    '## Feed parsing',
    '',
    '| document | size | median (ms) |',
    '|---|---:|---:|',
    `| 20 items, HTML descriptions | ${Math.round(typical.byteLength / 1024)} KB | ${typicalMs.toFixed(1)} |`,
    `| one item of entity-heavy HTML | ${(heavy.byteLength / 1024 / 1024).toFixed(1)} MB | ${heavyMs.toFixed(0)} |`,
    '',
  ];
}

if (process.argv[1]?.endsWith('feed-parse.ts')) console.log((await benchFeedParse()).join('\n'));
