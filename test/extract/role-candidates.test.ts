/**
 * The candidate descriptions the learned role decision chooses among (role-candidates.ts,
 * role-choice.ts): each pattern with an example it finds and a near miss it must not. These check
 * what is proposed, not what the model picks. Every snippet is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { candidates } from './role-trace.ts';

describe('a definite description taking up someone just named', () => {
  it('offers the description to the person named before it', () => {
    const body = 'Marta Quillon reached the final in Doha on Tuesday.\n\nThe 19-year-old Uruguayan, who is unseeded, won in straight sets.';
    expect(candidates(body, 'Marta Quillon')).toContain('anaphor: 19-year-old Uruguayan');
  });

  it('offers it after a quotation, to the one who spoke', () => {
    const body = '"We stayed calm," said Tomas Brenner. "It was hard work." The veteran goalkeeper added that the team was tired.';
    expect(candidates(body, 'Tomas Brenner')).toContain('anaphor: veteran goalkeeper');
  });

  it('not when the head word named someone before the person appeared', () => {
    const body = 'Treasurer Ana Vellis met the union on Monday. Union official Piet Horan said talks went well. '
      + 'The treasurer said she would reply by Friday.';
    expect(candidates(body, 'Piet Horan').some((c) => c.startsWith('anaphor'))).toBe(false);
  });

  it('not too far away', () => {
    const body = 'Lina Odera opened the shop in May. Trade was slow. Rents rose. Prices fell. Costs grew. '
      + 'The 41-year-old baker said she would stay.';
    expect(candidates(body, 'Lina Odera').some((c) => c.startsWith('anaphor'))).toBe(false);
  });
});

describe('the category a person won or was nominated in', () => {
  it('finds "won best …" and "was nominated for best …"', () => {
    const body = 'Dara Pell won best actress for the drama. Colm Reddy was nominated for best director.';
    expect(candidates(body, 'Dara Pell')).toContain('award: best actress winner');
    expect(candidates(body, 'Colm Reddy')).toContain('award: best director nominee');
  });

  it('not a "best" that is not a category', () => {
    expect(candidates('Dara Pell said the best part was the ending.', 'Dara Pell').some((c) => c.startsWith('award'))).toBe(false);
  });

  it('in a relative clause after the name, and after any verb with "as"', () => {
    expect(candidates('Other winners included Colm Reddy, who was crowned best newcomer for his debut.', 'Colm Reddy'))
      .toContain('award: best newcomer winner');
    expect(candidates('Dara Pell triumphed as the best supporting actress for her role.', 'Dara Pell'))
      .toContain('award: best supporting actress winner');
    // "as" after a verb with no "best" category is no award.
    expect(candidates('Dara Pell worked as a nurse in Leeds.', 'Dara Pell').some((c) => c.startsWith('award'))).toBe(false);
  });
});

describe('an affiliation after of, at or from', () => {
  it('finds the organisation, with a comma before it or not', () => {
    const body = 'Hana Ruiz, of the campaign group Clean Rivers, said the data was old. "Prices will fall," said Jonathan Marsh at Morrow Capital.';
    expect(candidates(body, 'Hana Ruiz')).toContain('affiliation: of the campaign group Clean Rivers');
    expect(candidates(body, 'Jonathan Marsh')).toContain('affiliation: at Morrow Capital');
  });

  it('an organisation whose name ends in an exclamation mark', () => {
    const body = 'The deal was criticised by Hana Ruiz of campaign group Fair Play! on Monday.';
    expect(candidates(body, 'Hana Ruiz')).toContain('affiliation: of campaign group Fair Play');
  });

  it('not a preposition that opens something else', () => {
    const body = 'Hana Ruiz, of course, said the data was old.';
    expect(candidates(body, 'Hana Ruiz').some((c) => c.startsWith('affiliation'))).toBe(false);
  });
});

describe('an owned description with its owner named', () => {
  it('names the organisation "its" and "the company\'s" stand for', () => {
    const body = 'The Marlow Textile Museum has reopened. Its director, Ruth Ellery, said visitors were back. '
      + 'Brandel Foods was fined on Monday. Owen Carr, the company\'s founder, apologised.';
    expect(candidates(body, 'Ruth Ellery')).toContain('resolved: director of Marlow Textile Museum');
    expect(candidates(body, 'Owen Carr')).toContain('resolved: founder of Brandel Foods');
  });

  it('not when the owner is a person or an unnamed group', () => {
    const body = 'Kara Bloom met the producers in Leeds. The singer\'s lawyer, Neil Dunn, said nothing. The band\'s manager, Amy Fox, left.';
    expect(candidates(body, 'Neil Dunn').some((c) => c.startsWith('resolved'))).toBe(false);
    expect(candidates(body, 'Amy Fox').some((c) => c.startsWith('resolved'))).toBe(false);
  });
});

describe('a country as a nationality', () => {
  it('turns a country possessor or bracket into its demonym', () => {
    const body = "Peru's Rosa Quispe won the heat. Jan Novak (Poland) was second.";
    expect(candidates(body, 'Rosa Quispe')).toContain('nationality: Peruvian');
    expect(candidates(body, 'Jan Novak')).toContain('nationality: Polish');
  });

  it('not a possessor that is not a country', () => {
    expect(candidates("Everton's Rosa Quispe scored.", 'Rosa Quispe').some((c) => c.startsWith('nationality'))).toBe(false);
  });
});

describe('a copula over a list of names', () => {
  it('reads the description either side of the list', () => {
    const body = 'The two girls playing Matilda are Ella Brook, 11, and Nia Shaw, 12. '
      + 'Tom Reyes, Ida Lund and Sam Otto were among the actors who attended.';
    expect(candidates(body, 'Nia Shaw')).toContain('copula: two girls playing Matilda');
    expect(candidates(body, 'Ida Lund')).toContain('copula: among the actors who attended');
  });

  it('not a list whose verb says what they did', () => {
    const body = 'Tom Reyes, Ida Lund and Sam Otto were late for the rehearsal.';
    expect(candidates(body, 'Ida Lund').some((c) => c.startsWith('copula'))).toBe(false);
  });
});

describe('descriptions inside an appositive or a title', () => {
  it('reads a participle opening the appositive and an acronym in brackets in a title', () => {
    const body = '"No," said Ravi Mehta, managing director of Kestrel Systems. Baltic Rowing Federation (BRF) chief Lars Vik agreed.';
    expect(candidates(body, 'Ravi Mehta')).toContain('after: managing director of Kestrel Systems');
    expect(candidates(body, 'Lars Vik')).toContain('before: Baltic Rowing Federation (BRF) chief');
  });

  it('not a participle that tells what they did', () => {
    expect(candidates('Ravi Mehta, leaving the court, said nothing.', 'Ravi Mehta').some((c) => c.startsWith('after'))).toBe(false);
  });
});

describe('a list of people: one person\'s description does not run on into the next', () => {
  const otherName = (list: string[], name: string): string[] => list.filter((c) => c.includes(name));

  it('an appositive after a name ends where the next item\'s name begins', () => {
    const body = 'Talks with Trade Secretary Helen Ruddock, union leader Omar Baptiste, and officials from three ports ended late.';
    expect(candidates(body, 'Helen Ruddock')).toContain('title: Trade Secretary');
    expect(otherName(candidates(body, 'Helen Ruddock'), 'Omar Baptiste')).toEqual([]);
    expect(candidates(body, 'Omar Baptiste')).toContain('before: union leader');
    expect(otherName(candidates(body, 'Omar Baptiste'), 'Helen Ruddock')).toEqual([]);
  });

  it('a title with "of" in it, and a list closed by "and"', () => {
    const titled = 'He met Secretary of State Alan Pryce, farm leader Nora Quist, and two mayors.';
    expect(otherName(candidates(titled, 'Alan Pryce'), 'Nora Quist')).toEqual([]);
    expect(candidates(titled, 'Nora Quist')).toContain('before: farm leader');
    expect(otherName(candidates(titled, 'Nora Quist'), 'Alan Pryce')).toEqual([]);
    const anded = 'The jury heard from Tomas Ferrer, Inez Calloway and director Piet Marhold.';
    expect(otherName(candidates(anded, 'Tomas Ferrer'), 'Piet Marhold')).toEqual([]);
  });

  it('keeps a description that relates the person to someone by name', () => {
    expect(candidates('Joel Varga, son of Malcolm Varga, said the club was safe.', 'Joel Varga')).toContain('after: son of Malcolm Varga');
    expect(candidates('The daughter of activist Rafael Ocampo, Lucia Ocampo, was charged on Monday.', 'Lucia Ocampo'))
      .toContain('front: The daughter of activist Rafael Ocampo');
    expect(candidates("Kenneth Bray, Dana Holloway's lawyer, said she would appear.", 'Kenneth Bray')).toContain("after: Dana Holloway's lawyer");
    expect(candidates('Counsel to the Marlows, Emeka Obi, said his clients were innocent.', 'Emeka Obi')).toContain('front: Counsel to the Marlows');
    expect(candidates('Mr Ferrant, a former chief executive at Santova, also asked the court for time.', 'Ferrant'))
      .toContain('after: a former chief executive at Santova');
  });
});

/** True when any candidate for `name` holds `part` (a pattern's name, or words of a description). */
const offers = (body: string, name: string, part: string): boolean => candidates(body, name).some((c) => c.includes(part));

describe('descriptions with no title word to vouch for them (role-loose.ts)', () => {
  it('the complement of "is" after the name, with or without a determiner', () => {
    expect(candidates('Ewan Marsh is technology correspondent for the Daily Courier, a weekly paper.', 'Ewan Marsh'))
      .toContain('bareCopula: technology correspondent for the Daily Courier');
    expect(candidates('Tom Ridley is also a contender for the squad after his display.', 'Tom Ridley'))
      .toContain('bareCopula: a contender for the squad');
    // A verb after "is" says what happens to the person, not what they are.
    expect(offers('Ewan Marsh is expected to appear in court on Friday.', 'Ewan Marsh', 'bareCopula')).toBe(false);
    expect(offers('Ewan Marsh is 43 and lives in Leeds.', 'Ewan Marsh', 'bareCopula')).toBe(false);
  });

  it('"as" and a title after a verb that follows the name', () => {
    expect(candidates('Pieter Haas quit as Feyenoord coach after the defeat.', 'Pieter Haas')).toContain('asAfterVerb: Feyenoord coach');
    expect(offers('Ines Moll stepped down as chairman in May.', 'Ines Moll', 'asAfterVerb: chairman')).toBe(true);
    // "as" that compares is no role.
    expect(offers('Pieter Haas ran as fast as he could.', 'Pieter Haas', 'asAfterVerb')).toBe(false);
  });

  it('a noun phrase opening the sentence, set off by commas before the name', () => {
    expect(candidates('A church elder, Kwame Mensah, said the hall would be ready by June.', 'Kwame Mensah')).toContain('plainFront: A church elder');
    // Not when the phrase does not open the sentence ("In a statement, …").
    expect(offers('In a statement, Kwame Mensah, the pastor, said the hall would be ready.', 'Kwame Mensah', 'plainFront')).toBe(false);
  });

  it('a noun before the name that opens the sentence, though capitalised there', () => {
    expect(candidates('Fly-half Tom Ridley kicked four penalties on Saturday.', 'Tom Ridley')).toContain('phrase: Fly-half');
    // A capitalised word inside the sentence is a name's, not a description.
    expect(offers('On Saturday Harbourside Tom Ridley kicked four penalties.', 'Tom Ridley', 'phrase')).toBe(false);
  });
});

describe('the plural description of a list of people keeps its participles', () => {
  it('"the Irish horseracing tycoons X and Y", "visiting artists such as X"', () => {
    expect(candidates('He needs the support of the Irish horseracing tycoons Sean Rourke and Liam Fallon.', 'Liam Fallon'))
      .toContain('list: Irish horseracing tycoons');
    expect(candidates('Sales were driven by visiting artists such as Mara Quint and Pel Odum.', 'Mara Quint'))
      .toContain('list: visiting artists');
    // A participle that is the verb of the clause is not a modifier.
    expect(offers('The board appointed directors Sean Rourke and Liam Fallon.', 'Liam Fallon', 'appointed')).toBe(false);
    expect(offers('The club signed defenders Sean Rourke and Liam Fallon on Monday.', 'Sean Rourke', 'signed')).toBe(false);
  });
});

describe('a list of players introduced by its description', () => {
  it('"players, including X" and "his young players, particularly X and Y"', () => {
    const body = 'The academy welcomed 20 junior players, including Ravi Menon and Tobias Kerr, on Monday. '
      + 'Coach Lena Stroud said her senior players, particularly Hamid Said and Joel Barnaby, had helped.';
    expect(candidates(body, 'Tobias Kerr')).toContain('list: 20 junior players');
    expect(candidates(body, 'Joel Barnaby')).toContain('list: senior players');
  });

  it('not a plural that is no word for people', () => {
    const body = 'The club sold several media players, including Ravi Menon\'s old console, at auction.';
    expect(candidates(body, 'Ravi Menon').some((c) => c.startsWith('list'))).toBe(false);
  });
});

describe('an age, then where the person lives', () => {
  it('"X, 34, of Splott," in a court report', () => {
    const body = 'Dorin Varga, 34, of Splott, and Emil Toma, 29, of no fixed address, admitted fraud at Cardiff Crown Court.';
    expect(candidates(body, 'Dorin Varga')).toContain('after: 34, of Splott');
    expect(candidates(body, 'Emil Toma')).toContain('after: 29, of no fixed address');
  });

  it('not an age followed by anything else', () => {
    const body = 'Dorin Varga, 34, said he was sorry.';
    expect(candidates(body, 'Dorin Varga').some((c) => c.startsWith('after: of'))).toBe(false);
  });
});

describe('an appositive holding a hyphenated participle', () => {
  it('"X, the UK-based co-chairman, will …"', () => {
    const body = 'Under the plans, Pierre Valmont, the UK-based co-chairman, will become chief executive.';
    expect(candidates(body, 'Pierre Valmont')).toContain('after: the UK-based co-chairman');
  });

  it('not a hyphenated verb that is no participle', () => {
    const body = 'Under the plans, Pierre Valmont, the firm re-elected, will stay.';
    expect(candidates(body, 'Pierre Valmont').some((c) => c.startsWith('after'))).toBe(false);
  });
});

describe('an appositive set off by dashes', () => {
  it('"X - a composer and interpreter of Bach - has …"', () => {
    const body = 'Tobias Wren - a composer and leading interpreter of Handel - has rebuilt the missing parts.';
    expect(candidates(body, 'Tobias Wren')).toContain('after: a composer and leading interpreter of Handel');
  });

  it('not a dash before what is no description', () => {
    const body = 'Tobias Wren - 2, Mark Olsen - 1: the scores after the first round.';
    expect(candidates(body, 'Tobias Wren').some((c) => c.startsWith('after'))).toBe(false);
  });
});

describe('a lead that names its speaker only afterwards', () => {
  it('"…, its chief executive has said. ¶ … X has told investors"', () => {
    const body = 'Harrow Cables could cut 900 jobs this year, its chief executive has said.\n\n'
      + 'The Coventry firm is closing two plants. However, Marguerite Okafor has told investors the cuts are needed.';
    expect(candidates(body, 'Marguerite Okafor')).toContain('lede: its chief executive');
  });

  it('"Meanwhile, Peru\'s trade minister has said …. X said …"', () => {
    const body = 'Copper prices rose again. Meanwhile, Peru\'s trade minister has said exports would double. Rosa Quispe said talks were going well.';
    expect(candidates(body, 'Rosa Quispe')).toContain("lede: Peru's trade minister");
  });

  it('not a description that speaks a quotation of its own', () => {
    const body = 'The city\'s mayor said: "We are ready." Rosa Quispe said talks were going well.';
    expect(candidates(body, 'Rosa Quispe').some((c) => c.startsWith('lede'))).toBe(false);
  });

  it('not a description with no owner', () => {
    const body = 'Copper prices rose again, a trade minister has said. Rosa Quispe said talks were going well.';
    expect(candidates(body, 'Rosa Quispe').some((c) => c.startsWith('lede'))).toBe(false);
  });
});

describe("a court report's participle of advocacy", () => {
  it('"Prosecuting, X told the court" and "Mitigating for Y, X said"', () => {
    const body = 'Prosecuting, Alun Davies told the court the cards were copied. '
      + 'Mitigating for Varga, Sian Morgan said her client was in debt.';
    expect(candidates(body, 'Alun Davies')).toContain('court: prosecutor');
    expect(candidates(body, 'Sian Morgan')).toContain('court: defence lawyer for Varga');
    expect(candidates('Defending Lee Hart, Nia Price said he was sorry.', 'Nia Price')).toContain('court: defence lawyer for Lee Hart');
  });

  it('not any participle that opens a sentence', () => {
    const body = 'Speaking to reporters, Alun Davies said the cards were copied.';
    expect(candidates(body, 'Alun Davies').some((c) => c.startsWith('court'))).toBe(false);
  });

  it('the side set off after the name: "X, for the prosecution," and "X, prosecuting for the council,"', () => {
    const body = 'Ruth Adeyemi, for the prosecution, said the van was stolen. '
      + 'Tomas Berg, prosecuting for the council, said the meat was out of date. '
      + 'Defending, Lena Fox said her client was sorry. Kai Moss, for the defence, asked for bail.';
    expect(candidates(body, 'Ruth Adeyemi')).toContain('court: prosecutor');
    expect(candidates(body, 'Tomas Berg')).toContain('court: prosecutor for the council');
    expect(candidates(body, 'Kai Moss')).toContain('court: defence lawyer');
  });

  it('the side at the end of an opening phrase: "Opening the case for the prosecution, X told jurors"', () => {
    const body = 'Opening the case for the prosecution, Nia Price told jurors the driver was dragged along the road.';
    expect(candidates(body, 'Nia Price')).toContain('court: prosecutor');
  });

  it('not "for" another side than a side of the case, nor a side deep inside the sentence', () => {
    const body = 'Ruth Adeyemi, for the council, said the van was stolen. '
      + 'The judge said he had heard enough from the lawyers for the prosecution, Tomas Berg and Kai Moss. '
      + 'Lena Fox, speaking for the residents, said the road was unsafe.';
    for (const name of ['Ruth Adeyemi', 'Tomas Berg', 'Lena Fox']) expect(candidates(body, name).some((c) => c.startsWith('court')), name).toBe(false);
  });
});

describe('a definite description away from the start of a clause', () => {
  it('after a comma, a verb or a preposition, and at the end of a sentence', () => {
    const lead = 'Harriet Okafor set out her spending plans on Tuesday.';
    expect(candidates(`${lead} Speaking in Leeds, the chancellor said growth would return.`, 'Harriet Okafor')).toContain('anaphorWide: chancellor');
    expect(candidates(`${lead} Critics say the chancellor has ignored the regions.`, 'Harriet Okafor')).toContain('anaphorWide: chancellor');
    expect(candidates(`${lead} Unions wrote to the chancellor.`, 'Harriet Okafor')).toContain('anaphorWide: chancellor');
    expect(candidates(`${lead} The chancellor also promised new roads.`, 'Harriet Okafor')).toContain('anaphor: chancellor');
  });

  it('before a possessive, a ranking and two modifiers joined', () => {
    expect(candidates('Ivana Sorel won in Dubai. The Olympic 800m and 1500m champion\'s time was a record.', 'Ivana Sorel'))
      .toContain('anaphorWide: Olympic 800m and 1500m champion');
    expect(candidates('Pavel Dorn withdrew on Monday. The world number seven is injured.', 'Pavel Dorn')).toContain('anaphor: world number seven');
  });

  it('not a description that is the object of a phrase running on ("the chancellor and the unions")', () => {
    const body = 'Harriet Okafor set out her plans. Critics attacked both the chancellor and the unions.';
    expect(candidates(body, 'Harriet Okafor').some((c) => c.startsWith('anaphor'))).toBe(false);
  });
});

describe('the copula after an aside', () => {
  it('finds "X, who …, was …"', () => {
    const body = 'Dame Orla Feeney, who has died in Cork aged 88, was the first woman to conduct the national orchestra.';
    expect(candidates(body, 'Orla Feeney')).toContain('copula: the first woman to conduct the national orchestra');
  });

  it('not when a quotation or no copula follows the aside', () => {
    const body = 'Orla Feeney, who has died aged 88, said in 1990 that she was "a conductor first".';
    expect(candidates(body, 'Orla Feeney').some((c) => c.startsWith('copula'))).toBe(false);
  });
});

describe('the subject of a sentence listing people', () => {
  it('finds the plural subject and what is said of it, up to the list', () => {
    const body = 'A host of stars are expected at the gala in Leeds, including Rosa Tembe and Ivo Marsh.';
    expect(candidates(body, 'Rosa Tembe')).toContain('list: A host of stars are expected at the gala in Leeds');
  });

  it('not what people say', () => {
    const body = 'Organisers say no decision has been made on who will sing, including Rosa Tembe.';
    expect(candidates(body, 'Rosa Tembe').some((c) => c.startsWith('list'))).toBe(false);
  });
});

describe('a description before a name that has one of its own', () => {
  it('finds "Kerr\'s producer, the Dutchman X"', () => {
    const body = 'It was Amira Kerr\'s producer, the Dutchman Joost Verbeek, who heard the demo.';
    expect(candidates(body, 'Joost Verbeek')).toContain("front: Amira Kerr's producer");
  });

  it('not a phrase with no word for a person', () => {
    const body = 'The record was played at the Harbour Hall, the Dutchman Joost Verbeek said.';
    expect(candidates(body, 'Joost Verbeek').some((c) => c.startsWith('front'))).toBe(false);
  });
});

describe('a prize given to a person', () => {
  it('finds a named prize after a verb of winning, and a prize or category before the name', () => {
    expect(candidates('Colm Reddy won the Golden Reel Award for his editing.', 'Colm Reddy')).toContain('award: Golden Reel Award winner');
    expect(candidates('The Harbour Trophy, which was won by Dara Pell, is the oldest prize.', 'Dara Pell')).toContain('award: Harbour Trophy winner');
    expect(candidates('The debut novel section was won by Dara Pell for her first book.', 'Dara Pell')).toContain('award: debut novel section winner');
    expect(candidates('The drama took four prizes including best supporting actor for Colm Reddy.', 'Colm Reddy'))
      .toContain('award: best supporting actor winner');
  });

  it('not a thing won that is no prize, nor "for" without a category', () => {
    expect(candidates('Colm Reddy won the Harbour Road seat in May.', 'Colm Reddy').some((c) => c.startsWith('award'))).toBe(false);
    expect(candidates('The debut novel was written by Dara Pell.', 'Dara Pell').some((c) => c.startsWith('award'))).toBe(false);
    expect(candidates('The council voted for Colm Reddy.', 'Colm Reddy').some((c) => c.startsWith('award'))).toBe(false);
  });
});

describe('a work a person is named with', () => {
  it('the work a person owns: "X\'s Title" as "of Title"', () => {
    const body = 'Maren Olsvik\'s Winter Harbour beat the favourites at the festival on Sunday.';
    expect(candidates(body, 'Maren Olsvik')).toContain('workOwned: of Winter Harbour');
    // A noun for the work between the possessive and the title names the maker.
    expect(candidates('Maren Olsvik\'s new documentary Cold Water opened in Oslo.', 'Maren Olsvik')).toContain('workOwned: maker of Cold Water');
  });

  it('not a possessive before a lower-case noun, a word for a person or a month', () => {
    expect(candidates('Maren Olsvik\'s Winter Harbour show opened in Oslo.', 'Maren Olsvik').some((c) => c.startsWith('workOwned'))).toBe(false);
    expect(candidates('Maren Olsvik\'s Uncle Per came to the opening.', 'Maren Olsvik').some((c) => c.startsWith('workOwned'))).toBe(false);
    expect(candidates('Maren Olsvik\'s March tour was cancelled.', 'Maren Olsvik').some((c) => c.startsWith('workOwned'))).toBe(false);
  });

  it('the work before "by" and the name, with the maker its noun implies, or "creator" for a title', () => {
    expect(candidates('The film is based on the best-selling novel by Ilse Brandt.', 'Ilse Brandt')).toContain('workBy: author of the best-selling novel');
    expect(candidates('The prize went to Salt and Iron by Ilse Brandt, a first novel.', 'Ilse Brandt')).toContain('workBy: creator of Salt and Iron');
  });

  it('not a "by" after a work noun with no determiner, nor after a participle', () => {
    expect(candidates('Sales of books by Ilse Brandt rose.', 'Ilse Brandt').some((c) => c.startsWith('workBy'))).toBe(false);
    expect(candidates('The play was directed by Ilse Brandt.', 'Ilse Brandt').some((c) => c.startsWith('workBy'))).toBe(false);
  });

  it('the people a work "also stars"', () => {
    const body = 'The comedy opens on Friday. Harbour Lights, which also stars Nia Castell and Oren Pike, was filmed in Cork.';
    expect(candidates(body, 'Oren Pike')).toContain('agent: star');
    // "stars" as a plain verb with a subject of its own, not after "which" or "also".
    expect(candidates('The new comedy stars Oren Pike as her brother.', 'Oren Pike').some((c) => c.startsWith('agent'))).toBe(false);
  });
});

describe('standings and descriptions in sport copy', () => {
  it('a hyphenated participle before the name, and a standing after the copula', () => {
    expect(candidates('Marta Quillon beat the seventh-seeded Ilona Varga 6-2 6-1.', 'Ilona Varga')).toContain('phrase: seventh-seeded');
    expect(candidates('Ilona Varga is still ranked 14th in the world despite her injury.', 'Ilona Varga')).toContain('bareCopula: ranked 14th in the world');
    expect(candidates('Ilona Varga was world cross country champion in 2019.', 'Ilona Varga')).toContain('bareCopula: world cross country champion in 2019');
  });

  it('not a participle with no number after it', () => {
    expect(candidates('Ilona Varga was ranked by the panel as a risk.', 'Ilona Varga').some((c) => c.startsWith('bareCopula'))).toBe(false);
  });

  it('"X and Y are in charge of Z" for each of the list', () => {
    const body = 'Pieter Laan and Joost Verbeek are currently in charge of the club, who are fifth.';
    expect(candidates(body, 'Pieter Laan')).toContain('copula: in charge of the club');
    expect(candidates(body, 'Joost Verbeek')).toContain('copula: in charge of the club');
  });
});

describe('court and local reports', () => {
  it('writes out a description made only of abbreviated police ranks', () => {
    expect(candidates('Det Insp Mary Kettle said inquiries were continuing.', 'Mary Kettle')).toContain('title: Detective Inspector');
    // A rank word inside a longer description is left as written.
    expect(candidates('Det Insp Mary Kettle said inquiries were continuing.', 'Mary Kettle')).not.toContain('title: Det Insp Inspector');
  });

  it('the defendant an advocate speaks for, and mitigation as the defence', () => {
    const body = 'Rhian Lloyd, for Gareth Pryce, said his client was sorry. Owen Bell, mitigating, said the loss was repaid.';
    expect(candidates(body, 'Rhian Lloyd')).toContain('court: for Gareth Pryce');
    expect(candidates(body, 'Owen Bell')).toContain('court: defence lawyer');
    expect(candidates('Rhian Lloyd, for Cardiff, said the side was ready.', 'Rhian Lloyd')).toContain('court: for Cardiff');
    expect(candidates('Rhian Lloyd, for three years, said nothing.', 'Rhian Lloyd').some((c) => c.startsWith('court'))).toBe(false);
  });

  it('an appositive headed by a word for a person by its ending, closed before a verb', () => {
    const body = 'Helen Marsh, controller of regional programming, said the changes would help.';
    expect(candidates(body, 'Helen Marsh')).toContain('appositive: controller of regional programming');
    // The next item of a list of people is no description.
    const list = 'The board met on Monday. Helen Marsh, club manager Peter Wood, said the deal was done.';
    expect(candidates(list, 'Helen Marsh').some((c) => c.startsWith('appositive'))).toBe(false);
  });
});
