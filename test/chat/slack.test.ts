/**
 * The Slack adapter end to end: a real Bolt app on 127.0.0.1, signed requests sent to it, and a
 * fake Web API (also serving response_urls) that records what the app sends.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Incoming } from '../../src/answer/incoming.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { Responder } from '../../src/commands/responder.ts';
import { MemoryOutbox } from '../../src/delivery/outbox.ts';
import { SlackChat, createSlackChat } from '../../src/chat/slack.ts';
import type { PlatformContext } from '../../src/chat/platform-context.ts';
import { PlatformError } from '../../src/errors.ts';
import { createLogger } from '../../src/log.ts';
import { FERRY_FIRE, makeLibrary } from '../helpers/briefings.ts';
import { LogSink } from '../helpers/log-sink.ts';
import { FakeSlackApi } from '../helpers/slack-api.ts';
import { buttonPress, eventCallback, sendSigned, slashCommand } from '../helpers/slack-signer.ts';

const SECRET = 'test-signing-secret-8f2a';
const BOT_TOKEN = 'xoxb-1111-2222-secretbottoken';

/** A briefing whose every field tries to ping the channel or a person, or slip in a link. */
const HOSTILE = `---
slug: council-vote
aliases: [council]
headline: "Council vote <!channel> <!here> stirs @everyone and <@U123>"
summary: "Councillors <!subteam^S1|@editors> voted late; see <http://evil.example|the minutes> & more."
actors:
  - name: "Dana <@U999> Pryce"
    kind: person
    role: "leader of the <!everyone> group"
quotes:
  - speaker: "Dana <@U999> Pryce"
    text: "Tell @here and <!channel> that <https://phish.example|the vote> is void."
questions:
  - text: "Will <@U123> resign?"
---
The council voted on Thursday night. <!channel> Protesters gathered outside @everyone.

Dana Pryce said the vote was void.
`;

/** A responder whose answers can be held back, to exercise the slow path. */
class GatedResponder {
  gate?: Promise<void>;
  constructor(private readonly inner: Responder) {}
  async respond(incoming: Incoming): Promise<Reply> {
    if (this.gate) await this.gate;
    return this.inner.respond(incoming);
  }
}

const api = new FakeSlackApi();
const sink = new LogSink();
const outbox = new MemoryOutbox();
const logger = createLogger({ level: 'debug', destination: sink });
const hostileLibrary = await makeLibrary({ 'briefings/council-vote.md': HOSTILE, 'briefings/ferry-fire.md': FERRY_FIRE });
const responder = new GatedResponder(new Responder({ library: () => hostileLibrary }));
let chat: SlackChat;
let base: string;
/** The waits between retries the adapter asked for (the test's sleep returns at once). */
const waits: number[] = [];

const send = (request: Parameters<typeof sendSigned>[1], options: Partial<Parameters<typeof sendSigned>[2]> = {}) => sendSigned(base, request, { secret: SECRET, ...options });
const headerText = (message: unknown) => ((message as { blocks: Array<{ type: string; text?: { text: string } }> }).blocks.find((b) => b.type === 'header')?.text?.text ?? '');

beforeAll(async () => {
  await api.start();
  chat = new SlackChat({
    botToken: BOT_TOKEN,
    signingSecret: SECRET,
    apiUrl: api.url,
    responder,
    logger,
    outbox,
    listen: { port: 0, host: '127.0.0.1' },
    routes: [{ path: '/healthz', method: 'GET', handler: (_req, res) => res.end('ok') }],
    ackBudgetMs: 500,
    retry: { retries: 2, factor: 1, minDelayMs: 5, maxDelayMs: 10 },
    sleep: async (ms) => void waits.push(ms),
  });
  await chat.start();
  base = `http://127.0.0.1:${chat.address!.port}`;
});

afterAll(async () => {
  await chat.stop();
  await chat.stop();
  await api.stop();
});

afterEach(() => {
  responder.gate = undefined;
});

describe('Slack adapter over HTTP', () => {
  it('checks the bot token with auth.test through SLACK_API_URL when it starts', () => {
    const auth = api.callsTo('auth.test')[0];
    expect(auth?.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it('answers /brief strike in the ack, within 3 s, privately, with the card and buttons', async () => {
    const response = await send(slashCommand('strike', { responseUrl: api.responseUrl('slash-fast') }));
    expect(response.status).toBe(200);
    expect(response.ms).toBeLessThan(3000);
    const message = JSON.parse(response.text);
    expect(message.response_type).toBe('ephemeral');
    expect(headerText(message)).toBe('Dockworkers walk out at Port Aldermoor as wage talks collapse');
    expect(message.text).toContain('Dockworkers walk out');
    const actions = message.blocks.find((b: { type: string }) => b.type === 'actions');
    expect(actions.elements.map((e: { text: { text: string } }) => e.text.text)).toEqual(['Actors', 'Open questions', 'Quotes', 'Share in channel']);
  });

  it('acks at once and answers through response_url when the answer is slow', async () => {
    let release!: () => void;
    responder.gate = new Promise((resolve) => (release = resolve));
    const response = await send(slashCommand('strike', { responseUrl: api.responseUrl('slash-slow') }));
    expect(response.status).toBe(200);
    expect(response.text).toBe('');
    release();
    const posted = await api.waitFor((c) => c.responseId === 'slash-slow');
    expect(posted.args.response_type).toBe('ephemeral');
    expect(headerText(posted.args)).toContain('Dockworkers walk out');
  });

  it('refuses a request with a wrong signature', async () => {
    const response = await send(slashCommand('strike', { responseUrl: api.responseUrl('bad-sig') }), { signature: 'v0=0000' });
    expect(response.status).toBe(401);
  });

  it('refuses a correctly signed request whose timestamp is more than 5 minutes old', async () => {
    const response = await send(slashCommand('strike', { responseUrl: api.responseUrl('old') }), { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(response.status).toBe(401);
  });

  it('refuses a correctly signed request whose timestamp is 10 minutes in the future', async () => {
    const response = await send(slashCommand('strike', { responseUrl: api.responseUrl('future') }), { timestamp: Math.floor(Date.now() / 1000) + 10 * 60 });
    expect(response.status).toBe(401);
    expect(api.callsTo('response_url').some((c) => c.responseId === 'future')).toBe(false);
  });

  it('answers a mention in a thread under it with chat.postMessage', async () => {
    const response = await send(eventCallback({ type: 'app_mention', user: 'U42', text: '<@UBOT> who is Kjærgaard?', ts: '1700000100.000100', channel: 'C200' }));
    expect(response.status).toBe(200);
    const post = await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'C200');
    expect(post.args.thread_ts).toBe('1700000100.000100');
    expect(headerText(post.args)).toBe('Søren Kjærgaard');
    expect(post.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it('answers a free question in a thread, quoting the article with citations, and a follow-up in that thread leans on it', async () => {
    const bodyText = (message: unknown) => JSON.stringify((message as { blocks: unknown[] }).blocks);
    await send(eventCallback({ type: 'app_mention', user: 'U42', text: '<@UBOT> why did the ferry catch fire?', ts: '1700000150.000100', channel: 'C210' }));
    const answer = await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'C210');
    expect(answer.args.thread_ts).toBe('1700000150.000100');
    expect(bodyText(answer.args)).toContain('Investigators believe the fire started because a fuel line split');
    expect(bodyText(answer.args)).toContain('¶4.1');

    // Someone else in the same thread: "she" is the chief executive of the story the thread is about.
    const inThread = (n: number) => api.waitFor(() => api.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === 'C210').length === n).then(() => api.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === 'C210')[n - 1]!);
    await send(eventCallback({ type: 'app_mention', user: 'U77', text: '<@UBOT> who is the chief executive?', ts: '1700000151.000100', thread_ts: '1700000150.000100', channel: 'C210' }));
    expect(headerText((await inThread(2)).args)).toBe('Maren Lindgren');
    await send(eventCallback({ type: 'app_mention', user: 'U77', text: '<@UBOT> and what did she say?', ts: '1700000152.000100', thread_ts: '1700000150.000100', channel: 'C210' }));
    const said = await inThread(3);
    expect(said.args.thread_ts).toBe('1700000150.000100');
    expect(bodyText(said.args)).toContain('Nobody will be left out of pocket');
    expect(bodyText(said.args)).toContain('¶3.3');

    // The same follow-up in another channel has no previous exchange to lean on.
    await send(eventCallback({ type: 'app_mention', user: 'U77', text: '<@UBOT> and what did she say?', ts: '1700000153.000100', channel: 'C211' }));
    const alone = await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'C211');
    expect(bodyText(alone.args)).not.toContain('Nobody will be left out of pocket');
  });

  it('answers a direct message in the DM', async () => {
    await send(eventCallback({ type: 'message', channel_type: 'im', user: 'U42', text: 'bridge', ts: '1700000200.000100', channel: 'D300' }));
    const post = await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'D300');
    expect(post.args.thread_ts).toBeUndefined();
    expect(headerText(post.args)).toContain('Old Mill bridge');
  });

  it('ignores messages from bots in DMs', async () => {
    await send(eventCallback({ type: 'message', channel_type: 'im', user: 'U43', bot_id: 'B9', text: 'bridge', ts: '1700000201.000100', channel: 'D301' }));
    await send(eventCallback({ type: 'message', channel_type: 'im', user: 'U42', text: 'strike', ts: '1700000202.000100', channel: 'D302' }));
    await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'D302');
    expect(api.calls.some((c) => c.args.channel === 'D301')).toBe(false);
  });

  it('replaces a private answer with the part whose button was pressed', async () => {
    await send(buttonPress({ actionId: 'brief_ask_actors', value: '/brief harbour-strike actors', responseUrl: api.responseUrl('press-actors'), ephemeral: true }));
    const update = await api.waitFor((c) => c.responseId === 'press-actors');
    expect(update.args.replace_original).toBe(true);
    expect(JSON.stringify(update.args.blocks)).toContain('*Actors*');
    expect(JSON.stringify(update.args.blocks)).toContain('Marta Oyelaran');
  });

  it('updates a visible message in place with chat.update', async () => {
    await send(buttonPress({ actionId: 'brief_ask_questions', value: '/brief harbour-strike questions', responseUrl: api.responseUrl('press-public'), ephemeral: false, channel: 'C400', messageTs: '1700000300.000100' }));
    const update = await api.waitFor((c) => c.method === 'chat.update' && c.args.channel === 'C400');
    expect(update.args.ts).toBe('1700000300.000100');
    expect(JSON.stringify(update.args.blocks)).toContain('How long will the strike last?');
  });

  it('shares a private answer in the channel, saying who shared it, and removes the private copy', async () => {
    await send(buttonPress({ actionId: 'brief_share', value: '/brief harbour-strike', responseUrl: api.responseUrl('share'), ephemeral: true, channel: 'C500', user: 'U77' }));
    const post = await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'C500');
    expect(JSON.stringify(post.args.blocks)).toContain('Shared by <@U77>');
    expect(JSON.stringify(post.args.blocks)).not.toContain('brief_share');
    const cleanup = await api.waitFor((c) => c.responseId === 'share');
    expect(cleanup.args.delete_original).toBe(true);
  });

  it('waits out a 429 for its Retry-After, then posts once', async () => {
    api.script('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    waits.length = 0;
    await send(eventCallback({ type: 'app_mention', user: 'U42', text: '<@UBOT> strike', ts: '1700000400.000100', channel: 'C600' }));
    const delivered = await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'C600' && c.status === 200);
    const attempts = api.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === 'C600');
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect(delivered.status).toBe(200);
    // The policy's own wait is 5 ms; Slack asked for 1 s, and that is what the adapter waited.
    expect(waits).toEqual([1000]);
  });

  it('retries a 5xx answer and then posts', async () => {
    api.script('chat.postMessage', { status: 503, body: 'upstream unavailable' });
    await send(eventCallback({ type: 'app_mention', user: 'U42', text: '<@UBOT> bridge', ts: '1700000500.000100', channel: 'C700' }));
    await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'C700' && c.status === 200);
    expect(api.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === 'C700').map((c) => c.status)).toEqual([503, 200]);
  });

  it('keeps a post that still fails after its retries in the outbox, and logs its channel and reason', async () => {
    api.script('chat.postMessage', ...Array.from({ length: 3 }, () => ({ status: 500, body: 'boom' })));
    await send(eventCallback({ type: 'app_mention', user: 'U42', text: '<@UBOT> strike', ts: '1700000600.000100', channel: 'C800' }));
    await expect.poll(() => outbox.posts.length, { timeout: 5000 }).toBe(1);
    const kept = outbox.posts[0]!;
    expect(kept.target).toEqual({ platform: 'slack', conversation: 'C800', thread: '1700000600.000100' });
    expect(kept.reason).toContain('500');
    expect(kept.reply.kind).toBe('briefing');
    const line = sink.lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'slack post failed');
    expect(line).toMatchObject({ channel: 'C800', level: 40 });
    expect(line.reason).toContain('500');
  });

  it('delivers scheduled posts with chat.postMessage, and throws when Slack refuses them', async () => {
    await chat.deliver({ platform: 'slack', conversation: 'C900', thread: '1700000700.000100' }, { kind: 'notice', title: 'Digest', lines: ['Nothing new today.'] });
    const post = await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'C900');
    expect(post.args.thread_ts).toBe('1700000700.000100');
    api.script('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    await expect(chat.deliver({ platform: 'slack', conversation: 'CGONE' }, { kind: 'notice', title: 'Digest', lines: [] })).rejects.toThrow(PlatformError);
    await expect(chat.deliver({ platform: 'slack', conversation: 'CGONE' }, { kind: 'notice', title: 'Digest', lines: [] })).resolves.toBeUndefined();
  });

  it('never sends untrusted text that could ping a channel, a person or hide a link', async () => {
    const slash = await send(slashCommand('council', { responseUrl: api.responseUrl('hostile') }));
    await send(eventCallback({ type: 'app_mention', user: 'U42', text: '<@UBOT> who is Dana Pryce', ts: '1700000800.000100', channel: 'C1000' }));
    await send(buttonPress({ actionId: 'brief_ask_quotes', value: '/brief council-vote quotes', responseUrl: api.responseUrl('hostile-quotes'), ephemeral: true }));
    await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'C1000');
    await api.waitFor((c) => c.responseId === 'hostile-quotes');
    expect(headerText(JSON.parse(slash.text))).toContain('Council vote');
    const sent = [slash.text, ...api.calls.filter((c) => c.args.channel === 'C1000' || c.responseId === 'hostile-quotes').map((c) => JSON.stringify(c.args))].join('\n');
    for (const raw of ['<!channel>', '<!here>', '<!everyone>', '@everyone', '@here', '<@U123>', '<@U999>', '<!subteam', '<http://evil', '<https://phish']) {
      expect(sent).not.toContain(raw);
    }
    expect(sent).toContain('&lt;!channel&gt;');
  });

  it('serves extra routes such as /healthz on the same port', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(await response.text()).toBe('ok');
  });

  it('never writes the bot token or signing secret to the log', () => {
    const all = sink.lines.join('');
    expect(sink.lines.length).toBeGreaterThan(10);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain('secretbottoken');
  });
});

describe('createSlackChat', () => {
  const context = (slack?: PlatformContext['settings']['slack']): PlatformContext =>
    ({ settings: { briefingsDir: '.', databaseUrl: ':memory:', dataDir: '.', logLevel: 'silent', ...(slack ? { slack } : {}) }, responder, logger, outbox }) as unknown as PlatformContext;

  it('creates nothing when Slack is not configured', () => {
    expect(createSlackChat(context())).toBeUndefined();
  });

  it('chooses Socket Mode when an app token is set, HTTP mode otherwise', () => {
    expect(createSlackChat(context({ botToken: 'xoxb-1', appToken: 'xapp-1' }))?.mode).toBe('socket');
    expect(createSlackChat(context({ botToken: 'xoxb-1', signingSecret: 's' }))?.mode).toBe('http');
  });
});
