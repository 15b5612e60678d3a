/**
 * Candidate descriptions in the shapes of court, sport and health reports (role-candidates.ts,
 * role-dock.ts, role-verbs.ts, roles.ts): a word for a person opening a sentence, a plural before a
 * pair of names, a "mother-of-two" compound, a description ending in a place before a name, a role
 * held "as" after a possessive, the accused of a verb of the dock, an address after an age. Each
 * with an example it finds and a near miss it must not. Every snippet is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';
import { candidates } from './role-trace.ts';

/** The features traced for candidate `text` of `name`. */
function featuresOf(body: string, name: string, text: string): string[] {
  const trace = newTrace();
  extractArticle(body, { trace });
  return trace.roles.find((r) => r.person === name && r.text === text)?.features ?? [];
}

describe('a phrase before the name', () => {
  it('a word for a person opening the sentence, whatever its tag', () => {
    const body = 'The squad was named on Tuesday. Prop Owen Carrick returns after injury, and Jack Fenn keeps his place.';
    expect(candidates(body, 'Owen Carrick')).toContain('phrase: Prop');
  });

  it('a plural word for people before a pair of names', () => {
    const body = 'Fellow locks Tom Rideout and Gareth Blane both scored tries in the win over Treorchy.';
    expect(candidates(body, 'Tom Rideout')).toContain('phrase: Fellow locks');
  });

  it('not a plural that names things', () => {
    const body = 'Reports Tom Rideout had left the club were denied by the chairman.';
    expect(candidates(body, 'Tom Rideout').filter((c) => c.startsWith('phrase:'))).toEqual([]);
  });

  it('a compound led by a word for a person', () => {
    const body = 'Mother-of-two Claire Hobbs, 41, was hurt in the crash on the A20 near Dover.';
    expect(candidates(body, 'Claire Hobbs')).toContain('phrase: Mother-of-two');
  });
});

describe('a description in front that ends in a place', () => {
  it('"a man from X, NAME," describes the name', () => {
    const body = 'A 34-year-old man from Walsall, Darren Pike, was arrested at the scene.';
    expect(candidates(body, 'Darren Pike')).toContain('front: A 34-year-old man from Walsall');
  });

  it('the item before in a list of people is still no description', () => {
    const body = 'The meeting heard from Transport Secretary Helen Ruddock, Darren Pike and two union leaders.';
    expect(candidates(body, 'Darren Pike').filter((c) => c.startsWith('front:'))).toEqual([]);
  });
});

describe('a role held, after a possessive', () => {
  it('"X\'s future as …", "X\'s first season as …"', () => {
    expect(candidates("Dale Mercer's future as Oldbury manager is in doubt after Saturday's defeat.", 'Dale Mercer')).toContain('as: Oldbury manager');
    expect(candidates("Nia Powell's first season as captain ended with a trophy.", 'Nia Powell')).toContain('as: captain');
  });

  it('not a thing owned that is described "as" something', () => {
    const body = "Dale Mercer's car was described as dangerous by the garage.";
    expect(candidates(body, 'Dale Mercer').filter((c) => c.startsWith('as:'))).toEqual([]);
  });
});

describe('the accused, by a verb of the dock', () => {
  it('after an age and an address, and for both of a pair', () => {
    const body = 'Ashley Turnbull, 29, of Scholes, and Kieran Mottram, 31, from Hindley, deny robbery at Bolton Crown Court.';
    expect(candidates(body, 'Ashley Turnbull')).toContain('dock: defendant');
    expect(candidates(body, 'Kieran Mottram')).toContain('dock: defendant');
    expect(featuresOf(body, 'Kieran Mottram', 'defendant')).toContain('dock:court');
  });

  it('after auxiliaries, and "found guilty"', () => {
    expect(candidates('Lee Hartnell has been jailed for three years for fraud.', 'Lee Hartnell')).toContain('dock: defendant');
    expect(candidates('Dana Birch was found guilty of assault on Monday.', 'Dana Birch')).toContain('dock: defendant');
  });

  it('not a denial of a claim, nor a name governed by a preposition', () => {
    expect(candidates('Ruth Kemp denied that the club was in debt.', 'Ruth Kemp')).not.toContain('dock: defendant');
    expect(candidates('The lawyer for Tom Bell admitted the delay was regrettable.', 'Tom Bell')).not.toContain('dock: defendant');
  });
});

describe('an address after an age', () => {
  it('is told from an affiliation after a name', () => {
    const body = 'Lee Hartnell, 34, of Moorside, admitted fraud at Preston Crown Court.';
    expect(featuresOf(body, 'Lee Hartnell', '34, of Moorside')).toContain('after:address');
  });
});
