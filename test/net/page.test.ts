import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchFailure } from '../../src/net/fetch.ts';
import { fetchPage } from '../../src/net/page.ts';
import { loopbackEgress } from '../helpers/egress.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

const egress = loopbackEgress();

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const PAGE = '<html><head>%META%<title>Año nuevo</title></head><body><p>Señora Muñoz dijo «sí».</p></body></html>';

describe('the page fetcher', () => {
  it('decodes a page by the charset its server declares', async () => {
    server.route('/latin1.html', { headers: { 'content-type': 'text/html; charset=windows-1252' }, body: iconv.encode(PAGE.replace('%META%', ''), 'windows-1252') });
    expect((await fetchPage(server.url('/latin1.html'), { fetch: egress.public })).html).toContain('Señora Muñoz dijo «sí».');
  });

  it('decodes a page by its own <meta charset> when the server says nothing', async () => {
    server.route('/meta.html', { headers: { 'content-type': 'text/html' }, body: iconv.encode(PAGE.replace('%META%', '<meta charset="iso-8859-1">'), 'latin1') });
    expect((await fetchPage(server.url('/meta.html'), { fetch: egress.public })).html).toContain('Año nuevo');
  });

  it('refuses a page over the cap with a one-line reason', async () => {
    server.route('/big.html', { streamBytes: 2 * 1024 * 1024, headers: { 'content-type': 'text/html' } });
    const failure = await fetchPage(server.url('/big.html'), { fetch: egress.public, maxBytes: 1024 * 1024 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FetchFailure);
    expect((failure as FetchFailure).reason).toBe('the page is over the 1 MB cap');
  });
});
