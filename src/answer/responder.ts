/**
 * Routes an incoming message to its answer: read-only intents to the pure answer engine, stateful
 * ones (follow, remind, digest…) to handlers registered by the parts that own them. One bad
 * message never takes the bot down: failures become an error reply.
 */
import type { Library } from '../briefing/library.ts';
import { describeError, UserError } from '../errors.ts';
import { answer, isReadIntent } from './answer.ts';
import type { Incoming } from './incoming.ts';
import { parseIntent, type Intent, type IntentKind } from './intent.ts';
import type { Reply } from './reply.ts';
import type { RateLimiter } from '../ops/rate-limit.ts';
import { randomUUID } from 'node:crypto';

/** How much of a message is read as a command. */
export const MAX_MESSAGE_CHARS = 2000;

/** Handles one kind of stateful intent. */
export type IntentHandler<K extends IntentKind = IntentKind> = (
  intent: Extract<Intent, { kind: K }>,
  incoming: Incoming,
) => Promise<Reply> | Reply;

export type IntentHandlers = { [K in IntentKind]?: IntentHandler<K> };

/**
 * Adds what other parts know to a reply after the pure answer is made (e.g. feed developments
 * that may answer a briefing's open questions). Must not fail the answer: errors are logged and
 * the reply goes out as it was.
 */
export type ReplyEnricher = (reply: Reply, incoming: Incoming) => Promise<Reply>;

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
  handlers?: IntentHandlers;
  onResponse?: (event: ResponseEvent) => void;
  onError?: (error: unknown, incoming: Incoming, id: string) => void;
  /** Per-user and per-channel limits; unset means no limit. */
  limiter?: RateLimiter;
  /** Called when a command is refused by the limiter. */
  onLimited?: (incoming: Incoming, scope: 'user' | 'channel') => void;
}

/** Answers messages; the one entry point every adapter calls. */
export class Responder {
  constructor(private readonly options: ResponderOptions) {}

  private readonly enrichers: ReplyEnricher[] = [];

  /** Registers a reply enricher (see `ReplyEnricher`). */
  enrich(enricher: ReplyEnricher): void {
    this.enrichers.push(enricher);
  }

  /** Registers handlers for stateful intents (used by follow-ups once the store is open). */
  use(handlers: IntentHandlers): void {
    this.options.handlers = { ...this.options.handlers, ...handlers };
  }

  async respond(incoming: Incoming): Promise<Reply> {
    const started = performance.now();
    const id = randomUUID().slice(0, 8);
    // A command is a line or two; anything longer is pasted text, answered on its start.
    const intent = parseIntent(incoming.text.slice(0, MAX_MESSAGE_CHARS));
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
      for (const enricher of this.enrichers) {
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
    this.options.onResponse?.({ id, incoming, intent, reply, ms: performance.now() - started });
    return reply;
  }

  private async dispatch(intent: Intent, incoming: Incoming): Promise<Reply> {
    if (isReadIntent(intent)) return answer(intent, this.options.library());
    const handler = this.options.handlers?.[intent.kind] as IntentHandler | undefined;
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
