import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed, FeedFetchError } from '../../src/feeds/fetch.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { rss } from '../helpers/feed-docs.ts';
import { loopbackEgress } from '../helpers/egress.ts';

const egress = loopbackEgress();

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

async function failure(url: string, options: Partial<Parameters<typeof fetchFeed>[1]> = {}): Promise<FeedFetchError> {
  try {
    await fetchFeed(url, { fetch: egress.public, ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(FeedFetchError);
    return error as FeedFetchError;
  }
  throw new Error('fetched without error');
}

describe('fetchFeed', () => {
  it('sends validators and reads a 304 as not modified', async () => {
    server.route('/etag.xml', { body: rss([{ title: 'A', link: 'http://x.test/a' }]), etag: '"v1"', headers: { 'last-modified': 'Mon, 02 Mar 2026 10:00:00 GMT' } });
    const first = await fetchFeed(server.url('/etag.xml'), { fetch: egress.public });
    expect(first).toMatchObject({ status: 'ok', etag: '"v1"', lastModified: 'Mon, 02 Mar 2026 10:00:00 GMT' });
    const second = await fetchFeed(server.url('/etag.xml'), { fetch: egress.public, etag: '"v1"', lastModified: 'Mon, 02 Mar 2026 10:00:00 GMT' });
    expect(second.status).toBe('not-modified');
    const sent = server.requests.filter((r) => r.path === '/etag.xml').at(-1)!.headers;
    expect(sent['if-none-match']).toBe('"v1"');
    expect(sent['if-modified-since']).toBe('Mon, 02 Mar 2026 10:00:00 GMT');
  });

  it('follows redirects and reports where it ended', async () => {
    server.route('/old', { status: 301, headers: { location: '/moved' } });
    server.route('/moved', { status: 302, headers: { location: server.url('/final.xml') } });
    server.route('/final.xml', { body: rss([]) });
    const result = await fetchFeed(server.url('/old'), { fetch: egress.public });
    expect(result).toMatchObject({ status: 'ok', url: server.url('/final.xml') });
  });

  it('stops after too many redirects', async () => {
    server.route('/loop', { status: 302, headers: { location: '/loop' } });
    expect((await failure(server.url('/loop'), { maxRedirects: 3 })).reason).toBe('more than 3 redirects');
  });

  it('reports HTTP errors with the status and Retry-After', async () => {
    server.route('/busy', { status: 503, headers: { 'retry-after': '120' } });
    const error = await failure(server.url('/busy'));
    expect(error).toMatchObject({ kind: 'http', status: 503, retryAfterMs: 120_000, reason: 'HTTP 503 Service Unavailable' });
  });

  it('gives up on a slow server after the timeout', async () => {
    server.route('/slow', { body: rss([]), delayMs: 2_000 });
    const error = await failure(server.url('/slow'), { timeoutMs: 150 });
    expect(error).toMatchObject({ kind: 'timeout', reason: 'no complete answer within 0.15 s' });
  });

  it('refuses a body over the cap, by header or while reading', async () => {
    server.route('/huge', { streamBytes: 3 * 1024 * 1024 });
    expect((await failure(server.url('/huge'), { maxBytes: 1024 * 1024 })).reason).toBe('the feed is over the 1 MB cap');
    server.route('/declared', { body: 'x'.repeat(4096) });
    expect((await failure(server.url('/declared'), { maxBytes: 1024 })).reason).toBe('the feed is 4 KB, over the 1 KB cap');
  });

  it('names a refused connection in one line', async () => {
    const closed = await startFeedServer();
    const url = closed.url('/gone');
    await closed.close();
    expect((await failure(url)).reason).toBe('connection refused');
  });
});
