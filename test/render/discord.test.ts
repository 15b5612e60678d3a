/**
 * The Discord renderer: every reply kind becomes a payload inside Discord's limits that can never
 * ping anyone, and buttons carry the message that asks for their answer.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { parseIntent, USAGE } from '../../src/commands/index.ts';
import type { ReadIntent } from '../../src/answer/answer.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { buttonId, parseButtonId } from '../../src/render/discord-parts.ts';
import { DISCORD_LIMITS, embedLength, fitEmbeds, fitLines } from '../../src/render/discord-limits.ts';
import { discordLibrary } from '../helpers/discord-fixtures.ts';

const library = await discordLibrary();
const ask = (text: string): Promise<Reply> => answer(parseIntent(text) as ReadIntent, library, USAGE);

function withinLimits(message: ReturnType<typeof renderDiscord>): void {
  expect(message.embeds.length).toBeGreaterThan(0);
  expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
  expect(message.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
  for (const e of message.embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
  }
  for (const row of message.components) {
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const b of row.components) {
      if ('url' in b) expect(b.url).toMatch(/^https?:\/\//);
      else expect(b.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
      expect(b.label!.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
    }
  }
  expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
}

describe('renderDiscord', () => {
  it('says a miss may only be early while a first index runs', () => {
    const reply: Reply = { kind: 'not-found', subject: 'name', query: 'Ferrante', suggestions: [], suggestionsAre: 'close', indexing: { done: 40, total: 100 } };
    expect(renderDiscord(reply).embeds[0]!.description).toContain('_Brief is still indexing the archive (40 of 100 files read), so it may be in one not read yet — ask again in a few minutes._');
  });

  it('renders the briefing card as one embed with actors, questions, the quote and a cited footer', async () => {
    const message = renderDiscord(await ask('/brief swap'));
    expect(message).toMatchSnapshot();
    const [card] = message.embeds;
    expect(card!.url).toBe('https://example.org/depot-swap');
    expect(card!.description).toMatch(/\n> “The council is trading/);
    expect(card!.fields!.find((f) => f.name === 'Piet Vanderhoeven')).toMatchObject({ value: expect.stringContaining('leader of Rivermouth City Council'), inline: true });
    expect(card!.footer!.text).toMatch(/^Source: Estuary Courier, 2026-04-14, https:\/\/example\.org\/depot-swap · curated by an editor[^·]* · built from \[¶/);
  });

  it('gives the card Overview, Actors, Open questions, Quotes and Share buttons that ask again', async () => {
    const buttons = renderDiscord(await ask('swap')).components[0]!.components;
    expect(buttons.map((b) => [b.label, 'custom_id' in b ? parseButtonId(b.custom_id) : b.url])).toEqual([
      ['Overview', { action: 'show', ask: 'rivermouth-depot-land-swap' }],
      ['Actors', { action: 'show', ask: 'rivermouth-depot-land-swap actors' }],
      ['Open questions', { action: 'show', ask: 'rivermouth-depot-land-swap questions' }],
      ['Quotes', { action: 'show', ask: 'rivermouth-depot-land-swap quotes' }],
      ['Share', { action: 'share', ask: 'rivermouth-depot-land-swap' }],
    ]);
    expect(buttons[0]!.disabled).toBe(true);
    expect(renderDiscord(await ask('swap'), { share: false }).components[0]!.components.map((b) => b.label)).not.toContain('Share');
    expect(renderDiscord(await ask('swap'), { interactive: false }).components).toEqual([]);
  });

  it('renders every reply kind within the limits', async () => {
    const replies: Reply[] = [
      ...(await Promise.all(['swap', 'swap actors', 'swap questions', 'swap quotes', 'swap claims', 'swap sources', 'swap full'].map(ask))),
      await ask('who is Castaño'),
      await ask('what did Inés Castaño Vidal say'),
      await ask('who is Nobody Atall'),
      await ask('/brief zzzz'),
      await ask('help'),
      { kind: 'notice', title: 'Following swap', lines: ['Updates will be posted here.'] },
      { kind: 'list', title: 'Reminders', items: [], empty: 'No reminders here.' },
      { kind: 'list', title: 'Reminders', items: [{ text: '#1 swap', detail: 'in 7 days' }], empty: '' },
      { kind: 'error', code: 'internal', message: 'Something went wrong.' },
    ];
    for (const reply of replies) withinLimits(renderDiscord(reply));
  });

  it('offers suggestions as buttons when nothing matches', async () => {
    const message = renderDiscord(await ask('/brief depot swop'));
    expect(message.embeds[0]!.title).toBe('“depot swop” is not in any briefing');
    expect(message.components[0]?.components.map((b) => ('custom_id' in b ? parseButtonId(b.custom_id)?.ask : undefined)))
      .toContain('/brief swap');
  });

  it('stays within every limit on a briefing built to exceed them, shortening with "…"', async () => {
    for (const part of ['', ' actors', ' questions', ' quotes', ' claims', ' sources', ' full']) {
      const message = renderDiscord(await ask(`overflow${part}`));
      withinLimits(message);
      expect(JSON.stringify(message)).toContain('…');
    }
    const actors = renderDiscord(await ask('overflow actors')).embeds[0]!;
    expect(actors.fields).toHaveLength(25);
    expect(actors.fields!.at(-1)!.value).toMatch(/^…and \d+ more$/);
  });

  it('leaves article text that looks like a ping inert', async () => {
    const message = renderDiscord(await ask('overflow quotes'));
    expect(JSON.stringify(message)).toContain('@here');
    expect(message.allowed_mentions.parse).toEqual([]);
  });

  it('drops a button whose custom id would pass 100 characters instead of failing', async () => {
    expect(buttonId('show', 'x'.repeat(200))).toBeUndefined();
    expect(parseButtonId('someone-else:thing')).toBeUndefined();
  });
});

describe('fitting to limits', () => {
  it('folds lines that do not fit into "…and N more"', async () => {
    expect(fitLines(['aaaa', 'bbbb', 'cccc', 'dddd'], 24)).toBe('aaaa\nbbbb\n…and 2 more');
    expect(fitLines(['x'.repeat(50)], 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('shortens the longest text until ten embeds fit in 6,000 characters', async () => {
    const embeds = Array.from({ length: 12 }, (_, i) => ({ title: `Part ${i}`, description: 'd'.repeat(4000), fields: [{ name: 'n', value: 'v'.repeat(2000) }] }));
    const fitted = fitEmbeds(embeds);
    expect(fitted).toHaveLength(10);
    expect(fitted.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(6000);
  });
});
