/**
 * Kinds of evidence for a free question, on articles of this test's own: a bare "when?" after a
 * question asks it of that question's words; of two sentences saying something is not known, the
 * one naming the kind of answer asked for ("where") answers; a title ("the pm") names the actor
 * holding it; a particle ("pull out") is no subject word.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { contentTokens } from '../../src/answer/words.ts';
import { libraryOf } from '../helpers/briefings.ts';

const FESTIVAL = `---
slug: riverside-festival-flood
headline: Riverside music festival called off after flooding in Ostheim
---
The Riverside music festival in Ostheim was called off on Friday after the river burst its banks and flooded the park.

About 40,000 tickets had been sold. Ticket refunds will be paid by 15 August, the organisers said.

The organisers have not yet decided whether next year's festival will be longer.

The town council has not yet decided where next year's festival will be held.
`;

const OTHER = `---
slug: tram-line-opening
headline: New tram line opens in Velden
---
A new tram line opened in Velden on Monday, linking the station with the university.

The line cost 120 million euros and took four years to build.
`;

const library = libraryOf({ 'briefings/riverside-festival-flood.md': FESTIVAL, 'briefings/tram-line-opening.md': OTHER });

async function ask(text: string, options: Parameters<typeof answerQuestion>[2] = {}): Promise<Reply> {
  return answerQuestion(text, await library, options);
}

const firstCite = (reply: Reply) => (reply.kind === 'answer' ? reply.sentences[0]?.cite : reply.kind);

describe('evidence by kind of question', () => {
  it('answers a bare "when?" with the previous question\'s words', async () => {
    const recent = { slug: 'riverside-festival-flood', people: [], question: 'will people get ticket refunds for the riverside festival' };
    expect(firstCite(await ask('when?', { recent }))).toBe('2.2');
  });

  it('still asks what a bare "when?" is about with no previous question', async () => {
    expect((await ask('when?')).kind).not.toBe('answer');
  });

  it('answers "where" with the unknown that says where, not another unknown about the same words', async () => {
    expect(firstCite(await ask('where is next years riverside festival'))).toBe('4.1');
  });
});

const CABINET = `---
slug: fisheries-minister-resigns
headline: Fisheries minister resigns in row over quotas
actors:
  - { name: Jonas Lind, kind: person, role: fisheries minister, aliases: [PM] }
  - { name: Karin Holm, kind: person, role: Prime Minister }
---
The fisheries minister, Jonas Lind, resigned on Monday after a row with Prime Minister Karin Holm over fishing quotas.

Lind, 61, said he could not support quotas that would "empty the harbours".

Holm said she was sorry to see him go but that the quotas would stand.
`;

describe('actors named by their title', () => {
  const cabinet = libraryOf({ 'briefings/fisheries-minister-resigns.md': CABINET });

  it('reads "the pm" as the prime minister, though another actor carries "PM" as an alias', async () => {
    const reply = await answerQuestion('what did the pm say', await cabinet);
    expect(firstCite(reply)).toBe('3.1');
  });

  it('does not give another actor\'s age for "how old is the prime minister"', async () => {
    expect((await answerQuestion('how old is the fisheries prime minister', await cabinet)).kind).toBe('no-answer');
  });
});

describe('particles', () => {
  it('reads "pull out" and "set off" by their verbs: the particle is no subject word', () => {
    expect(contentTokens('why did the investors pull out').map((t) => t.word)).toEqual(['investors', 'pull']);
    expect(contentTokens('what set off the alarm').map((t) => t.word)).toEqual(['set', 'alarm']);
  });

  it('keeps a phrasal verb the tables join ("laid off")', () => {
    expect(contentTokens('how many were laid off').map((t) => t.term)).toContain('layoff');
  });
});
