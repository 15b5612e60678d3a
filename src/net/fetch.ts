/**
 * The one capped fetch, for feeds and article pages alike: conditional GET (ETag / Last-Modified →
 * 304), redirects followed by hand (so the count is bounded and the final address known), a
 * timeout over the whole exchange and a cap on the body size. Every failure is a `FetchFailure`
 * whose `reason` is one line. Bytes come back as they are; `charset.ts` decodes them.
 */
import { parseRetryAfter } from './retry.ts';

export type FetchFn = typeof globalThis.fetch;

export interface FetchOptions {
  etag?: string;
  lastModified?: string;
  /** The whole exchange, headers and body (default 15 s). */
  timeoutMs?: number;
  /** Largest body accepted, in bytes (default 5 MB). */
  maxBytes?: number;
  maxRedirects?: number;
  /** The way out: one of `Egress`'s fetches (src/net/egress.ts), so every hop is checked where it connects. */
  fetch: FetchFn;
  userAgent?: string;
  /** The `Accept` header (default: anything). */
  accept?: string;
  /** What is fetched, for messages: "the feed is over the 5 MB cap" (default "response"). */
  noun?: string;
  /** Cancels the fetch (a stop): it then fails at once as `cancelled`. */
  signal?: AbortSignal;
}

export type FetchResult =
  | { status: 'not-modified'; url: string; etag?: string; lastModified?: string }
  | { status: 'ok'; url: string; body: Uint8Array; contentType?: string; contentLocation?: string; etag?: string; lastModified?: string; maxAgeSeconds?: number };

/** Why a fetch failed, for backoff decisions and messages. */
export type FetchFailureKind = 'timeout' | 'network' | 'http' | 'too-large' | 'redirects' | 'refused' | 'cancelled';

/** A fetch that failed. `reason` is one line, fit for a person. */
export class FetchFailure extends Error {
  constructor(
    readonly url: string,
    readonly kind: FetchFailureKind,
    readonly reason: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(`${url}: ${reason}`);
    this.name = 'FetchFailure';
  }
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`;
}

function maxAge(cacheControl: string | null): number | undefined {
  const match = /(?:^|,)\s*max-age\s*=\s*(\d+)/i.exec(cacheControl ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * Fetches a body's bytes. Throws `FetchFailure` for anything but a 2xx body or a 304.
 *
 * @example const got = await fetchCapped(url, { fetch: egress.public, etag, timeoutMs: 15_000, maxBytes: 5 << 20, noun: 'feed' });
 */
// Long on purpose: one exchange with its redirects, answers and failures is easier to follow in one place.
export async function fetchCapped(url: string, options: FetchOptions): Promise<FetchResult> {
  const doFetch = options.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? 5;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const cancel = () => controller.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });
  if (options.signal?.aborted) controller.abort();
  const noun = options.noun ?? 'response';
  const headers: Record<string, string> = { accept: options.accept ?? '*/*', 'user-agent': options.userAgent ?? 'Brief/0.1' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;

  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        throw new FetchFailure(url, 'network', `\`${current}\` is not a web address`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new FetchFailure(url, 'network', `only http and https ${noun === 'response' ? 'addresses' : `${noun}s`} can be fetched, not ${parsed.protocol}`);
      const response = await doFetch(current, { headers, redirect: 'manual', signal: controller.signal });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.get('location');
        await response.body?.cancel();
        if (!location) throw new FetchFailure(url, 'http', `HTTP ${response.status} redirect without a Location header`, response.status);
        if (hop >= maxRedirects) throw new FetchFailure(url, 'redirects', `more than ${maxRedirects} redirects`, response.status);
        current = new URL(location, current).href;
        continue;
      }
      const etag = response.headers.get('etag') ?? undefined;
      const lastModified = response.headers.get('last-modified') ?? undefined;
      if (response.status === 304) {
        await response.body?.cancel();
        return { status: 'not-modified', url: current, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
      }
      if (!response.ok) {
        await response.body?.cancel();
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        throw new FetchFailure(url, 'http', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, response.status, retryAfterMs);
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel();
        throw new FetchFailure(url, 'too-large', `the ${noun} is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} cap`);
      }
      const body = await readCapped(response, maxBytes, url, noun);
      const contentType = response.headers.get('content-type') ?? undefined;
      const contentLocation = response.headers.get('content-location') ?? undefined;
      const age = maxAge(response.headers.get('cache-control'));
      return {
        status: 'ok',
        url: current,
        body,
        ...(contentType ? { contentType } : {}),
        ...(contentLocation ? { contentLocation } : {}),
        ...(etag ? { etag } : {}),
        ...(lastModified ? { lastModified } : {}),
        ...(age !== undefined ? { maxAgeSeconds: age } : {}),
      };
    }
  } catch (error) {
    if (error instanceof FetchFailure) throw error;
    if (options.signal?.aborted) throw new FetchFailure(url, 'cancelled', 'cancelled: Brief is stopping');
    if (controller.signal.aborted) throw new FetchFailure(url, 'timeout', `no complete answer within ${timeoutMs / 1000} s`);
    const refused = refusal(error);
    if (refused) throw new FetchFailure(url, 'refused', refused);
    throw new FetchFailure(url, 'network', networkReason(error));
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

async function readCapped(response: Response, maxBytes: number, url: string, noun: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchFailure(url, 'too-large', `the ${noun} is over the ${formatBytes(maxBytes)} cap`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The egress's refusal of an address, wherever undici put it. */
function refusal(error: unknown): string | undefined {
  for (let e = error as { code?: string; reason?: string; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.code === 'EBRIEF_REFUSED_ADDRESS' && e.reason) return e.reason;
  }
  return undefined;
}

/** undici hides the useful part in `cause`: "ECONNREFUSED 127.0.0.1:9", "getaddrinfo ENOTFOUND …". */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  if (cause?.code === 'ENOTFOUND') return 'the host name does not resolve';
  if (cause?.code === 'ECONNRESET' || cause?.code === 'UND_ERR_SOCKET') return 'the server closed the connection';
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return message.split('\n')[0]!.slice(0, 200);
}
