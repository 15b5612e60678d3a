import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';

/** The features of each candidate speaker of the quotation starting with `start`. */
function candidates(body: string, start: string): Map<string | null, string[]> {
  const trace = newTrace();
  extractArticle(body, { trace });
  return new Map(trace.speakers.filter((c) => c.quote.startsWith(start)).map((c) => [c.speaker, c.features]));
}

describe('speaker candidates', () => {
  it('marks the subject of the sentence that holds a quoted fragment', () => {
    const body = 'Harbour Foods is to close two plants after reporting "deeply disappointing" sales for the year, a move that surprised Marta Quell.';
    const found = candidates(body, 'deeply disappointing');
    expect(found.get('Harbour Foods')).toContain('sentSubject&embedded');
    expect(found.get('Marta Quell') ?? []).not.toContain('sentSubject&embedded');
  });

  it('marks the subject whose verb of saying, thinking or labelling governs a fragment, and not a bare label', () => {
    const said = 'The Ostmark Teachers Union said the offer was a "broken promise" on Monday.';
    expect(candidates(said, 'broken promise').get('Ostmark Teachers Union')).toContain('sentSubject&governed');
    const thinks = 'Marta Quell believes the new fees are "far too high" for families.';
    expect(candidates(thinks, 'far too high').get('Marta Quell')).toContain('sentSubject&governed');
    const label = 'The Ostmark Teachers Union will meet on Monday to discuss the "broken promise" of last spring.';
    expect(candidates(label, 'broken promise').get('Ostmark Teachers Union') ?? []).not.toContain('sentSubject&governed');
  });

  it('marks someone named with words of saying between two quotations, not someone merely named there', () => {
    const body = `"We were second best all afternoon," said Harbour City coach Tamsin Okafor.\n\nAfter the match, Rovers manager Dario Velluti warned that his captain Ivo Brandt needed rest. Brandt has played every game this season. "He is tired and it shows in his passing."`;
    const found = candidates(body, 'He is tired');
    expect(found.get('Dario Velluti')).toContain('betweenQuotes&says');
    expect(found.get('Ivo Brandt') ?? []).not.toContain('betweenQuotes&says');
    expect(found.get('Tamsin Okafor') ?? []).not.toContain('betweenQuotes&says');
  });

  it('does not mark a name that is only the object of the sentence', () => {
    const body = 'Shareholders voted against Harbour Foods after a "deeply disappointing" year.';
    expect(candidates(body, 'deeply disappointing').get('Harbour Foods') ?? []).not.toContain('sentSubject&embedded');
  });

  it('marks the organisation whose spokesperson speaks, and not one merely named nearby', () => {
    const body = 'Tarrow Water has been fined over the leak. "We accept the ruling in full," a Tarrow Water spokeswoman said, adding that Elvin County Council had been told.';
    expect(candidates(body, 'We accept').get('Tarrow Water')).toContain('inDescription&spokes');
    const plain = 'Tarrow Water has been fined over the leak. "We accept the ruling in full," a lawyer for Tarrow Water said.';
    expect(candidates(plain, 'We accept').get('Tarrow Water') ?? []).not.toContain('inDescription&spokes');
  });

  it('marks the person the sentences before are about when "he" attributes a quotation', () => {
    const body = 'Dario Penn scored twice as Lowfield beat the side coached by Amos Tiller. "It was a good night for us," he said.';
    const found = candidates(body, 'It was a good night');
    expect(found.get('Dario Penn')).toContain('pronoun&subject');
    expect(found.get('Amos Tiller') ?? []).not.toContain('pronoun&subject');
  });

  it('marks someone named between two quotations when the second has no verb of saying', () => {
    const body = '"We wanted the draw," said Lena Vogt. Her goalkeeper Ines Maro saw it differently. "We should have won it."';
    const found = candidates(body, 'We should have won');
    expect(found.get('Ines Maro')).toContain('betweenQuotes&noVerb');
    expect(found.get('Lena Vogt')).toContain('previousSpeaker&interrupted');
    const straight = '"We wanted the draw," said Lena Vogt. "We should have won it."';
    expect(candidates(straight, 'We should have won').get('Lena Vogt') ?? []).not.toContain('previousSpeaker&interrupted');
  });
  it('tells nobody that an unnamed spokesperson speaks, and not a named one', () => {
    const body = 'Tarrow Water has been fined over the leak. "We accept the ruling in full," a Tarrow Water spokeswoman said.';
    expect(candidates(body, 'We accept').get(null)).toContain('none&unnamed:spokes');
    const named = 'Tarrow Water has been fined over the leak. "We accept the ruling in full," said Nadia Holt, a Tarrow Water spokeswoman.';
    expect(candidates(named, 'We accept').get(null) ?? []).not.toContain('none&unnamed:spokes');
  });

  it('marks the speaker before when someone else is named as saying the next quotation', () => {
    const body = 'Lena Vogt was sent off in the second half. "I did nothing wrong," she said. But the league confirmed: "There will be a hearing next week." The Ostmark Football League said the date would follow.';
    const found = candidates(body, 'There will be a hearing');
    expect(found.get('Lena Vogt') ?? []).not.toContain('otherSaid');
    const said = 'Lena Vogt was sent off in the second half. "I did nothing wrong," she said. But Ostmark Football League confirmed: "There will be a hearing next week."';
    expect(candidates(said, 'There will be a hearing').get('Lena Vogt')).toContain('previousSpeaker&otherSaid');
  });

  it('tells nobody that a short quotation of capitalised words names something', () => {
    const body = 'Marta Quell will present "Night Shift Stories" on Radio Elvin from March, she told listeners.';
    expect(candidates(body, 'Night Shift Stories').get(null)).toContain('none&capitalised');
    const words = 'Marta Quell said the show had been "far too long" for listeners.';
    expect(candidates(words, 'far too long').get(null) ?? []).not.toContain('none&capitalised');
  });
  // The two quote rulings: an unnamed group speaking is nobody; a publication quoted is the publication.
  it.each([
    {
      kind: 'an unnamed group speaks (nobody)', start: 'The outlook', candidate: null, feature: 'none&groupSaid',
      yes: 'Harbour Foods shares fell 9% on Monday. "The outlook has not been this weak for a decade," analysts at Penmore Bank said.',
      no: 'Harbour Foods shares fell 9% on Monday. "The outlook has not been this weak for a decade," said Ruth Aldane, an analyst at Penmore Bank.',
    },
    {
      kind: 'a publication says the words (not one spoken to)', start: 'The plant will shut', candidate: 'Tarrow Gazette', feature: 'publication&said',
      yes: 'The Tarrow Gazette reported the closure first. "The plant will shut in March," the newspaper said, citing two managers.',
      no: 'Nadia Holt runs the plant. "The plant will shut in March," she told the Tarrow Gazette.',
    },
  ])('marks when $kind', ({ start, candidate, feature, yes, no }) => {
    expect(candidates(yes, start).get(candidate)).toContain(feature);
    expect(candidates(no, start).get(candidate) ?? []).not.toContain(feature);
  });
});
