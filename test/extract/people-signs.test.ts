/**
 * Signs around a name that tell a person from a thing named like one (issue 11), on short articles
 * written here: a resident's noun or a police rank before a full name, a "which" clause, a model
 * number, a street word, a title in a list of works, the maker of a work, a full-name peer.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';

const people = (body: string) => extractArticle(body).actors.filter((a) => a.kind === 'person');
const names = (body: string) => people(body).map((a) => a.name);

/** The features of the traced candidate named `name`. */
function featuresOf(body: string, name: string): string[] {
  const trace = newTrace();
  extractArticle(body, { trace });
  const candidate = trace.persons.find((c) => c.name === name);
  expect(candidate, `${name} is a candidate`).toBeDefined();
  return candidate!.features;
}

describe('words glued before a full name', () => {
  it("cuts a resident's noun of one word or two, keeping the name whole", () => {
    const body = 'Texan Marla Quigley sued the retailer on Monday. New Yorker Dale Pruitt joined the case. Quigley said the app had leaked her address.';
    expect(names(body)).toEqual(expect.arrayContaining(['Marla Quigley', 'Dale Pruitt']));
    expect(names(body).some((n) => n.includes('Texan') || n.includes('Yorker'))).toBe(false);
  });

  it('keeps a given name ending like a resident\'s noun', () => {
    expect(names('Christian Lee Pruitt, 40, was charged with fraud on Monday.')).toContain('Christian Lee Pruitt');
  });

  it('reads a police rank before a given name as a title, not as an organisation', () => {
    const body = 'PC Daniel Oduya, who made the arrest, said the footage was clear. DCI Helen Marsh said inquiries continued. Sales at PC Planet rose.';
    const found = people(body);
    expect(found.map((p) => p.name)).toEqual(['Daniel Oduya', 'Helen Marsh']);
    expect(found[0]!.aliases).toContain('PC Daniel Oduya');
  });
});

describe('signs of a thing named like a person', () => {
  it('marks a "which" clause after the name', () => {
    expect(featuresOf('Halvard Brenning, which builds ferries in Bergen, declined to comment on the order.', 'Halvard Brenning')).toContain('which:all');
    expect(featuresOf('Halvard Brenning, who builds ferries in Bergen, declined to comment on the order.', 'Halvard Brenning')).not.toContain('which:all');
  });

  it('marks a model number glued after the name, not a measure', () => {
    expect(featuresOf('Orbis unveiled the Halden Nova 7 in Oslo. Analysts said the Halden Nova 7 would sell well.', 'Halden Nova')).toContain('numberAfter:all');
    const jump = 'Briton Simon Farrow cleared 5.40m, with Simon Farrow 51cm adrift of his best in third.';
    expect(featuresOf(jump, 'Simon Farrow').some((f) => f.startsWith('numberAfter'))).toBe(false);
  });

  it('marks a street word ending the name', () => {
    expect(featuresOf('Firefighters were called to a warehouse on Marlow Lane shortly after midnight.', 'Marlow Lane')).toContain('streetN');
  });

  it('marks a title in a list headed by a plural noun of works', () => {
    const body = 'The studio is behind films such as Quiet Harbour, Billy Vance and The Long Road, and is now for sale.';
    expect(featuresOf(body, 'Billy Vance')).toContain('workCue:all');
    expect(featuresOf('The studio hired directors such as Billy Vance and Ana Ruiz.', 'Billy Vance')).not.toContain('workCue:all');
  });
});

describe('signs of a person among works', () => {
  it("marks the maker of a work: 'directed by X', 'X's The …', 'X's new film'", () => {
    expect(featuresOf('The comedy, directed by Sofia Marchetti, opens on Friday.', 'Sofia Marchetti')).toContain('maker:all');
    expect(featuresOf("She will co-star in Ron Vale's The Long Road next year.", 'Ron Vale')).toContain('maker:all');
    expect(featuresOf("Tickets for Ron Vale's concert sold out.", 'Ron Vale')).not.toContain('maker:all');
  });

  it('marks a pair with a full name that opens with a given name', () => {
    expect(featuresOf('Only two principals, Darcey Vane and Jonathan Pole, are British.', 'Jonathan Pole')).toContain('peer:all');
    expect(featuresOf('Only two principals, Vane and Jonathan Pole, are British.', 'Jonathan Pole')).not.toContain('peer:all');
  });
});
