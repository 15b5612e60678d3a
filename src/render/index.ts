/**
 * Renderers by output platform, for `brief ask --platform`. Each turns a `Reply` into what that
 * platform is sent: text, a Slack Block Kit payload, a Discord message payload.
 */
import type { Reply } from '../answer/reply.ts';
import { renderDiscord } from './discord.ts';
import { renderSlack } from './slack.ts';
import { renderText } from './text.ts';

export type RenderTarget = 'text' | 'slack' | 'discord';

/** Renders to a value that `brief ask` prints (strings as they are, objects as JSON). */
export const RENDERERS: Partial<Record<RenderTarget, (reply: Reply) => unknown>> = {
  text: (reply) => renderText(reply),
  slack: (reply) => renderSlack(reply),
  discord: (reply) => renderDiscord(reply),
};
