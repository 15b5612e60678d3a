/**
 * One poll of one feed: fetch (conditionally, with the validators the state keeps) → decode by
 * charset → parse. Records what the answer says about the feed (final address, validators, title,
 * ttl, item count) in its state; what happens to the items is `ItemHandler`'s job.
 */
import type { Logger } from '../log.ts';
import { fetchFeed, type FetchFn } from './fetch.ts';
import { readFeedBody } from './read.ts';
import type { FeedState } from './state.ts';
import type { FeedItem } from './types.ts';

export interface PollOptions {
  timeoutMs: number;
  maxBytes: number;
  fetch: FetchFn;
  /** Told at debug which of the feed's fields could not be read. */
  logger?: Logger;
  /** Cancels the fetch when the poller stops. */
  signal?: AbortSignal;
}

/** What one poll found: nothing new since last time, or the feed's items. */
export type PollResult = { status: 'not-modified' } | { status: 'items'; items: FeedItem[]; maxAgeSeconds?: number };

/** Fetches, decodes and parses a feed, updating `state`. Throws `FeedFetchError` with a one-line reason. */
export async function pollOnce(url: string, state: FeedState, options: PollOptions): Promise<PollResult> {
  const fetched = await fetchFeed(url, {
    ...(state.baselined && state.etag ? { etag: state.etag } : {}),
    ...(state.baselined && state.lastModified ? { lastModified: state.lastModified } : {}),
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    fetch: options.fetch,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  state.finalUrl = fetched.url;
  if (fetched.etag) state.etag = fetched.etag;
  if (fetched.lastModified) state.lastModified = fetched.lastModified;
  if (fetched.status === 'not-modified') return { status: 'not-modified' };
  const { feed: parsed } = await readFeedBody(fetched, options.logger ? { logger: options.logger } : {});
  if (parsed.title) state.title = parsed.title;
  if (parsed.ttlMinutes) state.ttlMinutes = parsed.ttlMinutes;
  else delete state.ttlMinutes;
  state.itemCount = parsed.items.length;
  return { status: 'items', items: parsed.items, ...(fetched.maxAgeSeconds !== undefined ? { maxAgeSeconds: fetched.maxAgeSeconds } : {}) };
}
