/**
 * A fake Discord on loopback: just enough REST and gateway for a real discord.js `Client` to log
 * in, receive events and answer them, with every request recorded for assertions.
 *
 * REST (under `/api/v10`): `GET /gateway/bot`, interaction callbacks, webhook edits and follow-ups,
 * channel messages, application command registration. Gateway (WebSocket, JSON, no compression):
 * HELLO → IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs, RESUME → RESUMED, and `dispatch()` for
 * INTERACTION_CREATE / MESSAGE_CREATE. Failures are injected per request with `failNext`.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  method: string;
  /** Path without `/api/v10` and without the query string. */
  path: string;
  query: URLSearchParams;
  authorization?: string;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The status the fake answered with. */
  status: number;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Matcher = (req: { method: string; path: string }) => boolean;

interface Failure {
  match: Matcher;
  response: FakeResponse;
  /** How many requests it applies to; Infinity for "always". */
  times: number;
}

export const IDS = {
  application: '300000000000000001',
  bot: '300000000000000001',
  guild: '300000000000000010',
  channel: '300000000000000020',
  user: '300000000000000030',
  command: '300000000000000040',
} as const;

let snowflake = 400000000000000000n;
/** A fresh snowflake-shaped id. */
export function nextId(): string {
  snowflake += 1n;
  return snowflake.toString();
}

export function botUser() {
  return { id: IDS.bot, username: 'Brief', discriminator: '0', global_name: null, avatar: null, bot: true };
}

export function humanUser(id: string = IDS.user) {
  return { id, username: 'reporter', discriminator: '0', global_name: 'Reporter', avatar: null };
}

/** A message object as Discord returns it, from a message payload the bot sent. */
export function messageObject(channelId: string, payload: Record<string, unknown> = {}, author = botUser()) {
  return {
    id: nextId(),
    type: 0,
    channel_id: channelId,
    author,
    content: typeof payload.content === 'string' ? payload.content : '',
    embeds: payload.embeds ?? [],
    components: payload.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    flags: typeof payload.flags === 'number' ? payload.flags : 0,
  };
}

/** A GUILD_CREATE payload: a guild with one text channel. */
export function guildCreate(guild: string = IDS.guild, channel: string = IDS.channel) {
  return {
    id: guild,
    name: 'Newsroom',
    icon: null,
    owner_id: IDS.user,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [{ id: guild, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    joined_at: new Date(0).toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    members: [],
    channels: [{ id: channel, type: 0, name: 'desk', guild_id: guild, position: 0, permission_overwrites: [], nsfw: false, topic: null, parent_id: null }],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** The fake Discord. `start()` it, point the client at `apiUrl`, `stop()` it after. */
export class FakeDiscord extends EventEmitter {
  readonly requests: RecordedRequest[] = [];
  /** Gateway payloads the client sent (IDENTIFY, heartbeats…). */
  readonly gatewayReceived: Array<{ op: number; d: any }> = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Registered commands by scope: `global` or a guild id. */
  readonly commands = new Map<string, Array<Record<string, unknown>>>();
  private readonly failures: Failure[] = [];
  private server?: Server;
  private wss?: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  /** Which shard each identified connection is, as `[id, count]`. */
  private readonly shardOf = new Map<WebSocket, [number, number]>();
  private seq = 0;
  private port = 0;

  /**
   * `guilds`: the bot's guilds with their channel (default one); each connection is sent those of
   * its shard, as Discord routes a guild to shard `(guild_id >> 22) % count`. `recommendedShards`
   * is what `/gateway/bot` recommends (default 1).
   */
  constructor(
    readonly token: string,
    readonly options: { guilds?: Array<{ guild: string; channel: string }>; recommendedShards?: number } = {},
  ) {
    super();
  }

  /** The shard a guild belongs to among `count`. */
  static shardFor(guild: string, count: number): number {
    return Number((BigInt(guild) >> 22n) % BigInt(count));
  }

  /** Sends a gateway dispatch only to the connection whose shard holds `guild`. */
  dispatchToGuild(guild: string, t: string, d: unknown): void {
    const payload = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const [socket, [id, count]] of this.shardOf) if (FakeDiscord.shardFor(guild, count) === id) socket.send(payload);
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (socket) => this.onConnection(socket));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss?.close(() => resolve()) ?? resolve());
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Answers the next `times` requests that match with `response` instead of the normal answer. */
  failNext(match: Matcher, response: FakeResponse, times = 1): void {
    this.failures.push({ match, response, times });
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  waitForRequest(match: (r: RecordedRequest) => boolean, afterIndex = 0): Promise<RecordedRequest> {
    const seen = this.requests.slice(afterIndex).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => {
      const listener = (r: RecordedRequest) => {
        if (!match(r)) return;
        this.off('request', listener);
        resolve(r);
      };
      this.on('request', listener);
    });
  }

  /** Sends a gateway dispatch (op 0) to every connected client. */
  dispatch(t: string, d: unknown): void {
    const payload = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const socket of this.sockets) socket.send(payload);
  }

  private onConnection(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => {
      this.sockets.delete(socket);
      this.shardOf.delete(socket);
    });
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
      this.gatewayReceived.push(payload);
      switch (payload.op) {
        case 1: // heartbeat
          socket.send(JSON.stringify({ op: 11 }));
          break;
        case 2: {
          // identify
          if (payload.d.token !== this.token) {
            socket.close(4004, 'Authentication failed.');
            return;
          }
          const shard = (payload.d.shard as [number, number] | undefined) ?? [0, 1];
          this.shardOf.set(socket, shard);
          const guilds = (this.options.guilds ?? [{ guild: IDS.guild, channel: IDS.channel }]).filter((g) => FakeDiscord.shardFor(g.guild, shard[1]) === shard[0]);
          const ready = {
            v: 10,
            user: botUser(),
            guilds: guilds.map((g) => ({ id: g.guild, unavailable: true })),
            session_id: `fake-session-${shard[0]}`,
            resume_gateway_url: this.gatewayUrl,
            shard,
            application: { id: IDS.application, flags: 0 },
          };
          socket.send(JSON.stringify({ op: 0, t: 'READY', s: ++this.seq, d: ready }));
          for (const g of guilds) socket.send(JSON.stringify({ op: 0, t: 'GUILD_CREATE', s: ++this.seq, d: guildCreate(g.guild, g.channel) }));
          break;
        }
        case 6: // resume
          socket.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.seq, d: {} }));
          break;
      }
    });
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const failure = this.failures.find((f) => f.times > 0 && f.match({ method, path }));
    let response: FakeResponse;
    if (failure) {
      failure.times -= 1;
      response = failure.response;
    } else {
      response = this.route(method, path, body, req.headers.authorization);
    }
    const recorded: RecordedRequest = { method, path, query: url.searchParams, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}), body, status: response.status };
    this.requests.push(recorded);
    res.writeHead(response.status, { ...(response.body !== undefined ? { 'content-type': 'application/json' } : {}), ...response.headers });
    res.end(response.body !== undefined ? JSON.stringify(response.body) : undefined);
    this.emit('request', recorded);
  }

  private route(method: string, path: string, body: any, authorization?: string): FakeResponse { // eslint-disable-line @typescript-eslint/no-explicit-any
    let m: RegExpExecArray | null;
    // Interaction callbacks and webhooks authenticate by their token, not the bot token.
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) return { status: 204 };
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/.exec(path))) {
      if (method === 'PATCH' || method === 'GET') return { status: 200, body: messageObject(IDS.channel, body ?? {}) };
      if (method === 'DELETE') return { status: 204 };
    }
    if (method === 'POST' && /^\/webhooks\/(\d+)\/([^/]+)$/.test(path)) return { status: 200, body: messageObject(IDS.channel, body ?? {}) };

    if (authorization !== `Bot ${this.token}`) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    if (method === 'GET' && path === '/gateway/bot') {
      return { status: 200, body: { url: this.gatewayUrl, shards: this.options.recommendedShards ?? 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 } } };
    }
    if (method === 'GET' && path === '/gateway') return { status: 200, body: { url: this.gatewayUrl } };
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) return { status: 200, body: messageObject(m[1]!, body ?? {}) };
    // A DM channel per recipient: its id is the recipient's with a 9 in front.
    if (method === 'POST' && path === '/users/@me/channels') return { status: 200, body: { id: `9${(body as { recipient_id: string }).recipient_id}`, type: 1, recipients: [] } };
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands(?:\/(\d+))?$/.exec(path))) return this.commandRoute(method, m[2] ?? 'global', m[3], body);
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  private commandRoute(method: string, scope: string, id: string | undefined, body: any): FakeResponse { // eslint-disable-line @typescript-eslint/no-explicit-any
    const list = this.commands.get(scope) ?? [];
    this.commands.set(scope, list);
    // What Discord adds to a stored command.
    const stored = (command: Record<string, unknown>, commandId: string) => ({
      id: commandId,
      application_id: IDS.application,
      version: nextId(),
      type: 1,
      default_member_permissions: null,
      nsfw: false,
      description_localizations: null,
      name_localizations: null,
      contexts: null,
      integration_types: [0],
      ...(scope === 'global' ? {} : { guild_id: scope }),
      ...command,
      options: ((command.options as Array<Record<string, unknown>> | undefined) ?? []).map((o) => ({ ...o, description_localizations: null, name_localizations: null })),
    });
    if (method === 'GET' && !id) return { status: 200, body: list };
    if (method === 'PUT' && !id) {
      const next = (body as Array<Record<string, unknown>>).map((c) => stored(c, list.find((e) => e.name === c.name)?.id as string ?? nextId()));
      this.commands.set(scope, next);
      return { status: 200, body: next };
    }
    if (method === 'POST' && !id) {
      const index = list.findIndex((c) => c.name === body.name);
      const command = stored(body, index >= 0 ? (list[index]!.id as string) : nextId());
      if (index >= 0) list[index] = command;
      else list.push(command);
      return { status: index >= 0 ? 200 : 201, body: command };
    }
    if (method === 'PATCH' && id) {
      const index = list.findIndex((c) => c.id === id);
      if (index < 0) return { status: 404, body: { message: 'Unknown application command', code: 10063 } };
      list[index] = stored({ ...list[index], ...body }, id);
      return { status: 200, body: list[index] };
    }
    return { status: 405, body: { message: '405: Method Not Allowed', code: 0 } };
  }
}
