/**
 * The Discord adapter end to end: a real discord.js Client logs in to a fake Discord on loopback
 * and answers slash commands, autocomplete, buttons, mentions and DMs.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Responder } from '../../src/commands/responder.ts';
import { createDiscordChat, DiscordChat } from '../../src/chat/discord.ts';
import { MemoryOutbox } from '../../src/delivery/outbox.ts';
import { PlatformError } from '../../src/errors.ts';
import { createLogger } from '../../src/log.ts';
import { DISCORD_LIMITS, embedLength } from '../../src/render/discord-limits.ts';
import { FakeDiscord, IDS, messageObject, type RecordedRequest } from '../helpers/discord-fake.ts';
import type { Library } from '../../src/briefing/library.ts';
import { autocompleteInteraction, buttonInteraction, commandInteraction, directMessage, discordLibrary, guildMessage } from '../helpers/discord-fixtures.ts';

const TOKEN = 'MzAwMDAwMDAwMDAwMDAwMDAx.fake-bot-token.for-loopback-tests-only';
const HEADLINE = 'Rivermouth council and Halden Rail agree depot land swap';

/** The message a request carries, if it carries one. */
function messageOf(r: RecordedRequest): any | undefined { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (/\/callback$/.test(r.path)) return r.body?.type === 4 || r.body?.type === 7 ? r.body.data : undefined;
  if (/^\/webhooks\//.test(r.path) && (r.method === 'PATCH' || r.method === 'POST')) return r.body;
  if (/^\/channels\/\d+\/messages$/.test(r.path) && r.method === 'POST') return r.body;
  return undefined;
}

function expectWithinLimits(message: any): void { // eslint-disable-line @typescript-eslint/no-explicit-any
  expect((message.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
  let total = 0;
  for (const e of message.embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect((e.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
    total += embedLength(e);
  }
  expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.total);
}

describe('Discord adapter against a loopback Discord', () => {
  const fake = new FakeDiscord(TOKEN);
  const logLines: string[] = [];
  const outbox = new MemoryOutbox();
  const sleeps: number[] = [];
  let library: Library;
  // `follow` answers once `opened` resolves, so a test can hold an answer past the deadline.
  let opened: Promise<void> = Promise.resolve();
  const responder = new Responder({
    library: () => library,
    handlers: { follow: async (intent) => (await opened, { kind: 'notice', title: `Following ${intent.topic}`, lines: ['Updates will be posted here.'] }) },
  });
  let release: () => void = () => undefined;
  let chat: DiscordChat;

  beforeAll(async () => {
    library = await discordLibrary();
    await fake.start();
    chat = new DiscordChat({
      discord: { token: TOKEN, applicationId: IDS.application, apiUrl: fake.apiUrl },
      responder,
      catalog: { library: () => library },
      logger: createLogger({ level: 'trace', destination: { write: (line: string) => void logLines.push(line) } }),
      outbox,
      deadlineMs: 400,
      retry: { retries: 2, minDelayMs: 10, maxDelayMs: 20 },
      sleep: async (ms) => void sleeps.push(ms),
      now: () => new Date('2026-05-01T09:00:00Z'),
    });
    await chat.start();
  });

  afterAll(async () => {
    release();
    await chat?.stop();
    await fake.stop();
  });

  /** Dispatches an interaction and waits for its callback. */
  async function interact(data: { id: string; token: string }): Promise<RecordedRequest> {
    const callback = fake.waitForRequest((r) => r.path === `/interactions/${data.id}/${data.token}/callback`);
    fake.dispatch('INTERACTION_CREATE', data);
    return callback;
  }

  it('finds the gateway through the REST base and identifies with only the intents it needs', () => {
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
    const identify = fake.gatewayReceived.find((p) => p.op === 2);
    // Guilds (1 << 0) | GuildMessages (1 << 9) | DirectMessages (1 << 12); no Message Content (1 << 15).
    expect(identify?.d.intents).toBe((1 << 0) | (1 << 9) | (1 << 12));
    expect(chat.userId).toBe(IDS.bot);
  });

  it('answers /brief query:swap with the briefing card, only to the asker', async () => {
    const callback = await interact(commandInteraction('swap'));
    expect(callback.body.type).toBe(4);
    const data = callback.body.data;
    expect(data.flags & 64).toBe(64);
    const [card] = data.embeds;
    expect(card.title).toBe(HEADLINE);
    expect(card.description).toContain('> “The council is trading a working depot');
    expect(card.fields.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['Inés Castaño Vidal', 'Piet Vanderhoeven', 'Open questions']));
    expect(card.footer.text).toContain('Estuary Courier');
    expect(card.footer.text).toMatch(/¶\d+\.\d+/);
    const labels = data.components[0].components.map((b: { label: string }) => b.label);
    expect(labels).toEqual(expect.arrayContaining(['Actors', 'Open questions', 'Quotes', 'Share']));
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers /brief query:who with the actor card, without accents', async () => {
    const callback = await interact(commandInteraction('who ines castano vidal'));
    const [card] = callback.body.data.embeds;
    expect(card.title).toBe('Inés Castaño Vidal');
    expect(card.fields[0].value).toContain('transport economist at the Morrow Institute');
    expect(card.description).toContain('nobody has published the valuation');
  });

  it('autocompletes a prefix from the briefings, actors and verbs', async () => {
    const swap = await interact(autocompleteInteraction('sw'));
    expect(swap.body.type).toBe(8);
    expect(swap.body.data.choices.map((c: { value: string }) => c.value)).toContain('swap');
    const who = await interact(autocompleteInteraction('who cast'));
    expect(who.body.data.choices.map((c: { value: string }) => c.value)).toContain('who Inés Castaño Vidal');
  });

  it('updates an ephemeral card in place when a part button is pressed', async () => {
    const first = await interact(commandInteraction('swap'));
    const actorsButton = first.body.data.components[0].components.find((b: { label: string }) => b.label === 'Actors');
    const shown = messageObject(IDS.channel, { ...first.body.data, flags: 64 });
    const callback = await interact(buttonInteraction(actorsButton.custom_id, shown));
    expect(callback.body.type).toBe(7);
    expect(callback.body.data.embeds[0].title).toBe(`${HEADLINE} — Actors`);
    expect(callback.body.data.embeds[0].fields.map((f: { name: string }) => f.name)).toContain('Halden Rail (organisation)');
  });

  it('answers a part button on a message everyone sees privately, leaving that message alone', async () => {
    const data = (await interact(commandInteraction('swap'))).body.data;
    const publicCard = messageObject(IDS.channel, { ...data, flags: 0 });
    const questions = data.components[0].components.find((b: { label: string }) => b.label === 'Open questions');
    const callback = await interact(buttonInteraction(questions.custom_id, publicCard));
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & 64).toBe(64);
    expect(callback.body.data.embeds[0].title).toBe(`${HEADLINE} — Open questions`);
  });

  it('posts visibly when Share is pressed', async () => {
    const first = await interact(commandInteraction('swap quotes'));
    const share = first.body.data.components[0].components.find((b: { label: string }) => b.label === 'Share');
    const callback = await interact(buttonInteraction(share.custom_id, messageObject(IDS.channel, { ...first.body.data, flags: 64 })));
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags ?? 0).toBe(0);
    expect(callback.body.data.embeds[0].title).toBe(`${HEADLINE} — Quotes`);
    expect(callback.body.data.components).toEqual([]);
  });

  it('defers when the answer is slow, then edits the answer in', async () => {
    let gate!: () => void;
    opened = new Promise<void>((resolve) => (gate = resolve));
    release = gate;
    const data = commandInteraction('follow swap');
    const callback = await interact(data);
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${IDS.application}/${data.token}/messages/@original`);
    gate();
    expect((await edit).body.embeds[0].title).toBe('Following swap');
  });

  it('replies in the channel to a message that mentions it, and ignores ones that do not', async () => {
    const before = fake.requests.length;
    fake.dispatch('MESSAGE_CREATE', guildMessage('who is Inés Castaño Vidal, anyway', false));
    const mention = guildMessage('who is Inés Castaño Vidal?', true);
    fake.dispatch('MESSAGE_CREATE', mention);
    const reply = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${IDS.channel}/messages`, before);
    expect(reply.body.message_reference.message_id).toBe(mention.id);
    expect(reply.body.embeds[0].title).toBe('Inés Castaño Vidal');
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(fake.requests.slice(before).filter((r) => r.path === `/channels/${IDS.channel}/messages`)).toHaveLength(1);
  });

  it('answers a free question in a DM from the article with its citation, and a follow-up leans on it', async () => {
    const dmChannel = '300000000000000098';
    const posts = () => fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${dmChannel}/messages`);
    fake.dispatch('MESSAGE_CREATE', directMessage('who announced the depot swap?', dmChannel));
    const answer = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${dmChannel}/messages`);
    expect(answer.body.embeds[0].title).toContain('who announced the depot swap?');
    expect(answer.body.embeds[0].description).toContain('council leader Piet Vanderhoeven announced');
    expect(answer.body.embeds[0].description).toContain('¶1.1');
    expect(answer.body.allowed_mentions).toEqual({ parse: [], replied_user: false });

    // Only the previous exchange says who "she" is.
    fake.dispatch('MESSAGE_CREATE', directMessage('who is the economist', dmChannel));
    await vi.waitFor(() => expect(posts()).toHaveLength(2));
    expect(posts()[1]!.body.embeds[0].title).toBe('Inés Castaño Vidal');
    fake.dispatch('MESSAGE_CREATE', directMessage('and what did she say?', dmChannel));
    await vi.waitFor(() => expect(posts()).toHaveLength(3));
    const said = posts()[2]!.body.embeds[0].description;
    expect(said).toContain('nobody has published the valuation');
    expect(said).toContain('¶3.1');
  });

  it('answers a direct message', async () => {
    const dm = directMessage('depot swap questions', '300000000000000099');
    fake.dispatch('MESSAGE_CREATE', dm);
    const reply = await fake.waitForRequest((r) => r.method === 'POST' && r.path === '/channels/300000000000000099/messages');
    expect(reply.body.embeds[0].title).toBe(`${HEADLINE} — Open questions`);
  });

  it('keeps every embed within Discord limits on a briefing built to exceed them', async () => {
    for (const query of ['overflow', 'overflow actors', 'overflow questions', 'overflow quotes', 'overflow claims', 'overflow full']) {
      const callback = await interact(commandInteraction(query));
      expect(callback.body.type).toBe(4);
      expectWithinLimits(callback.body.data);
    }
  });

  it('sends a delivery once when Discord rate-limits it first (discord.js waits out retry_after)', async () => {
    const channel = '300000000000000077';
    fake.failNext((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`, {
      status: 429,
      headers: { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
    });
    await chat.deliver({ platform: 'discord', conversation: channel }, { kind: 'notice', title: 'Digest', lines: ['Nothing new.'] });
    const posts = fake.requests.filter((r) => r.path === `/channels/${channel}/messages`);
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    expect(outbox.posts).toHaveLength(0);
  });

  it('sends a direct message by opening the DM channel first, without buttons that need the bot', async () => {
    const before = fake.requests.length;
    await chat.deliverDirect('400000000000000001', { kind: 'notice', title: 'Review “Harbour strike”', lines: ['https://brief.example.org/briefing/harbour-strike/review?exp=1&editor=discord%3A400000000000000001&sig=x'] });
    const sent = fake.requests.slice(before).filter((r) => r.method === 'POST');
    expect(sent.map((r) => r.path)).toEqual(['/users/@me/channels', '/channels/9400000000000000001/messages']);
    expect(sent[0]!.body).toEqual({ recipient_id: '400000000000000001' });
    expect(JSON.stringify(sent[1]!.body)).toContain('/briefing/harbour-strike/review');
    expect(sent[1]!.body.components).toEqual([]);
  });

  it('throws a delivery that keeps failing with 5xx back to its scheduler, logging channel and reason', async () => {
    const channel = '300000000000000088';
    fake.failNext((r) => r.path === `/channels/${channel}/messages`, { status: 502, body: { message: 'Bad Gateway' } }, Infinity);
    const reply = { kind: 'notice' as const, title: 'Reminder', lines: ['7 days on: has the valuation been published?'] };
    await expect(chat.deliver({ platform: 'discord', conversation: channel }, reply)).rejects.toBeInstanceOf(PlatformError);
    // discord.js tries 4 times per attempt; Brief makes 3 attempts with pauses between them.
    expect(fake.requests.filter((r) => r.path === `/channels/${channel}/messages`)).toHaveLength(12);
    expect(sleeps).toEqual([10, 20]);
    // The scheduler retries deliveries itself; keeping it in the outbox as well would post it twice.
    expect(outbox.posts).toHaveLength(0);
    const logged = logLines.map((l) => JSON.parse(l)).find((l) => l.msg === 'discord delivery failed');
    expect(logged).toMatchObject({ channel, reason: expect.stringContaining('502') });
  });

  it('keeps an answer to a mention that cannot be posted in the outbox, and logs channel and reason', async () => {
    fake.failNext((r) => r.method === 'POST' && r.path === `/channels/${IDS.channel}/messages`, { status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    const mention = guildMessage('who is Inés Castaño Vidal?', true);
    fake.dispatch('MESSAGE_CREATE', mention);
    await vi.waitFor(() => expect(outbox.posts).toHaveLength(1));
    expect(outbox.posts[0]).toMatchObject({ target: { platform: 'discord', conversation: IDS.channel }, reason: expect.stringContaining('403'), reply: { kind: 'actor' } });
    const logged = logLines.map((l) => JSON.parse(l)).find((l) => l.msg?.includes('kept in the outbox'));
    expect(logged).toMatchObject({ channel: IDS.channel, message: mention.id });
  });

  it('sends allowed_mentions with an empty parse on every message', () => {
    const messages = fake.requests.map(messageOf).filter((m) => m !== undefined);
    expect(messages.length).toBeGreaterThan(10);
    for (const m of messages) expect(m.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('never writes the bot token to the log', () => {
    expect(logLines.length).toBeGreaterThan(10);
    for (const line of logLines) {
      expect(line).not.toContain(TOKEN);
      for (const part of TOKEN.split('.').filter((p) => p.length >= 6)) expect(line).not.toContain(part);
    }
    expect(logLines.some((l) => l.includes('Provided token: [redacted]'))).toBe(true);
  });
});

const smallLibrary = await discordLibrary(false);

describe('Discord platform wiring', () => {
  const base = { responder: new Responder({ library: () => smallLibrary }), catalog: { library: () => smallLibrary }, outbox: new MemoryOutbox() };
  const settings = { briefingsDir: 'briefings', databaseUrl: ':memory:', dataDir: 'data', logLevel: 'silent' };

  it('is created only when DISCORD_TOKEN is set', () => {
    const logger = createLogger({ level: 'silent' });
    expect(createDiscordChat({ ...base, settings, logger } as never)).toBeUndefined();
    expect(createDiscordChat({ ...base, settings: { ...settings, discord: { token: 't' } }, logger } as never)).toBeInstanceOf(DiscordChat);
  });

  it('fails to start with a one-line reason when the token is refused', async () => {
    const fake = new FakeDiscord('the-right-token-value');
    await fake.start();
    const lines: string[] = [];
    const chat = new DiscordChat({
      ...base,
      discord: { token: 'a-wrong-token-value', apiUrl: `${fake.apiUrl}/v10` },
      logger: createLogger({ level: 'trace', destination: { write: (l: string) => void lines.push(l) } }),
    });
    try {
      await expect(chat.start()).rejects.toThrow(/^discord: could not connect: .*token.* — check DISCORD_TOKEN$/i);
      expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/gateway/bot', status: 401 });
      expect(lines.join('\n')).not.toContain('a-wrong-token-value');
    } finally {
      await chat.stop();
      await fake.stop();
    }
  });
});
