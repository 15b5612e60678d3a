/**
 * The age and home a court or local report gives after a name, alone and joined to what else the
 * text says the person is (role-address.ts). Every snippet is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { candidates } from './role-trace.ts';

describe("a person's age and home", () => {
  it('"X, 34, of Moorside," and "X, 29, from New Parks," with the age in front', () => {
    const body = 'Dorin Varga, 34, of Moorside, admitted theft. Emil Toma, 29, from New Parks, denied the charge.';
    expect(candidates(body, 'Dorin Varga')).toContain('after: 34, of Moorside');
    expect(candidates(body, 'Emil Toma')).toContain('after: 29, from New Parks');
  });

  it('not "from" before a lower-case word, nor an age with no home', () => {
    const body = 'Dorin Varga, 34, from time to time worked nights. Emil Toma, 29, said nothing.';
    expect(candidates(body, 'Dorin Varga').some((c) => /from|34/.test(c))).toBe(false);
    expect(candidates(body, 'Emil Toma').some((c) => c.startsWith('address'))).toBe(false);
  });

  it('joined to the description in the sentence before ("roofer, 34, of Ribbleton")', () => {
    const body = 'A roofer who overcharged pensioners has been jailed.\n\nDorin Varga, 34, of Ribbleton, admitted fraud at Preston Crown Court.';
    expect(candidates(body, 'Dorin Varga')).toContain('address: roofer, 34, of Ribbleton');
  });

  it('joined only where an address was given', () => {
    const body = 'A roofer who overcharged pensioners has been jailed.\n\nDorin Varga admitted fraud at Preston Crown Court.';
    expect(candidates(body, 'Dorin Varga').some((c) => c.startsWith('address'))).toBe(false);
  });
});

describe("a court report's advocate", () => {
  it('not a defendant "representing himself"', () => {
    const body = 'Representing himself, Dorin Varga told the court he had bought the goods in good faith.';
    expect(candidates(body, 'Dorin Varga').some((c) => c.startsWith('court'))).toBe(false);
  });

  it('the chosen role of an advocate is the ruled noun', () => {
    const body = 'A builder has been fined for taking deposits.\n\nProsecuting, Ruth Adeyemi said customers had lost £40,000. '
      + 'Defending Varga, Kai Moss said his client was sorry.';
    const people = extractArticle(body).actors.filter((a) => a.kind === 'person');
    expect(people.find((p) => p.name === 'Ruth Adeyemi')?.role).toBe('prosecutor');
    expect(people.find((p) => p.name === 'Kai Moss')?.role).toBe('defence lawyer for Varga');
  });
});
