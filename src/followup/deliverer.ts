/**
 * Sends a reply the bot was not asked for to the adapter of the target's platform, and says what a
 * failure means: retry later (and when), or give up now (the platform refused for good).
 */
import type { Platform } from '../answer/incoming.ts';
import type { Reply } from '../answer/reply.ts';
import type { ChatAdapter, DeliveryTarget } from '../chat/adapter.ts';
import { describeError, PlatformError } from '../errors.ts';

export type SendResult = { ok: true } | { ok: false; reason: string; retry: boolean; retryAfterMs?: number };

/** Statuses that will not change by trying again (bad request, no access, no such channel). */
const PERMANENT = new Set([400, 401, 403, 404, 410]);

export interface RetryPolicy {
  /** Tries before an item is marked failed (default 5). */
  maxAttempts: number;
  /** First wait; doubles each try (default 30 s). */
  baseDelayMs: number;
  /** Longest wait between tries (default 15 min). */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000 };

/** When to try again after `attempts` tries; a platform's retry-after wins when it is longer. */
export function retryDelay(policy: RetryPolicy, attempts: number, retryAfterMs?: number): number {
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.max(backoff, retryAfterMs ?? 0);
}

/** Routes deliveries to the running adapters. */
export class Deliverer {
  constructor(private readonly adapters: () => readonly ChatAdapter[]) {}

  /** Platforms that can be delivered to right now. */
  platforms(): Platform[] {
    return [...new Set(this.adapters().map((a) => a.platform))];
  }

  async send(target: DeliveryTarget, reply: Reply): Promise<SendResult> {
    const adapter = this.adapters().find((a) => a.platform === target.platform);
    if (!adapter) return { ok: false, reason: `no ${target.platform} connection is running`, retry: true };
    try {
      await adapter.deliver(target, reply);
      return { ok: true };
    } catch (error) {
      if (error instanceof PlatformError) {
        const permanent = error.status !== undefined && PERMANENT.has(error.status);
        return { ok: false, reason: describeError(error), retry: !permanent, ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}) };
      }
      return { ok: false, reason: describeError(error), retry: true };
    }
  }
}
