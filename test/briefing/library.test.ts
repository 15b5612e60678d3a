import { describe, expect, it } from 'vitest';
import { makeLibrary } from '../helpers/briefings.ts';

const library = await makeLibrary();

describe('finding a briefing', () => {
  it.each([
    ['harbour-strike', 'slug'],
    ['strike', 'alias'],
    ['Dock Strike', 'alias in another case'],
    ['harbour strike', 'slug words'],
    ['wage talks collapse', 'headline words'],
    ['Port Aldermoor', 'headline words with a name'],
    ['dockworkers aldermor', 'a small typo'],
  ])('finds the strike by %s (%s)', async (topic) => {
    expect((await library.findBriefing(topic))?.slug).toBe('harbour-strike');
  });

  it('finds a briefing with only a headline and a body by words from its headline', async () => {
    expect((await library.findBriefing('cracked girders'))?.slug).toBe('old-mill-bridge');
    expect((await library.findBriefing('old mill bridge'))?.slug).toBe('old-mill-bridge');
  });

  it('finds nothing for an unknown topic and suggests near names', async () => {
    expect(await library.findBriefing('volcano')).toBeUndefined();
    expect((await library.suggestBriefings('strik')).map((b) => b.slug)).toContain('harbour-strike');
  });
});

describe('finding an actor', () => {
  it.each([
    'Søren Kjærgaard',
    'soren kjaergaard',
    'SØREN KJÆRGAARD',
    'Kjærgaard',
    'kjaergaard',
    'Soren Kjaergard',
    'Mr Kjaergaard',
  ])('finds the union leader as %s', async (name) => {
    expect((await library.findActor(name))?.identity.name).toBe('Søren Kjærgaard');
  });

  it('finds an actor by role when asked for "the economist"', async () => {
    expect((await library.findActor('the economist'))?.identity.name).toBe('Marta Oyelaran');
  });

  it('finds an organisation by alias', async () => {
    expect((await library.findActor('the port authority'))?.identity.name).toBe('Port Aldermoor Authority');
  });

  it("lists each briefing an actor appears in with that actor's quotes only", async () => {
    const union = (await library.findActor('Kjaergaard'))!.identity.appearances;
    expect(union.map((a) => [a.briefing.slug, a.briefing.headline.length > 0, a.actor.name])).toEqual([['harbour-strike', true, 'Søren Kjærgaard']]);
    expect(union[0]!.briefing.quotes.map((q) => q.speaker)).toEqual(['Søren Kjærgaard']);
    // The same briefing, through another actor: its quote is not hers.
    const economist = (await library.findActor('Marta Oyelaran'))!.identity.appearances;
    expect(economist.map((a) => a.briefing.slug)).toEqual(['harbour-strike']);
    expect(economist[0]!.briefing.quotes).toEqual([]);
  });

  it('does not guess an unknown name, but suggests the nearest', async () => {
    expect(await library.findActor('Jane Doe')).toBeUndefined();
    expect(await library.findActor('Marta Smith')).toBeUndefined();
    expect(await library.suggestActors('Marta Smith')).toContain('Marta Oyelaran');
  });
});

describe('reading every outline', () => {
  it('lets the event loop run between pages, so a pass over a large archive does not hold back other work', async () => {
    const total = (await library.list(1000)).length;
    expect(total).toBeGreaterThan(1);
    let ranDuring = -1;
    const seen: string[] = [];
    setImmediate(() => (ranDuring = seen.length));
    for await (const outline of library.everyOutline(1)) seen.push(outline.slug);
    expect(seen).toEqual((await library.list(1000)).map((b) => b.slug));
    // The callback ran after the first page and before the last, not once the pass had ended.
    expect(ranDuring).toBeGreaterThan(0);
    expect(ranDuring).toBeLessThan(total);
  });
});
