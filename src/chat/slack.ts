/**
 * The Slack adapter: a Bolt app behind the `ChatAdapter` interface. It turns slash commands,
 * mentions, direct messages and button presses into `Incoming` values for the responder, and
 * replies into Block Kit messages. It decides nothing about answers.
 *
 * - `/brief <text>`: answered privately (ephemeral) in the ack when the answer is ready within the
 *   ack budget, else acked empty and answered through the command's `response_url`.
 * - `@Brief <question>` in a channel: answered in a thread under the mention.
 * - A direct message: answered in the DM (in its thread when the message was in one).
 * - Buttons: a part or suggestion replaces the message; "Share in channel" posts it visibly.
 *
 * HTTP mode (bot token + signing secret, `POST /slack/events` on PORT) or Socket Mode (app token);
 * or many workspaces (OAuth, slack-oauth.ts): HTTP mode with `/slack/install` and
 * `/slack/oauth_redirect`, each workspace answered and delivered to with its own installation's token.
 */
import type { Server } from 'node:http';
import type { AddressInfo, ListenOptions } from 'node:net';
import { App, type Receiver } from '@slack/bolt';
import * as z from 'zod';
import type { Reply } from '../answer/reply.ts';
import type { Responder } from '../commands/responder.ts';
import { PlatformError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { renderSlack } from '../render/slack.ts';
import type { Outbox } from '../delivery/outbox.ts';
import type { DeliveryTarget } from '../delivery/target.ts';
import type { RetryPolicy } from '../net/retry.ts';
import { settleWithin } from '../time/within.ts';
import { isQuiet, type ChatAdapter } from './adapter.ts';
import type { PlatformContext } from './platform-context.ts';
import { registerSlackButtons } from './slack-buttons.ts';
import { boltLogger, createReceiver, type HttpRoute } from './slack-receiver.ts';
import { InFlight } from './in-flight.ts';
import { SlackPoster, WEB_CLIENT_NO_RETRIES, type PostTarget } from './slack-post.ts';
import type { AskFields } from './slack-buttons.ts';
import { describeSlackError, SLACK_RETRY } from './slack-web.ts';
import { installationStore, postingToken, registerUninstall, SLACK_BOT_SCOPES, type SlackOAuthOptions } from './slack-oauth.ts';

/** The slash command the manifest declares. */
export const SLASH_COMMAND = '/brief';

/** Answers slower than this are acked empty and sent through `response_url` (Slack allows 3 s). */
export const DEFAULT_ACK_BUDGET_MS = 2000;

export interface SlackChatOptions {
  /** One workspace's bot token; with `oauth`, the token for channels configured without a workspace. */
  botToken?: string;
  /** Many workspaces: Bolt's OAuth install flow, installations kept in the store. */
  oauth?: SlackOAuthOptions;
  /** HTTP mode when set (and no app token). */
  signingSecret?: string;
  /** Socket Mode when set. */
  appToken?: string;
  /** Web API base (`SLACK_API_URL`); Slack's own when absent. */
  apiUrl?: string;
  responder: Pick<Responder, 'respond'>;
  logger: Logger;
  outbox: Outbox;
  /** The HTTP port (`PORT`, default 3000). Socket Mode serves `routes` on it, if any. */
  port?: number;
  /** Where HTTP mode listens, when more than a port is needed (tests bind 127.0.0.1:0). */
  listen?: ListenOptions;
  /** Extra routes served on the same port as Slack's events: `/healthz`, `/readyz`, `/metrics`. */
  routes?: HttpRoute[];
  ackBudgetMs?: number;
  /** Web API and response_url retries; `SLACK_RETRY` by default. */
  retry?: RetryPolicy;
  /** The clock the replay check reads (ms since the epoch). */
  now?: () => number;
  /** Waits between retries; injected by tests. */
  sleep?: (ms: number) => Promise<void>;
  /** How long a stop lets answers in flight finish before handing the unsent ones back (default 3 s). */
  stopBudgetMs?: number;
}

const Mention = z.object({ channel: z.string(), user: z.string().optional(), text: z.string().default(''), ts: z.string(), thread_ts: z.string().optional(), team: z.string().optional() });
const DirectMessage = Mention.extend({ channel_type: z.string().optional(), subtype: z.string().optional(), bot_id: z.string().optional() });

/** The Slack `ChatAdapter`. */
export class SlackChat implements ChatAdapter {
  readonly platform = 'slack' as const;
  readonly mode: 'http' | 'socket';
  private readonly app: App;
  private server?: Server;
  private running = false;
  private readonly inflight: InFlight;
  private readonly poster: SlackPoster;

  constructor(private readonly options: SlackChatOptions) {
    const { botToken, signingSecret, appToken, oauth } = options;
    if (!appToken && !signingSecret) throw new Error('Slack needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)');
    if (!botToken && !oauth) throw new Error('Slack needs SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (many workspaces)');
    if (oauth && (appToken || !signingSecret)) throw new Error('Slack in many workspaces runs in HTTP mode: set SLACK_SIGNING_SECRET and unset SLACK_APP_TOKEN');
    this.mode = appToken ? 'socket' : 'http';
    const now = options.now ?? Date.now;
    const bolt = boltLogger(options.logger, [botToken ?? '', signingSecret ?? '', appToken ?? '', oauth?.clientSecret ?? '', oauth?.stateSecret ?? '']);
    const clientOptions = {
      ...(options.apiUrl ? { slackApiUrl: options.apiUrl.replace(/\/?$/, '/') } : {}),
      ...WEB_CLIENT_NO_RETRIES,
      logger: bolt,
    };
    const receiver: Receiver = createReceiver({
      mode: appToken ? { kind: 'socket', appToken } : { kind: 'http', signingSecret: signingSecret! },
      port: options.port ?? 3000,
      routes: options.routes ?? [],
      logger: options.logger,
      boltLogger: bolt,
      clientOptions,
      now,
      ...(oauth
        ? {
            oauth: {
              clientId: oauth.clientId,
              clientSecret: oauth.clientSecret,
              stateSecret: oauth.stateSecret,
              scopes: SLACK_BOT_SCOPES,
              installationStore: installationStore(oauth.installations, now),
              installerOptions: { clientOptions },
            },
          }
        : {}),
    });
    this.app = new App({
      ...(oauth ? {} : { token: botToken }),
      receiver,
      ...(appToken ? { socketMode: true } : {}),
      clientOptions,
      logger: bolt,
      // auth.test runs in start(), so a bad token fails start with a clear error.
      deferInitialization: true,
    });
    this.inflight = new InFlight(options.outbox, options.logger, () => new Date(now()));
    this.poster = new SlackPoster({ client: () => this.app.client, token: (team) => postingToken(options, team), outbox: options.outbox, logger: options.logger, retry: options.retry ?? SLACK_RETRY, inflight: this.inflight, now, ...(options.sleep ? { sleep: options.sleep } : {}) });
    this.registerHandlers();
    if (oauth) registerUninstall(this.app, { installations: oauth.installations, logger: options.logger, now });
  }

  /** The workspace a request came from, when its deliveries must carry it (many workspaces). */
  private teamOf(teamId: string | null | undefined): { team?: string } {
    return this.options.oauth && teamId ? { team: teamId } : {};
  }

  /** The HTTP listener's address once started in HTTP mode (tests read the port from it). */
  get address(): AddressInfo | undefined {
    const address = this.server?.address();
    return address && typeof address === 'object' ? address : undefined;
  }

  async start(): Promise<void> {
    await this.app.init();
    if (this.mode === 'http') {
      const listen = this.options.listen ?? { port: this.options.port ?? 3000 };
      this.server = (await (this.app.start as (options: ListenOptions) => Promise<unknown>)(listen)) as Server;
    } else {
      await this.app.start();
    }
    this.running = true;
    this.options.logger.info({ platform: 'slack', mode: this.mode, ...(this.address ? { port: this.address.port } : {}) }, 'slack connected');
  }

  /**
   * Stops taking events, cancels the waits of replies still retrying (each is kept in the outbox by
   * its handler), and after `stopBudgetMs` hands back whatever is still unsent — all before the
   * store closes, which happens after the adapters stop.
   */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.app.stop();
    await this.inflight.stop(this.options.stopBudgetMs ?? 3000);
  }

  /** Posts a reminder, digest or feed item to a channel. Throws a `PlatformError` when Slack refuses it after retries. */
  deliver(target: DeliveryTarget, reply: Reply): Promise<void> {
    return this.poster.deliver(target, reply);
  }

  /** Sends a reply to one person in their direct messages with the bot (Slack opens the DM for a user id). */
  async deliverDirect(user: string, reply: Reply): Promise<void> {
    try {
      await this.poster.postMessage({ channel: user }, renderSlack(reply, { actions: 'none' }));
    } catch (error) {
      const reason = describeSlackError(error);
      this.options.logger.warn({ platform: 'slack', user, reason }, 'slack direct message failed');
      throw new PlatformError('slack', `could not send a direct message: ${reason}`);
    }
  }

  /** Slash commands, mentions, direct messages and buttons, and a log line for any handler that throws. */
  private registerHandlers(): void {
    this.app.error(async (error) => {
      this.options.logger.error({ platform: 'slack', reason: describeSlackError(error) }, 'slack handler failed');
    });
    // Every event's handling, answer and post included, is work a stop waits for (within its budget).
    this.app.use(async ({ next }) => {
      await this.inflight.track(next());
    });

    this.app.command(SLASH_COMMAND, async ({ command, ack }) => {
      const pending = this.ask({ text: command.text ?? '', conversation: command.channel_id, user: command.user_id, workspace: command.team_id, ...this.teamOf(command.team_id) });
      const quick = await settleWithin(pending, this.options.ackBudgetMs ?? DEFAULT_ACK_BUDGET_MS);
      if (quick) {
        await ack({ response_type: 'ephemeral', ...renderSlack(quick, { actions: 'private' }) });
        return;
      }
      await ack();
      const reply = await pending;
      await this.respond(command.response_url, { response_type: 'ephemeral', ...renderSlack(reply, { actions: 'private' }) }, command.channel_id);
    });

    this.app.event('app_mention', async ({ event, context }) => {
      const mention = Mention.parse(event);
      const thread = mention.thread_ts ?? mention.ts;
      const team = this.teamOf(context.teamId);
      const reply = await this.ask({ text: mention.text, conversation: mention.channel, thread, user: mention.user ?? 'unknown', workspace: mention.team, ...team });
      if (isQuiet(reply)) return;
      await this.post({ channel: mention.channel, thread, ...team }, reply, { actions: 'public' });
    });

    this.app.event('message', async ({ event, context }) => {
      const message = DirectMessage.parse(event);
      if (message.channel_type !== 'im' || message.subtype || message.bot_id || !message.user) return;
      const team = this.teamOf(context.teamId);
      const thread = message.thread_ts ? { thread: message.thread_ts } : {};
      const reply = await this.ask({ text: message.text, conversation: message.channel, user: message.user, workspace: message.team, ...team, ...thread });
      if (isQuiet(reply)) return;
      await this.post({ channel: message.channel, ...thread, ...team }, reply, { actions: 'public' });
    });

    registerSlackButtons(this.app, {
      ask: (fields) => this.ask(fields),
      post: (target, reply, render, keep) => this.post(target, reply, render, keep),
      respond: (url, payload, channel) => this.respond(url, payload, channel),
      teamOf: (team) => this.teamOf(team),
      logger: this.options.logger,
    });
  }

  private ask(fields: AskFields): Promise<Reply> {
    const { workspace, ...rest } = fields;
    return this.options.responder.respond({ platform: 'slack', mentioned: true, ...rest, ...(workspace ? { workspace } : {}) });
  }

  private post(target: PostTarget, reply: Reply, render: Parameters<SlackPoster['post']>[2], keep?: { keep: boolean }) {
    return this.poster.post(target, reply, render, keep);
  }

  private respond(url: string, payload: object, channel: string): Promise<void> {
    return this.poster.respond(url, payload, channel);
  }
}

/**
 * The platform factory: a `SlackChat` when `SLACK_BOT_TOKEN` is set, else nothing.
 * `context.httpRoutes` (health, readiness, metrics) are served on the same port.
 */
export function createSlackChat(context: PlatformContext, overrides: Partial<SlackChatOptions> = {}): SlackChat | undefined {
  const slack = context.settings.slack;
  if (!slack) return undefined;
  if (slack.oauth && !context.installations) throw new Error('Slack in many workspaces needs the store for its installations');
  return new SlackChat({
    ...(slack.botToken ? { botToken: slack.botToken } : {}),
    ...(slack.oauth && context.installations ? { oauth: { ...slack.oauth, installations: context.installations } } : {}),
    ...(slack.signingSecret ? { signingSecret: slack.signingSecret } : {}),
    ...(slack.appToken ? { appToken: slack.appToken } : {}),
    ...(slack.apiUrl ? { apiUrl: slack.apiUrl } : {}),
    responder: context.responder,
    logger: context.logger,
    outbox: context.outbox,
    ...(context.settings.port !== undefined ? { port: context.settings.port } : {}),
    ...(context.httpRoutes ? { routes: context.httpRoutes } : {}),
    // Half the grace for answers in flight; the rest is for the parts that stop after the adapters.
    stopBudgetMs: (context.settings.shutdownGraceSeconds * 1000) / 2,
    ...overrides,
  });
}
