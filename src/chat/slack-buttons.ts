/**
 * Slack's buttons on a reply: a part or suggestion ("Actors", "Open questions") replaces the
 * message it was pressed on; "Share in channel" posts the reply visibly and removes the private
 * one; "Open" is Slack's own link and only needs its acknowledgement. Registered on the adapter's
 * Bolt app; the answers come from the adapter's responder, as every other message's do.
 */
import type { App } from '@slack/bolt';
import * as z from 'zod';
import type { Incoming } from '../answer/incoming.ts';
import type { Reply } from '../answer/reply.ts';
import type { Logger } from '../log.ts';
import { renderSlack, SLACK_ACTIONS } from '../render/slack.ts';
import type { PostTarget, SlackPoster } from './slack-post.ts';
import { describeSlackError } from './slack-web.ts';

/** What the adapter needs to ask its responder for a message: `Incoming` without what it fills in. */
export type AskFields = Omit<Incoming, 'platform' | 'mentioned' | 'workspace'> & { workspace?: string | undefined };

/** The adapter's parts the buttons use. */
export interface ButtonHost {
  ask(fields: AskFields): Promise<Reply>;
  post(target: PostTarget, reply: Reply, render: Parameters<SlackPoster['post']>[2], keep?: { keep: boolean }): ReturnType<SlackPoster['post']>;
  respond(url: string, payload: object, channel: string): Promise<void>;
  /** The workspace a press came from, when its deliveries must carry it (many workspaces). */
  teamOf(team: string | null | undefined): { team?: string };
  logger: Logger;
}

const ButtonPress = z.object({
  user: z.object({ id: z.string() }),
  team: z.object({ id: z.string() }).nullish(),
  channel: z.object({ id: z.string() }).optional(),
  container: z.object({ is_ephemeral: z.boolean().optional(), thread_ts: z.string().optional() }).partial().optional(),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
  response_url: z.string().optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
});

/** Registers the button handlers on `app`. */
export function registerSlackButtons(app: App, host: ButtonHost): void {
  app.action(new RegExp(`^${SLACK_ACTIONS.askPrefix}`), async ({ ack, body, client }) => {
    await ack();
    const press = ButtonPress.parse(body);
    const channel = press.channel?.id ?? 'unknown';
    const reply = await host.ask({ text: press.actions[0]!.value ?? '', conversation: channel, user: press.user.id, workspace: press.team?.id ?? undefined, ...host.teamOf(press.team?.id) });
    const ephemeral = press.container?.is_ephemeral ?? !press.message;
    if (ephemeral || !press.message || !press.channel) {
      if (press.response_url) await host.respond(press.response_url, { replace_original: true, ...renderSlack(reply, { actions: 'private' }) }, channel);
      return;
    }
    const message = renderSlack(reply, { actions: 'public' });
    try {
      // The request's own client: it carries the token of the workspace the button was pressed in.
      await client.chat.update({ channel: press.channel.id, ts: press.message.ts, text: message.text, blocks: message.blocks });
    } catch (error) {
      host.logger.warn({ platform: 'slack', channel, reason: describeSlackError(error) }, 'slack update failed');
    }
  });

  // Slack opens the page itself; the press still arrives and must be acknowledged.
  app.action(SLACK_ACTIONS.open, async ({ ack }) => {
    await ack();
  });

  app.action(SLACK_ACTIONS.share, async ({ ack, body }) => {
    await ack();
    const press = ButtonPress.parse(body);
    if (!press.channel) return;
    const team = host.teamOf(press.team?.id);
    const reply = await host.ask({ text: press.actions[0]!.value ?? '', conversation: press.channel.id, user: press.user.id, workspace: press.team?.id ?? undefined, ...team });
    const thread = press.container?.thread_ts ?? press.message?.thread_ts;
    const shared = await host.post({ channel: press.channel.id, ...(thread ? { thread } : {}), ...team }, reply, { actions: 'public', sharedBy: press.user.id }, { keep: false });
    if (!press.response_url) return;
    const update = shared.ok
      ? { delete_original: true }
      : { replace_original: false, response_type: 'ephemeral', text: `I couldn't share that here (${shared.reason}). If this is a private channel, invite me with \`/invite @Brief\` and try again.` };
    await host.respond(press.response_url, update, press.channel.id);
  });
}
