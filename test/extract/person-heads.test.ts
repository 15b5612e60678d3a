/**
 * A name that modifies a noun after it ("the Ben Vale comedy", "in Ann Vale's first government"):
 * the determiner or preposition before it belongs to that noun, so it is not counted as the
 * name's, and a noun of a work after it is a sign of its own (the work's maker or star).
 */
import { describe, expect, it } from 'vitest';
import { featuresOf } from './person-trace.ts';

describe('a name before the noun it modifies', () => {
  it('marks a name before a noun of a work, and leaves its determiner and "sequel to" to the work', () => {
    const f = featuresOf('Takings rose for the Dorian Fletch comedy over the holiday weekend, the studio said.', 'Dorian Fletch');
    expect(f).toContain('workHead:all');
    expect(f.some((x) => x.startsWith('det:'))).toBe(false);
    const g = featuresOf('The film is the sequel to Dorian Fletch comedy Late Harvest, released in 2002.', 'Dorian Fletch');
    expect(g).toContain('workHead:all');
    expect(g.some((x) => x.startsWith('workCue:'))).toBe(false);
  });

  it('still counts the determiner of a name used on its own, and marks no work head', () => {
    const f = featuresOf('Shares in the Harwell Stanton fell after the Harwell Stanton said profits were down.', 'Harwell Stanton');
    expect(f).toContain('det:all');
    expect(f.some((x) => x.startsWith('workHead:'))).toBe(false);
  });

  it('leaves a preposition before a possessive name to the noun the name owns', () => {
    const f = featuresOf('In Marcus Okonjo\'s first government the port was sold to a private buyer.', 'Marcus Okonjo');
    expect(f).toContain('possessive:all');
    expect(f.some((x) => x.startsWith('placePrep:') || x.startsWith('atIn'))).toBe(false);
    const g = featuresOf('Analysts at Marcus Okonjo said the port would be sold to a private buyer.', 'Marcus Okonjo');
    expect(g).toContain('placePrep:all');
    expect(g).toContain('atIn&w>1');
  });

  it('does not read "that" opening a clause as a determiner of the name', () => {
    const f = featuresOf('The club has played down reports that Tomas Verhoek will return before the final.', 'Tomas Verhoek');
    expect(f.some((x) => x.startsWith('det:'))).toBe(false);
    expect(featuresOf('Shares in the Harwell Stanton fell.', 'Harwell Stanton')).toContain('det:all');
  });

  it("counts a cue of a person at a full name's lone surname for the full name", () => {
    const f = featuresOf('Tomas Verhoek joined in March. "We are ready," Verhoek said on Friday.', 'Tomas Verhoek');
    expect(f).toContain('aloneAsPerson');
    const g = featuresOf('Harwell Stanton opened in March. Stanton posted profits of £4m on Friday.', 'Harwell Stanton');
    expect(g).not.toContain('aloneAsPerson');
  });
});
