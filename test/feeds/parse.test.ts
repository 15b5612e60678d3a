import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody as decodeFeed } from '../../src/net/charset.ts';
import { FeedFetchError } from '../../src/feeds/fetch.ts';
import { parseFeed } from '../../src/feeds/parse.ts';
import { atom, rdf, rss } from '../helpers/feed-docs.ts';

async function reasonOf(text: string): Promise<string> {
  try {
    await parseFeed(text, { url: 'https://wire.test/feed' });
  } catch (error) {
    expect(error).toBeInstanceOf(FeedFetchError);
    return (error as FeedFetchError).reason;
  }
  throw new Error('parsed without error');
}

describe('parseFeed', () => {
  it('reads RSS 2.0 items with guid, link, date and content:encoded', async () => {
    const feed = await parseFeed(
      rss([{ title: 'Council approves flood wall', link: 'https://wire.test/a', guid: 'wire-1', date: 'Tue, 03 Mar 2026 09:00:00 GMT', description: 'Short.', encoded: '<p>The council <b>approved</b> the wall &amp; its budget.</p>' }], { ttl: 45 }),
    );
    expect(feed.title).toBe('Test wire');
    expect(feed.ttlMinutes).toBe(45);
    expect(feed.items).toEqual([
      { key: 'g:wire-1', guid: 'wire-1', title: 'Council approves flood wall', link: 'https://wire.test/a', published: '2026-03-03T09:00:00.000Z', text: 'The council approved the wall & its budget.', content: '<p>The council <b>approved</b> the wall &amp; its budget.</p>' },
    ]);
  });

  it('reads Atom entries and resolves relative links against the feed address', async () => {
    const feed = await parseFeed(atom([{ title: 'Ferry strike ends', link: '/desk/ferry-strike', guid: 'tag:atom.test,2026:1', date: '2026-03-02T08:30:00+01:00', description: '<p>Crews return</p>' }]), { url: 'https://atom.test/feeds/all.atom' });
    expect(feed.items[0]).toMatchObject({ title: 'Ferry strike ends', link: 'https://atom.test/desk/ferry-strike', key: 'g:tag:atom.test,2026:1', published: '2026-03-02T07:30:00.000Z', text: 'Crews return' });
    expect(feed.items[0]!.content).toBeUndefined(); // an Atom summary is not the article
  });

  it('keeps an Atom entry’s content as the full article, and an RSS description is never one', async () => {
    const entry = '<entry><title>Ferry strike ends</title><id>tag:atom.test,2026:2</id><updated>2026-03-02T08:30:00Z</updated><summary>Crews return</summary><content type="html">&lt;p&gt;Crews returned on Monday.&lt;/p&gt;</content></entry>';
    const feed = await parseFeed(atom([]).replace('</feed>', `${entry}</feed>`));
    expect(feed.items[0]!.content).toBe('<p>Crews returned on Monday.</p>');
    const plain = await parseFeed(rss([{ title: 'Museum reopens', link: 'https://wire.test/m', description: '<p>After two years.</p>' }]));
    expect(plain.items[0]!.content).toBeUndefined();
  });

  it('reads RDF (RSS 1.0) items with dc:date', async () => {
    const feed = await parseFeed(rdf([{ title: 'Museum reopens', link: 'https://rdf.test/museum', date: '2026-02-28T12:00:00Z', description: 'After two years.' }]));
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ title: 'Museum reopens', link: 'https://rdf.test/museum', published: '2026-02-28T12:00:00.000Z', key: 'g:https://rdf.test/museum' });
  });

  it('reads RSS whose elements sit in a default namespace', async () => {
    const doc = `<?xml version="1.0"?><rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel><title>NS</title><item><title>Tram line extended  </title><link>http://ns.test/1</link></item></channel></rss>`;
    const feed = await parseFeed(doc);
    expect(feed.items.map((i) => i.title)).toEqual(['Tram line extended']);
  });

  it('drops empty items nested inside items instead of emitting phantoms', async () => {
    const doc = `<rss version="2.0"><channel><title>x</title><item><title>Real story</title><link>http://x.test/1</link><item /></item><item/></channel></rss>`;
    const feed = await parseFeed(doc);
    expect(feed.items.map((i) => i.title)).toEqual(['Real story']);
    expect(feed.notes).toContain('1 empty item skipped');
  });

  it('accepts HTML entities XML does not define, and decodes double-escaped text', async () => {
    const doc = `<rss version="2.0"><channel><title>x</title><item><title>Budget&nbsp;vote &mdash; delayed</title><link>http://x.test/2</link><description>Vote moved &amp;#40;again&amp;#41;&amp;nbsp;today</description></item></channel></rss>`;
    const feed = await parseFeed(doc);
    expect(feed.items[0]!.title).toBe('Budget vote — delayed');
    expect(feed.items[0]!.text).toBe('Vote moved (again) today');
  });

  it('reads day-first numeric dates unless the feed is US English', async () => {
    const uk = await parseFeed(`<rss version="2.0"><channel><title>x</title><language>en-gb</language><item><title>a</title><link>http://x.test/a</link><pubDate>08/02/2013 12:00:00</pubDate></item></channel></rss>`);
    expect(uk.items[0]!.published).toBe('2013-02-08T12:00:00.000Z');
    const us = await parseFeed(`<rss version="2.0"><channel><title>x</title><language>en-us</language><item><title>a</title><link>http://x.test/a</link><pubDate>08/02/2013</pubDate></item></channel></rss>`);
    expect(us.items[0]!.published).toBe('2013-08-02T00:00:00.000Z');
  });

  it('identifies items without guid or link by title and date', async () => {
    const feed = await parseFeed(rss([{ title: 'Notice to mariners', date: 'Mon, 02 Mar 2026 06:00:00 GMT' }]));
    expect(feed.items[0]!.key).toMatch(/^h:[0-9a-f]{32}$/);
  });

  it('reports an empty feed as having no items, not as an error', async () => {
    const feed = await parseFeed(atom([]));
    expect(feed.items).toEqual([]);
    expect(feed.notes).toEqual(['no items']);
  });

  it('gives one-line reasons for an HTML page, cut-off XML and XML that is not a feed', async () => {
    expect(await reasonOf('<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>News</body></html>')).toBe(
      'the address serves an HTML page, not a feed (the page names a feed at /rss.xml)',
    );
    const cut = await reasonOf(rss([{ title: 'One', link: 'http://x.test/1' }]).slice(0, 260));
    expect(cut).toMatch(/^the XML ends before the feed does/);
    expect(await reasonOf('<?xml version="1.0"?><sitemap><url/></sitemap>')).toBe('the document is XML but not RSS or Atom (its root element is <sitemap>)');
    expect(await reasonOf('')).toBe('the response is empty');
    for (const reason of [cut]) expect(reason).not.toContain('\n');
  });
});

describe('decodeFeed', () => {
  const cyrillic = 'Новости Оренбурга';
  const doc = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?><rss version="2.0"><channel><title>${cyrillic}</title></channel></rss>`;

  it('decodes windows-1251 by the XML declaration', () => {
    const decoded = decodeFeed(iconv.encode(doc('windows-1251'), 'windows-1251'));
    expect(decoded).toMatchObject({ encoding: 'windows-1251', from: 'declaration' });
    expect(decoded.text).toContain(cyrillic);
  });

  it('prefers the Content-Type charset, but not a blanket utf-8 over a declared charset the bytes fit', () => {
    const bytes = iconv.encode(doc('windows-1251'), 'windows-1251');
    expect(decodeFeed(bytes, 'text/xml; charset=windows-1251').from).toBe('content-type');
    const decoded = decodeFeed(bytes, 'application/rss+xml; charset=utf-8');
    expect(decoded).toMatchObject({ encoding: 'windows-1251', from: 'declaration' });
    expect(decoded.text).toContain(cyrillic);
  });

  it('decodes ISO-8859-1 and strips a UTF-8 byte-order mark', () => {
    expect(decodeFeed(iconv.encode('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Café</title></channel></rss>', 'latin1')).text).toContain('Café');
    const bom = decodeFeed(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss/>')]));
    expect(bom).toMatchObject({ text: '<rss/>', from: 'bom' });
  });
});
