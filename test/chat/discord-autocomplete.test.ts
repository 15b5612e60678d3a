/**
 * Autocomplete for `/brief query:`: briefings, actors, verbs and parts from the library, within
 * Discord's choice limits, and fast on a large archive.
 */
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/briefing/library.ts';
import type { Briefing } from '../../src/briefing/model.ts';
import { autocompleteChoices, verbTemplates } from '../../src/chat/discord-autocomplete.ts';
import { discordLibrary } from '../helpers/discord-fixtures.ts';

const library = discordLibrary();
const values = (typed: string, lib: Library = library) => autocompleteChoices(lib, typed).map((c) => c.value);

describe('autocompleteChoices', () => {
  it('offers a briefing for a prefix of its alias, slug or headline words', () => {
    expect(values('sw')).toContain('swap');
    expect(values('rivermouth')).toContain('swap');
    expect(values('halden')).toContain('swap');
    expect(autocompleteChoices(library, 'sw')[0]!.name).toBe('swap — Rivermouth council and Halden Rail agree depot land swap');
  });

  it('offers people by any part of their name, accents optional, as a who question', () => {
    expect(values('castano')).toContain('who Inés Castaño Vidal');
    expect(values('who ines')).toEqual(['who Inés Castaño Vidal']);
    expect(values('what did vand')).toEqual(['what did Piet Vanderhoeven say']);
  });

  it('completes verbs, and topics after a verb that takes one', () => {
    expect(values('fol')).toContain('follow');
    expect(values('follow dep')).toEqual(['follow swap']);
    expect(values('wh')).toEqual(expect.arrayContaining(['who', 'what did']));
  });

  it('completes a part after a topic', () => {
    expect(values('swap a')).toEqual(['swap actors']);
    expect(values('swap ')).toEqual(expect.arrayContaining(['swap actors', 'swap questions', 'swap quotes', 'swap full']));
  });

  it('offers the briefings and verbs when nothing is typed yet, and accepts the /brief prefix', () => {
    expect(values('')).toEqual(expect.arrayContaining(['swap', 'overflow', 'who', 'follow']));
    expect(values('/brief sw')).toContain('swap');
  });

  it('reads its verbs from the grammar usage', () => {
    expect(verbTemplates([{ ask: '/brief who <name>' }, { ask: 'what did <name> say' }, { ask: '/brief mute <topic> · /brief unmute' }])).toEqual([
      { words: 'who', arg: 'name', after: '' },
      { words: 'what did', arg: 'name', after: ' say' },
      { words: 'mute', arg: 'topic', after: '' },
      { words: 'unmute', after: '' },
    ]);
  });

  it('keeps within 25 choices of at most 100 characters, fast on 10,000 briefings', () => {
    const briefings: Briefing[] = Array.from({ length: 10_000 }, (_, i) => ({
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
      body: 'A story.',
      paragraphs: [],
      sentences: [],
      path: `briefings/story-${i}.md`,
      hash: String(i),
    }));
    const big = new Library(briefings);
    autocompleteChoices(big, 's'); // builds the index once
    for (let i = 0; i < 200; i++) {
      const choices = autocompleteChoices(big, ['s', 'story', 'who person', 'harb', 'surname12', ''][i % 6]!);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    }
  });
});
