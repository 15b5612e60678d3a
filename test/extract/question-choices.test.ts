import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/context.ts';
import { questionFeatures } from '../../src/extract/question-features.ts';

/** The features of the first sentence of `text`, as the open-question model sees them. */
const featuresOf = (text: string, quoted = false): string[] => questionFeatures(analyse(text), 0, [], { quoted, answered: false, interview: false });

describe('open-question features: choices and deals left open', () => {
  it('marks a choice weighed now, and pools it when what is weighed is a wh-clause', () => {
    expect(featuresOf('The hospital trust is weighing a merger with its neighbour.')).toContain('weighing');
    expect(featuresOf('The county is still considering building a second bridge.')).toContain('weighing');
    const wh = featuresOf('The league is considering whether to replay the match.');
    expect(wh).toContain('weighing&wh');
    expect(wh).toContain('openKind');
    expect(featuresOf('The league weighed the evidence and ordered a replay.')).not.toContain('weighing');
    expect(featuresOf('The scheme is under consideration by the county.')).toContain('weighing');
  });

  it('pools a choice weighed now as open, passive or not, and sets apart one weighed in a stated past', () => {
    expect(featuresOf('The hospital trust is weighing a merger with its neighbour.')).toContain('openKind');
    expect(featuresOf('A separate disciplinary case is currently being considered by the club.')).toContain('weighing');
    const then = featuresOf('In March 2019 the owner said he was considering a sale of the club.');
    expect(then).toContain('weighing&then');
    expect(then).toContain('closedKind');
    expect(featuresOf('The owner said he was considering a sale of the club.')).not.toContain('weighing&then');
    expect(featuresOf('The landlord had been considering a sale of the building.')).toContain('weighing&then');
  });

  it('marks a first-person doubt put to a listener as closed, not a speaker who does not know', () => {
    const rhetorical = featuresOf('"I don\'t know if you have ever sat through a night like that," she said.', true);
    expect(rhetorical).toContain('not+know&rhetorical');
    expect(rhetorical).toContain('closedKind');
    expect(featuresOf('"I do not know how you could sleep at night," the judge told him.', true)).toContain('not+know&rhetorical');
    expect(featuresOf('"I don\'t know if anyone likes filling in tax forms," he said.', true)).toContain('not+know&rhetorical');
    expect(featuresOf('"I don\'t know if anyone else was in the car," the witness said.', true)).not.toContain('not+know&rhetorical');
    expect(featuresOf('Police do not know whether anyone else was involved.')).not.toContain('not+know&rhetorical');
  });

  it('marks a possibility not ruled out, apart from "cannot rule out" and a player ruled out', () => {
    expect(featuresOf('The brewer has not ruled out closing the Leeds site.')).toContain('notRuledOut');
    expect(featuresOf('The minister refused to rule out a rise in fares.')).toContain('notRuledOut');
    expect(featuresOf('Doctors cannot rule out a second operation.')).toContain('cannotRuleOut');
    expect(featuresOf('The winger has been ruled out for six weeks.')).not.toContain('notRuledOut');
  });

  it('marks a deal not done and a fitness test to come', () => {
    expect(featuresOf('The two clubs have been unable to agree a fee for the defender.')).toContain('deal&undone');
    expect(featuresOf('No deal has been signed with the new sponsor.')).toContain('deal&undone');
    expect(featuresOf('The agent said it was not yet a done deal.')).toContain('deal&undone');
    expect(featuresOf('The two clubs agreed a fee for the defender.')).not.toContain('deal&undone');
    expect(featuresOf('The captain faces a late fitness test on his calf.')).toContain('fitness&test');
    expect(featuresOf('The prop is battling to be fit for the opening match.')).toContain('fitness&test');
    expect(featuresOf('He was fit for the first Test against India.')).not.toContain('fitness&test');
  });

  it('marks what looks open but is not, and pools it in "closedKind"', () => {
    const either = featuresOf('The service files every invoice, whether sent by post or by e-mail.');
    expect(either).toContain('whether&either');
    expect(either).toContain('closedKind');
    expect(featuresOf('It is unclear whether the parcels were insured.')).not.toContain('whether&either');
    expect(featuresOf('The app lets drivers check whether a bridge is open.')).toContain('enables&wh');
    expect(featuresOf('Drivers have asked the council to check whether the bridge is safe.')).not.toContain('enables&wh');
    expect(featuresOf('The app lets drivers check whether a bridge is open.')).toContain('handsCheck&wh');
    expect(featuresOf('The survey could show whether the bridge is safe.')).not.toContain('handsCheck&wh');
    expect(featuresOf('The tenant said he did not know the flat had been sold.')).toContain('not+know&fact');
    expect(featuresOf('The tenant said he did not know who had bought the flat.')).not.toContain('not+know&fact');
    expect(featuresOf('Asked whether the site would close, the manager said it would not.')).toContain('reportedAsk');
    expect(featuresOf('Asked whether the site would close, the manager said it would not.')).toContain('reportedAsk&answered');
    expect(featuresOf('Questioned in court, the driver was asked whether he had stopped, and he said he had.')).toContain('reportedAsk&answered');
    expect(featuresOf('Asked whether the site would close, the manager said it was too early to say.')).not.toContain('reportedAsk&answered');
    expect(featuresOf('The council said it would not reopen the question of parking charges.')).toContain('notReopened');
    expect(featuresOf('The council said it would reopen the question of parking charges.')).not.toContain('notReopened');
    expect(featuresOf('The board will decide on Monday whether to sell the depot.')).toContain('decide&scheduled');
    expect(featuresOf('The board has yet to decide whether to sell the depot.')).not.toContain('decide&scheduled');
    expect(featuresOf('A newspaper quoted an unnamed official as saying the plan was dead.')).toContain('unnamed&source');
    expect(featuresOf('The lenders remain unnamed.')).not.toContain('unnamed&source');
    expect(featuresOf('Sales fell amid uncertainty over the new tariffs.')).toContain('doubt&background');
    expect(featuresOf('Uncertainty remains over the new tariffs.')).not.toContain('doubt&background');
    expect(featuresOf('Drawing is a way of investigating how things work.')).toContain('inquiry&activity');
    expect(featuresOf('Police are investigating how the fire started.')).not.toContain('inquiry&activity');
  });

  it('reads a year as a time, "has yet to make a decision" as a decision pending, "without giving a reason" as held back', () => {
    expect(featuresOf('The report will not be published until 2027.')).toContain('notUntil');
    expect(featuresOf('The board has yet to make a final decision on the site.')).toContain('yetTo+decide');
    expect(featuresOf('The striker has yet to make his debut.')).toContain('yetTo+act');
    expect(featuresOf('Regulators still have to give their approval to the merger.')).toContain('approval&pending');
    expect(featuresOf('The club sacked its coach without giving a reason.')).toContain('withheld+particular');
  });
});
