/**
 * Getting a message to Slack despite rate limits and outages.
 *
 * Web API calls go through Bolt's `WebClient`, which already waits out a 429 for its `Retry-After`
 * and retries 5xx answers and network errors with backoff (p-retry); `SLACK_RETRY` only bounds it
 * (its default keeps trying for about thirty minutes, far past the point where a chat answer is
 * useful). Posts to a `response_url` do not go through the WebClient — Bolt's `respond()` tries
 * once — so `postToResponseUrl` does the same waiting and retrying itself.
 */
import { PlatformError } from '../errors.ts';

/** p-retry options (the shape `WebClientOptions.retryConfig` takes). */
export interface RetryPolicy {
  retries: number;
  factor?: number;
  minTimeout?: number;
  maxTimeout?: number;
  randomize?: boolean;
}

/**
 * Web API retries: up to 4 more attempts, about 1 s, 2 s, 4 s, 8 s apart (jittered), on top of
 * any `Retry-After` a 429 asks for. A post still failing after that is handed to the outbox.
 */
export const SLACK_RETRY: RetryPolicy = { retries: 4, factor: 2, minTimeout: 1000, maxTimeout: 8000, randomize: true };

export interface ResponseUrlOptions {
  fetch?: typeof fetch;
  retry?: RetryPolicy;
  /** Waits between attempts; injected by tests. */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds from a `Retry-After` header (delta-seconds form), as milliseconds. */
export function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header.trim());
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 600) * 1000 : undefined;
}

function backoffMs(attempt: number, policy: RetryPolicy): number {
  const base = (policy.minTimeout ?? 1000) * (policy.factor ?? 2) ** attempt;
  return Math.min(base, policy.maxTimeout ?? Infinity);
}

/**
 * Posts a message to a slash command's or button's `response_url`, waiting out 429s and retrying
 * 5xx answers and network errors. Throws a `PlatformError` when Slack refuses it for good
 * (an expired URL, a malformed message) or the retries run out.
 */
export async function postToResponseUrl(url: string, payload: object, options: ResponseUrlOptions = {}): Promise<void> {
  const fetchFn = options.fetch ?? fetch;
  const policy = options.retry ?? SLACK_RETRY;
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 0; ; attempt += 1) {
    let reason: string;
    let status: number | undefined;
    let wait: number | undefined;
    try {
      const response = await fetchFn(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
      const body = await response.text();
      if (response.ok) return;
      status = response.status;
      reason = `HTTP ${status}${body ? ` ${body.slice(0, 120)}` : ''}`;
      if (status !== 429 && status < 500) throw new PlatformError('slack', `response_url refused the message: ${reason}`, status);
      wait = retryAfterMs(response.headers.get('retry-after'));
    } catch (error) {
      if (error instanceof PlatformError) throw error;
      reason = error instanceof Error ? error.message : String(error);
    }
    if (attempt >= policy.retries) {
      throw new PlatformError('slack', `response_url failed after ${attempt + 1} attempts: ${reason}`, status, wait);
    }
    await sleep(wait ?? backoffMs(attempt, policy));
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
