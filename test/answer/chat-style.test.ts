/**
 * Questions as readers type them: hedges ("actually", "even") are no subject, "the guy" in a
 * follow-up is the man of the exchange, "how many people" counts people by any name, "how cheap"
 * asks for money, a phrasal verb may have its object in the middle, and a question whose best
 * sentence carries the kind of answer asked for is answered on a little less evidence.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.ts';
import { paraphrasesIn } from '../../src/answer/paraphrase.ts';
import { isLight, readQuestion } from '../../src/answer/question.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { termOf } from '../../src/answer/words.ts';
import { libraryOf } from '../helpers/briefings.ts';

const QUARRY_FLOOD = `---
slug: quarry-flood-village
headline: Flooded quarry forces village evacuation in Carinthia
actors:
  - { name: Lukas Obermair, kind: person, role: mayor of Feldbach }
---
About 350 residents of Feldbach were moved to a sports hall on Sunday after water from a disused quarry broke through a wall above the village.

Mayor Lukas Obermair, 57, said the evacuation was a precaution. Two roads into the village remain closed.

The quarry closed in 1994 and has filled with rain since then, engineers said.
`;

const GYM_CHAIN = `---
slug: gym-chain-prices
headline: Budget gym chain Pulsa opens in Graz
---
The budget gym chain Pulsa opened its first club in Graz on Monday, with 40 machines and a swimming pool.

Membership costs 19 euros a month, with no joining fee.
`;

const library = libraryOf({ 'briefings/quarry-flood-village.md': QUARRY_FLOOD, 'briefings/gym-chain-prices.md': GYM_CHAIN });

async function ask(text: string, options: Parameters<typeof answerQuestion>[2] = {}): Promise<Reply> {
  const reply = await answerQuestion(text, await library, options);
  return reply;
}

const firstCite = (reply: Reply) => (reply.kind === 'answer' ? reply.sentences[0]?.cite : undefined);
const words = (text: string) => readQuestion(text).tokens.map((t) => t.word);

describe('questions as readers type them', () => {
  it('leaves hedges out of the words it searches for, and reads "guy" as a vague word', () => {
    expect(words('what does the quarry actually do')).toEqual(['quarry']);
    expect(words('why would they even evacuate anyway')).toEqual(['evacuate']);
    expect(readQuestion('why did the feldbach guy close the roads').tokens.filter(isLight).map((t) => t.word)).toEqual(['guy']);
  });

  it('reads "the guy" as "he", but not a guy described in the question', () => {
    expect(readQuestion('how old is the guy').pronoun).toBe('he');
    expect(readQuestion('what did that bloke say').pronoun).toBe('he');
    expect(readQuestion('why did the feldbach guy close the roads').pronoun).toBeUndefined();
  });

  it('answers "how old is the guy" after a question about the story with the age of its man', async () => {
    const recent = { slug: 'quarry-flood-village', people: [], question: 'why did the feldbach people have to leave' };
    expect(firstCite(await ask('how old is the guy', { recent }))).toBe('2.1');
  });

  it('counts people by any name for "how many people"', async () => {
    const question = readQuestion('how many people had to leave feldbach');
    expect(question.countsPeople).toBe(true);
    expect(question.tokens.map((t) => t.word)).toEqual(['leave', 'feldbach']);
    expect(firstCite(await ask('how many people had to leave feldbach'))).toBe('1.1');
  });

  it('reads "how cheap" as a question about money', async () => {
    expect(readQuestion('how cheap is the pulsa gym')).toMatchObject({ type: 'quantity', money: true });
    expect(firstCite(await ask('how cheap is the pulsa gym in graz'))).toBe('2.1');
  });

  it('reads a phrasal verb with its object between as the phrase', () => {
    const split = paraphrasesIn('are they letting the staff go').get(termOf('letting'));
    expect(split).toBeDefined();
    expect(split).toEqual(paraphrasesIn('are they letting go of staff').get(termOf('letting')));
    expect(paraphrasesIn('are they letting the staff in on it').get(termOf('letting'))).not.toEqual(split);
  });
});
