import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/context.ts';
import { questionFeatures } from '../../src/extract/question-features.ts';

/** The features of the first sentence of `text`, as the open-question model sees them. */
const featuresOf = (text: string, quoted = false): string[] => questionFeatures(analyse(text), 0, [], { quoted, answered: false, interview: false });

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

  it('marks waiting to see and nobody knowing, but not a plain "to be seen"', () => {
    for (const text of [
      'We will have to wait and see how the knee reacts.',
      "We'll have to see what the selectors decide.",
      'Whether the deal survives remains to be seen.',
    ]) expect(featuresOf(text), text).toContain('waitAndSee');
    expect(featuresOf('The new stand will allow more fans to be seen on television.')).not.toContain('waitAndSee');
    expect(featuresOf('Who knows whether he will play for the club again.')).toContain('nobodyKnows');
  });

  it('tells a speaker unsure of what is ahead from one unsure of what has passed', () => {
    expect(featuresOf("I don't know what I'll do next season.", true)).toContain('speakerUnsure&ahead');
    expect(featuresOf("I don't know what I was thinking out there.", true)).toContain('speakerUnsure');
    expect(featuresOf("I don't know what I was thinking out there.", true)).not.toContain('speakerUnsure&ahead');
    expect(featuresOf("I don't know what I'll do next season.", true)).toContain('quoted&doubtful&ahead');
    expect(featuresOf('It was a wonderful night for the whole club.', true)).not.toContain('quoted&doubtful');
  });

  it('marks a fitness doubt and a test or scan still to tell', () => {
    expect(featuresOf('The winger is a doubt for Saturday with a hamstring strain.')).toContain('fitness&doubt');
    expect(featuresOf('He will have a fitness test on Friday to see if he can play.')).toContain('toFindOut');
    expect(featuresOf('She will have a scan to discover the extent of the damage.')).toContain('toFindOut');
    expect(featuresOf('We went to see how the other clubs train.')).not.toContain('toFindOut');
    expect(featuresOf('He missed the final with a hamstring strain.')).not.toContain('fitness&doubt');
  });

  it('marks an athlete undecided about whether to compete as a doubt', () => {
    expect(featuresOf('The sprinter is undecided about whether to run in Madrid.')).toContain('doubt&about');
    expect(featuresOf('The sprinter decided last week to run in Madrid.')).not.toContain('doubt&about');
  });

  it('marks a decision or ruling still to come on a wh-clause', () => {
    expect(featuresOf('A tribunal will decide whether the ban should stand.')).toContain('deciding&wh');
    expect(featuresOf('A decision on whether the trial goes ahead is expected in March.')).toContain('deciding&wh');
    expect(featuresOf('The tribunal decided last week that the ban should stand.')).not.toContain('deciding&wh');
    expect(featuresOf('A ruling on the appeal is expected next month.')).toContain('ruling&later');
  });

  it('marks an inquiry kept going and a doubt that remains', () => {
    expect(featuresOf('Investigations are still going on in three countries.')).toContain('inquiry&underWay');
    expect(featuresOf('He pleaded guilty in connection with an ongoing bribery probe.')).toContain('inquiry&underWay');
    expect(featuresOf('Doubts remain over how much the firm will have to pay.')).toContain('doubt&remains');
    expect(featuresOf('There is no doubt over how much the firm will have to pay.')).not.toContain('doubt&remains');
  });

  it('reads "looking into" as an inquiry but not "looking for" or "is considered"', () => {
    expect(featuresOf('The council is looking into the complaint.')).toContain('know=inquiry');
    expect(featuresOf('The club is looking for a new striker.')).not.toContain('know=inquiry');
    expect(featuresOf('She is considered one of the finest dancers of her time.')).not.toContain('know=inquiry');
  });

  it('takes a refusal to tell as a negation, and "no doubt" as none', () => {
    expect(featuresOf('The club refused to reveal whether he is on the shortlist.')).toContain('not+disclose');
    expect(featuresOf('Shares declined to their lowest level in a year.')).not.toContain('negated');
    expect(featuresOf('There is no doubt about the result.')).not.toContain('negated');
    expect(featuresOf("The manager said he won't be able to tell us whether the striker needs surgery.")).toContain('not+say');
  });

  it('marks a withheld fact the article then states', () => {
    expect(featuresOf('The regulator found the bank did not disclose that its chairman owned the supplier.')).toContain('withheld&that');
    expect(featuresOf('The bank did not disclose how much it paid.')).not.toContain('withheld&that');
  });
  it('reads a settling verb after "yet to" as a decision still open, and a family word after "still"', () => {
    expect(featuresOf('The winger has yet to agree personal terms with the club.')).toContain('yetTo+decide');
    expect(featuresOf('The appeal is still to be heard by the tribunal.')).toContain('yetTo+decide');
    expect(featuresOf('The winger has yet to train with the squad.')).not.toContain('yetTo+decide');
    expect(featuresOf('The flanker is still awaiting confirmation of his eligibility.')).toContain('still+pending');
    expect(featuresOf('The club still faces an FA investigation into the brawl.')).toContain('still+inquiry');
    expect(featuresOf('The club faced an FA investigation into the brawl last year.').some((x) => x.startsWith('still+'))).toBe(false);
  });
});
