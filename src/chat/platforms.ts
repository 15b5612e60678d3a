/**
 * The chat platforms `brief start` can run, each created only when its credentials are set.
 * A platform is one entry here and one adapter file; nothing else changes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Responder } from '../answer/responder.ts';
import type { Settings } from '../config/env.ts';
import type { Logger } from '../log.ts';
import type { BriefingCatalog } from '../briefing/catalog.ts';
import type { ChatAdapter } from './adapter.ts';
import type { Outbox } from './outbox.ts';

/** What a platform factory may use. */
export interface PlatformContext {
  settings: Settings;
  responder: Responder;
  catalog: BriefingCatalog;
  logger: Logger;
  /** Where posts that still fail after retries are kept (log them with channel and reason too). */
  outbox: Outbox;
  /** Extra HTTP routes (`/healthz`, `/readyz`, `/metrics`) that a platform listening on PORT serves too. */
  httpRoutes?: Array<{ path: string; method: string | string[]; handler: (req: IncomingMessage, res: ServerResponse) => void }>;
}

/** Creates the adapter when its settings are present, else returns undefined. */
export type PlatformFactory = (context: PlatformContext) => Promise<ChatAdapter | undefined> | ChatAdapter | undefined;

export const PLATFORM_FACTORIES: PlatformFactory[] = [
  // Loaded only when configured, so `brief ask` does not pay for Bolt.
  async (context) => (context.settings.slack ? (await import('./slack.ts')).createSlackChat(context) : undefined),
  async (context) => (context.settings.discord ? (await import('./discord.ts')).createDiscordChat(context) : undefined),
];
