/**
 * One focused check per pattern that the first held-out articles (the h1- articles of corpus/train/own) exposed. Every snippet is invented
 * for this file; names, places and firms are made up or generic.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';

const actors = (body: string) => extractArticle(body).actors;
const person = (body: string, name: string) => actors(body).find((a) => a.kind === 'person' && a.name === name);
const people = (body: string) => actors(body).filter((a) => a.kind === 'person').map((a) => a.name);
const speakerOf = (body: string, start: string) => extractArticle(body).quotes.find((q) => q.text.startsWith(start));
const questions = (body: string) => extractArticle(body).questions.map((q) => q.text);

describe('names and titles', () => {
  it('keeps a title word out of the name and makes it the role', () => {
    const body = 'Councillor Amara Velasquez, the cabinet member for transport, said the buses would run later.';
    expect(person(body, 'Amara Velasquez')?.role).toBe('Councillor, the cabinet member for transport');
    expect(person(body, 'Amara Velasquez')?.aliases).toContain('Councillor Amara Velasquez');
  });

  it('reads Advocate, Coach-style and sports titles as roles', () => {
    expect(person('The fishers were represented by Advocate Naledi Khoza in court.', 'Naledi Khoza')?.role).toBe('Advocate');
    expect(person('The Vale goalkeeper, Marek Lindholm, saved twice.', 'Marek Lindholm')?.role).toBe('The Vale goalkeeper');
  });

  it('keeps name particles inside the name', () => {
    const body = 'The ruling was written by Justice Pieter van der Walt. "The law is clear," van der Walt wrote.';
    expect(person(body, 'Pieter van der Walt')?.role).toBe('Justice');
    expect(speakerOf(body, 'The law is clear')?.speaker).toBe('Pieter van der Walt');
  });

  it('reads Korean given names with a lower-case second syllable', () => {
    const body = 'Seoul sent Trade Minister Park Ji-hoon to the talks. "We were not consulted," Park said.';
    expect(person(body, 'Park Ji-hoon')?.role).toBe('Trade Minister');
    expect(speakerOf(body, 'We were not consulted')?.speaker).toBe('Park Ji-hoon');
  });

  it('rejoins names that the tokeniser splits at Polish letters', () => {
    const body = '"Citizens have a right to know," said Katarzyna Wiśniewska-Brandt, the Polish lawmaker.';
    expect(people(body)).toEqual(['Katarzyna Wiśniewska-Brandt']);
  });

  it('takes a portfolio title apart from the name that follows it', () => {
    const body = 'The accord was signed by Minister of State for Foreign Affairs Faisal bin Nasser Al Hamdan on Sunday.';
    expect(person(body, 'Faisal bin Nasser Al Hamdan')?.role).toBe('Minister of State for Foreign Affairs');
  });

  it('accepts a place name as a given name when the text gives a role', () => {
    expect(person('"Prices will fall," said Jordan Pellew, an economist at Halden Bank.', 'Jordan Pellew')?.role).toBe('an economist at Halden Bank');
  });

  it('does not take "Sen" at the end of a name for a title', () => {
    expect(people('Councillor Priyamvada Sen told the meeting that rents had doubled.')).toEqual(['Priyamvada Sen']);
  });
});

describe('organisations that look like people', () => {
  it('reads firms joined by "&" and names with a plural possessive as organisations', () => {
    const x = actors('Hollins & Barr advised the buyer. The Riverside Tenants\' Association opposed the plan, and Keefe, Brandon & Woods said little.');
    const byName = new Map(x.map((a) => [a.name, a.kind]));
    expect(byName.get('Hollins & Barr')).toBe('org');
    expect(byName.get("Riverside Tenants' Association")).toBe('org');
    expect(byName.get('Keefe, Brandon & Woods')).toBe('org');
    expect(x.filter((a) => a.kind === 'person')).toEqual([]);
  });

  it('reads a name described as a company as an organisation', () => {
    expect(people('The shot is made by Corvane Biologics, a drugmaker in Lyon. Corvane Biologics said it would double output.')).toEqual([]);
  });

  it('needs more than a verb of saying after a definite or prepositional name', () => {
    expect(people('The provincial government of Upper Kessling declared an emergency, while the Left Bloc called for calm.')).toEqual([]);
    expect(people('Analysts at Harwell Stanton said the shares were cheap.')).toEqual([]);
  });

  it('does not make a place a person because a description follows it', () => {
    expect(people('At a software firm in Dunmore, the operations director, Hamish Calder, told me profits rose.')).toEqual(['Hamish Calder']);
  });

  it('does not link a firm named after a person to that person', () => {
    const body = 'The plans come from developer Caldwell & Finch. Its managing director, Simon Caldwell, welcomed the vote.';
    expect(people(body)).toEqual(['Simon Caldwell']);
  });
});

describe('roles', () => {
  it('reads a "who has" clause and a copula as roles', () => {
    expect(person('The board praised Lena Ostby, who has led the bank since 2019.', 'Lena Ostby')?.role).toBe('has led the bank since 2019');
    expect(person('Ruth Amadi is a columnist and the author of two books.', 'Ruth Amadi')?.role).toBe('a columnist and the author of two books');
  });

  it('reads a description in front of a name followed by "of"', () => {
    const body = 'The lead author of the paper, Dr. Amina Diallo of the Bamako Research Centre, said the results held.';
    expect(person(body, 'Amina Diallo')?.role).toContain('The lead author of the paper');
  });

  it('keeps both a description in front and a title in the name', () => {
    const body = 'A second member of the panel, Acting Justice Leila Naidoo, agreed with the order.';
    expect(person(body, 'Leila Naidoo')?.role).toBe('A second member of the panel, Acting Justice');
  });

  // A description in the sentence before a new name ("… the Transport Secretary announced. Helen
  // Ashby told MPs …") is a candidate the learned role model weighs; on the broad corpus such
  // descriptions were more often someone else's, so it is no longer a fixed expectation.

  it('widens a bare role with the fuller description given just before', () => {
    const body = 'The director of the Budget Office warned last month that stopgaps cost money. On Thursday, the director, Elliot Farr, repeated the warning.';
    expect(person(body, 'Elliot Farr')?.role).toBe('director of the Budget Office');
  });
});

describe('speakers', () => {
  it('finds the speaker named after a possessive appositive', () => {
    const body = '"This was a mistake," the group\'s secretary general, Omar Fadel, told reporters.';
    expect(speakerOf(body, 'This was a mistake')?.speaker).toBe('Omar Fadel');
  });

  it('makes a common-noun group a speaker and follows "the statement said" back to it', () => {
    const body = 'The armed forces said in a statement that helicopters had rescued 300 people. "Troops are working day and night," the statement said.';
    expect(speakerOf(body, 'Troops are working')?.speaker).toBe('armed forces');
    expect(actors(body).find((a) => a.name === 'armed forces')?.kind).toBe('group');
  });

  it('gives an unnamed speaker described after the verb no name', () => {
    const q = speakerOf('"Nobody listened to us," said the father of one victim, who asked not to be named.', 'Nobody listened');
    expect(q?.speaker).toBeNull();
    expect(q?.speakerDescription).toBe('the father of one victim');
  });

  it('resolves a pronoun to an unnamed person introduced since the last name', () => {
    const body = 'Tomas Ruiz spoke first.\n\nThe last word went to a nurse I met on the ward. "I used to dread Mondays," she said.';
    expect(speakerOf(body, 'I used to dread')?.speaker).toBeNull();
  });

  it('resolves a pronoun to the subject of the previous sentence', () => {
    const body = 'Harper\'s chief executive, Elaine Morrow, will succeed Robert Castle, the chairman, when he retires. "We will keep every branch open," she said.';
    expect(speakerOf(body, 'We will keep')?.speaker).toBe('Elaine Morrow');
  });

  it('does not read the subject of a reported clause as an inverted speaker', () => {
    const q = speakerOf('Asked about the reports, his spokesman said the minister "supports the decision".', 'supports the decision');
    expect(q?.speaker).toBeNull();
  });

  it('prefers the organisation heading the clause over one inside a prepositional phrase', () => {
    const body = 'The Lakeside Workers Union, which represents 3,000 staff at two plants in Ohio, said talks had "stalled over pay".';
    expect(speakerOf(body, 'stalled over pay')?.speaker).toBe('Lakeside Workers Union');
  });

  it('gives the person a later name belongs to: "who gave only her first name, Maria"', () => {
    const body = '"The sky was orange," said one woman, who gave only her first name, Maria.';
    expect(speakerOf(body, 'The sky was orange')?.speaker).toBe('Maria');
  });

  it('drops the comma that ends a quotation before its attribution', () => {
    expect(speakerOf('"It would be wrong to cut them this high," said Ana Ortiz, the mayor.', 'It would be wrong')?.text).toBe('It would be wrong to cut them this high');
  });
});

describe('open questions', () => {
  it('finds "is not known", "was not disclosed", "has not yet been set" and "would not say"', () => {
    const found = questions('The number of people missing is not known. The price was not disclosed. A date has not yet been set. The mayor would not say how much it cost.');
    expect(found).toHaveLength(4);
  });

  it('splits a sentence with two open clauses into two questions', () => {
    expect(questions('The size of the fund was not disclosed, and the mayor declined to say when it would open.')).toEqual([
      'The size of the fund was not disclosed',
      'the mayor declined to say when it would open',
    ]);
  });

  it('does not treat a choice someone will make or an answered question as open', () => {
    expect(questions('The union will decide on Friday whether to strike again or to return to talks.')).toEqual([]);
    expect(questions('So why do ministers still resist it? Because it is easier than reform.')).toEqual([]);
  });
});

describe('more names and group speakers', () => {
  it('keeps a possessor as part of a common-noun speaker', () => {
    const body = 'Kenya\'s defence ministry said its troops had "responded proportionately" to the attack.';
    expect(speakerOf(body, 'responded proportionately')?.speaker).toBe("Kenya's defence ministry");
  });

  it('reads a sentence-initial capital city as a given name when a role follows', () => {
    const body = 'Sofia Lindahl de la Vega, a professor at the university, said the cuts were late.';
    expect(person(body, 'Sofia Lindahl de la Vega')?.role).toBe('a professor at the university');
  });
});

describe('relatives, surnames and counterparts', () => {
  it('keeps "Mrs X" apart from "Sir Y X"', () => {
    const body = 'The seat fell vacant when Sir Anthony Bramley resigned. Mrs Bramley, who campaigned for the party, declined to comment.';
    expect(people(body)).toEqual(['Anthony Bramley', 'Mrs Bramley']);
  });

  it('reads a Mc- surname as a person even without a verb of saying', () => {
    expect(people('Vale led through Jonjo McCrory\'s penalty.')).toEqual(['Jonjo McCrory']);
  });

  it('reads "opposite number" as a role', () => {
    expect(person('Her opposite number, Declan Fairfax, said his side had been brave.', 'Declan Fairfax')?.role).toBe('Her opposite number');
  });
});

describe('ages, "said it" and participial openings', () => {
  it('reads a name followed by an age as a person', () => {
    expect(people('Gregory Hale-Pike, 58, who ran the foundation for a decade, pleaded guilty.')).toEqual(['Gregory Hale-Pike']);
  });

  it('does not make a name that "said it" a person', () => {
    expect(people('Healthwatch Dunmore said it had received 200 complaints.')).toEqual([]);
  });

  it('skips a person inside an opening prepositional phrase when resolving "he"', () => {
    const body = 'Gregory Hale, 58, was sentenced by Judge Rosa Achter. Standing before the judge, Hale apologised to donors. "I betrayed people who trusted me," he said.';
    expect(speakerOf(body, 'I betrayed')?.speaker).toBe('Gregory Hale');
  });
});

describe('"as" roles and "according to" after a quotation', () => {
  it('reads a role given with "as" after the name, but not after a preposition', () => {
    expect(person('The board appointed Sarah Jennings as chief financial officer.', 'Sarah Jennings')?.role).toBe('chief financial officer');
    expect(people('He played 200 games for Rivermouth as a midfielder.')).toEqual([]);
  });

  it('attributes a quotation followed by "according to X"', () => {
    const body = '"The numbers do not add up," according to Marta Kowal, a fellow at the Brookfield Institute.';
    expect(speakerOf(body, 'The numbers')?.speaker).toBe('Marta Kowal');
  });
});

describe('more open-question forms and name suffixes', () => {
  it('finds investigations, unexplained delays and non-denials', () => {
    const found = questions([
      'The cause of the crash is still being investigated.',
      'It was not immediately clear how many people were on board.',
      'Officials gave no timeline for the repairs.',
      'No reason was given for the delay.',
      'The company would neither confirm nor deny the report.',
      'That question has not been answered.',
    ].join(' '));
    expect(found).toHaveLength(6);
  });

  it('keeps forecasts, hedges and rival claims out of open questions', () => {
    expect(questions('Shares could fall further if rates rise, analysts warned. The bank is expected to cut jobs. The ministry insisted the vote was fair, while the opposition said it was rigged.')).toEqual([]);
  });

  it('keeps generational suffixes in the name', () => {
    expect(person("Partington's son, Hugh Partington III, runs the club.", 'Hugh Partington III')?.role).toBe("Partington's son");
  });
});

describe('"has not said"', () => {
  it('is open only when followed by what was not said', () => {
    expect(questions('The Commission has not said how much the office will cost.')).toHaveLength(1);
    expect(questions('"The land is still ours, and we have not said yes," she said.')).toEqual([]);
  });
});

describe('company cues', () => {
  it('reads a name whose shares trade as a company even after a role-like description', () => {
    const body = 'The pipeline\'s owner, Westcoast Midstream, said work would begin. Shares of Westcoast Midstream rose 4 percent.';
    expect(people(body)).toEqual([]);
    expect(actors(body).find((a) => a.name === 'Westcoast Midstream')?.kind).toBe('org');
  });

  it('still reads a titled name with a possessive as a person', () => {
    expect(people("Chief Executive Maria Lund's profits pledge was welcomed. Lund said it would hold.")).toEqual(['Maria Lund']);
  });
});

describe('spokesmen for named people', () => {
  it('gives a quotation from "a spokesman for the mayor" no named speaker', () => {
    const body = 'Mayor Patrick Hallam has not taken a public position on the plan. A spokesman for the mayor said only that the city was "reviewing every option."';
    const q = speakerOf(body, 'reviewing every option');
    expect(q?.speaker).toBeNull();
    expect(q?.speakerDescription).toBe('A spokesman for Patrick Hallam');
    expect(questions(body)).toHaveLength(1);
  });
});
