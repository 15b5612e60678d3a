import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';

/** The features of each candidate speaker of the quotation starting with `start` (null: nobody). */
function candidates(body: string, start: string): Map<string | null, string[]> {
  const trace = newTrace();
  extractArticle(body, { trace });
  return new Map(trace.speakers.filter((c) => c.quote.startsWith(start)).map((c) => [c.speaker, c.features]));
}

const features = (body: string, start: string, who: string | null): string[] => candidates(body, start).get(who) ?? [];

describe('who the sentence of a quotation is about', () => {
  it('marks a name with a relative clause of saying or thinking before the words, not one of doing', () => {
    const thinks = 'Tom Ashby praised the squad. It is a view shared by Ravi Holt, who believes "we can win the league this year".';
    expect(features(thinks, 'we can win', 'Ravi Holt')).toContain('relativeSays');
    expect(features(thinks, 'we can win', 'Tom Ashby')).not.toContain('relativeSays');
    const plays = 'Tom Ashby praised the squad, and Ravi Holt, who plays in midfield, called it "the best in years".';
    expect(features(plays, 'the best in years', 'Ravi Holt')).not.toContain('relativeSays');
  });

  it('marks the organisation that "It" or "The company" opening the sentence takes up', () => {
    const it_ = 'Tarrow Water reported a loss of £20m on Tuesday. It expected 2025 to be a "transitional year" for the business.';
    expect(features(it_, 'transitional year', 'Tarrow Water')).toContain('anaphor&subject');
    expect(features(it_, 'transitional year', null)).toContain('none&orgAnaphor');
    const company = 'Tarrow Water reported a loss of £20m on Tuesday. The company blamed "operating flaws" at two of its plants.';
    expect(features(company, 'operating flaws', 'Tarrow Water')).toContain('anaphor&subject');
    const weather = 'Tarrow Water reported a loss of £20m on Tuesday. It was a "transitional year" for the whole sector.';
    expect(features(weather, 'transitional year', null)).not.toContain('none&orgAnaphor');
    const future = 'The Tarrow Prize was set up last year. It will reward a writer for "overall contribution to fiction" every two years.';
    expect(features(future, 'overall contribution', null)).not.toContain('none&orgAnaphor');
  });

  it('tells a person apart when an organisation or a pronoun for one says it', () => {
    const org = 'Dana Reyes, an industry consultant, criticised Harbour Rail. The airline said it was "embarrassed by the delays" on Friday.';
    expect(features(org, 'embarrassed', 'Dana Reyes')).toContain('orgSays&person');
    const person = 'Dana Reyes, an industry consultant, criticised Harbour Rail. Reyes said she was "embarrassed by the delays" on Friday.';
    expect(features(person, 'embarrassed', 'Dana Reyes')).not.toContain('orgSays&person');
    const he = 'Harbour Rail hired Tom Ashby in June. "The trains will run on time," he said.';
    expect(features(he, 'The trains', 'Harbour Rail')).toContain('pronoun&notPerson');
    expect(features(he, 'The trains', 'Tom Ashby')).not.toContain('pronoun&notPerson');
  });

  it('marks someone the words themselves name, and not the speaker', () => {
    const body = 'Kara Benn picked her squad on Monday. "Ravi Holt is an outstanding player and will travel," said Kara Benn, naming Ravi Holt among the reserves.';
    expect(features(body, 'Ravi Holt is', 'Ravi Holt')).toContain('namedInQuote');
    expect(features(body, 'Ravi Holt is', 'Kara Benn')).not.toContain('namedInQuote');
  });

  it('marks who the next sentence names as saying it when the quotation names nobody', () => {
    const body = 'Ministers met in Geneva on Monday. "The dollar is far too weak," one finance minister warned. Piet Maas said he would raise it with his colleagues.';
    expect(features(body, 'The dollar', 'Piet Maas')).toContain('nextSentSays');
    const named = 'Ministers met in Geneva on Monday. "The dollar is far too weak," said Lena Brink. Piet Maas said he would raise it with his colleagues.';
    expect(features(named, 'The dollar', 'Piet Maas')).not.toContain('nextSentSays');
  });

  it('follows "he said" past a possessor to the man the sentence is about, and to the possessor when no one else fits', () => {
    const past = 'Tom Ashby scored twice. But Ashby\'s rival Ravi Holt was in no mood to celebrate. He said: "I am far from happy with the draw."';
    expect(features(past, 'I am far', 'Ravi Holt')).toContain('pronounTakesUp');
    expect(features(past, 'I am far', 'Tom Ashby')).not.toContain('pronounTakesUp');
    const only = 'Tom Ashby scored twice. Ravi Holt\'s future at the club has been the subject of talk for weeks. "I am happy here," he said.';
    expect(features(only, 'I am happy', 'Ravi Holt')).toContain('pronounTakesUp');
  });

  it('gives the words of a statement to the author named in it, and those of a lawsuit to nobody', () => {
    const statement = 'The show on Tarrow Radio drew complaints. "The performer had been asked to tone his act down," a Tarrow Radio statement read.';
    expect(features(statement, 'The performer', 'Tarrow Radio')).toContain('saidByName');
    const unnamed = 'The show on Tarrow Radio drew complaints. "The performer had been asked to tone his act down," the statement read.';
    expect(features(unnamed, 'The performer', 'Tarrow Radio')).not.toContain('saidByName');
    const filing = 'Dana Reyes has sued Tarrow Radio. "The station hid the recording for a year," the Reyes lawsuit states.';
    expect(features(filing, 'The station', 'Dana Reyes')).not.toContain('saidByName');
  });
});
