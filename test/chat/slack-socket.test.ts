/**
 * Socket Mode end to end: the real Bolt app opens its connection through the fake Web API
 * (`apps.connections.open` at SLACK_API_URL), then receives envelopes over a local WebSocket and
 * acks them with the answer, as Slack's Socket Mode does. No public URL, no signing secret.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { Responder } from '../../src/commands/responder.ts';
import { MemoryOutbox } from '../../src/delivery/outbox.ts';
import { SlackChat } from '../../src/chat/slack.ts';
import { createLogger } from '../../src/log.ts';
import { makeLibrary } from '../helpers/briefings.ts';
import { LogSink } from '../helpers/log-sink.ts';
import { FakeSlackApi } from '../helpers/slack-api.ts';

const library = await makeLibrary();

const APP_TOKEN = 'xapp-1-A1-3333-socketapptoken';
const BOT_TOKEN = 'xoxb-4444-5555-socketbottoken';

const api = new FakeSlackApi();
const sink = new LogSink();
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
const listening = new Promise<void>((resolve) => wss.on('listening', () => resolve()));
let socket: WebSocket;
const connected = new Promise<WebSocket>((resolve) => wss.on('connection', (ws) => resolve(ws)));
const acks = new Map<string, (payload: Record<string, unknown>) => void>();
let chat: SlackChat;

/** Sends an envelope to the app and resolves with what it acks. */
function sendEnvelope(type: string, payload: Record<string, unknown>): Promise<Record<string, unknown>> {
  const id = `env-${Math.random().toString(36).slice(2, 10)}`;
  return new Promise((resolve) => {
    acks.set(id, resolve);
    socket.send(JSON.stringify({ envelope_id: id, type, payload, accepts_response_payload: type !== 'events_api' }));
  });
}

beforeAll(async () => {
  await listening;
  await api.start();
  const wsUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
  api.answer('apps.connections.open', () => ({ ok: true, url: wsUrl }));
  wss.on('connection', (ws) => {
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: Record<string, unknown> };
      if (message.envelope_id) acks.get(message.envelope_id)?.(message.payload ?? {});
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
  });
  chat = new SlackChat({
    botToken: BOT_TOKEN,
    appToken: APP_TOKEN,
    apiUrl: api.url,
    responder: new Responder({ library: () => library }),
    logger: createLogger({ level: 'debug', destination: sink }),
    outbox: new MemoryOutbox(),
    retry: { retries: 1, minDelayMs: 5, maxDelayMs: 10 },
  });
  await chat.start();
  socket = await connected;
});

afterAll(async () => {
  await chat?.stop();
  wss.close();
  await api.stop();
});

describe('Slack adapter in Socket Mode', () => {
  it('opens the connection with the app token through SLACK_API_URL', () => {
    expect(chat.mode).toBe('socket');
    const open = api.callsTo('apps.connections.open')[0];
    expect(open?.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
  });

  it('answers /brief in the envelope ack, privately, with the card', async () => {
    const ack = await sendEnvelope('slash_commands', {
      team_id: 'T1',
      channel_id: 'C100',
      user_id: 'U42',
      command: '/brief',
      text: 'strike',
      response_url: api.responseUrl('socket-slash'),
      trigger_id: '1.2.3',
      api_app_id: 'A1',
    });
    expect(ack.response_type).toBe('ephemeral');
    expect(JSON.stringify(ack.blocks)).toContain('Dockworkers walk out at Port Aldermoor');
  });

  it('answers a mention in its thread', async () => {
    await sendEnvelope('events_api', {
      type: 'event_callback',
      team_id: 'T1',
      api_app_id: 'A1',
      event_id: 'Ev1',
      event_time: 1700000000,
      authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
      event: { type: 'app_mention', user: 'U42', text: '<@UBOT> who is Oyelaran', ts: '1700000100.000100', channel: 'C200', team: 'T1' },
    });
    const post = await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'C200');
    expect(post.args.thread_ts).toBe('1700000100.000100');
    expect(JSON.stringify(post.args.blocks)).toContain('Marta Oyelaran');
  });

  it('keeps both tokens out of the log', () => {
    const all = sink.lines.join('');
    expect(all).not.toContain('socketapptoken');
    expect(all).not.toContain('socketbottoken');
  });
});
