/**
 * One focused check per pattern that the second and third blind held-out rounds (now the h2-/h3-
 * articles of corpus/train/own) exposed.
 * Every snippet is invented for this file; names, places and firms are made up or generic.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { genderOf, givenName, pronounFits } from '../../src/extract/given-names.ts';

const actors = (body: string) => extractArticle(body).actors;
const person = (body: string, name: string) => actors(body).find((a) => a.kind === 'person' && a.name === name);
const people = (body: string) => actors(body).filter((a) => a.kind === 'person').map((a) => a.name);
const speakerOf = (body: string, start: string) => extractArticle(body).quotes.find((q) => q.text.startsWith(start));
const questions = (body: string) => extractArticle(body).questions.map((q) => q.text);

describe('given names', () => {
  it('reads the two lists once and tells male, female and shared names apart', () => {
    expect(givenName('Derek')).toBe('m');
    expect(givenName('Linda')).toBe('f');
    expect(givenName('Jordan')).toBe('u');
    expect(givenName('Halvorsen')).toBeUndefined();
    expect(genderOf({ name: 'Per Ostrander', aliases: new Set(), kind: 'person', role: 'Her husband, the architect', first: 0 })).toBe('m');
    expect(genderOf({ name: 'Kim Teller', aliases: new Set(), kind: 'person', role: 'A woman whose father is ill', first: 0 })).toBe('f');
    expect(pronounFits('she', 'm')).toBe(false);
    expect(pronounFits('he', 'u')).toBe(true);
  });

  it('makes a person of a given name and surname with no other cue', () => {
    const body = 'The airline also named a new finance chief. Ana Ortiz will replace the outgoing director in May.';
    expect(people(body)).toContain('Ana Ortiz');
  });

  // Firms named like people ("Wells Fargo and Charles Schwab were among the largest shareholders")
  // are left to the learned person decision, which weighs the given name against the rest; only
  // the "Al" particle case stays a fixed expectation.
  it('keeps a name whose first word is a particle out of the people', () => {
    expect(people('Al Jazeera could not verify the claim.')).toEqual([]);
  });

  it('takes "his" or "her" after a sentence-opening name as a sign of a person', () => {
    const body = 'Orla Vintersby has spent more winters on the ice than anyone of her generation. The institute sent her south again.';
    expect(people(body)).toContain('Orla Vintersby');
  });
});

describe('pronouns', () => {
  it('skips a man for "she" and finds the judge', () => {
    const body = 'Judge Linda Marlowe set bail at $90,000. Derek Fenwick told the judge that he could not pay. "You will have your chance at trial," she replied.';
    expect(speakerOf(body, 'You will have your chance')?.speaker).toBe('Linda Marlowe');
  });

  it('follows a subject pronoun through a sentence that names someone else', () => {
    const body = [
      'Greta Solberg, a bridge engineer, died on Saturday. She was 88.',
      'Her husband, the architect Per Ostrander, died in 2016. She is survived by a daughter, Ingrid Solberg.',
      'Asked which bridge she liked best, she smiled. "The one that never needed repairs," she said.',
    ].join('\n\n');
    expect(speakerOf(body, 'The one that never needed repairs')?.speaker).toBe('Greta Solberg');
  });

  it('gives "it said" to the organisation heading the sentence, not a place in it', () => {
    const body = 'The Coast Guard said it had suspended all sea travel in northern Calderra. "No vessel will leave until it is safe," it said.';
    expect(speakerOf(body, 'No vessel will leave')?.speaker).toBe('Coast Guard');
  });

  it('gives "her son said" to the person introduced as her son', () => {
    const body = 'The cause was heart failure, her son, Anders Solberg, said. She taught maths in a prison. "She thought everyone could do algebra," her son said.';
    expect(speakerOf(body, 'She thought everyone')?.speaker).toBe('Anders Solberg');
  });

  it('keeps an unnamed officer introduced after "but" as the speaker', () => {
    const body = 'General Omar Tayeb has not spoken to reporters, but an army officer with the delegation, who asked not to be named because he was not authorised to speak, said the army would reject any deal that "rewards the siege."';
    const quote = speakerOf(body, 'rewards the siege');
    expect(quote?.speaker).toBeNull();
    expect(quote?.speakerDescription).toMatch(/army officer/);
  });
});

describe('delegations', () => {
  it('reads "the Russian delegate" as the person whose role names Russia', () => {
    const body = "Russia's deputy ambassador, Pavel Orlinsky, spoke first. Later the Russian delegate accused the council of \"double standards on every file.\"";
    expect(speakerOf(body, 'double standards')?.speaker).toBe('Pavel Orlinsky');
  });

  it('reads "the American delegation" as the United States', () => {
    const body = 'The resolution was drafted by the United States. The American delegation replied that it would "not take lectures" from anyone.';
    expect(speakerOf(body, 'not take lectures')?.speaker).toBe('United States');
  });
});

describe('roles', () => {
  it('reads an appositive after an age', () => {
    expect(person('Lorna Dizon-Reyes, 58, a vegetable farmer from Tarbeck, said the crop was lost.', 'Lorna Dizon-Reyes')?.role).toBe('a vegetable farmer from Tarbeck');
  });

  it('reads "one of the organisers", "who was her student" and "his agent, X"', () => {
    expect(person('"We need arrests," said Jean-Luc Marceau, one of the organisers, on Sunday.', 'Jean-Luc Marceau')?.role).toBe('one of the organisers');
    expect(person('Sofie Lindgren, who was her student at the institute, said she kept the notes.', 'Sofie Lindgren')?.role).toBe('her student at the institute');
    expect(person('He was wanted in Spain, according to his agent, Paulo Ferraz, who said the deal was done.', 'Paulo Ferraz')?.role).toMatch(/his agent$/);
  });

  it('takes the description a first name is given for', () => {
    const body = 'A woman whose father is on the fourth floor, who gave only her first name, Teresa, said staff had told her nothing.';
    expect(person(body, 'Teresa')?.role).toBe('A woman whose father is on the fourth floor, who gave only her first name');
  });

  it('keeps places, products and storms described by an appositive out of the people', () => {
    const body = [
      'Convoys cannot reach Port Ashar, the last major city in the region held by the army.',
      'The firm unveiled Vela, an accelerator for data centres. It bought Ravenna, a voice assistant startup.',
      'Typhoon Kalmaegi hit the coast on Friday. Kalmaegi is the ninth typhoon this year.',
    ].join('\n\n');
    expect(people(body)).toEqual([]);
  });

  it('keeps a person whose appositive has a word of place or organisation before the word for a person', () => {
    expect(people('Satvir Kaur, a city councillor for the ward, said the lights had been promised.')).toEqual(['Satvir Kaur']);
    expect(people('Ardith Pellow, a county council officer, said the review was finished.')).toEqual(['Ardith Pellow']);
    // The place that is the head of its appositive stays a place.
    expect(people('Talwar Kot, a city in the north, was cut off.')).toEqual([]);
  });
});

describe('quotations and questions', () => {
  it('gives a book title in quotation marks no speaker', () => {
    const body = 'Henrike Vos spoke to us from Bremerhaven. Her book about the expedition, "Night Shift on the Ice," is published this month.';
    expect(speakerOf(body, 'Night Shift on the Ice')?.speaker).toBeNull();
  });

  it("does not take an interviewer's questions for open questions", () => {
    const body = 'The conversation has been edited.\n\nQ: What was the hardest part?\n\nA: The dark. After six weeks you lose track of time.\n\nQ: There were six of you. How did the team cope?\n\nA: Better than I feared.';
    expect(questions(body)).toEqual([]);
  });

  it('finds unverified reports, determinations under way, "too soon to say" and refusals to speculate', () => {
    expect(questions('The agency had not been able to verify reports of an attack on a market.')).toHaveLength(1);
    expect(questions('Investigators were still trying to determine whether a third person helped them.')).toHaveLength(1);
    expect(questions('Forecasters said it was too soon to say whether the storm would make landfall.')).toHaveLength(1);
    expect(questions('"Until we have the results, we will not speculate about the source," she said.')).toHaveLength(1);
    expect(questions('The firm is seeking to establish a presence in Asia.')).toEqual([]);
  });

  it('splits two unknowns joined by "or where"', () => {
    const found = questions('Police have not said how the pair chose their targets, or where the stolen drugs were sold.');
    expect(found).toEqual(['Police have not said how the pair chose their targets', 'Police have not said where the stolen drugs were sold']);
  });
});

describe('third blind round', () => {
  // "Brandt rejected the claim … the company said": whether a bare surname-like word is a firm is
  // the learned person decision's to weigh; this is no longer a fixed expectation.

  it('keeps "from its supplier, X" a firm and "The head of the Residents\' Association, X" a person', () => {
    expect(people('The carmaker learned of the defect from its supplier, Vestaliv, but waited a year.')).toEqual([]);
    expect(people("The head of the Hillside Residents' Association, Frances Doyle, said residents would object.")).toEqual(['Frances Doyle']);
  });

  it('reads posts taken up, common-noun titles after an honorific and "-man" nouns as roles', () => {
    expect(person('Elaine Brookner will lead the owners\' case. She expects it to take two years.', 'Elaine Brookner')?.role).toBe("will lead the owners' case");
    expect(person('The team, led by marine biologist Dr. Leila Haddad of the institute, surveyed 42 sites.', 'Leila Haddad')?.role).toBe('marine biologist');
    expect(person('Marcus Delgado, 44, a construction foreman from Toledo, said he had waited.', 'Marcus Delgado')?.role).toBe('a construction foreman from Toledo');
  });

  it('gives a phrase unnamed parties called something no named speaker', () => {
    const body = 'The government lacks a majority in the National Assembly and may use a procedure that opposition parties have called "a denial of democracy."';
    const quote = speakerOf(body, 'a denial of democracy');
    expect(quote?.speaker).toBeNull();
  });

  it('finds reviews under way, "nobody can tell me when" and unsettled questions', () => {
    expect(questions('It said the injuries cited in the complaint were under review.')).toHaveLength(1);
    expect(questions('"Nobody at the dealership can tell me when the part is coming," he said.')).toHaveLength(1);
    expect(questions('But the study does not settle the question.')).toHaveLength(1);
  });
});
