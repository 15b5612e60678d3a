/**
 * Declining a question whose best sentence fits its story but not what it asks (decline.ts): a
 * "why" answered by a sentence with no cause, a "how big" by one with no measure, a price by one
 * with no money, a "who" asked by a word the article never uses — and the same questions answered
 * when the article does say.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { libraryOf } from '../helpers/briefings.ts';

const BAKERY = `---
slug: rivermill-bakery-closure
headline: Rivermill bakery to close its Dunmore ovens after 60 years
actors:
  - { name: Sanne Holt, kind: person, role: owner }
  - { name: Rivermill Bakery, kind: org }
  - { name: Dunmore, kind: place }
---
Rivermill Bakery will close its ovens in Dunmore at the end of March, with the loss of 42 jobs, its owner said on Thursday.

Sanne Holt, who bought the bakery in 2011, said flour and energy bills had doubled in two years.

The bakery sells about 3,000 loaves a day to shops across the county.

Bread will be baked at the group's larger site in Kelby instead.

The bakery was built in 1964 on the old mill site.
`;

const CHARITY = `---
slug: harbour-swim-record
headline: Swimmer crosses Harwick bay in record time
actors:
  - { name: Ellis Moran, kind: person, role: swimmer }
  - { name: Harwick Sea Rescue, kind: org }
---
Ellis Moran swam across Harwick bay in four hours and ten minutes on Sunday, a record for the crossing.

The swim was paid for by Harwick Sea Rescue, which will receive the money raised.

Moran trained for the swim because his brother was rescued in the bay in 2019.
`;

const library = libraryOf({ 'briefings/rivermill-bakery-closure.md': BAKERY, 'briefings/harbour-swim-record.md': CHARITY });

async function ask(text: string): Promise<Reply> {
  return answerQuestion(text, await library);
}

function cites(reply: Reply): string[] {
  return reply.kind === 'answer' ? reply.sentences.map((s) => s.cite) : [];
}

describe('declining what the best sentence does not answer', () => {
  it('answers a "why" from the sentence that gives the cause', async () => {
    const reply = await ask('why did moran train for the swim');
    expect(reply.kind).toBe('answer');
    expect(cites(reply)[0]).toBe('3.1');
  });

  it('declines a "why" whose best sentence says what happened but gives no cause', async () => {
    for (const question of ['why did sanne holt buy the bakery in 2011', 'why did moran swim across harwick bay on sunday']) {
      const reply = await ask(question);
      expect(reply.kind).toBe('no-answer');
      if (reply.kind === 'no-answer') expect(reply.asks).toBe('why');
    }
  });

  it('declines "how big" when no sentence carries a measure, and answers "how many" from its number', async () => {
    expect((await ask('how big is the rivermill bakery')).kind).toBe('no-answer');
    const loaves = await ask('how many loaves does rivermill sell');
    expect(loaves.kind).toBe('answer');
    expect(cites(loaves)[0]).toBe('3.1');
  });

  it('reads "how much are the loaves" as a price: a count of loaves does not answer it', async () => {
    expect((await ask('how much are the loaves')).kind).toBe('no-answer');
  });

  it('declines a "who" asked by a word the article never uses, and answers one it does', async () => {
    expect((await ask('who funded the bread at kelby')).kind).toBe('no-answer');
    const paid = await ask('who paid for the harwick swim');
    expect(paid.kind).toBe('answer');
    expect(cites(paid)[0]).toBe('2.1');
  });
});
