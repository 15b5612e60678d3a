/**
 * Free questions answered from the article: the right sentences quoted with their citations,
 * what the article says is unknown, and a plain "does not say" — never text from outside it.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.ts';
import { readQuestion } from '../../src/answer/question.ts';
import { rankStories } from '../../src/answer/story-rank.ts';
import { loadSimilarWords } from '../../src/answer/related.ts';
import type { Reply } from '../../src/answer/reply.ts';
import type { Library } from '../../src/briefing/library.ts';
import { FERRY_FIRE, makeLibrary } from '../helpers/briefings.ts';

const library = await makeLibrary({ 'briefings/ferry-fire.md': FERRY_FIRE });

/** Every quoted sentence is, word for word, the article sentence it cites. */
async function expectQuotedFromArticle(reply: Reply, lib: Library = library): Promise<void> {
  if (reply.kind !== 'answer' && reply.kind !== 'no-answer') return;
  const briefing = (await lib.briefing(reply.briefing))!;
  for (const quoted of reply.kind === 'answer' ? reply.sentences : reply.nearby) {
    expect(briefing.sentences.find((s) => s.id === quoted.cite)?.text).toBe(quoted.text);
  }
}

async function ask(text: string, options: Parameters<typeof answerQuestion>[2] = {}): Promise<Reply> {
  const reply = await answerQuestion(text, library, options);
  await expectQuotedFromArticle(reply);
  return reply;
}

const firstCite = (reply: Reply) => (reply.kind === 'answer' ? reply.sentences[0]?.cite : undefined);

describe('free questions', () => {
  it('answers why with the sentence that gives the cause, cited', async () => {
    const reply = await ask('why did the ferry catch fire?');
    expect(reply).toMatchObject({ kind: 'answer', briefing: 'ferry-fire' });
    expect(firstCite(reply)).toBe('4.1');
  });

  it('answers how many with the sentence that has the number', async () => {
    expect(firstCite(await ask('how many passengers were on the ferry'))).toBe('1.1');
  });

  it('answers chat-style questions with typos and no question mark', async () => {
    expect(firstCite(await ask('wat did the ferry ceo say abt the hotels'))).toBe('3.2');
    expect(firstCite(await ask('any1 hurt in the ferry fire'))).toBe('2.2');
  });

  it('says what the article says is not known, with the open question and its sentence', async () => {
    const reply = await ask('when will the ferry sail again?');
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    expect(reply.unknown?.text).toBe('When will the Nordlys Star sail again?');
    expect(reply.sentences.map((s) => s.cite)).toEqual(['5.1']);
  });

  it('says plainly when the article does not answer, and offers what it says nearby', async () => {
    const reply = await ask('how much did the ferry rescue cost?');
    expect(reply).toMatchObject({ kind: 'no-answer', briefing: 'ferry-fire', asks: 'how much' });
    if (reply.kind !== 'no-answer') return;
    expect(reply.nearby.length).toBeGreaterThan(0);
    expect(reply.nearby.length).toBeLessThanOrEqual(2);
  });

  it('declines a when-question on an article that gives no date for it', async () => {
    expect((await ask('when did the dockworkers strike end')).kind).toBe('no-answer');
  });

  it('declines what the article never mentions rather than quoting a sentence that shares a word', async () => {
    const reply = await ask('what is the ferry captain salary');
    expect(reply.kind).toBe('no-answer');
  });

  it('finds the story from an actor when the headline words are absent', async () => {
    expect(await ask('what did kjaergaard say about the offer')).toMatchObject({ kind: 'answer', briefing: 'harbour-strike' });
  });

  it('says no briefing matches a question about a story it does not hold', async () => {
    const reply = await ask('why did the volcano erupt');
    expect(reply.kind).toBe('not-found');
  });

  it('quotes at most three sentences, best first', async () => {
    const reply = await ask('what happened to the ferry passengers');
    if (reply.kind === 'answer') expect(reply.sentences.length).toBeLessThanOrEqual(3);
  });

  it('takes the story named before a colon', async () => {
    expect(firstCite(await ask('ferry fire: was anyone hurt?'))).toBe('2.2');
  });

  it('asks for a name when "she" has nobody to stand for', async () => {
    const reply = await ask('what did she say?');
    expect(reply.kind).toBe('error');
    if (reply.kind === 'error') expect(reply.message).toMatch(/ask with their name/);
  });

  it('reads "she" after an exchange that named no one as the first person its story names', async () => {
    const recent = { slug: 'ferry-fire', people: [], question: 'brief me on the ferry fire' };
    expect(firstCite(await ask('and what did she say?', { recent }))).toBe('3.3');
    const noPerson = await makeLibrary({ 'briefings/rail-strike.md': '---\nheadline: Rail workers strike over pay\n---\nRail workers walked out on Friday over pay.\n' });
    const reply = await answerQuestion('what did she say?', noPerson, { recent: { slug: 'rail-strike', people: [] } });
    expect(reply.kind).toBe('error');
  });

  it('follows up on the people and the story of the previous exchange', async () => {
    const recent = { slug: 'ferry-fire', people: ['Maren Lindgren'], question: 'who runs the ferry company' };
    expect(firstCite(await ask('and what did she say?', { recent }))).toBe('3.3');
    expect(await ask('who is she?', { recent })).toMatchObject({ kind: 'actor', name: 'Maren Lindgren' });
    expect(await ask('any injuries?', { recent })).toMatchObject({ kind: 'answer', briefing: 'ferry-fire' });
  });

  it('prefers a followed story when the words fit several', async () => {
    const twoStrikes = await makeLibrary({
      'briefings/ferry-fire.md': FERRY_FIRE,
      'briefings/rail-strike.md': '---\nheadline: Rail workers strike over pay\n---\nRail workers walked out on Friday over pay.\n\nThe union said the strike would last two days.\n',
    });
    const reply = await answerQuestion('how long will the strike last', twoStrikes, { followed: ['rail-strike'] });
    expect(reply).toMatchObject({ kind: 'answer', briefing: 'rail-strike' });
    await expectQuotedFromArticle(reply, twoStrikes);
  });
});

/** A short article of this test's own, for the chat spellings people use. */
const TRAM_BRIBES = `---
slug: tram-bribes
headline: Former transport director jailed over tram contract bribes
actors:
  - { name: Oskar Lindahl, kind: person, role: former transport director }
  - { name: Hanne Ruud, kind: person }
---
A court on Monday sentenced the city's former transport director, Oskar Lindahl, to five years for taking bribes in return for tram contracts.

Judges found that Lindahl accepted 240,000 euros from a signalling firm, Nordsignal, between 2019 and 2022.

"The verdict is wrong and we will appeal," said the firm's chief operating officer, Hanne Ruud.

The court also ordered the seizure of a villa near the coast.
`;
const VILLAGE_FLOOD = `---
slug: village-flood
headline: Floodwater cuts off a village in the valley
---
About 200 residents of a valley village were cut off by floodwater on Sunday.

The regional government said the road would reopen within a week.
`;

describe('free questions as people type them', () => {
  const chatLibrary = makeLibrary({ 'briefings/tram-bribes.md': TRAM_BRIBES, 'briefings/village-flood.md': VILLAGE_FLOOD });
  const askChat = async (text: string) => {
    const chat = await chatLibrary;
    const reply = await answerQuestion(text, chat);
    await expectQuotedFromArticle(reply, chat);
    return reply;
  };

  it('reads "coo", "cfo" and the like as the chief officer the article names in full', async () => {
    expect(await askChat('what did the coo say about the tram verdict')).toMatchObject({ kind: 'answer', briefing: 'tram-bribes', sentences: [{ cite: '3.1' }] });
  });

  it('reads "whats the name of …" as asking for the name, not for the word "name"', async () => {
    expect(firstCite(await askChat('whats the name of the firm'))).toBe('2.1');
  });

  it('answers "how much" about bribes with the sentence that has the sum', async () => {
    expect(firstCite(await askChat('how much did lindahl take in bribes'))).toBe('2.1');
  });

  it('ignores chat spellings of small words ("thru") rather than counting them as what the article lacks', async () => {
    expect(firstCite(await askChat('how much money went thru lindahl'))).toBe('2.1');
  });

  it('lets a name the question has count for more than a word that only starts a headline word ("villa", "village")', async () => {
    const ranked = await rankStories(await chatLibrary, readQuestion("how much is lindahl's villa worth").tokens, 3);
    expect(ranked[0]?.slug).toBe('tram-bribes');
    expect(await askChat("how much is lindahl's villa worth")).toMatchObject({ kind: 'no-answer', briefing: 'tram-bribes' });
  });
});

describe('what the article says is not known', () => {
  const CLUB = `---
slug: harbour-town-manager
headline: Harbour Town sack manager after relegation
actors:
  - { name: Ewan Baird, kind: person, role: manager }
questions:
  - text: Baird has not commented on his departure.
---
Harbour Town sacked manager Ewan Baird on Sunday after the club were relegated.

Baird, 51, joined the club in 2023.

Baird has not commented on his departure.
`;
  const clubLibrary = makeLibrary({ 'briefings/harbour-town-manager.md': CLUB });

  it('speaks for a question only when it shares the question’s subject, not just its person', async () => {
    const recent = { slug: 'harbour-town-manager', people: ['Ewan Baird'], question: 'why was baird sacked' };
    const club = await clubLibrary;
    const age = await answerQuestion('how old is he', club, { recent });
    expect(age).toMatchObject({ kind: 'answer', sentences: [{ cite: '2.1' }] });
    expect(age).not.toHaveProperty('unknown');
    expect(await answerQuestion('has baird commented on his departure', club)).toMatchObject({ kind: 'answer', unknown: { text: 'Baird has not commented on his departure.' } });
  });
});

describe('a thread keeps its story', () => {
  const QUARRY = `---
slug: quarry-blast
headline: Quarry blast shakes homes in hill town
---
Residents of Ardmore were told to stay indoors on Friday after an explosion at the Carrick quarry sent dust over the town.

Fire crews said nobody was hurt.

The quarry's owner, Carrick Stone, said residents could return to the riverside park on Monday once the dust had been cleared.
`;
  const PARKING = `---
slug: residents-parking
headline: Residents lose free parking permits in Dunmore
---
Dunmore council voted on Tuesday to charge 60 pounds a year for parking permits that had been free since 1998.

Councillors said the money would pay for new bus shelters.
`;
  const towns = makeLibrary({ 'briefings/quarry-blast.md': QUARRY, 'briefings/residents-parking.md': PARKING });

  it('stays with the story under discussion when another headline shares only a word its article uses too', async () => {
    const lib = await towns;
    const recent = { slug: 'quarry-blast', people: [], question: 'what happened at the quarry' };
    const reply = await answerQuestion('when can the residents go back to the park', lib, { recent });
    expect(reply).toMatchObject({ kind: 'answer', briefing: 'quarry-blast', sentences: [{ cite: '3.1' }] });
    await expectQuotedFromArticle(reply, lib);
  });

  it('moves to another story when the question names it by words the story under discussion does not use', async () => {
    const lib = await towns;
    const recent = { slug: 'quarry-blast', people: [], question: 'what happened at the quarry' };
    expect(await answerQuestion('how much are the dunmore parking permits', lib, { recent })).toMatchObject({ kind: 'answer', briefing: 'residents-parking' });
  });

  const RAIN = `---
slug: market-flood
headline: Heavy rain floods Dunmore market
---
Stalls at the Dunmore market were flooded on Saturday after a night of rain.

Traders said their losses ran to thousands of pounds.
`;
  const wetTowns = makeLibrary({ 'briefings/quarry-blast.md': QUARRY, 'briefings/market-flood.md': RAIN });

  it('stays with the story under discussion when another headline shares one common word with the question, not a name', async () => {
    const lib = await wetTowns;
    const recent = { slug: 'quarry-blast', people: [], question: 'what happened at the quarry' };
    expect(await answerQuestion('how heavy were the trucks', lib, { recent })).toMatchObject({ briefing: 'quarry-blast' });
    // A name of the other story's headline still moves the question there.
    expect(await answerQuestion('how heavy was the rain in dunmore', lib, { recent })).toMatchObject({ briefing: 'market-flood' });
  });
});

describe('choosing a story its headline does not name', () => {
  const CAR_BAN = `---
slug: mechelen-traffic-plan
headline: Council votes for traffic plan in its medieval centre
---
Councillors in the Belgian town of Mechelen voted on Tuesday to keep private cars out of the medieval centre from next spring.

Delivery vans will be allowed in before 10am, and residents may still drive to their homes.
`;
  const CITY_TOUR = `---
slug: city-tour-buses
headline: Tour buses return to the old town of Kelso
---
Open-top buses will run every half hour from May, the operator said.

Tickets will cost 12 pounds for adults.
`;
  const towns = makeLibrary({ 'briefings/mechelen-traffic-plan.md': CAR_BAN, 'briefings/city-tour-buses.md': CITY_TOUR });

  it('counts the question words the article uses, and their relatives, as well as the headline', async () => {
    const lib = await towns;
    const reply = await answerQuestion('is that belgian place really kicking motorists out of the old town', lib);
    expect(reply).toMatchObject({ briefing: 'mechelen-traffic-plan' });
    await expectQuotedFromArticle(reply, lib);
  });

  it('names a story by a relative of a question word its headline lacks, at less than the word itself', async () => {
    await loadSimilarWords();
    const lib = await makeLibrary({ 'briefings/arden-car-ban.md': CAR_BAN.replace('Council votes for traffic plan', 'Arden bans cars').replace('mechelen-traffic-plan', 'arden-car-ban'), 'briefings/arden-bakery.md': '---\nslug: arden-bakery\nheadline: Arden bakery closes after a flood\n---\nThe bakery on the high street closed on Monday.\n' });
    const score = (ranked: Array<{ slug: string; score: number }>, slug: string) => ranked.find((r) => r.slug === slug)?.score ?? 0;
    const tokens = readQuestion('are the arden motorists angry').tokens;
    const withRelatives = await rankStories(lib, tokens, 5, { relatives: true });
    expect(score(withRelatives, 'arden-car-ban')).toBeGreaterThan(score(withRelatives, 'arden-bakery'));
    const plain = await rankStories(lib, tokens, 5);
    expect(score(plain, 'arden-car-ban')).toBe(score(plain, 'arden-bakery'));
    expect(score(withRelatives, 'arden-car-ban')).toBeLessThan(score(await rankStories(lib, readQuestion('are the arden car owners angry').tokens, 5), 'arden-car-ban'));
  });
});
