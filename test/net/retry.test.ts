import { describe, expect, it } from 'vitest';
import { parseRetryAfter, pRetryOptions, retryDelay, retrying } from '../../src/net/retry.ts';

describe('one retry policy', () => {
  const policy = { retries: 3, minDelayMs: 100, maxDelayMs: 1000 };

  it('doubles the wait per retry up to the ceiling, and never waits less than Retry-After asks', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(policy, n))).toEqual([100, 200, 400, 800, 1000]);
    expect(retryDelay(policy, 1, 5000)).toBe(5000);
    expect(retryDelay({ ...policy, factor: 5 }, 2)).toBe(500);
    expect(retryDelay({ ...policy, jitter: true }, 1, undefined, () => 0.5)).toBe(150);
  });

  it('reads Retry-After as seconds or as an HTTP date, within a cap', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter('120', now, 60_000)).toBe(60_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter('-3')).toBeUndefined();
  });

  it('retries what is worth retrying, with the waits the policy gives, then rethrows', async () => {
    const waits: number[] = [];
    let calls = 0;
    const failing = retrying(
      async () => {
        calls++;
        throw new Error(`try ${calls}`);
      },
      { policy, sleep: async (ms) => void waits.push(ms) },
    );
    await expect(failing).rejects.toThrow('try 4');
    expect(waits).toEqual([100, 200, 400]);

    calls = 0;
    const permanent = retrying(
      async () => {
        calls++;
        throw new Error('refused');
      },
      { policy, shouldRetry: () => false, sleep: async () => undefined },
    );
    await expect(permanent).rejects.toThrow('refused');
    expect(calls).toBe(1);
  });

  it('gives Slack’s WebClient the same policy in p-retry’s terms', () => {
    expect(pRetryOptions({ retries: 4, minDelayMs: 1000, maxDelayMs: 8000, jitter: true })).toEqual({ retries: 4, factor: 2, minTimeout: 1000, maxTimeout: 8000, randomize: true });
  });
});
