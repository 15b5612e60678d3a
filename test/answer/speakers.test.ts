/**
 * "What did X say" where X is a group the article introduces in a sentence of its own ("Economists
 * were divided.") and then quotes one member of: on articles of this test's own.
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
