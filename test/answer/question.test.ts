/**
 * Reading free questions as people type them in chat, and the words the answerer compares.
 */
import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_WORDS, readQuestion } from '../../src/answer/question.ts';
import { contentTokens, termOf } from '../../src/answer/words.ts';

const terms = (text: string) => contentTokens(text).map((t) => t.term);

describe('readQuestion', () => {
  it('knows the kind of answer wanted from the question words', () => {
    expect(readQuestion('why did the talks collapse').type).toBe('why');
    expect(readQuestion('how come the port closed').type).toBe('why');
    expect(readQuestion('how did the fire start').type).toBe('why');
    expect(readQuestion('when does the ban start').type).toBe('when');
    expect(readQuestion('how long will the line be closed').type).toBe('duration');
    expect(readQuestion('how many jobs are going').type).toBe('quantity');
    expect(readQuestion('whats the vote count').type).toBe('quantity');
    expect(readQuestion('where did the evacuees go').type).toBe('where');
    expect(readQuestion('who is behind the attack').type).toBe('who');
    expect(readQuestion('what did the mayor say about it').type).toBe('said');
    expect(readQuestion('is the deal related to the us').type).toBe('yesno');
  });

  it('reads typed-in-a-hurry question words and fillers', () => {
    expect(readQuestion('wat did the analyst say').type).toBe('said');
    expect(readQuestion('y did they do it').type).toBe('why');
    expect(readQuestion('ok so and when is the vote?').type).toBe('when');
    expect(readQuestion('any1 hurt?').type).toBe('yesno');
    expect(readQuestion('whos in charge now').type).toBe('who');
  });

  it('keeps the wh-phrase out of the words it searches for', () => {
    expect(readQuestion('how big is the fire').tokens.map((t) => t.word)).toEqual(['fire']);
    expect(readQuestion('how big is the fire').measure).toBe('size');
    expect(readQuestion('how old is the dam').measure).toBe('age');
    expect(readQuestion('how much money did the mayor take').money).toBe(true);
    expect(readQuestion('how much money did the mayor take').tokens.map((t) => t.word)).not.toContain('money');
  });

  it('notices pronouns and elliptical follow-ups', () => {
    expect(readQuestion('and what did she say?').pronoun).toBe('she');
    expect(readQuestion('how old is he').pronoun).toBe('he');
    expect(readQuestion('what about the US?').elliptical).toBe(true);
    expect(readQuestion('what about the vote, when is it').elliptical).toBe(true);
    expect(readQuestion('what is the vote about').elliptical).toBe(false);
  });

  it('reads a pasted paragraph by its first words only', () => {
    const pasted = `why ${'dockworkers walked off the job after wage talks collapsed '.repeat(200)}`;
    expect(readQuestion(pasted).tokens.length).toBeLessThanOrEqual(MAX_QUESTION_WORDS);
    expect(readQuestion('').tokens).toEqual([]);
    expect(readQuestion('??? !!! 🙃').type).toBe('general');
  });

  it('notices questions about what people can do, and about what is to come', () => {
    expect(readQuestion('can i get a refund').advice).toBe(true);
    expect(readQuestion('what should i do if my flight is cancelled').advice).toBe(true);
    expect(readQuestion('will there be more strikes').future).toBe(true);
    expect(readQuestion('did the strike end').future).toBe(false);
  });
});

describe('words', () => {
  it('brings inflections, irregular verbs and newsroom synonyms to one term', () => {
    expect(termOf('swapped')).toBe(termOf('exchange'));
    expect(termOf('stolen')).toBe(termOf('steal'));
    expect(termOf('said')).toBe(termOf('say'));
    expect(termOf('postponed')).toBe(termOf('cancelled'));
    expect(termOf('contained')).toBe(termOf('control'));
    expect(termOf('ministry')).toBe(termOf('government'));
    expect(termOf('planes')).toBe(termOf('aircraft'));
    expect(termOf('boss')).toBe(contentTokens('chief executive')[0]!.term);
    expect(contentTokens('is kuldra laying off staff').map((t) => t.term)).toContain(termOf('cuts'));
  });

  it('reads a country by its name, its short forms and its people as one token', () => {
    expect(terms('U.S.')).toEqual(terms('United States'));
    expect(terms('the US')).toEqual(terms('united states'));
    expect(terms('Salvadoran nationals')[0]).toBe(terms('El Salvador')[0]);
    expect(terms('Latin America')).not.toEqual(terms('America'));
  });

  it('leaves "us" the pronoun alone', () => {
    expect(terms('tell us about it')).toEqual([]);
  });
});
