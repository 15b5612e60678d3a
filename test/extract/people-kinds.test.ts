/**
 * Kinds of names the person decision used to get wrong (issue 11), on short articles written here:
 * descriptors glued to a name, family names written first with a hyphenated given name, nouns of
 * nationality alone, contractions kept whole by the tokeniser, and the features the learned
 * decision reads for names that have no cue; resident's nouns and police ranks before a name, and
 * the signs that tell a person from a thing named like one (a "which" clause, a model number, a
 * street word, a works list, the maker of a work, a full-name peer).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';
import { featuresOf } from './person-trace.ts';
import { commonWords } from '../../scripts/train/train.ts';
import type { CorpusArticle } from '../../scripts/corpus/corpus.ts';

const actors = (body: string) => extractArticle(body).actors;
const people = (body: string) => actors(body).filter((a) => a.kind === 'person');
const names = (body: string) => people(body).map((a) => a.name);

describe('descriptors glued before a name', () => {
  it('cuts a demonym of two words, keeping it as the description', () => {
    const body = 'New Zealander Tamsin Orwell won the sculls on Saturday. Orwell said the water was calm.';
    const orwell = people(body).find((p) => p.name === 'Tamsin Orwell');
    expect(orwell).toBeDefined();
    expect(orwell?.aliases).toContain('Orwell');
    expect(names(body).some((n) => n.includes('Zealander'))).toBe(false);
  });

  it('cuts a plural nationality and a word for a person standing mid-sentence', () => {
    const body = 'The parade was led by Scots Guardsman Duncan Reddie, 24, who had served for six years.';
    expect(names(body)).toContain('Duncan Reddie');
    expect(names(body).some((n) => n.includes('Guardsman'))).toBe(false);
  });

  it('cuts a month glued before a given name, but keeps a given name that is also a month', () => {
    expect(names('The council said that in November Samuel Otieno, 51, resigned from the board.')).toContain('Samuel Otieno');
    expect(names('The guitarist Brian May, 60, played the anthem from the palace roof.')).toContain('Brian May');
  });

  it('does not take a noun of nationality alone for a person', () => {
    const body = 'The Spaniard, 22, served well. Spaniard Luis Ferrandiz lost 6-3 6-4 to the Scots qualifier.';
    expect(names(body)).toEqual(['Luis Ferrandiz']);
  });
});

describe('family names written first', () => {
  it('keeps a hyphenated given name of a long syllable with its family name', () => {
    const body = 'The film starred Oh Young-ae, 58, as the widow. Oh said the role had changed her life.';
    const oh = people(body).find((p) => p.name === 'Oh Young-ae');
    expect(oh).toBeDefined();
    expect(oh?.aliases).toContain('Oh');
    expect(people(body)).toHaveLength(1);
  });
});

describe('words that are never names', () => {
  it('does not read a contraction the tokeniser keeps whole as a name', () => {
    const body = 'Marguerite Fallon, 44, said: "I\'m not leaving until the council listens." Fallon runs the shop.';
    const trace = newTrace();
    const x = extractArticle(body, { trace });
    expect(trace.persons.map((c) => c.name)).not.toContain("I'm");
    expect(x.actors.map((a) => a.name)).not.toContain("I'm");
  });
});

describe('features of names with no cue', () => {
  it('marks initials written without stops instead of an acronym', () => {
    const body = 'The shortlist was announced on Tuesday. It includes TK Ambrose, whose third novel sold well.';
    const f = featuresOf(body, 'TK Ambrose');
    expect(f).toContain('capsInitials');
    expect(f).not.toContain('capsWord');
  });

  it('marks a given name before a surname that is also a word of organisations', () => {
    const f = featuresOf('The prize went to Helen Press, who wrote the libretto in a fortnight.', 'Helen Press');
    expect(f).toContain('wordSurname');
  });

  it('marks a capital inside a word, but not in a Mc- surname', () => {
    expect(featuresOf('Sales of the SkyTrack headset doubled, the maker said.', 'SkyTrack')).toContain('innerCapital');
    expect(featuresOf('Doreen McAvoy, 70, was named on the list.', 'Doreen McAvoy')).not.toContain('innerCapital');
  });

  it('tells a lone surname of a longer name from a word alone', () => {
    const body = 'Olusegun Barrow scored twice. Barrow then thanked Kettering, where he grew up.';
    expect(featuresOf(body, 'Barrow')).toContain('partOfLonger');
    expect(featuresOf(body, 'Kettering')).toContain('alone');
  });

  it('counts a line-up with a club in brackets after each name as a roster', () => {
    const body = 'The side: T Abbot (Leeds); R Pell (Bath), K Sowerby (Wasps), D Imrie (Sale), P Vance (Exeter); G Lyle (Bath).';
    expect(featuresOf(body, 'K Sowerby').some((x) => x.startsWith('roster'))).toBe(true);
  });
});

describe('common words learned from the training part', () => {
  const article = (body: string): CorpusArticle => ({ body } as CorpusArticle);

  it('keeps words written mostly in lower case, not names', () => {
    const words = commonWords([
      article('The red car and the red door. A red light. Red Cross said so. Mr Harlow spoke.'),
      article('Harlow left. Harlow returned. The harlow was quiet.'),
    ]);
    expect(words).toContain('red');
    expect(words).not.toContain('harlow');
  });

  it('marks the words of a name that the learned list holds', () => {
    const trace = newTrace();
    const body = 'Volunteers from Northfield Lantern handed out blankets, and Northfield Lantern said more were coming.';
    extractArticle(body, { trace, models: { version: 'test', commonWords: ['lantern'] } });
    const f = trace.persons.find((c) => c.name === 'Northfield Lantern')?.features ?? [];
    expect(f).toContain('commonN');
    expect(f).not.toContain('common1');
  });
});

describe('titles of works among the names of an article about works', () => {
  const review = [
    'The film festival opened with the premiere of Harriet Vane, starring Colm Redmond as a retired actor.',
    'Redmond, 61, said the cast had worked on the film for two years. "It was the hardest role of my life," he said.',
    "Director Ines Falk's previous films include 2019's Marlowe Street and the film version of Tobias Quill.",
  ].join('\n\n');

  it('marks a name followed by "starring", after a year\'s possessive or after "version of" as a work', () => {
    expect(featuresOf(review, 'Harriet Vane')).toContain('workCue:all');
    expect(featuresOf(review, 'Marlowe Street')).toContain('workCue:all');
    expect(featuresOf(review, 'Tobias Quill')).toContain('workCue:all');
    expect(featuresOf(review, 'Colm Redmond')).not.toContain('workCue:all');
  });

  it('tells the names with no cue of a person apart from those with one, only in an article about works', () => {
    expect(featuresOf(review, 'Redmond')).toContain('works&cued');
    expect(featuresOf(review, 'Tobias Quill')).toContain('works&uncued');
    const news = 'Tobias Quill opened the new depot in Leeds on Monday. The council welcomed the jobs it brings.';
    expect(featuresOf(news, 'Tobias Quill').some((f) => f.startsWith('works&'))).toBe(false);
  });

  it('marks a name that starts with a saint', () => {
    const body = "The ward at St Aldhelm's Hospital will close in May, the trust said.";
    const trace = newTrace();
    extractArticle(body, { trace });
    expect(trace.persons.find((c) => c.name.startsWith('St'))?.features).toContain('saintFirst');
  });
});

describe('given names of Irish, Welsh and Scottish Gaelic and other cultures', () => {
  it('marks the given name of such a full name with no other cue', () => {
    expect(featuresOf('A second steward, Ciaran Pellow, was also at the gate.', 'Ciaran Pellow')).toContain('givenFirst');
    expect(featuresOf('Rhodri Tanwen and the board met in Cardiff.', 'Rhodri Tanwen')).toContain('worldGiven');
    expect(featuresOf('Eilidh Marsco and the board met in Oban.', 'Eilidh Marsco')).toContain('givenFirst');
  });

  it('finds such a person named only once, with no title or speech', () => {
    expect(names('The bar was busy when a second steward, Declan Pellow, was struck by a glass.')).toContain('Declan Pellow');
  });

  it('leaves words that are not given names unmarked', () => {
    expect(featuresOf('Kestrel Tanwen and the board met in Cardiff.', 'Kestrel Tanwen')).not.toContain('givenFirst');
  });
});

describe('a product named with a noun for a product after it', () => {
  it('marks the name when a product noun follows it', () => {
    expect(featuresOf('Sales of the Vantor console doubled. The Vantor console costs less.', 'Vantor')).toContain('productAfter:all');
  });

  it('does not mark a person whose name is followed by a verb', () => {
    expect(featuresOf('Sales doubled, Maya Vantor said. Vantor said the price would fall.', 'Vantor').some((f) => f.startsWith('productAfter'))).toBe(false);
  });
});

describe('signs that a name is a firm, a group or a place, not a person', () => {
  it('marks a name after a part or the people of an organisation ("the offices of X")', () => {
    const body = 'A former trader at the London offices of Hadley Marsh has lost her claim. Hadley Marsh said it would not comment.';
    expect(featuresOf(body, 'Hadley Marsh')).toContain('partOf:some');
    const person = 'A former trader who worked with Hadley Marsh has lost her claim against the bank.';
    expect(featuresOf(person, 'Hadley Marsh').some((f) => f.startsWith('partOf'))).toBe(false);
  });

  it('reads the first singular pronoun over the next sentence: "it" for a firm, "he" or "she" for a person', () => {
    const firm = 'Corwin Abbott settled the charges on Friday. It denied any wrongdoing.';
    expect(featuresOf(firm, 'Corwin Abbott')).toContain('itNext:all');
    const person = 'Corwin Abbott settled the charges on Friday. He denied any wrongdoing.';
    expect(featuresOf(person, 'Corwin Abbott')).toContain('heNext:all');
    // Another name in between takes the pronoun.
    const between = 'Corwin Abbott settled the charges on Friday. Lena Pruitt said she was glad.';
    expect(featuresOf(between, 'Corwin Abbott').some((f) => f.startsWith('heNext') || f.startsWith('itNext'))).toBe(false);
  });

  it('marks a last word that is the plural of a common noun, or one the article writes in lower case', () => {
    const body = 'The indie band Velvet Sisters headlined, and every sister of the band was on stage at the old hotel. Guests stayed at the Marlow Hotel.';
    expect(featuresOf(body, 'Velvet Sisters')).toContain('pluralN');
    expect(featuresOf(body, 'Marlow Hotel')).toContain('lastLowerElsewhere');
    const person = 'Tom Evans and Ann Marlow spoke at the hotel about the band.';
    expect(featuresOf(person, 'Tom Evans')).not.toContain('pluralN');
    expect(featuresOf(person, 'Ann Marlow')).not.toContain('lastLowerElsewhere');
  });

  it('marks a name after "at" or "in", apart for full names and single words', () => {
    const body = '"Rates will rise," said Jason Pell at Corwin Abbott. Corwin Abbott declined to comment.';
    expect(featuresOf(body, 'Corwin Abbott')).toContain('atIn&w>1');
    expect(featuresOf(body, 'Jason Pell').some((f) => f.startsWith('atIn'))).toBe(false);
  });

  it('marks a name that ends with a word for a product or a group', () => {
    const body = 'Security firms warned that the Dorvak Trojan had spread to thousands of computers.';
    expect(featuresOf(body, 'Dorvak Trojan')).toContain('productN');
    expect(featuresOf('Security expert Dora Vakulenko warned the firms.', 'Dora Vakulenko')).not.toContain('productN');
  });
});

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
