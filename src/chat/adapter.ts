/**
 * The one interface every chat platform implements. Adapters translate platform events into
 * `Incoming` values and rendered replies into API calls; they decide nothing themselves. Each is
 * also a `DeliveryChannel`, the port the core posts reminders, digests and feed items through.
 */
import type { Reply } from '../answer/reply.ts';
import type { DeliveryChannel } from '../delivery/channel.ts';

/** A chat platform connection with an explicit lifecycle. */
export interface ChatAdapter extends DeliveryChannel {
  /** Connects and starts answering; resolves once ready. */
  start(): Promise<void>;
  /** Stops taking messages and disconnects; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * True for a reply that should not be posted where others see it (a repeated "slow down" during a
 * flood). Adapters still answer interactions that demand a response, privately.
 */
export function isQuiet(reply: Reply): boolean {
  return reply.kind === 'error' && reply.quiet === true;
}
