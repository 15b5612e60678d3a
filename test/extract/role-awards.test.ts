/**
 * Award categories without "best" (role-awards.ts): "X was nominated for sound editing", "X is up
 * for costume design", each with a near miss. Every snippet is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { candidates } from './role-trace.ts';

const awards = (body: string, name: string): string[] => candidates(body, name).filter((c) => c.startsWith('award'));

describe('a category in lower case after "nominated for" or "up for"', () => {
  it('gives the category with "nominee"', () => {
    expect(awards('Tamsin Roe was nominated for sound editing at the ceremony in Leeds.', 'Tamsin Roe'))
      .toContain('award: sound editing nominee');
    expect(awards('Set designer Hugo Marsh, who worked on three of the films, is up for production design.', 'Hugo Marsh'))
      .toContain('award: production design nominee');
  });

  it('not a role, a film in capitals, nor "up for" without a nomination', () => {
    expect(awards('Tamsin Roe was nominated for her role in the thriller.', 'Tamsin Roe')).toEqual([]);
    expect(awards('Tamsin Roe was nominated for Harbour Lights last year.', 'Tamsin Roe')).toEqual([]);
    expect(awards('Hugo Marsh picked up for the team in the second half.', 'Hugo Marsh')).toEqual([]);
  });
});

describe('those beaten to a "best" category', () => {
  it('are its nominees', () => {
    const body = 'Nia Vance took best actress at the gala, beating rivals including Petra Lund, Ola Berg and Mina Sato.';
    expect(awards(body, 'Ola Berg')).toContain('award: best actress nominee');
    expect(awards(body, 'Mina Sato')).toContain('award: best actress nominee');
    expect(awards('Tom Reyes beat writers including Ian Clegg and Dev Shah to the prize for best screenplay.', 'Dev Shah'))
      .toContain('award: best screenplay nominee');
  });

  it('not when no category is named, nor a list with no beating', () => {
    expect(awards('Harrow beat sides including Dan Ford and Ian Clegg in the last round.', 'Ian Clegg')).toEqual([]);
    expect(awards('Nia Vance took best actress, thanking friends including Petra Lund and Ola Berg.', 'Ola Berg')).toEqual([]);
  });
});
