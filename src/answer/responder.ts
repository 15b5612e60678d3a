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

/** Handles one kind of stateful intent. */
export type IntentHandler<K extends IntentKind = IntentKind> = (
  intent: Extract<Intent, { kind: K }>,
  incoming: Incoming,
) => Promise<Reply> | Reply;

export type IntentHandlers = { [K in IntentKind]?: IntentHandler<K> };

/** What a responder reports for each message, for logs and metrics. */
export interface ResponseEvent {
  incoming: Incoming;
  intent: Intent;
  reply: Reply;
  ms: number;
}

export interface ResponderOptions {
  library: () => Library;
  handlers?: IntentHandlers;
  onResponse?: (event: ResponseEvent) => void;
  onError?: (error: unknown, incoming: Incoming) => void;
}

/** Answers messages; the one entry point every adapter calls. */
export class Responder {
  constructor(private readonly options: ResponderOptions) {}

  /** Registers handlers for stateful intents (used by follow-ups once the store is open). */
  use(handlers: IntentHandlers): void {
    this.options.handlers = { ...this.options.handlers, ...handlers };
  }

  async respond(incoming: Incoming): Promise<Reply> {
    const started = performance.now();
    const intent = parseIntent(incoming.text);
    let reply: Reply;
    try {
      reply = await this.dispatch(intent, incoming);
    } catch (error) {
      this.options.onError?.(error, incoming);
      reply =
        error instanceof UserError
          ? { kind: 'error', code: error.code, message: error.message }
          : { kind: 'error', code: 'internal', message: `Something went wrong answering that: ${describeError(error)}. Nothing was changed.` };
    }
    this.options.onResponse?.({ incoming, intent, reply, ms: performance.now() - started });
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
