/**
 * A fetched feed body → text → items: the decode and parse steps that every reader of feeds shares
 * (the poller, `brief feeds test|add`, the corpus evaluation), so they all read a document alike.
 * The document's own address — the base for its relative links — is the `Content-Location` the
 * server names, else the address it was fetched from.
 */
import { decodeBody, type DecodedBody } from '../net/charset.ts';
import type { Logger } from '../log.ts';
import { parseFeed } from './parse.ts';
import type { ParsedFeed } from './types.ts';

/** What a fetch hands over: the bytes and the headers that say how to read them. */
export interface FeedBody {
  /** The address the body came from (after redirects); undefined for a file read from disk. */
  url?: string;
  body: Uint8Array;
  contentType?: string;
  contentLocation?: string;
}

/** A feed read from its bytes, with how the bytes were decoded. */
export interface ReadFeed {
  feed: ParsedFeed;
  decoded: DecodedBody;
}

/** The document's own address: `Content-Location` resolved against the fetched address when it is http(s). */
export function documentAddress(url: string | undefined, contentLocation: string | undefined): string | undefined {
  if (!url || !contentLocation) return url;
  try {
    const resolved = new URL(contentLocation, url);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : url;
  } catch {
    return url;
  }
}

/** Decodes and parses a fetched feed. Throws `FeedFetchError` (kind `not-a-feed`, `parse` or `reader`) with a one-line reason. */
export async function readFeedBody(fetched: FeedBody, options: { logger?: Logger } = {}): Promise<ReadFeed> {
  const decoded = decodeBody(fetched.body, fetched.contentType);
  const url = documentAddress(fetched.url, fetched.contentLocation);
  const feed = await parseFeed(decoded.text, { ...(url ? { url } : {}), ...(options.logger ? { logger: options.logger } : {}) });
  return { feed, decoded };
}
