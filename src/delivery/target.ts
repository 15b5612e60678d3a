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
  /**
   * The Slack workspace whose installation delivers it, in many-workspace (OAuth) mode; absent in
   * the single-token set-up and on other platforms. Part of the target's identity: the same channel
   * id in two workspaces is two targets.
   */
  team?: string;
  thread?: string;
}

/** The channel (and thread) a message came from, as a delivery target. */
export function targetOf(incoming: Incoming): DeliveryTarget {
  return { platform: incoming.platform, conversation: incoming.conversation, ...(incoming.team ? { team: incoming.team } : {}), ...(incoming.thread ? { thread: incoming.thread } : {}) };
}

/** Whether two targets are the same channel (threads aside). */
export function sameChannel(a: DeliveryTarget, b: DeliveryTarget): boolean {
  return a.platform === b.platform && a.conversation === b.conversation && (a.team ?? '') === (b.team ?? '');
}

/**
 * "slack:C0123", "slack:C0123@T0456" (a channel of one workspace, in many-workspace mode) or
 * "discord:1122/3344" (channel/thread) → a delivery target, or undefined.
 */
export function parseChannel(value: string): DeliveryTarget | undefined {
  const match = /^(terminal|slack|discord):([^/@\s]+)(?:@([^/\s]+))?(?:\/(\S+))?$/.exec(value.trim());
  if (!match) return undefined;
  return { platform: match[1] as Platform, conversation: match[2]!, ...(match[3] ? { team: match[3] } : {}), ...(match[4] ? { thread: match[4] } : {}) };
}

/** A target as configuration writes it: `slack:C0123`, `slack:C0123@T0456`, `discord:1122/3344`. */
export function formatChannel(target: DeliveryTarget): string {
  return `${target.platform}:${target.conversation}${target.team ? `@${target.team}` : ''}${target.thread ? `/${target.thread}` : ''}`;
}
