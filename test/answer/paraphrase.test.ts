/**
 * Chat words for newsroom words: a reader's "locked up" is answered by the article's "jailed",
 * through the table, and a word the table does not know is still declined.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.ts';
import { paraphrasesIn } from '../../src/answer/paraphrase.ts';
import { termOf } from '../../src/answer/words.ts';
import { makeLibrary } from '../helpers/briefings.ts';

const COURT = `---
headline: Two men sentenced over Dunmore warehouse thefts
---
Two men were jailed for six years at Dunmore Crown Court on Friday for a string of thefts from warehouses near the port.

Judge Alison Reddy said the thefts had been planned for months. The stolen goods were worth about £400,000.
`;

describe('chat words for newsroom words', () => {
  it('reads a chat phrase as one, by the terms of the newsroom words that mean it', () => {
    expect(paraphrasesIn('did they get locked up').get(termOf('locked'))).toContain(termOf('jailed'));
    expect(paraphrasesIn('was the vote pushed back').get(termOf('pushed'))).toContain(termOf('postponed'));
    // "pushed" alone is not "pushed back".
    expect(paraphrasesIn('who pushed for the vote').get(termOf('pushed'))).toBeUndefined();
  });

  it('answers with the sentence that says it in the newsroom word, and still declines a word no table knows', async () => {
    const library = await makeLibrary({ 'briefings/dunmore-thefts.md': COURT });
    const reply = await answerQuestion('did anyone get locked up over the warehouse thefts', library);
    expect(reply.kind).toBe('answer');
    if (reply.kind === 'answer') expect(reply.sentences[0]!.cite).toBe('1.1');
    expect((await answerQuestion('did anyone get bamboozled over the warehouse thefts', library)).kind).toBe('no-answer');
  });
});
