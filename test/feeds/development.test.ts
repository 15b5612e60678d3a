import { describe, expect, it } from 'vitest';
import { developmentReply, makeDevelopment } from '../../src/feeds/development.ts';

const firstLine = (reply: ReturnType<typeof developmentReply>) => (reply.kind === 'notice' ? reply.lines[0] : undefined);

const match = { slug: 'harbour-bridge-closure', headline: 'Valdera shuts the Harbour Bridge', score: 2.5, mentions: ['Ines Okafor'], terms: ['repairs'], mayAnswer: [], relevance: 0 };
const source = { feed: 'Wire A', title: 'Repairs will take months' };

describe('a development post', () => {
  it('names the item’s author after the feed, and says nothing of one the feed did not give', () => {
    const at = new Date('2026-03-02T09:00:00Z');
    const withAuthor = makeDevelopment(match, { key: 'g:1', title: 'Repairs will take months', text: '', author: 'Tomas Lindqvist, Ana Ruiz' }, source, at, []);
    expect(withAuthor.author).toBe('Tomas Lindqvist, Ana Ruiz');
    expect(firstLine(developmentReply(withAuthor))).toBe('“Repairs will take months” — Wire A, by Tomas Lindqvist, Ana Ruiz');
    const without = makeDevelopment(match, { key: 'g:2', title: 'Repairs will take months', text: '' }, source, at, []);
    expect(firstLine(developmentReply(without))).toBe('“Repairs will take months” — Wire A');
  });
});
