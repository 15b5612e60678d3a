/**
 * Feeds as they really are, one minimal document per case written for the test: one bad field
 * leaves that field empty, documents rss-parser used to refuse are read, and text comes out as
 * its type says. Runs under two host time zones (vitest.config.ts).
 */
import { describe, expect, it } from 'vitest';
import { FeedFetchError } from '../../src/feeds/fetch.ts';
import { parseFeed, readError } from '../../src/feeds/parse.ts';
import { readFeedBody } from '../../src/feeds/read.ts';
import type { Logger } from '../../src/log.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const atomFeed = (entries: string, attrs = '') => `<?xml version="1.0"?><feed xmlns="${ATOM}"${attrs}><title>Harbour desk</title>${entries}</feed>`;
const rssFeed = (items: string, attrs = '') => `<rss version="2.0"${attrs}><channel><title>Harbour wire</title>${items}</channel></rss>`;

async function reasonOf(text: string): Promise<FeedFetchError> {
  try {
    await parseFeed(text, { url: 'https://wire.test/feed' });
  } catch (error) {
    expect(error).toBeInstanceOf(FeedFetchError);
    return error as FeedFetchError;
  }
  throw new Error('parsed without error');
}

/** A logger that records its debug lines. */
function recordingLogger(): { logger: Logger; lines: unknown[][] } {
  const lines: unknown[][] = [];
  const logger = { debug: (...args: unknown[]) => lines.push(args) } as unknown as Logger;
  return { logger, lines };
}

describe('one bad field never rejects the feed', () => {
  it('leaves an unreadable date empty, keeps the other entries, notes it and logs it once', async () => {
    const { logger, lines } = recordingLogger();
    const doc = atomFeed(
      `<entry><title>Dockers vote</title><id>urn:a</id><updated>Wed, 01 May 2024 10:00:00 XYZ</updated></entry>
       <entry><title>Cranes idle</title><id>urn:b</id><updated>Wed, 01 May 2024 10:00:00 CEST</updated></entry>
       <entry><title>Talks resume</title><id>urn:c</id><updated>not a date</updated></entry>`,
    );
    const feed = await parseFeed(doc, { logger });
    expect(feed.items.map((i) => [i.title, i.published])).toEqual([
      ['Dockers vote', undefined],
      ['Cranes idle', '2024-05-01T08:00:00.000Z'],
      ['Talks resume', undefined],
    ]);
    expect(feed.notes.join(' ')).toMatch(/could not read 2 item dates \(e\.g\. “Wed, 01 May 2024 10:00:00 XYZ”\); left empty/);
    expect(lines).toHaveLength(1);
  });

  it('falls back to the next date element when the first cannot be read', async () => {
    const feed = await parseFeed(atomFeed('<entry><title>x</title><id>urn:d</id><published>soon</published><updated>2026-03-02T08:00:00Z</updated></entry>'));
    expect(feed.items[0]!.published).toBe('2026-03-02T08:00:00.000Z');
  });

  it('leaves a title that is not base64 as what it decodes to, and keeps the item', async () => {
    const feed = await parseFeed(`<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title mode="base64">SGFyYm91ciByZW9wZW5z</title><id>urn:e</id></entry></feed>`);
    expect(feed.items[0]!.title).toBe('Harbour reopens');
  });
});

describe('documents rss-parser used to refuse', () => {
  it('reads <rss> without a <channel> as a feed with no items', async () => {
    const feed = await parseFeed('<rss version="2.0"></rss>');
    expect(feed.items).toEqual([]);
    expect(feed.notes).toContain('no items');
  });

  it('reads a namespace-prefixed Atom root and RSS 1.0 with no default namespace', async () => {
    const atom = await parseFeed(`<a:feed xmlns:a="${ATOM}"><a:title>Prefixed</a:title><a:entry><a:title>Pier closed</a:title><a:id>urn:p</a:id><a:link href="https://pier.test/1"/></a:entry></a:feed>`);
    expect(atom).toMatchObject({ title: 'Prefixed', items: [{ title: 'Pier closed', link: 'https://pier.test/1', guid: 'urn:p' }] });
    const rdf = await parseFeed(`<r:RDF xmlns:r="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/" xmlns:d="http://purl.org/dc/elements/1.1/">
      <rss:channel r:about="https://rdf.test/"><rss:title>No default</rss:title><rss:link>https://rdf.test/</rss:link></rss:channel>
      <rss:item r:about="https://rdf.test/1"><rss:title>Ferry late</rss:title><rss:link>https://rdf.test/1</rss:link><d:date>2026-03-01T10:00:00Z</d:date></rss:item></r:RDF>`);
    expect(rdf.items).toMatchObject([{ title: 'Ferry late', link: 'https://rdf.test/1', guid: 'https://rdf.test/1', published: '2026-03-01T10:00:00.000Z' }]);
  });

  it('keeps an element of another namespace that shares a local name out of the item', async () => {
    const feed = await parseFeed(rssFeed('<item xmlns:x="https://other.test/ns"><title>Right title</title><x:title>Wrong title</x:title><link>https://w.test/1</link></item>'));
    expect(feed.items[0]!.title).toBe('Right title');
  });

  it('reads a document whose last end tag lost its ">", with a note', async () => {
    const feed = await parseFeed(rssFeed('<item><title>Tide table</title><link>https://w.test/t</link></item>').replace(/>$/, ''));
    expect(feed.items.map((i) => i.title)).toEqual(['Tide table']);
    expect(feed.notes.join(' ')).toMatch(/last tag was cut short/);
  });

  it('reads bare ampersands, entities the DOCTYPE declares, and windows-1252 characters written as C1 codes', async () => {
    const doc = `<!DOCTYPE rss [<!ENTITY desk "tag:wire.test,2026:">]>${rssFeed('<item><title>Don&#146;t panic &hearts;</title><link>https://w.test/?a=1&b=2</link><guid isPermaLink="false">&desk;42</guid></item>')}`;
    const feed = await parseFeed(doc);
    expect(feed.items[0]).toMatchObject({ title: 'Don’t panic ♥', link: 'https://w.test/?a=1&b=2', guid: 'tag:wire.test,2026:42' });
  });
});

describe('text as its type says', () => {
  it('reads Atom xhtml titles in order, and keeps brackets in a text title', async () => {
    const feed = await parseFeed(
      atomFeed(`<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Strike <b>ends</b> at dawn</div></title><id>urn:x</id></entry>
        <entry><title type="text">History of the &lt;blink&gt; tag</title><id>urn:y</id><content type="text">Use &lt;b&gt; for bold</content></entry>
        <entry><title type="html">&lt;p&gt;History of the &amp;lt;blink&amp;gt; tag&lt;/p&gt;</title><id>urn:z</id></entry>`),
    );
    expect(feed.items.map((i) => i.title)).toEqual(['Strike ends at dawn', 'History of the <blink> tag', 'History of the <blink> tag']);
    expect(feed.items[1]!.text).toBe('Use <b> for bold');
  });

  it('reads Atom 0.3 escaped and inline content, and an RSS title that holds markup', async () => {
    const atom03 = await parseFeed(`<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>Port <b>reopens</b></title><id>urn:o</id><content type="text/html" mode="escaped">Ships &lt;i&gt;return&lt;/i&gt;</content></entry></feed>`);
    expect(atom03.items[0]).toMatchObject({ title: 'Port reopens', text: 'Ships return' });
    const rss = await parseFeed(rssFeed('<item><title>Vote &lt;b&gt;delayed&lt;/b&gt;</title><link>https://w.test/v</link></item><item><title>1 &lt; 2 for now</title><link>https://w.test/w</link></item>'));
    expect(rss.items.map((i) => i.title)).toEqual(['Vote delayed', '1 < 2 for now']);
  });

  it('keeps an escaped tag shown as an example inside real markup', async () => {
    const feed = await parseFeed(rssFeed('<item><title>x</title><link>https://w.test/c</link><description>&lt;p&gt;Write &lt;code&gt;&amp;lt;br&amp;gt;&lt;/code&gt; for a break&lt;/p&gt;</description></item>'));
    expect(feed.items[0]!.text).toBe('Write <br> for a break');
  });
});

describe('item fields', () => {
  it('uses an RSS guid permalink as the link, but not one marked isPermaLink="false"', async () => {
    const feed = await parseFeed(rssFeed('<item><title>a</title><guid>https://w.test/a</guid></item><item><title>b</title><guid isPermaLink="false">https://w.test/b</guid></item>'));
    expect(feed.items.map((i) => i.link)).toEqual(['https://w.test/a', undefined]);
  });

  it('reads Atom 0.3 issued, modified and created, and Dublin Core terms', async () => {
    const atom03 = await parseFeed(`<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>a</title><id>urn:1</id><modified>2026-03-02T10:00:00Z</modified><issued>2026-03-01T10:00:00Z</issued></entry><entry><title>b</title><id>urn:2</id><created>2026-03-03T10:00:00Z</created></entry></feed>`);
    expect(atom03.items.map((i) => i.published)).toEqual(['2026-03-01T10:00:00.000Z', '2026-03-03T10:00:00.000Z']);
    const dcterms = await parseFeed(rssFeed('<item xmlns:dcterms="http://purl.org/dc/terms/"><title>c</title><link>https://w.test/c</link><dcterms:modified>2026-03-04T10:00:00Z</dcterms:modified></item>'));
    expect(dcterms.items[0]!.published).toBe('2026-03-04T10:00:00.000Z');
  });

  it('reads authors: Atom names, RSS addresses with a name, several Dublin Core creators', async () => {
    const atom = await parseFeed(atomFeed('<entry><title>a</title><id>urn:a</id><author><name>Ines Okafor</name><email>ines@wire.test</email></author></entry>'));
    expect(atom.items[0]!.author).toBe('Ines Okafor');
    const rss = await parseFeed(
      rssFeed('<item><title>b</title><link>https://w.test/b</link><author>desk@wire.test (Tomas Lindqvist)</author></item><item xmlns:dc="http://purl.org/dc/elements/1.1/"><title>c</title><link>https://w.test/c</link><dc:creator>Ana Ruiz</dc:creator><dc:creator>Wei Chen</dc:creator></item>'),
    );
    expect(rss.items.map((i) => i.author)).toEqual(['Tomas Lindqvist', 'Ana Ruiz, Wei Chen']);
  });

  it('resolves links against xml:base at every level, then the document address', async () => {
    const feed = await parseFeed(
      atomFeed(
        `<link rel="alternate" href="/desk/"/>
         <entry xml:base="/stories/"><title>a</title><id>urn:a</id><link href="strike"/></entry>
         <entry><title>b</title><id>urn:b</id><link xml:base="https://other.test/x/" href="y"/></entry>
         <entry><title>c</title><id>urn:c</id><link href="../c"/></entry>`,
        ' xml:base="https://base.test/feeds/"',
      ),
      { url: 'https://wire.test/atom.xml' },
    );
    expect(feed.link).toBe('https://base.test/desk/');
    expect(feed.items.map((i) => i.link)).toEqual(['https://base.test/stories/strike', 'https://other.test/x/y', 'https://base.test/c']);
  });

  it('takes the Content-Location a server names as the document address', async () => {
    const body = Buffer.from(atomFeed('<entry><title>a</title><id>urn:a</id><link href="story/1"/></entry>'));
    const { feed } = await readFeedBody({ url: 'https://wire.test/cgi/feed', contentLocation: '/news/', body });
    expect(feed.items[0]!.link).toBe('https://wire.test/news/story/1');
  });

  it('keeps items that carry only an author or only an rdf:about, and drops truly empty ones', async () => {
    const feed = await parseFeed(rssFeed('<item><author>Ana Ruiz</author></item><item/><item>  </item>'));
    expect(feed.items).toHaveLength(1);
    expect(feed.notes).toContain('2 empty items skipped');
  });
});

describe('why a document is refused', () => {
  it('tells XML that is not well-formed from a document with no element', async () => {
    expect((await reasonOf(rssFeed('<item><title>x</titel></item>'))).reason).toMatch(/^the XML is not well-formed: unexpected close tag \(line 1/);
    const empty = await reasonOf('<?xml version="1.0"?><!-- nothing here -->');
    expect(empty).toMatchObject({ kind: 'not-a-feed', reason: 'the document holds no element, only comments or declarations' });
  });
});

describe('a fault of the reader is not reported as bad XML', () => {
  it('names a library error as Brief’s fault, and an XML error with its place', () => {
    const fault = readError('https://wire.test/feed', new TypeError("Cannot read properties of undefined (reading '0')"), '<rss/>');
    expect(fault.kind).toBe('reader');
    expect(fault.reason).toBe("Brief's feed reader failed on this document (TypeError: Cannot read properties of undefined (reading '0')) — a fault in Brief, not necessarily in the feed; please report it with the feed's address");
    const xml = readError('https://wire.test/feed', new Error('Unexpected close tag\nLine: 2\nColumn: 9\nChar: >'), '<rss/>');
    expect(xml).toMatchObject({ kind: 'parse', reason: 'the XML is not well-formed: unexpected close tag (line 3, column 9)' });
  });
});
