/**
 * Discord interactions → Brief: `/brief query:` (ephemeral answer), its autocomplete, and the
 * buttons on Brief's messages. Translation only: the responder answers, the renderer draws.
 *
 * Discord wants a first response within 3 seconds. An answer ready within `deadlineMs` is sent as
 * that response; a slower one is deferred first (Discord shows "thinking…") and edited in after.
 */
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
  MessageFlags,
} from 'discord.js';
import type { Incoming } from '../answer/incoming.ts';
import type { Reply } from '../answer/reply.ts';
import type { Responder } from '../commands/responder.ts';
import type { Library } from '../briefing/library.ts';
import type { Logger } from '../log.ts';
import { renderDiscord, type DiscordMessage, type DiscordRenderOptions } from '../render/discord.ts';
import { parseButtonId } from '../render/discord-parts.ts';
import { autocompleteChoices } from './discord-autocomplete.ts';
import { settleWithin } from '../time/within.ts';
import { describeDiscordFailure } from './discord-rest.ts';

/** The name of Brief's application command (contract). */
export const COMMAND_NAME = 'brief';

const EPHEMERAL = 64 satisfies MessageFlags.Ephemeral;

export interface InteractionContext {
  responder: Pick<Responder, 'respond'>;
  library(): Library;
  logger: Logger;
  /** How long to wait for an answer before deferring (Discord allows 3 s in all). */
  deadlineMs: number;
}

/** What discord.js's reply, update, edit and send all accept. */
export interface SendOptions {
  content?: string;
  embeds: DiscordMessage['embeds'];
  components: DiscordMessage['components'];
  allowedMentions: { parse: []; repliedUser: false };
}

/** A rendered message as discord.js send options; mentions can never ping anyone. */
export function messageOptions(message: DiscordMessage): SendOptions {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: { parse: [], repliedUser: false },
  };
}

/**
 * Waits up to `deadlineMs` for `work`; if it is not done by then, runs `defer` and keeps waiting.
 * `late` says which happened, so the caller answers with the first response or an edit.
 */
export async function withinDeadline<T>(work: Promise<T>, deadlineMs: number, defer: () => Promise<unknown>): Promise<{ value: T; late: boolean }> {
  const first = await settleWithin(work.then((value) => ({ value })), deadlineMs);
  if (first) return { value: first.value, late: false };
  await defer();
  return { value: await work, late: true };
}

/** Whether a member may manage the channel (for admin-only commands); false when Discord did not say. */
export function canManage(permissions: () => { any(flags: Array<'ManageChannels' | 'ManageGuild' | 'Administrator'>): boolean } | null | undefined): boolean {
  try {
    return permissions()?.any(['ManageChannels', 'ManageGuild', 'Administrator']) ?? false;
  } catch {
    return false; // a member whose roles are not cached
  }
}

function incomingOf(interaction: Interaction, text: string): Incoming {
  return {
    platform: 'discord',
    conversation: interaction.channelId ?? `dm:${interaction.user.id}`,
    user: interaction.user.id,
    text,
    mentioned: true,
    ...(interaction.guildId ? { workspace: interaction.guildId } : {}),
    ...(canManage(() => interaction.memberPermissions) ? { admin: true } : {}),
  };
}

async function answerAs(ctx: InteractionContext, interaction: Interaction, text: string, render: DiscordRenderOptions): Promise<ReturnType<typeof messageOptions>> {
  const reply: Reply = await ctx.responder.respond(incomingOf(interaction, text));
  return messageOptions(renderDiscord(reply, render));
}

/** Handles one interaction if it is Brief's; others are ignored. */
export async function handleInteraction(interaction: Interaction, ctx: InteractionContext): Promise<void> {
  if (interaction.isAutocomplete()) return autocomplete(interaction, ctx);
  if (interaction.isChatInputCommand()) return command(interaction, ctx);
  if (interaction.isButton()) return pressButton(interaction, ctx);
}

async function autocomplete(interaction: AutocompleteInteraction, ctx: InteractionContext): Promise<void> {
  if (interaction.commandName !== COMMAND_NAME) return;
  const typed = String(interaction.options.getFocused() ?? '');
  await interaction.respond(await autocompleteChoices(ctx.library(), typed));
}

async function command(interaction: ChatInputCommandInteraction, ctx: InteractionContext): Promise<void> {
  if (interaction.commandName !== COMMAND_NAME) return;
  const query = interaction.options.getString('query') ?? '';
  const work = answerAs(ctx, interaction, query, { share: true });
  const { value, late } = await withinDeadline(work, ctx.deadlineMs, () => interaction.deferReply({ flags: EPHEMERAL }));
  if (late) await interaction.editReply(value);
  else await interaction.reply({ ...value, flags: EPHEMERAL });
}

/**
 * A part button on a reply only its asker sees updates that reply in place. On a message everyone
 * sees (a mention reply, a digest) it answers the presser privately instead, so one person's click
 * never changes the message under everyone else. Share posts the answer visibly.
 */
async function pressButton(interaction: ButtonInteraction, ctx: InteractionContext): Promise<void> {
  const button = parseButtonId(interaction.customId);
  if (!button) return;
  const ephemeralMessage = interaction.message.flags.has(EPHEMERAL);
  if (button.action === 'share') {
    const work = answerAs(ctx, interaction, button.ask, { interactive: false });
    const { value, late } = await withinDeadline(work, ctx.deadlineMs, () => interaction.deferReply());
    if (late) await interaction.editReply(value);
    else await interaction.reply(value);
    return;
  }
  if (ephemeralMessage) {
    const work = answerAs(ctx, interaction, button.ask, { share: true });
    const { value, late } = await withinDeadline(work, ctx.deadlineMs, () => interaction.deferUpdate());
    if (late) await interaction.editReply(value);
    else await interaction.update(value);
    return;
  }
  const work = answerAs(ctx, interaction, button.ask, { share: true });
  const { value, late } = await withinDeadline(work, ctx.deadlineMs, () => interaction.deferReply({ flags: EPHEMERAL }));
  if (late) await interaction.editReply(value);
  else await interaction.reply({ ...value, flags: EPHEMERAL });
}

/** Tells the person something went wrong, if the interaction can still be answered; logs either way. */
export async function reportInteractionFailure(interaction: Interaction, error: unknown, logger: Logger): Promise<void> {
  logger.error({ interaction: interaction.id, channel: interaction.channelId, reason: describeDiscordFailure(error) }, 'discord interaction failed');
  if (!interaction.isRepliable()) return;
  const message = messageOptions(
    renderDiscord({ kind: 'error', code: 'platform_error', message: 'Brief could not answer that just now. Please try again in a moment.' }, { interactive: false }),
  );
  try {
    if (interaction.deferred || interaction.replied) await interaction.followUp({ ...message, flags: EPHEMERAL });
    else await interaction.reply({ ...message, flags: EPHEMERAL });
  } catch (second) {
    logger.warn({ interaction: interaction.id, reason: describeDiscordFailure(second) }, 'discord interaction failure could not be reported');
  }
}
