/**
 * The one page fetcher: an article page through the capped fetch, decoded by its charset (header,
 * `<meta charset>`, or a byte-order mark), for `brief ingest <url>` and feed auto-ingest.
 */
import { decodeBody } from './charset.ts';
import { fetchCapped, type FetchFn } from './fetch.ts';

export interface PageOptions {
  /** The whole exchange (default 15 s). */
  timeoutMs?: number;
  /** Largest page accepted (default 5 MB). */
  maxBytes?: number;
  /** The way out (`Egress.public`, or `Egress.anyAddress` for an operator's own command). */
  fetch: FetchFn;
}

/** Pages larger than this are refused unless `maxBytes` says otherwise. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

/** Fetches a page as text, with the address it ended up at. Throws `FetchFailure` with a one-line reason. */
export async function fetchPage(url: string, options: PageOptions): Promise<{ html: string; url: string }> {
  const fetched = await fetchCapped(url, {
    timeoutMs: options.timeoutMs ?? 15_000,
    maxBytes: options.maxBytes ?? MAX_PAGE_BYTES,
    accept: 'text/html,application/xhtml+xml,text/plain;q=0.8',
    noun: 'page',
    fetch: options.fetch,
  });
  // No conditional headers were sent, so there is always a body.
  if (fetched.status !== 'ok') return { html: '', url: fetched.url };
  return { html: decodeBody(fetched.body, fetched.contentType).text, url: fetched.url };
}
