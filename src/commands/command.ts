/**
 * A command is one verb family as a piece: its grammar rules, its help lines and its handler.
 * The grammar, `/brief help`, Discord autocomplete and the handler map are all built from the one
 * list in `index.ts`, so adding a verb is one file here (and its test) plus a line in that list.
 *
 * @example
 *   export const ping = defineCommand<{ kind: 'ping' }>({
 *     name: 'ping', kinds: ['ping'],
 *     rules: [rule('ping', /^ping$/i, () => ({ kind: 'ping' }))],
 *     usage: [{ ask: '/brief ping', does: 'check that the bot answers' }],
 *     handler: () => () => ({ kind: 'notice', title: 'pong', lines: [] }),
 *   });
 */
import type { UsageLine } from '../answer/answer.ts';
import type { Incoming } from '../answer/incoming.ts';
import type { Intent, Rule } from '../answer/intent.ts';
import type { Reply } from '../answer/reply.ts';
import type { Library } from '../briefing/library.ts';
import type { FeedChatDeps } from '../feeds/chat.ts';
import type { FollowupServices } from '../followup/services.ts';
import type { ConversationMemory } from './conversations.ts';
import type { ReviewServices } from './review-services.ts';

/** One help line: a message to send and what it does. */
export type Usage = UsageLine;

/** What handlers may use. Parts a setup lacks are absent, and their commands say they are unavailable. */
export interface CommandServices {
  library(): Library;
  /** Every command's help lines, in help order. */
  usage: readonly Usage[];
  followups?: FollowupServices;
  feeds?: FeedChatDeps;
  /** What each conversation last talked about, for follow-up questions; without it every question stands alone. */
  conversations?: ConversationMemory;
  /** The briefing pages' review links and direct messages; without them `/brief review` is unavailable. */
  pages?: ReviewServices;
}

/** Answers one intent. */
export type Handler<I extends Intent = Intent> = (intent: I, incoming: Incoming) => Promise<Reply> | Reply;

/** One verb family. */
export interface Command<I extends Intent = Intent> {
  /** The family's name, e.g. `follow` (for follow and unfollow). */
  name: string;
  /** The intent kinds its handler answers (its rules may also produce others', e.g. help). */
  kinds: readonly string[];
  /** Its grammar rules, tried in order. */
  rules: readonly Rule<I>[];
  /** Its help lines. */
  usage: readonly Usage[];
  /**
   * Whether its rules are tried after every other command's: the topic words of `/brief <topic>`
   * would otherwise swallow every verb.
   */
  fallback?: boolean;
  /** Its handler for these services; undefined when a part it needs is not running here. */
  handler(services: CommandServices): Handler<I> | undefined;
}

/**
 * A command as the list holds it: any intent type. The router only hands a command intents of its
 * own `kinds`, which its rules produced.
 */
export type ListedCommand = Omit<Command, 'rules' | 'handler'> & {
  rules: readonly Rule[];
  handler(services: CommandServices): Handler<never> | undefined;
};

/** Declares a command (the identity function, for the types). */
export function defineCommand<I extends Intent>(command: Command<I>): Command<I> {
  return command;
}
