import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/context.ts';
import { questionFeatures } from '../../src/extract/question-features.ts';

/** The features of the first sentence of `text`, as the open-question model sees them. */
const featuresOf = (text: string): string[] => questionFeatures(analyse(text), 0, [], { quoted: false, answered: false, interview: false });

describe('open-question features from word families', () => {
  it('marks an inquiry under way and what it is into, whatever the verb', () => {
    for (const text of [
      'Fire officers are investigating a possible link between the two blazes.',
      'The regulator is also examining allegations that the fund misled savers.',
      'The ministry is still reviewing whether the contract was lawful.',
    ]) {
      const f = featuresOf(text);
      expect(f, text).toContain('inquiry&underWay');
      expect(f, text).toContain('inquiry&object');
    }
  });

  it('does not mark an inquiry that is over', () => {
    expect(featuresOf('An inquiry last year cleared the hospital of any blame.')).not.toContain('inquiry&underWay');
  });

  it('marks "either … or …", a negation with "yet" and a doubt about a wh-clause', () => {
    expect(featuresOf('Either the mayor or her deputy will chair the hearing.')).toContain('eitherOr');
    expect(featuresOf('No second sample has been tested yet.')).toContain('negated&yet');
    expect(featuresOf('The coach was puzzled as to why the goal was ruled out.')).toContain('doubt&about');
    expect(featuresOf('The coach said the goal was ruled out for offside.')).not.toContain('doubt&about');
  });

  it('marks a player said to be a doubt, but not "no doubt"', () => {
    expect(featuresOf('The captain is a doubt for the final with a calf strain.')).toContain('doubt&about');
    expect(featuresOf('Her place in the squad was put in doubt by the injury.')).toContain('doubt&about');
    expect(featuresOf('There is no doubt about her place in the squad.')).not.toContain('doubt&about');
  });

  it('marks a disclosure or decision put off to later, and "no decision"', () => {
    expect(featuresOf('The club will announce the new manager next week.')).toContain('later+disclose');
    expect(featuresOf('The board has made no decision on the bid.')).toContain('no+decide');
    expect(featuresOf('The club announced the new manager on Monday.')).not.toContain('later+disclose');
  });
});
