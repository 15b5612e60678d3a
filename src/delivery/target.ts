/**
 * Where a delivery goes — a channel (and thread) on one platform — and how a channel is written in
 * configuration (`slack:C0123ABCD`, `discord:1122/3344` for a thread). A core type: reminders,
 * digests and feed posts are addressed with it, and adapters deliver to it.
 */
import type { Incoming, Platform } from '../answer/incoming.ts';

/** Where a delivery (a reminder, digest or feed item) goes. */
export interface DeliveryTarget {
  platform: Platform;
  conversation: string;
  thread?: string;
}

/** The channel (and thread) a message came from, as a delivery target. */
export function targetOf(incoming: Incoming): DeliveryTarget {
  return { platform: incoming.platform, conversation: incoming.conversation, ...(incoming.thread ? { thread: incoming.thread } : {}) };
}

/** Whether two targets are the same channel (threads aside). */
export function sameChannel(a: DeliveryTarget, b: DeliveryTarget): boolean {
  return a.platform === b.platform && a.conversation === b.conversation;
}

/** "slack:C0123" or "discord:1122/3344" (channel/thread) → a delivery target, or undefined. */
export function parseChannel(value: string): DeliveryTarget | undefined {
  const match = /^(terminal|slack|discord):([^/\s]+)(?:\/(\S+))?$/.exec(value.trim());
  if (!match) return undefined;
  return { platform: match[1] as Platform, conversation: match[2]!, ...(match[3] ? { thread: match[3] } : {}) };
}

/** A target as configuration writes it: `slack:C0123`, `discord:1122/3344`. */
export function formatChannel(target: DeliveryTarget): string {
  return `${target.platform}:${target.conversation}${target.thread ? `/${target.thread}` : ''}`;
}
