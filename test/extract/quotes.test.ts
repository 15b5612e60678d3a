import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { DAM_DEAL, PORT_STRIKE } from './articles.ts';

const quotes = (body: string) => extractArticle(body).quotes;
const speakerOf = (body: string, start: string) => quotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('quotes', () => {
  it('attributes "…," said X and gives the second half of a split quote to the same speaker', () => {
    expect(speakerOf(DAM_DEAL, 'We have waited eleven years')).toBe('Rui Fontoura');
    expect(speakerOf(DAM_DEAL, 'Another delay would be')).toBe('Rui Fontoura');
  });

  it('attributes "…," X said and "…," he added', () => {
    const body = `"The vote was close," Mayor Aline Duchamp said. "We will count again."\n\nShe thanked volunteers. "They worked all night," she added.`;
    expect(speakerOf(body, 'The vote was close')).toBe('Aline Duchamp');
    expect(speakerOf(body, 'We will count again')).toBe('Aline Duchamp');
    expect(speakerOf(body, 'They worked all night')).toBe('Aline Duchamp');
  });

  it('attributes a partial quotation to the subject of the verb of saying', () => {
    expect(speakerOf(DAM_DEAL, 'listen before it builds')).toBe('Helena Marques');
  });

  it('attributes a quotation after a colon', () => {
    expect(speakerOf(DAM_DEAL, 'The river does not wait')).toBe('Tomás Brandão');
  });

  it('follows a British-style quotation across paragraphs, with curly single quotes and apostrophes', () => {
    const first = quotes(PORT_STRIKE).find((q) => q.text.startsWith('We are not asking'));
    const second = quotes(PORT_STRIKE).find((q) => q.text.startsWith('We are asking for what'));
    expect(first?.speaker).toBe('Idris Calloway');
    expect(second?.speaker).toBe('Idris Calloway');
    expect(second?.text).toContain('we won’t go back until it’s honoured.');
  });

  it('opens a new quotation at a straight mark before a word when the one before ran on unclosed', () => {
    // British run-on quotations whose paragraphs were joined into one: each part opens with a mark,
    // only the last one closes; the named player inside a part is not narration.
    const body = `Harbour City coach Tamsin Okafor named an unchanged side on Thursday. "We were solid at the back last week. "Dario Velluti was outstanding in the second half and deserves his place. "For this game we want more width," said Okafor.\n\nThe match kicks off at 3pm.`;
    const found = quotes(body);
    expect(found.map((q) => q.text.split(/\s+/).slice(0, 3).join(' '))).toEqual(['We were solid', 'Dario Velluti was', 'For this game']);
    expect(speakerOf(body, 'Dario Velluti was')).toBe('Tamsin Okafor');
    expect(speakerOf(body, 'For this game')).toBe('Tamsin Okafor');
    // A closing mark follows its words: '"I am ready," he said' keeps one quotation.
    expect(quotes(`"I am ready," Okafor said of the "new" plan.`).map((q) => q.text)).toEqual(['I am ready', 'new']);
  });

  it('gives organisations as speakers', () => {
    expect(speakerOf(PORT_STRIKE, 'regrettable but avoidable')).toBe('Valmara Port Authority');
  });

  it('keeps the description of an unnamed speaker', () => {
    const q = quotes(PORT_STRIKE).find((x) => x.text.startsWith('Nobody wants'));
    expect(q?.speaker).toBeNull();
    expect(q?.speakerDescription).toBe('a senior port official');
  });

  it('attributes "according to X"', () => {
    const body = `The bridge will close for a month, according to Nadia Ferreira, the city's transport director, who called it "the least bad option".`;
    expect(speakerOf(body, 'the least bad option')).toBe('Nadia Ferreira');
  });

  it('gives a quotation to the person a "who" clause hangs on, not to someone named inside the clause', () => {
    const body = `Orla Brennan, who beat veteran Maeve Tierney in the final, said the title was "the best day of my life".`;
    expect(speakerOf(body, 'the best day')).toBe('Orla Brennan');
    const counsel = `Miriam Achebe, for Jonah Wexley, said her client had been "out of his depth" from the start.`;
    expect(speakerOf(counsel, 'out of his depth')).toBe('Miriam Achebe');
  });

    it('leaves scare quotes without a speaker', () => {
    const body = `The so-called "green corridor" has been debated for years in Lisbon.`;
    expect(speakerOf(body, 'green corridor')).toBeNull();
  });

  it('cites the sentence a quotation is in', () => {
    const q = quotes(DAM_DEAL).find((x) => x.text.startsWith('The river'));
    expect(q?.cites).toEqual(['5.1']);
  });

  it('finds nothing in an article without quotations', () => {
    expect(quotes('The council met on Monday. It approved the budget.')).toEqual([]);
  });
});

describe('quotes: the hand rules on possessors', () => {
  const ruleSpeaker = (body: string, start: string) =>
    extractArticle(body, { models: { version: 'none' } }).quotes.find((q) => q.text.startsWith(start));

  it('gives "X\'s mother said" to the relation, named or not, never to the possessor', () => {
    const unnamed = 'Tomas Brede was sentenced on Monday. Tomas Brede\'s mother has said she is "completely sure" he is innocent.';
    expect(ruleSpeaker(unnamed, 'completely sure')?.speaker).toBeNull();
    expect(ruleSpeaker(unnamed, 'completely sure')?.speakerDescription).toBe('Tomas Brede\'s mother');
    const named = 'Tomas Brede was sentenced on Monday, with his mother, Ilse Brede, in court. Tomas Brede\'s mother has said she is "completely sure" he is innocent.';
    expect(ruleSpeaker(named, 'completely sure')?.speaker).toBe('Ilse Brede');
  });

  it('passes over a possessor inside a clause to the subject before it', () => {
    const body = 'Bruno Ferrante died on Sunday. The actor Pilar Ochoa, who appeared in four of Ferrante\'s films, said she had lost "a true friend".';
    expect(ruleSpeaker(body, 'a true friend')?.speaker).toBe('Pilar Ochoa');
  });
});

describe('quotes: a name opening the next sentence', () => {
  it('does not take the subject of the sentence after a quotation for its speaker', () => {
    const body = `"Thank you to my family for standing by me," said Daniel Okafor, accepting his award in Lagos on Saturday.

He also praised the producer: "Thank you to Ruth Mendel for taking a chance on this film. Ruth, you are my producer of the year." Grace Adeyemi, too, was full of praise for her director. "I bow down to you," Adeyemi said.`;
    expect(speakerOf(body, 'Thank you to Ruth Mendel')).toBe('Daniel Okafor');
    expect(speakerOf(body, 'I bow down to you')).toBe('Grace Adeyemi');
  });

  it('still takes a bare name that ends the sentence after the quotation', () => {
    const body = `Talks resumed in Geneva on Monday. "We will not accept a partial deal," Foreign Minister Lena Varga.`;
    expect(speakerOf(body, 'We will not accept')).toBe('Lena Varga');
  });
});

describe('quotes: a name that only qualifies a description', () => {
  const ruleSpeaker = (body: string, start: string) =>
    extractArticle(body, { models: { version: 'none' } }).quotes.find((q) => q.text.startsWith(start));

  it('gives "said Dawes aide X" to X, not to Dawes', () => {
    const body = 'Mayor Harriet Dawes was re-elected on Monday. "We needed a change," said Dawes aide Mr Tomas Ekdahl.';
    expect(ruleSpeaker(body, 'We needed a change')?.speaker).toBe('Tomas Ekdahl');
  });

  it('leaves "said a Harbourside spokesman" unnamed rather than giving it to the club', () => {
    const body = 'Harbourside FC sacked their coach on Monday. "We needed a change," said a Harbourside FC spokesman.';
    const quote = ruleSpeaker(body, 'We needed a change');
    expect(quote?.speaker).toBeNull();
    expect(quote?.speakerDescription).toContain('spokesman');
  });
});

describe('quotes: an age in place of a name', () => {
  it('gives "said the 29-year-old" to the subject the story is about, not to the last name mentioned', () => {
    const body = 'Marta Quell reached the final on Sunday, beating fellow Swede Anna Berg in three sets. "My knee held up," said the 29-year-old.';
    expect(speakerOf(body, 'My knee held up')).toBe('Marta Quell');
  });
});
