import { describe, expect, it } from 'vitest';
import { makeLibrary } from '../helpers/briefings.ts';

const library = makeLibrary();

describe('finding a briefing', () => {
  it.each([
    ['harbour-strike', 'slug'],
    ['strike', 'alias'],
    ['Dock Strike', 'alias in another case'],
    ['harbour strike', 'slug words'],
    ['wage talks collapse', 'headline words'],
    ['Port Aldermoor', 'headline words with a name'],
    ['dockworkers aldermor', 'a small typo'],
  ])('finds the strike by %s (%s)', (topic) => {
    expect(library.findBriefing(topic)?.slug).toBe('harbour-strike');
  });

  it('finds a briefing with only a headline and a body by words from its headline', () => {
    expect(library.findBriefing('cracked girders')?.slug).toBe('old-mill-bridge');
    expect(library.findBriefing('old mill bridge')?.slug).toBe('old-mill-bridge');
  });

  it('finds nothing for an unknown topic and suggests near names', () => {
    expect(library.findBriefing('volcano')).toBeUndefined();
    expect(library.suggestBriefings('strik').map((b) => b.slug)).toContain('harbour-strike');
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
  ])('finds the union leader as %s', (name) => {
    expect(library.findActor(name)?.identity.name).toBe('Søren Kjærgaard');
  });

  it('finds an actor by role when asked for "the economist"', () => {
    expect(library.findActor('the economist')?.identity.name).toBe('Marta Oyelaran');
  });

  it('finds an organisation by alias', () => {
    expect(library.findActor('the port authority')?.identity.name).toBe('Port Aldermoor Authority');
  });

  it('does not guess an unknown name, but suggests the nearest', () => {
    expect(library.findActor('Jane Doe')).toBeUndefined();
    expect(library.findActor('Marta Smith')).toBeUndefined();
    expect(library.suggestActors('Marta Smith')).toContain('Marta Oyelaran');
  });
});
