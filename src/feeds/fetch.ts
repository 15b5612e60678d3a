/**
 * One HTTP fetch of a feed: the capped fetch (src/net/fetch.ts) asking for feed types, with its
 * failures as `FeedFetchError`s — the feed errors the poller, `brief feeds` and chat report.
 */
import { FeedError } from '../errors.ts';
import { fetchCapped, FetchFailure, type FetchOptions, type FetchResult } from '../net/fetch.ts';

export type { FetchFn } from '../net/fetch.ts';

/**
 * Why a feed could not be read, for backoff decisions and `brief feeds list`: `parse` is XML that
 * is not well-formed, `reader` a fault in Brief's feed reader on a document it should have read,
 * `refused` an address the egress would not connect to, `cancelled` a poll the stop ended.
 */
export type FeedFailureKind = 'timeout' | 'network' | 'http' | 'too-large' | 'redirects' | 'refused' | 'cancelled' | 'parse' | 'not-a-feed' | 'reader';

/** A feed that could not be fetched or read. `reason` is one line, fit for a person. */
export class FeedFetchError extends FeedError {
  constructor(
    url: string,
    readonly kind: FeedFailureKind,
    readonly reason: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(url, reason);
    this.name = 'FeedFetchError';
  }
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

/** Fetches a feed's bytes. Throws `FeedFetchError` for anything but a 2xx body or a 304. */
export async function fetchFeed(url: string, options: Omit<FetchOptions, 'noun' | 'accept'>): Promise<FetchResult> {
  try {
    return await fetchCapped(url, { timeoutMs: DEFAULT_TIMEOUT_MS, maxBytes: DEFAULT_MAX_BYTES, userAgent: 'Brief feed watcher/0.1', ...options, accept: ACCEPT, noun: 'feed' });
  } catch (error) {
    if (error instanceof FetchFailure) throw new FeedFetchError(url, error.kind, error.reason, error.status, error.retryAfterMs);
    throw error;
  }
}
