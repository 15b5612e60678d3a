/**
 * Free questions by kind of question, on articles of this test's own: the story's headline words
 * stand in every sentence, word families are not compounds, a money question's verbs say what is
 * wanted, "has X said anything" is answered by "X has not commented", a follow-up leans on the
 * previous question, and the answer's kind (a day, a place, a person) is what was asked.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.ts';
import { isLight, readQuestion } from '../../src/answer/question.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { sameFamily, stemWord, termOf } from '../../src/answer/words.ts';
import { relatedTerms } from '../../src/answer/related.ts';
import { libraryOf } from '../helpers/briefings.ts';

const DAIRY_SALE = `---
slug: lakeside-dairy-sale
headline: Lakeside dairy co-operative sells its cheese plant
actors:
  - { name: Ida Brenner, kind: person, role: chief executive }
  - { name: Karl Wieser, kind: person, role: former plant manager }
---
The Lakeside dairy co-operative has agreed to sell its cheese plant to a Bavarian food group for 30 million euros, it said this week.

The deal was announced to staff on Tuesday. The plant employs 85 people and will stay open under the new owner.

Ida Brenner, the chief executive, said the money would go towards paying down debt. The buyer will pay for the plant with a bank loan.

Tests last month found the water used at the plant unsafe to drink, and it is now brought in by lorry.

Karl Wieser, who ran the plant for twenty years, has not commented publicly.

The union said a three-day strike planned for May had been called off.
`;

const CLINIC_ATTACK = `---
slug: clinic-ransomware
headline: Ransomware attack shuts clinic booking system in Tampere
---
A ransomware attack shut down the booking system of a private clinic in Tampere on Friday, and patients were asked to phone instead.

The clinic said its records were backed up and that no data appeared to have been taken.

Police in Helsinki are investigating.
`;

const PARKING_VOTE = `---
slug: harbour-parking-vote
headline: Council votes to charge for harbour parking from 2027
---
The council voted on Monday to charge drivers for parking at the harbour from January 2027, in one of its largest changes to the town centre.

The plan passed by 19 votes to 12 after a long debate.
`;

const library = libraryOf({ 'briefings/lakeside-dairy-sale.md': DAIRY_SALE, 'briefings/clinic-ransomware.md': CLINIC_ATTACK, 'briefings/harbour-parking-vote.md': PARKING_VOTE });

async function ask(text: string, options: Parameters<typeof answerQuestion>[2] = {}): Promise<Reply> {
  const lib = await library;
  const reply = await answerQuestion(text, lib, options);
  // Nothing quoted that is not, word for word, the sentence it cites.
  if (reply.kind === 'answer' || reply.kind === 'no-answer') {
    const briefing = (await lib.briefing(reply.briefing))!;
    for (const q of reply.kind === 'answer' ? reply.sentences : reply.nearby) expect(briefing.sentences.find((s) => s.id === q.cite)?.text).toBe(q.text);
  }
  return reply;
}

const firstCite = (reply: Reply) => (reply.kind === 'answer' ? reply.sentences[0]?.cite : undefined);

describe('free questions by kind', () => {
  it('answers "what day" with the sentence giving the day, though it does not repeat the headline words', async () => {
    expect(await ask('what day did lakeside sell the cheese plant')).toMatchObject({ kind: 'answer', briefing: 'lakeside-dairy-sale', sentences: [{ cite: '2.1' }] });
  });

  it('answers "is it safe" from a sentence that says it is unsafe', async () => {
    expect(firstCite(await ask('is the water at the lakeside plant safe'))).toBe('4.1');
  });

  it('reads a word typed without its hyphen ("coop") as the hyphenated one', async () => {
    expect(await ask('how much is the coop getting for the cheese plant')).toMatchObject({ kind: 'answer', briefing: 'lakeside-dairy-sale', sentences: [{ cite: '1.1' }] });
  });

  it('answers "has X said anything" with the sentence saying X has not commented', async () => {
    const reply = await ask('has wieser said anything about the sale');
    expect(reply).toMatchObject({ kind: 'answer', sentences: [{ cite: '5.1' }] });
    expect(reply).toHaveProperty('unknown');
  });

  it('reads a pronoun follow-up with the previous question', async () => {
    const recent = { slug: 'lakeside-dairy-sale', people: [], question: 'who is buying the lakeside cheese plant' };
    expect(firstCite(await ask('how are they paying for it', { recent }))).toBe('3.2');
  });

  it('reads "a three-day strike" as a duration', async () => {
    expect(firstCite(await ask('how long was the strike at lakeside going to be'))).toBe('6.1');
  });

  it('finds a word said otherwise through its WordNet relatives ("probing" for "investigating")', async () => {
    expect(await ask('is anyone probing the tampere clinic attack')).toMatchObject({ kind: 'answer', briefing: 'clinic-ransomware', sentences: [{ cite: '3.1' }] });
  });

  it('does not take "ransomware" for a ransom, and declines what the article does not say', async () => {
    expect(await ask('how much ransom do the tampere clinic hackers want')).toMatchObject({ kind: 'no-answer', briefing: 'clinic-ransomware' });
  });

  it('does not answer "who" with a place', async () => {
    expect(firstCite(await ask('who is investigating the tampere clinic attack'))).toBe('3.1');
    expect(firstCite(await ask('who asked the clinic patients to phone'))).not.toBe('3.1');
  });

  it('answers "how many" with a count, not with a year or "one of"', async () => {
    expect(firstCite(await ask('whats the vote count on the harbour parking'))).toBe('2.1');
  });

  it('reads "called off" as cancelled', async () => {
    expect(firstCite(await ask('was the strike at the lakeside plant cancelled'))).toBe('6.1');
  });

  it('does not answer "when will" with a date that is past', async () => {
    expect(await ask('when will the lakeside deal be announced')).toMatchObject({ kind: 'no-answer', briefing: 'lakeside-dairy-sale' });
    expect(firstCite(await ask('when was the lakeside deal announced'))).toBe('2.1');
  });

  it('keeps a question that names no story with the story of the thread', async () => {
    const recent = { slug: 'clinic-ransomware', people: [], question: 'what happened at the tampere clinic' };
    const reply = await ask('were any records lost', { recent });
    expect(reply.kind === 'answer' || reply.kind === 'no-answer' ? reply.briefing : reply.kind).toBe('clinic-ransomware');
  });

  it('declines when no sentence carries the question’s own subject, only the story’s name', async () => {
    expect(await ask('what is the pension plan for the lakeside cheese plant staff')).toMatchObject({ kind: 'no-answer', briefing: 'lakeside-dairy-sale' });
  });
});

describe('words of a question', () => {
  it('keeps a word family together but not a compound whose head is another word', () => {
    expect(sameFamily(stemWord('hospital'), stemWord('hospitalised'))).toBe(true);
    expect(sameFamily(stemWord('shops'), stemWord('shopkeepers'))).toBe(true);
    expect(sameFamily(stemWord('ransom'), stemWord('ransomware'))).toBe(false);
    expect(sameFamily(stemWord('villa'), stemWord('village'))).toBe(false);
  });

  it('reads a synonym group’s words as typed, so "houses" counts as "homes"', () => {
    expect(termOf('houses')).toBe(termOf('homes'));
    expect(termOf('house')).toBe(termOf('home'));
  });

  it('relates words by their common senses, as the terms an article is matched on', () => {
    expect(relatedTerms('probe')).toContain(stemWord('investigate'));
    expect(relatedTerms('shut')).toContain(stemWord('close'));
    // Not a word's rare senses: "fire" is "dismiss", but "can" is not "fire".
    expect(relatedTerms('can')).not.toContain(stemWord('fire'));
    expect(relatedTerms('qwertyuiop')).toEqual([]);
  });

  it('reads the verbs of a money question as what is wanted, not what it is about', () => {
    const light = (text: string) => readQuestion(text).tokens.filter((t) => t.light).map((t) => t.word);
    expect(light("how much is lindahl's villa worth")).toEqual(['worth']);
    expect(light('how much are they paying for the plant')).toEqual(['paying']);
    expect(light('who is paying for the plant')).toEqual([]);
  });

  it('reads idioms and hedges as saying nothing of the subject: "take place", "what kind of", "supposed to"', () => {
    const focus = (text: string) => readQuestion(text).tokens.filter((t) => !isLight(t)).map((t) => t.word);
    expect(focus('where did the ceremony take place')).toEqual(['ceremony']);
    expect(focus('what kind of objects are the bronzes')).toEqual(['objects', 'bronzes']);
    expect(focus('whens the wind supposed to die down')).toEqual(['wind', 'die']);
    expect(readQuestion('whens the wind supposed to die down').type).toBe('when');
  });

  it('reads "what are the police saying" and "how did X react" as asking what was said', () => {
    expect(readQuestion('what are the police saying').type).toBe('said');
    expect(readQuestion('how did the union react to the offer').type).toBe('said');
  });
});

const SCHOOL_ROOF = `---
slug: vesterby-school-roof
headline: Vesterby school closes after storm tears off its roof
actors:
  - { name: Nordtak Builders, kind: org }
  - { name: Ingrid Solheim, kind: person, role: head teacher }
---
Vesterby primary school closed on Thursday after a storm tore part of its roof away overnight.

Nordtak Builders, a building company from the next valley, has been hired to replace the roof, head teacher Ingrid Solheim said.

Two other schools in the district lost windows in the same storm.
`;

describe('questions for an organisation by name', () => {
  const roof = libraryOf({ 'briefings/vesterby-school-roof.md': SCHOOL_ROOF });

  it('answers "which company" with the sentence naming one', async () => {
    expect(await answerQuestion('which company will replace the roof at vesterby school', await roof)).toMatchObject({ kind: 'answer', sentences: [{ cite: '2.1' }] });
  });

  it('declines "which schools" when the article counts them but names none', async () => {
    expect(await answerQuestion('which schools lost windows in the vesterby storm', await roof)).toMatchObject({ kind: 'no-answer', briefing: 'vesterby-school-roof' });
  });

  it('reads "which company", "which hospitals" as asking for a name, not "which day"', () => {
    expect(readQuestion('which company is fixing the roof').named).toBe(true);
    expect(readQuestion('which hospitals got hit').named).toBe(true);
    expect(readQuestion('which day did it close').named).toBeUndefined();
  });
});
