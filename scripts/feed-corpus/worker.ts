/**
 * The evaluation's worker thread: reads one corpus file the way the bot does — the capped fetch
 * from the loopback server, then `readFeedBody` (decode, parse) — and answers with a
 * `BriefOutcome`. It runs apart from the harness so that a document that hangs the reader can be
 * stopped and counted instead of stopping the evaluation.
 */
import { parentPort } from 'node:worker_threads';
import { FeedFetchError, fetchFeed } from '../../src/feeds/fetch.ts';
import { readFeedBody } from '../../src/feeds/read.ts';
import { Egress } from '../../src/net/egress.ts';
import type { BriefOutcome } from './outcome.ts';

// Through the bot's own egress; the corpus is served on loopback, so as an operator's feed would be.
const egress = new Egress();

async function readOne(url: string): Promise<BriefOutcome> {
  const started = performance.now();
  let encoding: string | undefined;
  let encodingFrom: string | undefined;
  try {
    const fetched = await fetchFeed(url, { timeoutMs: 10_000, fetch: egress.anyAddress });
    if (fetched.status !== 'ok') return { status: 'rejected', reason: 'not modified', kind: 'http', ms: performance.now() - started };
    const { feed, decoded } = await readFeedBody(fetched);
    ({ encoding, from: encodingFrom } = decoded);
    return {
      status: 'parsed',
      encoding,
      encodingFrom,
      ...(decoded.overrode ? { encodingOverrode: decoded.overrode } : {}),
      ...(decoded.malformed ? { encodingMalformed: true } : {}),
      feed: { ...(feed.title !== undefined ? { title: feed.title } : {}), ...(feed.link ? { link: feed.link } : {}), ...(feed.ttlMinutes ? { ttlMinutes: feed.ttlMinutes } : {}), notes: feed.notes },
      items: feed.items.map(({ key: _key, ...item }) => item),
      ...(fetched.etag ? { etag: fetched.etag } : {}),
      ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}),
      ms: performance.now() - started,
    };
  } catch (error) {
    const ms = performance.now() - started;
    const where = { ...(encoding ? { encoding } : {}), ...(encodingFrom ? { encodingFrom } : {}) };
    if (error instanceof FeedFetchError) return { status: 'rejected', reason: error.reason, kind: error.kind, ...where, ms };
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { status: 'crashed', reason: message.split('\n')[0]!, ...where, ms };
  }
}

parentPort!.on('message', (message: { id: number; url: string }) => {
  void readOne(message.url).then((outcome) => parentPort!.postMessage({ id: message.id, outcome }));
});
