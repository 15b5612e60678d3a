/**
 * The Discord adapter: a discord.js 14 `Client` behind the `ChatAdapter` interface.
 *
 * - `/brief query:<text>` answers ephemerally, with autocomplete and buttons
 *   (see `discord-interactions.ts`); mentions of the bot and DMs answer as a reply.
 * - Intents are only Guilds, GuildMessages and DirectMessages: Discord still sends the content of
 *   messages that mention the bot and of DMs without the privileged Message Content intent.
 * - `DISCORD_API_URL` replaces the REST base; the gateway URL is discovered through it
 *   (`GET /gateway/bot`), so one setting points the whole client elsewhere (tests, proxies).
 * - Every message goes out with `allowed_mentions: { parse: [] }`: article and feed text can
 *   never ping anyone. Answers to mentions that still fail after retries are logged and kept in the outbox.
 *
 * discord.js is imported when the adapter starts, so commands that never talk to Discord
 * (`brief ask`, the terminal chat) do not pay for loading it.
 */
import { once } from 'node:events';
import type { Client, Interaction, Message } from 'discord.js';
import type { Reply } from '../answer/reply.ts';
import type { Responder } from '../commands/responder.ts';
import type { Library } from '../briefing/library.ts';
import type { Settings } from '../config/env.ts';
import { PlatformError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { renderDiscord } from '../render/discord.ts';
import type { Outbox } from '../delivery/outbox.ts';
import type { DeliveryTarget } from '../delivery/target.ts';
import { retrying, type RetryPolicy } from '../net/retry.ts';
import { isQuiet, type ChatAdapter } from './adapter.ts';
import { InFlight } from './in-flight.ts';
import { canManage, handleInteraction, messageOptions, reportInteractionFailure } from './discord-interactions.ts';
import { DEFAULT_MAX_RATE_LIMIT_WAIT_MS, describeDiscordFailure, DISCORD_RETRY, isTransient, restBase, retryAfterMs, scrub } from './discord-rest.ts';
import type { PlatformContext } from './platform-context.ts';

export interface DiscordChatOptions {
  discord: NonNullable<Settings['discord']>;
  responder: Pick<Responder, 'respond'>;
  catalog: { library(): Library };
  logger: Logger;
  outbox: Outbox;
  /** Answer an interaction directly when ready within this long, else defer first. Default 2,000 ms. */
  deadlineMs?: number;
  /** Re-tries of a delivery that failed transiently, after discord.js's own (default `DISCORD_RETRY`). */
  retry?: RetryPolicy;
  /** A rate limit longer than this fails the request instead of holding it. Default 30 s. */
  maxRateLimitWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  /** How long a stop lets answers in flight finish before handing the unsent ones back (default 3 s). */
  stopBudgetMs?: number;
}

/** Brief on Discord. */
export class DiscordChat implements ChatAdapter {
  readonly platform = 'discord' as const;
  private client?: Client;
  private readonly logger: Logger;
  private readonly inflight: InFlight;

  constructor(private readonly options: DiscordChatOptions) {
    this.logger = options.logger.child({ platform: 'discord' });
    this.inflight = new InFlight(options.outbox, this.logger, options.now);
  }

  /** A wait between retries that a stop cuts short. */
  private readonly sleep = async (ms: number): Promise<void> => {
    if (this.inflight.signal.aborted) throw new Error('stopping: no more retries');
    await (this.options.sleep ?? this.inflight.sleep)(ms);
    if (this.inflight.signal.aborted) throw new Error('stopping: no more retries');
  };

  /** The bot's user id once connected. */
  get userId(): string | undefined {
    return this.client?.user?.id;
  }

  async start(): Promise<void> {
    if (this.client) return;
    const { Client, Events, GatewayIntentBits, Partials } = await import('discord.js');
    const { token, apiUrl, shards, shardCount } = this.options.discord;
    const maxWait = this.options.maxRateLimitWaitMs ?? DEFAULT_MAX_RATE_LIMIT_WAIT_MS;
    const client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      // DM channels are not cached before their first message; without this partial DMs are dropped.
      partials: [Partials.Channel],
      allowedMentions: { parse: [], repliedUser: false },
      // Each replica runs its own shards; deliveries go through REST, which any replica can reach.
      ...(shards !== undefined ? { shards } : {}),
      ...(shardCount !== undefined ? { shardCount } : {}),
      rest: { ...restBase(apiUrl), rejectOnRateLimit: (limit) => limit.retryAfter > maxWait },
    });
    const log = this.logger;
    client.on(Events.Debug, (message) => log.trace(scrub(message, token)));
    client.on(Events.Warn, (message) => log.warn(scrub(message, token)));
    client.on(Events.Error, (error) => log.error({ reason: scrub(describeDiscordFailure(error), token) }, 'discord client error'));
    client.on(Events.ShardError, (error, shard) => log.warn({ shard, reason: scrub(describeDiscordFailure(error), token) }, 'discord gateway error'));
    // Once a stop begins, new events are left alone; those already being answered are waited for.
    client.on(Events.InteractionCreate, (interaction) => void (this.inflight.signal.aborted || this.inflight.track(this.onInteraction(interaction))));
    client.on(Events.MessageCreate, (message) => void (this.inflight.signal.aborted || this.inflight.track(this.onMessage(message))));

    this.client = client;
    const ready = once(client, Events.ClientReady);
    try {
      await client.login(token);
      await ready;
    } catch (error) {
      this.client = undefined;
      await client.destroy();
      const reason = describeDiscordFailure(error);
      throw new PlatformError('discord', `could not connect: ${scrub(reason, token)}${/token/i.test(reason) ? ' — check DISCORD_TOKEN' : ''}`);
    }
    log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord connected');
  }

  /**
   * Cancels the waits of replies still retrying (each is kept in the outbox by its handler), hands
   * back what is unsent after `stopBudgetMs`, then disconnects — all before the store closes.
   */
  async stop(): Promise<void> {
    const client = this.client;
    if (!client) return;
    await this.inflight.stop(this.options.stopBudgetMs ?? 3000);
    this.client = undefined;
    await client.destroy();
  }

  /**
   * Posts to a channel (or thread). A post that still fails is logged and thrown: the caller (the
   * follow-ups scheduler) owns the retry, so keeping it in the outbox too would post it twice.
   */
  async deliver(target: DeliveryTarget, reply: Reply): Promise<void> {
    const channel = target.thread ?? target.conversation;
    const body = renderDiscord(reply, { share: false });
    try {
      const rest = this.client?.rest;
      if (!rest) throw new Error('not connected — the Discord adapter has not started');
      await retrying(() => rest.post(`/channels/${channel}/messages`, { body }), {
        policy: this.options.retry ?? DISCORD_RETRY,
        shouldRetry: isTransient,
        sleep: this.sleep,
        onRetry: (error, delayMs) => this.logger.warn({ channel, reason: describeDiscordFailure(error), retryInMs: delayMs }, 'discord post failed; retrying'),
      });
    } catch (error) {
      const reason = describeDiscordFailure(error);
      this.logger.error({ channel, reason }, 'discord delivery failed');
      const status = (error as { status?: unknown }).status;
      throw new PlatformError('discord', `could not post to channel ${channel}: ${reason}`, typeof status === 'number' ? status : undefined, retryAfterMs(error));
    }
  }

  /** Sends a reply to one person by direct message: opens (or finds) the DM channel, then posts to it. */
  async deliverDirect(user: string, reply: Reply): Promise<void> {
    const rest = this.client?.rest;
    try {
      if (!rest) throw new Error('not connected — the Discord adapter has not started');
      const channel = (await rest.post('/users/@me/channels', { body: { recipient_id: user } })) as { id: string };
      await rest.post(`/channels/${channel.id}/messages`, { body: renderDiscord(reply, { interactive: false }) });
    } catch (error) {
      const reason = describeDiscordFailure(error);
      this.logger.warn({ user, reason }, 'discord direct message failed');
      const status = (error as { status?: unknown }).status;
      throw new PlatformError('discord', `could not send a direct message: ${reason}`, typeof status === 'number' ? status : undefined);
    }
  }

  private async onInteraction(interaction: Interaction): Promise<void> {
    try {
      await handleInteraction(interaction, {
        responder: this.options.responder,
        library: () => this.options.catalog.library(),
        logger: this.logger,
        deadlineMs: this.options.deadlineMs ?? 2000,
      });
    } catch (error) {
      await reportInteractionFailure(interaction, error, this.logger);
    }
  }

  /** Mentions of the bot and DMs are questions; everything else in a channel is not for Brief. */
  private async onMessage(message: Message): Promise<void> {
    const me = this.client?.user?.id;
    if (!me || message.author.bot || message.author.id === me) return;
    // People mention a bot by its user or by the role Discord gives it when it joins a server.
    const botRole = message.inGuild() ? message.guild.members.me?.roles.botRole : undefined;
    if (message.inGuild() && !message.mentions.users.has(me) && !(botRole && message.mentions.roles.has(botRole.id))) return;
    try {
      const reply = await this.options.responder.respond({
        platform: 'discord',
        conversation: message.channelId,
        user: message.author.id,
        text: message.content.replace(/<@&\d+>/g, ' '),
        mentioned: true,
        ...(message.guildId ? { workspace: message.guildId } : {}),
        ...(canManage(() => message.member?.permissions) ? { admin: true } : {}),
      });
      if (isQuiet(reply)) return;
      const target = { platform: 'discord' as const, conversation: message.channelId };
      const sending = this.inflight.sending(target, reply);
      try {
        await message.reply(messageOptions(renderDiscord(reply, { share: false })));
      } catch (error) {
        // Nobody else will retry an answer to a mention: keep it for a later post in the channel (unless a stop already did).
        const reason = describeDiscordFailure(error);
        this.logger.error({ channel: message.channelId, message: message.id, reason, kept: !sending.handedBack }, 'discord reply failed; kept in the outbox for a later retry');
        if (!sending.handedBack) await this.options.outbox.keep({ target, reply, reason, at: (this.options.now ?? (() => new Date()))() });
      } finally {
        sending.settled();
      }
    } catch (error) {
      this.logger.error({ channel: message.channelId, message: message.id, reason: describeDiscordFailure(error) }, 'discord reply failed');
    }
  }
}

/** The platform factory: a Discord adapter when `DISCORD_TOKEN` is set. */
export function createDiscordChat(context: PlatformContext): DiscordChat | undefined {
  const discord = context.settings.discord;
  if (!discord) return undefined;
  const stopBudgetMs = (context.settings.shutdownGraceSeconds * 1000) / 2;
  return new DiscordChat({ discord, responder: context.responder, catalog: context.catalog, logger: context.logger, outbox: context.outbox, stopBudgetMs });
}
