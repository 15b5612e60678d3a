/**
 * Routes an incoming message to its answer: the grammar (built from the commands) reads it as an
 * intent, and the command for that intent answers — read-only ones from the pure answer engine,
 * stateful ones (follow, remind, digest…) through the services of the parts that own them. Every
 * collaborator is given at construction. One bad message never takes the bot down: failures
 * become an error reply.
 */
import { randomUUID } from 'node:crypto';
import type { ReplyEnricher } from '../answer/enricher.ts';
import type { Incoming } from '../answer/incoming.ts';
import type { Intent } from '../answer/intent.ts';
import type { Reply } from '../answer/reply.ts';
import type { Library } from '../briefing/library.ts';
import { describeError, UserError } from '../errors.ts';
import type { FeedChatDeps } from '../feeds/chat.ts';
import type { FollowupServices } from '../followup/services.ts';
import type { RateLimiter } from '../ops/rate-limit.ts';
import { MAX_QUESTION_CHARS } from './ask.ts';
import type { Handler } from './command.ts';
import { ConversationMemory } from './conversations.ts';
import { systemClock } from '../time/clock.ts';
import type { ReviewServices } from './review-services.ts';
import { commandHandlers, parseIntent, type KnownIntent } from './index.ts';

/** How much of a message is read as a command. */
export const MAX_MESSAGE_CHARS = MAX_QUESTION_CHARS;


/** What a responder reports for each message, for logs and metrics. */
export interface ResponseEvent {
  /** A short id for this command, carried by its log lines. */
  id: string;
  incoming: Incoming;
  intent: Intent;
  reply: Reply;
  ms: number;
}

export interface ResponderOptions {
  library: () => Library;
  /** The follow-ups' services; without them follow, remind, digest and timezone say they are unavailable. */
  followups?: FollowupServices;
  /** The feeds' chat services; without them `/brief feeds` says it is unavailable. */
  feeds?: FeedChatDeps;
  /** What each conversation last talked about, for follow-up questions. Default: a memory on the system clock. */
  conversations?: ConversationMemory;
  /** Review links and direct messages; without them `/brief review` says it is unavailable. */
  pages?: ReviewServices;
  /** Handlers by intent kind that replace the commands' own (tests, and setups that answer differently). */
  handlers?: { [K in KnownIntent['kind']]?: Handler<Extract<KnownIntent, { kind: K }>> };
  /** Run in order on every reply. */
  enrichers?: readonly ReplyEnricher[];
  onResponse?: (event: ResponseEvent) => void;
  onError?: (error: unknown, incoming: Incoming, id: string) => void;
  /** Per-user and per-channel limits; unset means no limit. */
  limiter?: RateLimiter;
  /** Called when a command is refused by the limiter. */
  onLimited?: (incoming: Incoming, scope: 'user' | 'channel') => void;
}

/** Answers messages; the one entry point every adapter calls. */
export class Responder {
  private readonly handlers: Map<string, Handler<Intent>>;
  private readonly conversations: ConversationMemory;

  constructor(private readonly options: ResponderOptions) {
    this.conversations = options.conversations ?? new ConversationMemory({ clock: systemClock });
    this.handlers = commandHandlers({
      library: options.library,
      conversations: this.conversations,
      ...(options.followups ? { followups: options.followups } : {}),
      ...(options.feeds ? { feeds: options.feeds } : {}),
      ...(options.pages ? { pages: options.pages } : {}),
    });
    for (const [kind, handler] of Object.entries(options.handlers ?? {})) this.handlers.set(kind, handler as Handler<Intent>);
  }

  async respond(incoming: Incoming): Promise<Reply> {
    const started = performance.now();
    const id = randomUUID().slice(0, 8);
    // A command is a line or two; anything longer is pasted text, answered on its start.
    const intent: Intent = parseIntent(incoming.text.slice(0, MAX_MESSAGE_CHARS));
    // The terminal has one person at the keyboard (or a script piping questions): nothing to share fairly.
    const limiter = incoming.platform === 'terminal' ? undefined : this.options.limiter;
    const decision = limiter?.check(`${incoming.platform}:${incoming.user}`, `${incoming.platform}:${incoming.conversation}`);
    if (decision && !decision.allowed) {
      this.options.onLimited?.(incoming, decision.scope);
      const who = decision.scope === 'user' ? 'You are' : 'This channel is';
      return {
        kind: 'error',
        code: 'rate_limited',
        message: `${who} sending commands faster than I can answer well — please wait about ${decision.retryAfterSeconds} s and ask again.`,
        ...(decision.first ? {} : { quiet: true }),
      };
    }
    let reply: Reply;
    try {
      reply = await this.dispatch(intent, incoming);
      for (const enricher of this.options.enrichers ?? []) {
        try {
          reply = await enricher(reply, incoming);
        } catch (error) {
          this.options.onError?.(error, incoming, id);
        }
      }
    } catch (error) {
      this.options.onError?.(error, incoming, id);
      reply =
        error instanceof UserError
          ? { kind: 'error', code: error.code, message: error.message }
          : { kind: 'error', code: 'internal', message: `Something went wrong answering that: ${describeError(error)}. Nothing was changed.` };
    }
    this.conversations.remember(incoming, reply);
    this.options.onResponse?.({ id, incoming, intent, reply, ms: performance.now() - started });
    return reply;
  }

  private async dispatch(intent: Intent, incoming: Incoming): Promise<Reply> {
    const handler = this.handlers.get(intent.kind);
    if (!handler) {
      return {
        kind: 'error',
        code: 'unknown_command',
        message: `\`${intent.kind}\` is not available in this setup yet. Try \`/brief help\` for what is.`,
      };
    }
    return handler(intent, incoming);
  }
}
