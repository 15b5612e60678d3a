/**
 * The chat platforms `brief start` can run, each created only when its credentials are set.
 * A platform is one entry here and one adapter file; nothing else changes.
 */
import type { ChatAdapter } from './adapter.ts';
import type { PlatformContext } from './platform-context.ts';

/** Creates the adapter when its settings are present, else returns undefined. */
export type PlatformFactory = (context: PlatformContext) => Promise<ChatAdapter | undefined> | ChatAdapter | undefined;

export const PLATFORM_FACTORIES: PlatformFactory[] = [
  // Loaded only when configured, so `brief ask` does not pay for Bolt.
  async (context) => (context.settings.slack ? (await import('./slack.ts')).createSlackChat(context) : undefined),
  async (context) => (context.settings.discord ? (await import('./discord.ts')).createDiscordChat(context) : undefined),
];
