/**
 * The deliver port: what the core needs from a platform to post something nobody asked for
 * (a reminder, a digest, a feed development). Chat adapters implement it; the scheduler's
 * `Deliverer` routes to it. The core owns this interface, so it never imports an adapter.
 */
import type { Platform } from '../answer/incoming.ts';
import type { Reply } from '../answer/reply.ts';
import type { DeliveryTarget } from './target.ts';

/** One platform's way of posting a reply to a target. */
export interface DeliveryChannel {
  readonly platform: Platform;
  /** Posts a reply the bot was not asked for. Throws on failure (a `PlatformError` says whether and when to retry). */
  deliver(target: DeliveryTarget, reply: Reply): Promise<void>;
  /**
   * Sends a reply to one person privately (a direct message), for what only they may see, such as
   * a review link. Throws when the platform refuses (the person accepts no DMs). Absent where the
   * platform has no direct messages.
   */
  deliverDirect?(user: string, reply: Reply): Promise<void>;
}
