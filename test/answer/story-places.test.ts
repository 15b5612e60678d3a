/**
 * Which story a question names by where it happened: the country its first paragraph places it in,
 * and the region its country lies in ("the baltic start-up", "the nordic ferry").
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.ts';
import { openingCountries } from '../../src/answer/places.ts';
import { regionCountries } from '../../src/answer/regions.ts';
import { loadSimilarWords } from '../../src/answer/related.ts';
import { termOf } from '../../src/answer/words.ts';
import { makeLibrary } from '../helpers/briefings.ts';

const SLIPWAY = `---
slug: aldeia-slipway-collapse
headline: Fishing boats stranded after slipway collapses
---
Fishing boats in Aldeia do Mar, a village on Portugal's northern coast, were stranded on Tuesday after the harbour slipway collapsed in a storm.

The harbour master said repairs would take six weeks. Boats are landing their catch at a beach in the meantime.
`;
const QUAY = `---
slug: porthcarrow-quay-collapse
headline: Harbour quay collapses in storm
---
A stretch of the harbour quay at Porthcarrow collapsed in a storm on Monday, and boats were sent to other harbours.

The harbour master said repairs would take two months. The quay was rebuilt with steel from a Portuguese supplier in 2015.
`;

describe('the country a story’s first paragraph places it in', () => {
  it('is read from its places and from countries named or called by their demonym, not from other joined phrases', () => {
    expect(openingCountries('A Portuguese shipyard laid off 40 welders in Tartu on Monday.').sort()).toEqual(['estonia', 'portugal']);
    expect(openingCountries('The match was called off after the pitch flooded.')).toEqual([]);
  });

  it('counts as where the story lies, though the article names it only once', async () => {
    await loadSimilarWords();
    const lib = await makeLibrary({ 'briefings/aldeia-slipway-collapse.md': SLIPWAY, 'briefings/porthcarrow-quay-collapse.md': QUAY });
    expect(await answerQuestion('how long will the repairs at the portuguese harbour take', lib)).toMatchObject({ briefing: 'aldeia-slipway-collapse' });
  });
});

const layoffs = (slug: string, city: string) => `---
slug: ${slug}
headline: Payments start-up cuts a fifth of its staff
---
A payments start-up based in ${city} said on Monday it would cut 60 jobs, a fifth of its staff, after a funding round fell through.

The chief executive said the company would now focus on its largest customers.
`;

describe('a region’s word', () => {
  it('stands for the countries of its region, continent or named group', () => {
    expect(regionCountries(termOf('baltic'))).toEqual(new Set(['estonia', 'latvia', 'lithuania']));
    expect(regionCountries(termOf('nordic'))?.has('finland')).toBe(true);
    expect(regionCountries(termOf('scottish'))).toEqual(new Set(['united_kingdom']));
    expect(regionCountries(termOf('african'))?.has('nigeria')).toBe(true);
    expect(regionCountries(termOf('african'))?.has('france')).toBe(false);
    expect(regionCountries(termOf('harbour'))).toBeUndefined();
  });

  it('finds the story set in one of its countries', async () => {
    await loadSimilarWords();
    const lib = await makeLibrary({ 'briefings/tartu-payments-layoffs.md': layoffs('tartu-payments-layoffs', 'Tartu'), 'briefings/lyon-payments-layoffs.md': layoffs('lyon-payments-layoffs', 'Lyon') });
    expect(await answerQuestion('why is the baltic start-up cutting jobs', lib)).toMatchObject({ briefing: 'tartu-payments-layoffs' });
  });
});
