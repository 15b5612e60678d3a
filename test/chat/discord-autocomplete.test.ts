/**
 * Autocomplete for `/brief query:`: briefings, actors, verbs and parts from the library, within
 * Discord's choice limits, and fast on a large archive.
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/briefing/library.ts';
import type { BriefingOutline } from '../../src/briefing/model.ts';
import { autocompleteChoices, verbTemplates } from '../../src/chat/discord-autocomplete.ts';
import { libraryOfOutlines } from '../helpers/briefings.ts';
import { discordLibrary } from '../helpers/discord-fixtures.ts';

const library = await discordLibrary();
const values = async (typed: string, lib: Library = library) => (await autocompleteChoices(lib, typed)).map((c) => c.value);

describe('autocompleteChoices', () => {
  it('offers a briefing for a prefix of its alias, slug or headline words', async () => {
    expect(await values('sw')).toContain('swap');
    expect(await values('rivermouth')).toContain('swap');
    expect(await values('halden')).toContain('swap');
    expect((await autocompleteChoices(library, 'sw'))[0]!.name).toBe('swap — Rivermouth council and Halden Rail agree depot land swap');
  });

  it('offers people by any part of their name, accents optional, as a who question', async () => {
    expect(await values('castano')).toContain('who Inés Castaño Vidal');
    expect(await values('who ines')).toEqual(['who Inés Castaño Vidal']);
    expect(await values('what did vand')).toEqual(['what did Piet Vanderhoeven say']);
  });

  it('completes verbs, and topics after a verb that takes one', async () => {
    expect(await values('fol')).toContain('follow');
    expect(await values('follow dep')).toEqual(['follow swap']);
    expect(await values('wh')).toEqual(expect.arrayContaining(['who', 'what did']));
  });

  it('completes a part after a topic', async () => {
    expect(await values('swap a')).toEqual(['swap actors']);
    expect(await values('swap ')).toEqual(expect.arrayContaining(['swap actors', 'swap questions', 'swap quotes', 'swap full']));
  });

  it('offers the briefings and verbs when nothing is typed yet, and accepts the /brief prefix', async () => {
    expect(await values('')).toEqual(expect.arrayContaining(['swap', 'overflow', 'who', 'follow']));
    expect(await values('/brief sw')).toContain('swap');
  });

  it('reads its verbs from the grammar usage', () => {
    expect(verbTemplates([{ ask: '/brief who <name>' }, { ask: 'what did <name> say' }, { ask: '/brief mute <topic> · /brief unmute' }])).toEqual([
      { words: 'who', arg: 'name', after: '' },
      { words: 'what did', arg: 'name', after: ' say' },
      { words: 'mute', arg: 'topic', after: '' },
      { words: 'unmute', after: '' },
    ]);
  });

  it('keeps within 25 choices of at most 100 characters on 10,000 briefings', async () => {
    const briefings: BriefingOutline[] = Array.from({ length: 10_000 }, (_, i) => ({
      slug: `story-${i}`,
      aliases: [`s${i}`],
      headline: `Story number ${i} about harbour works and a ${'very '.repeat(30)}long headline`,
      source: {},
      summary: { text: 'A story.', cites: [], origin: 'curated' },
      actors: [{ name: `Person Surname${i}`, aliases: [], kind: 'person', role: 'a role '.repeat(30), cites: [], origin: 'curated' }],
      quotes: [],
      questions: [],
      claims: [],
      followups: [],
      path: `briefings/story-${i}.md`,
      hash: String(i),
    }));
    const big = await libraryOfOutlines(briefings);
    for (let i = 0; i < 200; i++) {
      const choices = await autocompleteChoices(big, ['s', 'story', 'who person', 'harb', 'surname12', ''][i % 6]!);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    }
  });
});
