/**
 * Which story a free question is about when it names the story loosely: by the country its
 * places lie in, by a word its article says throughout, by a compound typed as one word.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.ts';
import { countriesIn, storyCountries } from '../../src/answer/places.ts';
import { termOf, tokenize } from '../../src/answer/words.ts';
import { compoundHead, loadSimilarWords } from '../../src/answer/related.ts';
import { makeLibrary } from '../helpers/briefings.ts';

/** Two stories alike but for the city: only the country a question names tells them apart. */
const warehouseFire = (city: string, cause: string) => `---
slug: ${city.toLowerCase()}-warehouse-fire
headline: Fire at a ${city} paper warehouse
---
A fire at a paper warehouse in ${city} burned through the night on Sunday.

Firefighters said the cause was ${cause}.
`;
const LYON_FIRE = warehouseFire('Lyon', 'an electrical fault');
const GALWAY_FIRE = warehouseFire('Galway', 'not yet known');

describe('the country a story lies in', () => {
  it('reads the country of a capitalised place name, not of a word that only spells one', () => {
    expect(countriesIn('Warehouse fire near Lyon')).toEqual(['france']);
    expect(countriesIn('Flooding in West Yorkshire and Tallinn')).toEqual(['united_kingdom', 'estonia']);
    expect(countriesIn('reading the report in a nice hotel')).toEqual([]);
  });

  it('takes a story’s places and organisations, not its people, whose names are often places too', () => {
    const actors = [
      { name: 'Helena Moreau', kind: 'person' },
      { name: 'Lyon Metro', kind: 'org' },
    ];
    expect(storyCountries({ headline: 'Drivers strike over pay', actors })).toEqual(['france']);
    expect(storyCountries({ headline: 'Drivers strike over pay', actors: actors.slice(0, 1) })).toEqual([]);
  });

  it('reads a demonym as its sovereign state, and "latin american" as Latin America', () => {
    expect(tokenize('french')[0]!.term).toBe('france');
    expect(tokenize('dutch')[0]!.term).toBe('netherlands');
    expect(tokenize('latin american')[0]!.term).toBe('latin_america');
  });

  it('reads a demonym\'s plural as its country where the plural takes an "s"', () => {
    expect(tokenize('the germans')[1]!.term).toBe('germany');
    expect(tokenize('italians')[0]!.term).toBe('italy');
    expect(tokenize('pakistanis')[0]!.term).toBe('pakistan');
    // "swiss" is its own plural: no "swisss" is made, and the word still names Switzerland.
    expect(tokenize('the swiss')[1]!.term).toBe('switzerland');
  });

  it('finds the story set in a city from the country’s demonym the article never uses', async () => {
    await loadSimilarWords();
    const lib = await makeLibrary({ 'briefings/galway-warehouse-fire.md': GALWAY_FIRE, 'briefings/lyon-warehouse-fire.md': LYON_FIRE });
    expect(await answerQuestion('what started the french fire', lib)).toMatchObject({ briefing: 'lyon-warehouse-fire' });
    expect(await answerQuestion('what started the irish fire', lib)).toMatchObject({ briefing: 'galway-warehouse-fire' });
  });
});

describe('a word the article says throughout', () => {
  const DAM = `---
slug: oakvale-evacuation
headline: Oakvale villagers moved to a school hall
---
About 200 people in Oakvale were moved to a school hall on Monday after a crack was found in the dam above the village.

Engineers said the dam was not at risk of bursting but that water would be let out slowly.

The dam was last inspected in 2019. Repairs to the dam will take a month, and the council will pay for the repairs.
`;
  const OTTERS = `---
slug: oakvale-otters
headline: Otters return to the brook at Oakvale
---
Otters have been seen on the brook at Oakvale for the first time in 40 years, close to an old dam.

Volunteers cleared the banks in the summer. The footpath is closed for repairs.
`;

  it('outweighs the same word mentioned once in another story', async () => {
    await loadSimilarWords();
    const lib = await makeLibrary({ 'briefings/oakvale-evacuation.md': DAM, 'briefings/oakvale-otters.md': OTTERS });
    expect(await answerQuestion('will the dam repairs be done by summer', lib)).toMatchObject({ briefing: 'oakvale-evacuation' });
  });
});

describe('a compound typed as one word', () => {
  it('is read by its head when neither part is unknown and the whole is not a word of its own', async () => {
    await loadSimilarWords();
    expect(compoundHead('bushfire')).toBe(termOf('fire'));
    expect(compoundHead('protest')).toBeUndefined();
    expect(compoundHead('middleman')).toBeUndefined();
  });

  it('finds the story about the head word', async () => {
    await loadSimilarWords();
    const FLOOD = GALWAY_FIRE.replace('galway-warehouse-fire', 'galway-warehouse-flood').replace('Fire at a Galway', 'Flood at a Galway').replace('A fire at', 'A flood at');
    const lib = await makeLibrary({ 'briefings/galway-warehouse-flood.md': FLOOD, 'briefings/galway-warehouse-fire.md': GALWAY_FIRE });
    expect(await answerQuestion('is the bushfire over', lib)).toMatchObject({ briefing: 'galway-warehouse-fire' });
  });
});

describe('a rare word the article says once', () => {
  const STRIKE = `---
slug: skyra-crew-strike
headline: Cabin crew at Skyra walk out for three days over pay
---
Cabin crew at the airline Skyra began a three-day walkout on Friday, grounding 180 flights at the start of the busiest weekend of the summer.

The union wants a pay rise of 8% over two years. The airline has offered 3%.
`;
  const PLANT = `---
slug: toledo-plant-closure
headline: Car-parts maker to close its Toledo plant
---
A German car-parts maker will close its plant in Toledo, Spain, next year, putting 600 people out of work.

The company said work at the Spanish plant would move to Poland. Spain's industry minister said she would meet the company.

Staff at the plant stopped work for an hour on Thursday in protest, and the Spanish unions said more stoppages would follow.
`;

  it('still names its story when another says the question’s commoner words throughout', async () => {
    await loadSimilarWords();
    const lib = await makeLibrary({ 'briefings/skyra-crew-strike.md': STRIKE, 'briefings/toledo-plant-closure.md': PLANT });
    expect(await answerQuestion('are the spanish stewards off work this weekend', lib)).toMatchObject({ briefing: 'skyra-crew-strike' });
  });
});
