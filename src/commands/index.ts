/**
 * The bot's commands, as one list. Everything that knows the verbs is built from it: the grammar
 * (`GRAMMAR`, `parseIntent`), `/brief help` and Discord autocomplete (`USAGE`), and the handler map
 * (`commandHandlers`). Help lists the commands in this order; the grammar tries their rules in this
 * order too, except that fallback commands are tried last: a free question, then a bare topic.
 *
 * Adding a verb: write `src/commands/<verb>.ts` (rules, usage, handler) and its test, and add it here.
 */
import type { ReadIntent } from '../answer/answer.ts';
import { matchRules, type Intent, type Rule } from '../answer/intent.ts';
import { about } from './about.ts';
import { ask, type QuestionIntent } from './ask.ts';
import { briefing } from './briefing.ts';
import type { CommandServices, Handler, ListedCommand, Usage } from './command.ts';
import { digestCommand, type DigestIntent } from './digest.ts';
import { feedsCommand } from './feeds.ts';
import { followCommand, type FollowIntent } from './follow.ts';
import { help } from './help.ts';
import { remindCommand, type RemindIntent } from './remind.ts';
import { reviewCommand, type ReviewIntent } from './review.ts';
import { timezoneCommand, type TimezoneIntent } from './timezone.ts';
import { unknowns } from './unknowns.ts';
import { who } from './who.ts';
import type { FeedsIntent } from '../feeds/chat.ts';

/** Every command, in help order. */
export const COMMANDS: readonly ListedCommand[] = [ask, briefing, about, who, unknowns, followCommand, remindCommand, digestCommand, feedsCommand, timezoneCommand, reviewCommand, help];

/** Every intent the grammar produces. */
export type KnownIntent = ReadIntent | QuestionIntent | FollowIntent | RemindIntent | DigestIntent | TimezoneIntent | FeedsIntent | ReviewIntent;

/** The grammar: every command's rules, fallbacks last. */
export const GRAMMAR: readonly Rule[] = [...COMMANDS.filter((c) => !c.fallback), ...COMMANDS.filter((c) => c.fallback)].flatMap((c) => c.rules);

/** Every command's help lines, in help order. */
export const USAGE: readonly Usage[] = COMMANDS.flatMap((c) => c.usage);

/**
 * Reads a message as an intent with the bot's grammar.
 *
 * @example parseIntent('/brief swap actors') → { kind: 'briefing', topic: 'swap', part: 'actors' }
 * @example parseIntent("who's Guzmán?") → { kind: 'who', name: 'Guzmán', focus: 'profile' }
 */
export function parseIntent(text: string): KnownIntent {
  return matchRules(text, GRAMMAR) as KnownIntent;
}

/** Handlers by intent kind, for the services this setup has (commands whose parts are missing are left out). */
export function commandHandlers(services: Omit<CommandServices, 'usage'>, commands: readonly ListedCommand[] = COMMANDS): Map<string, Handler<Intent>> {
  const full: CommandServices = { ...services, usage: commands.flatMap((c) => c.usage) };
  const handlers = new Map<string, Handler<Intent>>();
  for (const command of commands) {
    // Safe: the router hands a command only intents of its own kinds.
    const handler = command.handler(full) as Handler<Intent> | undefined;
    if (handler) for (const kind of command.kinds) handlers.set(kind, handler);
  }
  return handlers;
}
