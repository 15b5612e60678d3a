import { describe, expect, it } from 'vitest';
import { describeMatch, FeedMatcher } from '../../src/feeds/matcher.ts';
import { storyBriefings } from '../helpers/feed-docs.ts';

const matcher = new FeedMatcher(storyBriefings());
const slugs = (title: string, text = '') => matcher.match({ title, text }).map((m) => m.slug);

describe('FeedMatcher', () => {
  it('matches an item about the story and says why', () => {
    const [match] = matcher.match({
      title: 'Okafor says Harbour Bridge repairs will take at least four months',
      text: 'Mayor Ines Okafor told councillors the cracked main span needs new bearings. Tomasz Brandt, who led the inspection, agreed.',
    });
    expect(match).toMatchObject({ slug: 'harbour-bridge-closure', mentions: ['Ines Okafor', 'Tomasz Brandt'] });
    expect(match!.terms).toEqual(expect.arrayContaining(['Bridge', 'repairs']));
    expect(describeMatch(match!)).toMatch(/^mentions Ines Okafor and Tomasz Brandt and shares “/);
  });

  it('says which open question an item may answer', () => {
    const [match] = matcher.match({ title: 'Province will pay for Harbour Bridge repairs, Okafor says', text: 'The mayor said the province agreed to cover the cost.' });
    expect(match!.mayAnswer).toEqual(['Who will pay for the repairs?']);
    const [other] = matcher.match({ title: 'Harbour Bridge to reopen in June, Mayor Okafor announces', text: '' });
    expect(other!.mayAnswer).toEqual(['When will the Harbour Bridge reopen?']);
  });

  it('does not match an item that shares one name but is another story', () => {
    expect(slugs('Ines Okafor wins the city chess championship', 'The mayor beat forty rivals in a weekend tournament at the library.')).toEqual([]);
    expect(slugs('Arandel Mining reports record copper output', 'The company said its northern copper mine ran at full capacity.')).toEqual([]);
  });

  it('does not take a namesake for the actor', () => {
    // "Brandt" alone would be the engineer; "Willy Brandt" is someone else.
    expect(slugs('Historians revisit Willy Brandt and the bridge to the East', 'A new book on the chancellor’s bridge-building and the cracks in his coalition.')).toEqual([]);
  });

  it('matches nothing for an unrelated item', () => {
    expect(slugs('Storm warning issued for the northern coast', 'Forecasters expect gusts of 120 km/h overnight.')).toEqual([]);
  });

  it('matches a second story by its own actors and subject', () => {
    const [match] = matcher.match({ title: 'Governor Quispe meets Huanca as lithium road blockade enters third week', text: '' });
    expect(match).toMatchObject({ slug: 'lithium-concession-dispute', mentions: ['Rafael Quispe', 'Marta Huanca'] });
  });

  it('is accent- and case-insensitive on names', () => {
    expect(slugs('INES OKAFOR AND TOMASZ BRANDT CLASH OVER BRIDGE CRACKS')).toEqual(['harbour-bridge-closure']);
  });

  it('knows nothing when there are no briefings', () => {
    expect(new FeedMatcher([]).match({ title: 'Okafor and Brandt on the bridge' })).toEqual([]);
  });
});
