/**
 * The terminal chat: the embedded default platform. Interactive with a prompt, history, colour and
 * `/help` on a terminal; one answer per input line, then exit at end of input, when piped.
 */
import { createInterface, type Interface } from 'node:readline';
import { makeIncoming } from '../answer/incoming.ts';
import type { Reply } from '../answer/reply.ts';
import type { Responder } from '../commands/responder.ts';
import { ANSI, PLAIN, renderText } from '../render/text.ts';
import { wrapText } from '../render/wrap.ts';
import type { DeliveryTarget } from '../delivery/target.ts';
import type { ChatAdapter } from './adapter.ts';

export interface TerminalOptions {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
  responder: Pick<Responder, 'respond'>;
  /** Interactive mode (prompt, greeting, history); defaults to whether input is a terminal. */
  interactive?: boolean;
  /** ANSI colour; defaults to whether output is a terminal and NO_COLOR is unset. */
  color?: boolean;
  /** Conversation id, so follow-ups made here are delivered here. */
  conversation?: string;
  user?: string;
}

const QUIT = new Set(['/quit', '/exit', 'quit', 'exit', ':q']);

/** The terminal adapter. `closed` resolves when the input ends (Ctrl-D, end of a pipe, /quit). */
export class TerminalChat implements ChatAdapter {
  readonly platform = 'terminal' as const;
  readonly closed: Promise<void>;
  private resolveClosed!: () => void;
  private rl?: Interface;
  private queue: Promise<void> = Promise.resolve();
  private readonly interactive: boolean;
  private readonly color: boolean;

  constructor(private readonly options: TerminalOptions) {
    this.interactive = options.interactive ?? Boolean(options.input.isTTY);
    this.color = options.color ?? Boolean(options.output.isTTY);
    this.closed = new Promise((resolve) => (this.resolveClosed = resolve));
  }

  get conversation(): string {
    return this.options.conversation ?? 'terminal';
  }

  async start(): Promise<void> {
    const rl = createInterface({
      input: this.options.input,
      output: this.interactive ? this.options.output : undefined,
      terminal: this.interactive,
      historySize: 500,
      prompt: this.color ? '\x1b[36mbrief>\x1b[39m ' : 'brief> ',
    });
    this.rl = rl;
    if (this.interactive) {
      this.write(
        `${this.style().bold('Brief')} — ask about a story: ${this.style().accent('/brief swap')}, ${this.style().accent('who is <name>')}, ${this.style().accent('/help')}. Ctrl-D quits.\n`,
      );
      rl.prompt();
    }
    rl.on('line', (line) => {
      this.queue = this.queue.then(() => this.handleLine(line));
    });
    rl.on('close', () => {
      void this.queue.then(() => {
        if (this.interactive) this.write('\n');
        this.resolveClosed();
      });
    });
  }

  async stop(): Promise<void> {
    this.rl?.close();
    await this.closed;
  }

  async deliver(_target: DeliveryTarget, reply: Reply): Promise<void> {
    this.write(`\n${this.render(reply)}\n`);
    if (this.interactive) this.rl?.prompt(true);
  }

  private async handleLine(line: string): Promise<void> {
    const text = line.trim();
    if (QUIT.has(text.toLowerCase())) {
      this.rl?.close();
      return;
    }
    if (text) {
      const reply = await this.options.responder.respond(makeIncoming(text, { conversation: this.conversation, user: this.options.user ?? 'local' }));
      this.write(`${this.render(reply)}\n${this.interactive ? '\n' : ''}`);
    }
    if (this.interactive) this.rl?.prompt();
  }

  private style() {
    return this.color ? ANSI : PLAIN;
  }

  private render(reply: Reply): string {
    const text = renderText(reply, this.style());
    // Wrap to the window in interactive use; piped output stays one line per statement.
    const columns = (this.options.output as { columns?: number }).columns;
    return this.interactive && columns ? wrapText(text, columns - 1) : text;
  }

  private write(text: string): void {
    this.options.output.write(text);
  }
}
