/**
 * Words used alike (from word vectors): a question word the chosen story's article never uses is
 * matched, weakly, by a word the article uses in the same way ("trucks" for "vans"), and only once
 * a free question is asked; the answer-or-decline evidence stays what it was.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.ts';
import { prepareArticle } from '../../src/answer/article.ts';
import { matchQuestion } from '../../src/answer/passages.ts';
import { readQuestion } from '../../src/answer/question.ts';
import { makeIncoming } from '../../src/answer/incoming.ts';
import { STOP, termOf } from '../../src/answer/words.ts';
import { loadSimilarWords, similarWords } from '../../src/answer/related.ts';
import { Responder } from '../../src/commands/responder.ts';
import { libraryOf, makeBriefings } from '../helpers/briefings.ts';

const RIVER_BRIDGE = `---
slug: ostbrook-bridge-closure
headline: Ostbrook closes its river bridge for repairs
---
The town of Ostbrook closed its only road bridge over the Lenne on Monday after inspectors found cracks in two of its supports.

Cars and vans will be sent along a 12-kilometre detour through Halden until the repairs are finished, the council said.

Pedestrians and cyclists can still use a footpath on the bridge's north side.

The council expects the work to cost about 2 million euros, which it will pay from its road maintenance fund.
`;

describe('words used alike', () => {
  it('holds no table until a free question is asked, then gives the words used alike', async () => {
    // A grammar answer does not read it: an idle bot, or one asked only in the grammar, never holds it.
    const library = await libraryOf({ 'briefings/ostbrook-bridge-closure.md': RIVER_BRIDGE });
    const responder = new Responder({ library: () => library });
    expect(await responder.respond(makeIncoming('/brief ostbrook-bridge-closure'))).toMatchObject({ kind: 'briefing' });
    // Topic words that name no story are looked for in the articles, without the table.
    await responder.respond(makeIncoming('/brief trucks halden detour'));
    expect(similarWords('trucks')).toEqual([]);
    await loadSimilarWords();
    expect(similarWords('trucks')).toContain('vans');
    expect(similarWords('money')).toContain('cash');
    // Near, but not among each other's nearest: "pay" is nearer many other words.
    expect(similarWords('pension')).not.toContain('pay');
    expect(similarWords('qwertyuiop')).toEqual([]);
  });

  it('never gives a stop word, nor a word the answerer already reads as the same', async () => {
    await loadSimilarWords();
    for (const word of ['trucks', 'money', 'helping', 'planes', 'weather']) {
      const alike = similarWords(word);
      expect(alike.length).toBeGreaterThan(0);
      for (const other of alike) {
        expect(STOP.has(other)).toBe(false);
        expect(termOf(other)).not.toBe(termOf(word));
      }
    }
  });

  it('matches them only when asked to, for the story already chosen', async () => {
    await loadSimilarWords();
    const article = prepareArticle(makeBriefings({ 'briefings/ostbrook-bridge-closure.md': RIVER_BRIDGE })[0]!);
    const question = readQuestion('will trucks go through halden');
    // "trucks" is lacking from the article: counted whole as missing, or half when its vans stand for it.
    expect(matchQuestion(article, question).missing).toBeCloseTo(0.5);
    expect(matchQuestion(article, question, [], [], true).missing).toBeCloseTo(0.25);
  });

  it('answers from the sentence that says it otherwise, and still declines what the article does not say', async () => {
    const library = await libraryOf({ 'briefings/ostbrook-bridge-closure.md': RIVER_BRIDGE });
    expect(await answerQuestion('will trucks go through halden while the ostbrook bridge is closed', library)).toMatchObject({ kind: 'answer', briefing: 'ostbrook-bridge-closure', sentences: [{ cite: '2.1' }] });
    expect(await answerQuestion('can trucks take the ostbrook detour', library)).toMatchObject({ kind: 'answer', sentences: [{ cite: '2.1' }] });
    // A count of trucks is nowhere in the article, though vans and a number are.
    expect(await answerQuestion('how many trucks use the ostbrook bridge each day', library)).toMatchObject({ kind: 'no-answer', briefing: 'ostbrook-bridge-closure' });
  });
});
