/**
 * Evidence beyond shared words, on articles of this test's own: "what did X say" where X is a group
 * the article introduces in a sentence of its own ("Economists were divided.") and then quotes one
 * member of; and "why" about the story's main event, in the reader's words, answered by the first
 * sentence's cause.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { libraryOf } from '../helpers/briefings.ts';

const RATES = `---
slug: norland-rate-cut
headline: Norland central bank cuts interest rates to 2.5%
---
The central bank of Norland cut its main interest rate to 2.5% on Thursday, its third cut this year.

Governor Petra Aalto said inflation had fallen faster than expected and that the bank would "act again if needed".

Economists were divided. Jon Serk, of the Harbour Institute, said the cut came "a month too late" for exporters.

The krone fell 1% against the euro after the announcement.
`;

const firstCite = (reply: Reply) => (reply.kind === 'answer' ? reply.sentences[0]?.cite : reply.kind);

describe('a group introduced, then quoted', () => {
  const library = libraryOf({ 'briefings/norland-rate-cut.md': RATES });

  it('answers "what are economists saying" with the quote after "Economists were divided."', async () => {
    expect(firstCite(await answerQuestion('what are economists saying about the rate cut', await library))).toBe('3.2');
  });

  it('still answers a speaker named by role from their own sentence', async () => {
    expect(firstCite(await answerQuestion('what did the governor say', await library))).toBe('2.1');
  });
});

const STRIKE = `---
slug: velden-bus-strike
headline: Velden bus drivers strike over pay
---
Bus drivers in Velden walked out on Monday after talks with the city transport company over pay broke down.

About 300 drivers took part, and most routes did not run. The company said it would publish a reduced timetable.

Mayor Ilse Brandt said the city could not afford a bigger offer this year. A single ticket costs 3.20 euros.
`;

describe('why the story\'s main event happened, asked in the reader\'s words', () => {
  const library = libraryOf({ 'briefings/velden-bus-strike.md': STRIKE });

  it('answers with the first sentence\'s cause', async () => {
    expect(firstCite(await answerQuestion('why did the velden bus guys down tools', await library))).toBe('1.1');
  });

  it('does not when the question names what the first sentence does not say', async () => {
    expect(firstCite(await answerQuestion('why did the mayor snub the drivers', await library))).not.toBe('1.1');
  });

  it('does not for why something holds ("why does …")', async () => {
    expect(firstCite(await answerQuestion('why does the velden bus thing drag on', await library))).not.toBe('1.1');
  });
});

const COURT = `---
slug: ostheim-treasurer-jailed
headline: Ostheim rowing club treasurer jailed for theft
---
A court in Ostheim on Friday sentenced the former treasurer of the town's rowing club, Mira Holt, to four years in prison for stealing 90,000 euros of club funds.

Holt, 52, had admitted moving the money into her own account over six years.
`;

describe('how long, about the story\'s main event', () => {
  it('answers with the first sentence\'s duration', async () => {
    const library = libraryOf({ 'briefings/ostheim-treasurer-jailed.md': COURT });
    expect(firstCite(await answerQuestion('how long is the ostheim treasurer stuck inside for', await library))).toBe('1.1');
  });
});
