import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { analyse, tokenAt } from '../../src/extract/context.ts';
import { genderOf } from '../../src/extract/given-names.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';
import { personGender } from '../../src/extract/speaker-cues.ts';

/** The features of each candidate speaker of the quotation starting with `start` (null: nobody). */
function candidates(body: string, start: string): Map<string | null, string[]> {
  const trace = newTrace();
  extractArticle(body, { trace });
  return new Map(trace.speakers.filter((c) => c.quote.startsWith(start)).map((c) => [c.speaker, c.features]));
}

const person = (name: string, role: string | null) => ({ name, aliases: new Set<string>(), kind: 'person' as const, role, first: 0 });

describe('whose sex a pronoun can take up', () => {
  it('reads a role only up to a clause or a preposition that brings in someone else', () => {
    expect(genderOf(person('Zorvath Quell', 'runs the guesthouse where Mr Lee stayed'))).toBe('u');
    expect(genderOf(person('Zorvath Quell', 'lawyer for Mr Hale'))).toBe('u');
    expect(genderOf(person('Zorvath Quell', 'landlady of the inn'))).toBe('u');
    expect(genderOf(person('Zorvath Quell', 'widow of a miner'))).toBe('f');
    expect(genderOf(person('Zorvath Quell', 'Mr Quell'))).toBe('m');
  });

  it('takes no sex from a family name written first', () => {
    expect(genderOf(person('Chen Xiaoling', null))).toBe('u');
    expect(genderOf(person('Lee Soo-ah', null))).toBe('u');
    expect(genderOf(person('Lee Evans', 'his brother'))).toBe('m');
  });

  it('takes the sex of a name with none from an honorific before a mention', () => {
    const body = 'Lee Jae-won set off on Saturday. Mr Lee had walked there before. Yoon Seo-ri said she saw him.';
    const article = analyse(body);
    const at = (text: string, from = 0): { start: number; end: number; token: number } => {
      const start = body.indexOf(text, from);
      return { start, end: start + text.length, token: tokenAt(article, start) };
    };
    const table = {
      actors: [person('Lee Jae-won', null), person('Yoon Seo-ri', null)].map((a, i) => ({ ...a, first: i })),
      mentions: [{ actor: 0, ...at('Lee Jae-won'), quoted: false }, { actor: 0, ...at('Lee', 40), quoted: false }, { actor: 1, ...at('Yoon Seo-ri'), quoted: false }],
    };
    expect(personGender(article, table, 0)).toBe('m');
    expect(personGender(article, table, 1)).toBe('u');
  });
});

describe('what a pronoun or a description takes up', () => {
  it('passes a pronoun subject back past the names its sentence merely lists', () => {
    const body = 'Owen Tate, giving evidence from behind a screen, said he remembered nothing. Under cross-examination by the barrister for the defence, Tom Reid, he agreed that he had drunk six pints. "I am not proud of that," he said.';
    const found = candidates(body, 'I am not proud');
    expect(found.get('Owen Tate')).toContain('pronounTakesUp');
    expect(found.get('Tom Reid') ?? []).not.toContain('pronounTakesUp');
  });

  it('gives "the supplier warned" and "it said" to an organisation named before, not "she said"', () => {
    const supplier = 'Tarrow Water reported a loss on Monday, and its shares fell. The supplier warned of "a hard winter" for customers.';
    expect(candidates(supplier, 'a hard winter').get('Tarrow Water')).toContain('orgTakesUp:org:definite');
    const it_ = 'Tarrow Water reported a loss on Monday. "We expect a better year," it said.';
    expect(candidates(it_, 'We expect').get('Tarrow Water')).toContain('orgTakesUp:org:pronoun');
    const she = 'Tarrow Water reported a loss on Monday, Nadia Holt told staff. "We expect a better year," she said.';
    expect((candidates(she, 'We expect').get('Tarrow Water') ?? []).some((f) => f.startsWith('orgTakesUp'))).toBe(false);
  });

  it('gives "the foundation said" to the organisation whose name holds the noun', () => {
    const body = 'The approval was welcomed by the Hartley Foundation, a charity in Leeds, and by Leeds City Council. "This changes everything for families," the foundation said.';
    const found = candidates(body, 'This changes');
    expect(found.get('Hartley Foundation')).toContain('orgTakesUp:named');
    expect(found.get('Leeds City Council') ?? []).not.toContain('orgTakesUp:named');
  });

  it('marks the person whose role a nearby "the coroner" names', () => {
    const body = 'The coroner, Ruth Amos, heard from the family. Gemma Hart said her son had been careful. The coroner said she would give her conclusion on Friday. "Nothing I say will bring him back," she said.';
    const found = candidates(body, 'Nothing I say');
    expect((found.get('Ruth Amos') ?? []).some((f) => f.startsWith('roleAsThe'))).toBe(true);
    expect((found.get('Gemma Hart') ?? []).some((f) => f.startsWith('roleAsThe'))).toBe(false);
  });
});

describe('the continuation of a speaker', () => {
  it("tells the continuation whether a paragraph break stands between, and how the speaker before was found", () => {
    const across = 'Ana Reyes lost the appeal on Monday. "We will go on," said Ana Reyes.\n\n"It is not over," the statement from the group added later.';
    const same = 'Ana Reyes lost the appeal on Monday. "We will go on," said Ana Reyes. "It is not over."';
    const a = candidates(across, 'It is not over').get('Ana Reyes') ?? [];
    const s = candidates(same, 'It is not over').get('Ana Reyes') ?? [];
    expect(a).toContain('previousSpeaker&newPara');
    expect(s).not.toContain('previousSpeaker&newPara');
    expect(s).toContain('previousSpeaker&prevStep=after');
  });
});
