/**
 * What Brief adds to discord.js's REST handling, and no more.
 *
 * discord.js (`@discordjs/rest`) already queues requests per rate-limit bucket, waits out a 429's
 * `Retry-After` and tries again (without limit), and retries a 5xx or a network error up to
 * `retries` (3) times — immediately, with no pause. What it does not do, and this file does:
 * - refuse to wait minutes on one rate limit (`rejectOnRateLimit` past `maxRateLimitWaitMs`), so
 *   a stuck bucket fails the post instead of hanging it;
 * - retry a post that still failed after a pause (`DISCORD_RETRY`), since an outage rarely ends
 *   within the milliseconds of discord.js's own retries;
 * - describe a failure in one line (status, Discord error code, reason) for the log and outbox.
 */
import type { RetryPolicy } from '../net/retry.ts';

/** REST options from `DISCORD_API_URL`: a base (`http://host/api`) or a versioned base (`…/api/v10`). */
export function restBase(apiUrl: string | undefined): { api?: string; version?: string } {
  if (!apiUrl) return {};
  const trimmed = apiUrl.replace(/\/+$/, '');
  const versioned = /^(.*)\/v(\d+)$/.exec(trimmed);
  return versioned ? { api: versioned[1]!, version: versioned[2]! } : { api: trimmed };
}

/** How long one 429 may hold a request before it fails instead (discord.js would wait any time). */
export const DEFAULT_MAX_RATE_LIMIT_WAIT_MS = 30_000;

/** Two more attempts at a post that failed with a transient error, 2 s and then 10 s later. */
export const DISCORD_RETRY: RetryPolicy = { retries: 2, minDelayMs: 2_000, maxDelayMs: 10_000, factor: 5 };

interface ErrorShape {
  name?: string;
  message?: string;
  status?: number;
  code?: number | string;
  retryAfter?: number;
  cause?: unknown;
}

function shape(error: unknown): ErrorShape {
  return typeof error === 'object' && error !== null ? (error as ErrorShape) : { message: String(error) };
}

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

/** True for failures worth trying again later: 5xx, rate limits, timeouts and dropped connections. */
export function isTransient(error: unknown): boolean {
  const e = shape(error);
  if (e.name === 'RateLimitError' || e.name === 'AbortError') return true;
  if (typeof e.status === 'number') return e.status >= 500 || e.status === 429;
  const code = e.code ?? shape(e.cause).code;
  return typeof code === 'string' && NETWORK_CODES.has(code);
}

/** The retry-after a failure carried, in ms, when it carried one. */
export function retryAfterMs(error: unknown): number | undefined {
  const e = shape(error);
  return e.name === 'RateLimitError' && typeof e.retryAfter === 'number' ? e.retryAfter : undefined;
}

/** One line about a failed call: "HTTP 503 Service Unavailable", "HTTP 403 (Discord code 50001) Missing Access". */
export function describeDiscordFailure(error: unknown): string {
  const e = shape(error);
  if (e.name === 'RateLimitError') return `rate limited for ${Math.round((e.retryAfter ?? 0) / 1000)} s`;
  const status = typeof e.status === 'number' ? `HTTP ${e.status} ` : '';
  const code = typeof e.code === 'number' && e.code > 0 ? `(Discord code ${e.code}) ` : '';
  return `${status}${code}${e.message ?? 'unknown error'}`.trim();
}

/**
 * Removes a token from text that is about to be logged (discord.js debug lines are free text and
 * print the first parts of the token when logging in); every dot-separated part is removed too.
 */
export function scrub(text: string, token: string): string {
  if (!token) return text;
  let out = text.split(token).join('[redacted]');
  for (const part of token.split('.')) if (part.length >= 6) out = out.split(part).join('[redacted]');
  return out;
}
