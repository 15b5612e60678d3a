/**
 * `Incoming`: one message from any platform, normalised at the adapter boundary.
 */

/** The platforms Brief speaks on. */
export type Platform = 'terminal' | 'slack' | 'discord';

/** A message someone sent the bot, in the same shape whatever the platform. */
export interface Incoming {
  platform: Platform;
  /** Channel, DM or terminal session id. */
  conversation: string;
  /** Thread the message belongs to, where the platform has threads. */
  thread?: string;
  user: string;
  text: string;
  /** True when the bot was addressed directly (mention, DM, slash command). */
  mentioned: boolean;
  /** The team / guild, where the platform has one. */
  workspace?: string;
  /** The Slack workspace whose installation answers, set only in many-workspace (OAuth) mode; its deliveries carry it. */
  team?: string;
  /** True when the sender may manage this channel (Discord: Manage Channels, Manage Server or Administrator). Unset means unknown. */
  admin?: boolean;
}

/** Builds an `Incoming` with defaults; handy for the terminal and tests. */
export function makeIncoming(text: string, overrides: Partial<Incoming> = {}): Incoming {
  return { platform: 'terminal', conversation: 'terminal', user: 'local', text, mentioned: true, ...overrides };
}
