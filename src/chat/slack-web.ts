/**
 * Getting a message to Slack despite rate limits and outages.
 *
 * Web API calls go through Bolt's `WebClient` with its own retries turned off: its waits run on
 * timers a stop cannot cancel, so `SlackPoster` (slack-post.ts) waits out a 429's `Retry-After` and
 * retries 5xx answers and network errors itself, under `SLACK_RETRY`. Posts to a `response_url`
 * do not go through the WebClient — Bolt's `respond()` tries once — so `postToResponseUrl` does the
 * same waiting and retrying.
 */
import { PlatformError } from '../errors.ts';
import { parseRetryAfter, realSleep, retrying, type RetryPolicy } from '../net/retry.ts';

/**
 * Web API and response_url retries: up to 4 more attempts, about 1 s, 2 s, 4 s, 8 s apart
 * (jittered), and never sooner than a 429's `Retry-After`. A post still failing after that is
 * handed to the outbox.
 */
export const SLACK_RETRY: RetryPolicy = { retries: 4, factor: 2, minDelayMs: 1000, maxDelayMs: 8000, jitter: true };

/** The longest `Retry-After` a response_url may ask us to wait. */
const MAX_RETRY_AFTER_MS = 600_000;

export interface ResponseUrlOptions {
  fetch?: typeof fetch;
  retry?: RetryPolicy;
  /** Waits between attempts; injected by tests. */
  sleep?: (ms: number) => Promise<void>;
}

/** A response_url answer worth trying again (429, 5xx, network), with what it said. */
class TransientFailure extends Error {
  constructor(
    readonly reason: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(reason);
  }
}

/**
 * Posts a message to a slash command's or button's `response_url`, waiting out 429s and retrying
 * 5xx answers and network errors. Throws a `PlatformError` when Slack refuses it for good
 * (an expired URL, a malformed message) or the retries run out.
 */
export async function postToResponseUrl(url: string, payload: object, options: ResponseUrlOptions = {}): Promise<void> {
  const fetchFn = options.fetch ?? fetch;
  const policy = options.retry ?? SLACK_RETRY;
  let attempts = 0;
  const once = async () => {
    attempts += 1;
    let response: Response;
    try {
      response = await fetchFn(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
    } catch (error) {
      throw new TransientFailure(error instanceof Error ? error.message : String(error));
    }
    const body = await response.text();
    if (response.ok) return;
    const reason = `HTTP ${response.status}${body ? ` ${body.slice(0, 120)}` : ''}`;
    if (response.status !== 429 && response.status < 500) throw new PlatformError('slack', `response_url refused the message: ${reason}`, response.status);
    throw new TransientFailure(reason, response.status, parseRetryAfter(response.headers.get('retry-after'), Date.now(), MAX_RETRY_AFTER_MS));
  };
  try {
    await retrying(once, {
      policy,
      shouldRetry: (error) => error instanceof TransientFailure,
      retryAfterMs: (error) => (error instanceof TransientFailure ? error.retryAfterMs : undefined),
      sleep: options.sleep ?? realSleep,
    });
  } catch (error) {
    if (!(error instanceof TransientFailure)) throw error;
    throw new PlatformError('slack', `response_url failed after ${attempts} attempts: ${error.reason}`, error.status, error.retryAfterMs);
  }
}

/**
 * A short reason for a failed Slack call, for logs and the outbox: the Web API's error code
 * (`channel_not_found`), the HTTP status, or the network error. Never includes request bodies.
 */
export function describeSlackError(error: unknown): string {
  if (error instanceof PlatformError) return error.message;
  if (typeof error === 'object' && error !== null) {
    const e = error as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown; retryAfter?: unknown; original?: { message?: unknown }; message?: unknown };
    switch (e.code) {
      case 'slack_webapi_platform_error':
        return `Slack refused the call: ${String(e.data?.error ?? 'unknown error')}`;
      case 'slack_webapi_http_error':
        return `Slack answered HTTP ${String(e.statusCode)}`;
      case 'slack_webapi_rate_limited_error':
        return `rate limited (retry after ${String(e.retryAfter)} s)`;
      case 'slack_webapi_request_error':
        return `request failed: ${String(e.original?.message ?? e.message)}`;
    }
    if (typeof e.message === 'string') return e.message;
  }
  return String(error);
}
