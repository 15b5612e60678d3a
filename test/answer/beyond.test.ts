/**
 * Questions that ask beyond the story, on articles of this test's own: "other schools", "before"
 * is answered by a sentence about another case or an earlier time, and declined when the article
 * has none.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.ts';
import { readQuestion } from '../../src/answer/question.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { libraryOf } from '../helpers/briefings.ts';

const BOILER = `---
slug: harwick-school-boiler
headline: Harwick primary school shut after boiler fails
---
Brookside Primary School in Harwick closed on Tuesday after its boiler failed during a cold snap, sending 310 pupils home.

The council said engineers had found a cracked heat exchanger and that a replacement part would arrive on Thursday.

A similar fault closed a secondary school in Denby for three days last winter, the council said.

Parents were told the school would reopen on Friday if the heating had been tested.
`;

const MURAL = `---
slug: velden-station-mosaic
headline: Velden station mosaic restored
---
Restorers in Velden have finished repairing the tiled mosaic in the main hall of the railway station.

The mosaic of the river valley was laid by local craftsmen in 1962. It was damaged by damp in the 1990s. The restoration took a team of six eleven months.

The station reopened its main hall to passengers on Monday.
`;

const library = libraryOf({ 'briefings/harwick-school-boiler.md': BOILER, 'briefings/velden-station-mosaic.md': MURAL });

async function ask(text: string): Promise<Reply> {
  return answerQuestion(text, await library);
}

const firstCite = (reply: Reply) => (reply.kind === 'answer' ? reply.sentences[0]?.cite : reply.kind);

describe('questions that ask beyond the story', () => {
  it('reads "other", "before", "else" and "too" as asking beyond the story', () => {
    for (const q of ['has this happened at other schools', 'was the harwick boiler broken before', 'who else was sent home', 'did the nursery shut too']) expect(readQuestion(q).beyond).toBe(true);
    expect(readQuestion('why did the harwick school boiler fail').beyond).toBeUndefined();
  });

  it('answers from the sentence about another case', async () => {
    expect(firstCite(await ask('has a boiler fault shut other schools'))).toBe('3.1');
  });

  it('declines when the article tells of no earlier case', async () => {
    // Without "before", the first sentence answers: the mosaic has been repaired.
    expect(firstCite(await ask('has the velden station mosaic been repaired'))).toBe('1.1');
    expect((await ask('has the velden station mosaic been repaired before')).kind).toBe('no-answer');
  });
});
