/**
 * A fake Slack Web API on 127.0.0.1: records every call, answers like Slack, and can be scripted
 * to answer a method with 429s, 5xx or refusals first. It also serves `response_url`s.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake received: a Web API method or a post to a response_url. */
export interface RecordedCall {
  /** `chat.postMessage`, `auth.test`… or `response_url`. */
  method: string;
  /** Form fields (JSON values parsed) or the JSON body. */
  args: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** The raw body, for checks on exactly what was sent. */
  raw: string;
  /** The status the fake answered with. */
  status: number;
  /** For response_url posts, the id in the URL. */
  responseId?: string;
  at: number;
}

export interface ScriptedAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const DEFAULTS: Record<string, (args: Record<string, unknown>) => unknown> = {
  'auth.test': () => ({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'brief' }),
  'chat.postMessage': (args) => ({ ok: true, channel: args.channel, ts: '1700000000.000900', message: {} }),
  'chat.update': (args) => ({ ok: true, channel: args.channel, ts: args.ts }),
};

function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    try {
      args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    } catch {
      args[key] = value;
    }
  }
  return args;
}

export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  private readonly scripts = new Map<string, ScriptedAnswer[]>();
  private readonly events = new EventEmitter();
  private readonly answers = new Map<string, (args: Record<string, unknown>) => unknown>();
  private server?: Server;
  private port = 0;

  /** The Web API base, as `SLACK_API_URL` takes it. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A response_url the fake serves; posts to it are recorded as `response_url` calls. */
  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** Answers the next calls to `method` with these, in order, before the default. */
  script(method: string, ...answers: ScriptedAnswer[]): void {
    this.scripts.set(method, [...(this.scripts.get(method) ?? []), ...answers]);
  }

  /** Answers every call to `method` with `answer(args)` from now on (after any scripted answers). */
  answer(method: string, answer: (args: Record<string, unknown>) => unknown): void {
    this.answers.set(method, answer);
  }

  /** Calls to one method (`response_url` for response_url posts). */
  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first call (past or future) that matches; rejects after `timeoutMs`. */
  waitFor(match: (call: RecordedCall) => boolean, timeoutMs = 5000): Promise<RecordedCall> {
    const found = this.calls.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const onCall = (call: RecordedCall) => {
        if (!match(call)) return;
        clearTimeout(timer);
        this.events.off('call', onCall);
        resolve(call);
      };
      const timer = setTimeout(() => {
        this.events.off('call', onCall);
        reject(new Error(`no matching call within ${timeoutMs} ms; calls: ${this.calls.map((c) => `${c.method}:${c.status}`).join(', ')}`));
      }, timeoutMs);
      this.events.on('call', onCall);
    });
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
        const responseId = path.startsWith('/response/') ? path.slice('/response/'.length) : undefined;
        const method = responseId !== undefined ? 'response_url' : path.replace(/^\/api\//, '');
        const args = parseArgs(raw, req.headers['content-type']);
        const scripted = this.scripts.get(method)?.shift();
        const status = scripted?.status ?? 200;
        const body = scripted?.body ?? (responseId !== undefined ? 'ok' : ((this.answers.get(method) ?? DEFAULTS[method])?.(args) ?? { ok: true }));
        const call: RecordedCall = { method, args, headers: req.headers, raw, status, at: Date.now(), ...(responseId !== undefined ? { responseId } : {}) };
        this.calls.push(call);
        res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json', ...scripted?.headers });
        res.end(typeof body === 'string' ? body : JSON.stringify(body));
        this.events.emit('call', call);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
