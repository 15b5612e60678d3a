/**
 * Discord sharding: two replicas, each running one of two gateway shards, against the loopback
 * gateway fake — Discord sees one identify per shard, each guild's events reach only the replica
 * whose shard holds it, and a mention in each guild is answered once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordChat } from '../../src/chat/discord.ts';
import { Responder } from '../../src/commands/responder.ts';
import { readSettings } from '../../src/config/env.ts';
import { MemoryOutbox } from '../../src/delivery/outbox.ts';
import { createLogger } from '../../src/log.ts';
import type { Library } from '../../src/briefing/library.ts';
import { FakeDiscord, IDS } from '../helpers/discord-fake.ts';
import { discordLibrary, guildMessage } from '../helpers/discord-fixtures.ts';

const TOKEN = 'MzAwMDAwMDAwMDAwMDAwMDAx.fake-bot-token.for-sharding-tests';
// Guild ids whose (id >> 22) % 2 puts one on each shard.
const GUILDS = [
  { guild: (1000n << 22n).toString(), channel: '300000000000000021' },
  { guild: (1001n << 22n).toString(), channel: '300000000000000022' },
];

describe('Discord with 2 shards over two replicas', () => {
  const fake = new FakeDiscord(TOKEN, { guilds: GUILDS, recommendedShards: 2 });
  const replicas: DiscordChat[] = [];
  let library: Library;

  beforeAll(async () => {
    library = await discordLibrary(false);
    await fake.start();
    for (const shard of [0, 1]) {
      const settings = readSettings({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, DISCORD_SHARDS: String(shard), DISCORD_SHARD_COUNT: '2' }, process.cwd());
      const chat = new DiscordChat({
        discord: settings.discord!,
        responder: new Responder({ library: () => library }),
        catalog: { library: () => library },
        logger: createLogger({ level: 'silent' }),
        outbox: new MemoryOutbox(),
      });
      await chat.start();
      replicas.push(chat);
    }
  });

  afterAll(async () => {
    for (const chat of replicas) await chat.stop();
    await fake.stop();
  });

  it('identifies once per shard: [0, 2] and [1, 2]', () => {
    const identifies = fake.gatewayReceived.filter((p) => p.op === 2).map((p) => p.d.shard);
    expect(identifies.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('answers a mention in each guild once, from the replica whose shard holds it', async () => {
    const before = fake.requests.length;
    for (const { guild, channel } of GUILDS) {
      const mention = { ...guildMessage('who is Inés Castaño Vidal?', true), guild_id: guild, channel_id: channel };
      fake.dispatchToGuild(guild, 'MESSAGE_CREATE', mention);
      const reply = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`, before);
      expect(reply.body.message_reference.message_id).toBe(mention.id);
    }
    // Give a second answer, if one were coming, the time the first took.
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const { channel } of GUILDS) expect(fake.requests.slice(before).filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`)).toHaveLength(1);
    expect(fake.requests.some((r) => r.path === `/channels/${IDS.channel}/messages`)).toBe(false);
  });

  it('reads shard settings and says what is wrong with them', () => {
    expect(readSettings({ DISCORD_TOKEN: TOKEN, DISCORD_SHARD_COUNT: '3' }, process.cwd()).discord?.shards).toEqual([0, 1, 2]);
    expect(readSettings({ DISCORD_TOKEN: TOKEN, DISCORD_SHARDS: 'auto' }, process.cwd()).discord?.shards).toBe('auto');
    expect(() => readSettings({ DISCORD_TOKEN: TOKEN, DISCORD_SHARDS: '0,1' }, process.cwd())).toThrow(/DISCORD_SHARD_COUNT: missing/);
    expect(() => readSettings({ DISCORD_TOKEN: TOKEN, DISCORD_SHARDS: '2', DISCORD_SHARD_COUNT: '2' }, process.cwd())).toThrow(/shard ids run from 0 to 1/);
    expect(() => readSettings({ DISCORD_TOKEN: TOKEN, DISCORD_SHARDS: 'two' }, process.cwd())).toThrow(/must be `auto` or shard ids/);
  });
});
