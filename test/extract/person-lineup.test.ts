/**
 * Line-ups: a bare surname in a colon list that a team sheet's word opens ("Subs not used:",
 * "Scorers:", "Booked:") is a player's, however the surname ends; a colon list opened by anything
 * else is not marked, and a name outside any list is not marked either.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { featuresOf } from './person-trace.ts';

const MATCH = [
  'Northfield Rovers beat Easton Athletic 2-1 on Saturday to go top of the league.',
  'Dembrey scored twice after the break before Halloran pulled one back late on.',
  'Northfield Rovers: Kasprzak, Ollerenshaw, Dembrey, Ferreira, Lindqvist, Mabaso.',
  'Subs not used: Tuckwell, Ravensworth.',
  'Booked: Ollerenshaw.',
].join('\n\n');

describe('a surname in a line-up', () => {
  it('marks a lone word in a colon list opened by a team sheet word', () => {
    const f = featuresOf(MATCH, 'Ravensworth');
    expect(f).toContain('lineupCue');
    expect(f).toContain('colonList');
    expect(f).toContain('lineup&w=1');
  });

  it('reads the bare surnames of the substitutes as people', () => {
    const { actors } = extractArticle(MATCH);
    const kind = (name: string): string | undefined => actors.find((a) => a.name === name || a.aliases.includes(name))?.kind;
    expect(kind('Tuckwell')).toBe('person');
    expect(kind('Ravensworth')).toBe('person');
  });

  it('does not mark a colon list that no team sheet word opens, nor a name outside a list', () => {
    const body = 'The council named three bidders for the depot contract: Ravensworth, Tuckwell and Pellow.\n\nRavensworth has run the town\'s buses since 1998.';
    const f = featuresOf(body, 'Ravensworth');
    expect(f).toContain('colonList');
    expect(f).not.toContain('lineupCue');
    const g = featuresOf('Dembrey scored twice after the break for Northfield Rovers on Saturday.', 'Dembrey');
    expect(g).not.toContain('lineupCue');
    expect(g).not.toContain('lineup&w=1');
  });
});
