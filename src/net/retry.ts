/**
 * Trying again, one way for every caller: the one `RetryPolicy` (how many tries, how the wait
 * grows), the one `Retry-After` reader, and `retrying`, the loop that waits between tries.
 *
 * The loop is ours rather than p-retry's: p-retry waits on real timers, and every caller here
 * injects its `sleep` so tests never wait and a stop can end the waiting (`abortableSleep`).
 * `pRetryOptions` turns a policy into the options p-retry takes, for libraries built on it.
 */

/** How often and how patiently to try again. */
export interface RetryPolicy {
  /** Tries after the first one. */
  retries: number;
  /** The wait before the first retry, in ms. */
  minDelayMs: number;
  /** The longest wait between two tries, in ms. */
  maxDelayMs: number;
  /** How much the wait grows per try (default 2: doubling). */
  factor?: number;
  /** Spread each wait randomly up to twice as long, so many clients do not retry in step (default false). */
  jitter?: boolean;
}

/**
 * The wait before retry number `retry` (1 for the first retry): the policy's backoff, or the
 * server's `Retry-After` when that is longer.
 *
 * @example retryDelay({ retries: 4, minDelayMs: 30_000, maxDelayMs: 900_000 }, 3) // 120_000
 */
export function retryDelay(policy: RetryPolicy, retry: number, retryAfterMs?: number, random: () => number = Math.random): number {
  const grown = policy.minDelayMs * (policy.factor ?? 2) ** Math.max(0, retry - 1);
  const backoff = Math.min(policy.maxDelayMs, policy.jitter ? grown * (1 + random()) : grown);
  return Math.max(backoff, retryAfterMs ?? 0);
}

/**
 * Reads a `Retry-After` header — delta-seconds or an HTTP date — as milliseconds from `now`;
 * undefined when absent or unreadable. `capMs` bounds what a server may ask for.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now(), capMs = Infinity): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const seconds = Number(text);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.min(seconds * 1000, capMs) : undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.min(Math.max(0, at - now), capMs);
}

export interface RetryingOptions {
  policy: RetryPolicy;
  /** Whether this failure is worth another try (default: every failure). */
  shouldRetry?: (error: unknown) => boolean;
  /** A wait the failure itself asks for (a 429's `Retry-After`), in ms. */
  retryAfterMs?: (error: unknown) => number | undefined;
  sleep: (ms: number) => Promise<void>;
  /** Told before each wait, for logs. */
  onRetry?: (error: unknown, delayMs: number, retry: number) => void;
}

/**
 * Runs `attempt` until it succeeds, a failure is not worth retrying, or the retries run out;
 * rethrows the last failure.
 *
 * @example await retrying(() => rest.post(route, { body }), { policy, shouldRetry: isTransient, sleep })
 */
export async function retrying<T>(attempt: (n: number) => Promise<T>, options: RetryingOptions): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (n >= options.policy.retries || !(options.shouldRetry?.(error) ?? true)) throw error;
      const delay = retryDelay(options.policy, n + 1, options.retryAfterMs?.(error));
      options.onRetry?.(error, delay, n + 1);
      await options.sleep(delay);
    }
  }
}

/** The policy as p-retry's options (what Slack's `WebClient` takes as `retryConfig`). */
export function pRetryOptions(policy: RetryPolicy): { retries: number; factor: number; minTimeout: number; maxTimeout: number; randomize: boolean } {
  return { retries: policy.retries, factor: policy.factor ?? 2, minTimeout: policy.minDelayMs, maxTimeout: policy.maxDelayMs, randomize: policy.jitter ?? false };
}

/** A real wait, for production callers. */
export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A wait that rejects at once when `signal` aborts (a stop), and leaves no timer behind either way. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(new Error('stopping: no more retries'));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('stopping: no more retries'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
