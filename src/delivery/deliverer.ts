/**
 * Sends a reply the bot was not asked for to the channel of the target's platform, and says what a
 * failure means: retry later (and when), or give up now (the platform refused for good).
 */
import type { Platform } from '../answer/incoming.ts';
import type { Reply } from '../answer/reply.ts';
import { describeError, PlatformError } from '../errors.ts';
import type { RetryPolicy } from '../net/retry.ts';
import type { DeliveryChannel } from './channel.ts';
import type { DeliveryTarget } from './target.ts';

export type SendResult = { ok: true } | { ok: false; reason: string; retry: boolean; retryAfterMs?: number };

/** Statuses that will not change by trying again (bad request, no access, no such channel). */
const PERMANENT = new Set([400, 401, 403, 404, 410]);

/** Scheduled deliveries: four more tries, 30 s apart at first, doubling up to 15 minutes. */
export const DELIVERY_RETRY: RetryPolicy = { retries: 4, minDelayMs: 30_000, maxDelayMs: 15 * 60_000 };

/** Routes deliveries to the running channels (the chat adapters, through the deliver port). */
export class Deliverer {
  constructor(private readonly channels: () => readonly DeliveryChannel[]) {}

  /** Platforms that can be delivered to right now. */
  platforms(): Platform[] {
    return [...new Set(this.channels().map((a) => a.platform))];
  }

  async send(target: DeliveryTarget, reply: Reply): Promise<SendResult> {
    const channel = this.channels().find((a) => a.platform === target.platform);
    if (!channel) return { ok: false, reason: `no ${target.platform} connection is running`, retry: true };
    try {
      await channel.deliver(target, reply);
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
