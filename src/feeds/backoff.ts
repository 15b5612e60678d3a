/**
 * When to poll a feed next. After a success: its interval, never sooner than the feed's `<ttl>`
 * or the server's `max-age` asks (capped at a day). After failures in a row: the interval
 * doubled each time, up to a ceiling, and never sooner than a `Retry-After`.
 */

export interface BackoffPolicy {
  /** Longest pause between polls of a failing feed, in minutes (default 360). */
  maxBackoffMinutes: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { maxBackoffMinutes: 360 };
const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

/** Milliseconds to wait after a successful poll. */
export function delayAfterSuccess(intervalMinutes: number, ttlMinutes?: number, maxAgeSeconds?: number): number {
  const wanted = Math.max(intervalMinutes * MINUTE, (ttlMinutes ?? 0) * MINUTE, (maxAgeSeconds ?? 0) * 1000);
  return Math.min(wanted, Math.max(DAY, intervalMinutes * MINUTE));
}

/** Milliseconds to wait after the `failures`-th failure in a row (1-based). */
export function delayAfterFailure(intervalMinutes: number, failures: number, policy: BackoffPolicy = DEFAULT_BACKOFF, retryAfterMs?: number): number {
  const ceiling = Math.max(policy.maxBackoffMinutes, intervalMinutes) * MINUTE;
  const backoff = Math.min(ceiling, intervalMinutes * MINUTE * 2 ** Math.min(20, Math.max(0, failures - 1)));
  return Math.max(backoff, Math.min(retryAfterMs ?? 0, DAY));
}
