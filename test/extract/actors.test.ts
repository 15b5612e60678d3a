import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { DAM_DEAL, PORT_STRIKE, RATE_FORECAST, STORM_RECOVERY } from './articles.ts';

const person = (body: string, name: string) => extractArticle(body).actors.find((a) => a.kind === 'person' && a.name === name);

describe('actors', () => {
  it('takes a role from a possessive title before the name', () => {
    expect(person(DAM_DEAL, 'Helena Marques')?.role).toBe("Portugal's Prime Minister");
  });

  it('takes a role from a title before the name', () => {
    expect(person(DAM_DEAL, 'Tomás Brandão')?.role).toBe('Environment Minister');
    expect(person(STORM_RECOVERY, 'Lena Arvidsson')?.role).toBe('Governor');
  });

  it('takes a role from an appositive and stops at the relative clause', () => {
    expect(person(DAM_DEAL, 'Rui Fontoura')?.role).toBe('a hydrologist at the University of Lisbon');
    expect(person(RATE_FORECAST, 'Marta Okonjo')?.role).toBe('chief economist at Delacroix Capital');
  });

  it('takes a role from a description in front of the name', () => {
    // "The union's general secretary", with the union it means named.
    expect(person(PORT_STRIKE, 'Idris Calloway')?.role).toBe('general secretary of Harbour Workers Union');
  });

  it('resolves surnames and honorifics to the full name and never lists a person twice', () => {
    const x = extractArticle(DAM_DEAL);
    const people = x.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toEqual(['Helena Marques', 'Tomás Brandão', 'Rui Fontoura']);
    expect(person(DAM_DEAL, 'Helena Marques')?.aliases).toEqual(expect.arrayContaining(['Marques', 'Ms. Marques']));
    expect(person(DAM_DEAL, 'Tomás Brandão')?.aliases).toEqual(expect.arrayContaining(['Brandão', 'The minister']));
  });

  it('lists places and organisations with their kinds, merging forms of one country', () => {
    const x = extractArticle('Officials in the U.S. and the United States Congress met the Harbour Workers Union in Lisbon.');
    const byName = new Map(x.actors.map((a) => [a.name, a.kind]));
    expect(byName.get('U.S.')).toBe('place');
    expect(byName.get('Lisbon')).toBe('place');
    expect(byName.get('Harbour Workers Union')).toBe('org');
  });

  it('cites the sentences each actor appears in', () => {
    const fontoura = person(DAM_DEAL, 'Rui Fontoura');
    expect(fontoura?.cites).toEqual(['3.1']);
  });

  it('does not take ordinary capitalised sentence openers for actors', () => {
    const names = extractArticle(RATE_FORECAST).actors.map((a) => a.name);
    expect(names).not.toContain('Retail');
    expect(names).not.toContain('Inflation');
  });
});
