/**
 * More kinds of candidate description (role-candidates.ts, role-after.ts, role-loose.ts,
 * role-choice.ts): a modifier the tagger reads as a verb, the owner of "its …", the subject of a
 * lede closed by "who", an appositive or a fronted description with its relative clause, "whose",
 * a definite description set off before a name. Each with an example it finds and a near miss it
 * must not. Every snippet is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/context.ts';
import { verbAsModifier } from '../../src/extract/roles.ts';
import { candidates } from './role-trace.ts';

/** Whether the first token `word` of `text` is read as a modifier. */
function modifies(text: string, word: string): boolean {
  const article = analyse(text);
  return verbAsModifier(article, article.tokens.findIndex((t) => t.lower === word));
}

describe('a word tagged as a verb that modifies a word for a person', () => {
  it('between a possessive or determiner and the person noun', () => {
    expect(modifies("The band's lead singer left the stage.", 'lead')).toBe(true);
    expect(modifies('Its managing director resigned.', 'managing')).toBe(true);
  });

  it('not a verb with an object, nor before a noun that is no person', () => {
    expect(modifies('They lead the league by two points.', 'lead')).toBe(false);
    expect(modifies("The team's lead shrank in the second half.", 'lead')).toBe(false);
  });

  it('keeps it in the description before and after the name', () => {
    const before = "The study's lead author, Professor Wen Halloway, said the effect was small.";
    expect(candidates(before, 'Wen Halloway')).toContain("front: The study's lead author");
    const after = '"The rise is steep," said Dr Ines Marrow, the study\'s lead author.';
    expect(candidates(after, 'Ines Marrow')).toContain("after: the study's lead author");
  });
});

describe('the organisation "its …" belongs to', () => {
  it('the one that opens the sentence before, not the one named last', () => {
    const body = 'The charity Harbour Heart Trust welcomed the decision but said the Pellham Health Board must pay for it. '
      + 'Its chief executive, Mira Sollen, said families had waited long enough.';
    const found = candidates(body, 'Mira Sollen');
    expect(found).toContain('resolved: chief executive of Harbour Heart Trust');
    expect(found).not.toContain('resolved: chief executive of Pellham Health Board');
  });

  it('"the group\'s …" takes no organisation by a noun of some other sentence', () => {
    const body = 'Patients First Alliance, an independent group, said the trust at Pellham Hospital had failed its patients. '
      + '"We hear from them every week," said the group\'s chair, Omar Quill. The trust did not reply.';
    expect(candidates(body, 'Omar Quill')).toContain('resolved: chair of Patients First Alliance');
    expect(candidates(body, 'Omar Quill')).not.toContain('resolved: chair of Pellham Hospital');
  });
});

describe('a lede whose subject is closed by "who"', () => {
  it('describes the person who opens the next sentence', () => {
    const body = 'A bus driver who struck a cyclist in Hull has admitted careless driving.\n\n'
      + 'Derek Nolan, 52, of Anlaby Road, appeared at Hull Magistrates\' Court on Monday.';
    expect(candidates(body, 'Derek Nolan')).toContain('subject: bus driver');
  });

  it('not a person named inside that sentence', () => {
    const body = 'A bus driver who struck a cyclist in Hull has admitted careless driving.\n\n'
      + 'The court heard that he hit Derek Nolan, 52, on Anlaby Road.';
    expect(candidates(body, 'Derek Nolan').some((c) => c.startsWith('subject'))).toBe(false);
  });
});

describe('an appositive with its relative clause', () => {
  it('runs on through "who" and what the person did, to the clause\'s end', () => {
    const body = 'Dr Ann Lyle, a geologist who examined the cliff for the inquest, said the rock was soft.';
    expect(candidates(body, 'Ann Lyle')).toContain('afterWho: a geologist who examined the cliff for the inquest');
  });

  it('not after a description that already says where, nor a clause that only reports speech', () => {
    const placed = 'Dr Ann Lyle, a geologist at the University of Hull who examined the cliff, said the rock was soft.';
    expect(candidates(placed, 'Ann Lyle').some((c) => c.startsWith('afterWho'))).toBe(false);
    const body = 'Dr Ann Lyle, a geologist who said the rock was soft, gave evidence on Monday.';
    expect(candidates(body, 'Ann Lyle').some((c) => c.startsWith('afterWho'))).toBe(false);
  });
});

describe('a description opening the sentence with its relative clause', () => {
  it('"A customer who was waiting …, NAME, said"', () => {
    const body = 'A customer who was waiting at the counter at the time, Tadhg Morley, said the man had a knife. Nobody was hurt.';
    expect(candidates(body, 'Tadhg Morley')).toContain('frontWho: A customer who was waiting at the counter at the time');
  });

  it('not when the clause reports speech or the head is no word for a person', () => {
    const spoke = 'A customer who said he saw everything, Tadhg Morley, spoke to police. Nobody was hurt.';
    expect(candidates(spoke, 'Tadhg Morley').some((c) => c.startsWith('frontWho'))).toBe(false);
    const thing = 'A shop which was open late, Tadhg Morley said, was robbed. Nobody was hurt.';
    expect(candidates(thing, 'Tadhg Morley').some((c) => c.startsWith('frontWho'))).toBe(false);
  });
});

describe('a relative clause with "whose"', () => {
  it('is offered whole, and not read as a relation to the person named before', () => {
    const body = 'The minister, Abena Kyei, opened the clinic. Ama Owusu, whose son was treated there last year, said it had saved his life.';
    const found = candidates(body, 'Ama Owusu');
    expect(found.some((c) => c.endsWith(': whose son was treated there last year'))).toBe(true);
    expect(found.some((c) => c.startsWith('resolved'))).toBe(false);
  });
});

describe('a definite description set off before a name', () => {
  it('describes that name, not the person named in the sentence before', () => {
    const body = 'Dr Kofi Mensah set up the clinic in 2019. The health minister, Abena Kyei, said it would be copied.';
    expect(candidates(body, 'Kofi Mensah').some((c) => c.includes('health minister'))).toBe(false);
    expect(candidates(body, 'Abena Kyei')).toContain('front: The health minister');
  });

  it('an appositive after a name opened by "the" and an agent noun', () => {
    const body = 'Dr Kofi Mensah, the paediatric haematologist who set up the clinic, said deaths had fallen. Nobody disagreed.';
    expect(candidates(body, 'Kofi Mensah')).toContain('after: the paediatric haematologist');
  });
});
