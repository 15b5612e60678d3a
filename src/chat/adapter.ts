/**
 * The one interface every chat platform implements. Adapters translate platform events into
 * `Incoming` values and rendered replies into API calls; they decide nothing themselves.
 */
import type { Platform } from '../answer/incoming.ts';
import type { Reply } from '../answer/reply.ts';

/** Where a delivery (a reminder, digest or feed item) goes. */
export interface DeliveryTarget {
  platform: Platform;
  conversation: string;
  thread?: string;
}

/** A chat platform connection with an explicit lifecycle. */
export interface ChatAdapter {
  readonly platform: Platform;
  /** Connects and starts answering; resolves once ready. */
  start(): Promise<void>;
  /** Stops taking messages and disconnects; safe to call twice. */
  stop(): Promise<void>;
  /** Posts a reply the bot was not asked for (reminders, digests, feed items). Throws on failure. */
  deliver(target: DeliveryTarget, reply: Reply): Promise<void>;
}

/**
 * True for a reply that should not be posted where others see it (a repeated "slow down" during a
 * flood). Adapters still answer interactions that demand a response, privately.
 */
export function isQuiet(reply: Reply): boolean {
  return reply.kind === 'error' && reply.quiet === true;
}
