import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/context.ts';
import { questionFeatures } from '../../src/extract/question-features.ts';

/** The features of the first sentence of `text`, as the open-question model sees them. */
const featuresOf = (text: string, quoted = false): string[] => questionFeatures(analyse(text), 0, [], { quoted, answered: false, interview: false });

describe('open-question features: outcomes left open without a word of knowing', () => {
  it('marks a date, a price or a site not set, but not "no set rules"', () => {
    const f = featuresOf('No date has been set for the ferry service to resume.');
    expect(f).toContain('not+settled');
    expect(f).toContain('not+settled&particular');
    expect(f).toContain('no+particular');
    expect(featuresOf('The handset went on show, with no launch price given.')).toContain('no+particular');
    expect(featuresOf('Talks have begun with two hospitals, but no site has been chosen.')).toContain('not+settled');
    expect(featuresOf('There are no set rules for how the fund reports its returns.')).not.toContain('not+settled');
    expect(featuresOf('The date was set for the ferry service to resume.')).not.toContain('not+settled');
  });

  it('marks a court that did not rule on a claim, but not "not ruled out" as a thing not settled', () => {
    expect(featuresOf('The judge did not rule on the claim for back pay.')).toContain('not+settled');
    expect(featuresOf('The owners have not ruled out a sale of the stadium.')).not.toContain('not+settled');
  });

  it('marks an effort to find out still going on, and a search through "un-" words', () => {
    expect(featuresOf('Police are still trying to trace the owner of the van.')).toContain('tryingToFindOut');
    expect(featuresOf('Police are trying to reduce thefts from vans.')).not.toContain('tryingToFindOut');
    expect(featuresOf('Two unnamed lenders pulled out of the rescue deal.')).toContain('unWord');
    expect(featuresOf('Two named lenders pulled out of the rescue deal.')).not.toContain('unWord');
  });

  it('marks talks going on, an approval awaited and an outcome expected', () => {
    expect(featuresOf('Talks are continuing between the airline and its pilots.')).toContain('talks&underWay');
    expect(featuresOf('The chain is in talks with two possible buyers.')).toContain('talks&underWay');
    expect(featuresOf('The talks ended in agreement on Friday.')).not.toContain('talks&underWay');
    expect(featuresOf('The merger is subject to approval by the competition regulator.')).toContain('approval&pending');
    expect(featuresOf('The merger won approval from the competition regulator.')).not.toContain('approval&pending');
    // Asked for and not yet given; and an approval word alone keeps the sentence from being plain.
    const asked = featuresOf('The settlement will be put to the High Court for approval next month.');
    expect(asked).toContain('approval&pending');
    expect(asked).not.toContain('plain');
    expect(featuresOf('The takeover also needs the approval of shareholders.')).toContain('openKind');
    expect(featuresOf('A decision from the drugs regulator is expected next year.')).toContain('outcome&expected');
    expect(featuresOf('A decision is expected next month on the licence.')).toContain('outcome&expected');
    expect(featuresOf('The decision on the licence surprised the firm.')).not.toContain('outcome&expected');
  });

  it('marks a disclosure put off to a stated time, and a promise of one', () => {
    expect(featuresOf('The new captain will be named after training on Thursday.')).toContain('future+disclose&time');
    expect(featuresOf('The new captain was named after training on Thursday.')).not.toContain('future+disclose&time');
    expect(featuresOf('The accounts will not be published until March.')).toContain('notUntil');
  });

  it('marks what reads open but is settled: a telling verb used plainly, a study that found', () => {
    expect(featuresOf('The club confirmed that the striker would stay.')).toContain('affirmed+confirm');
    expect(featuresOf('The club has not confirmed that the striker would stay.')).not.toContain('affirmed+confirm');
    expect(featuresOf('The club is yet to confirm the signing.')).not.toContain('affirmed+confirm');
    expect(featuresOf('The study found that night workers slept less.')).toContain('inquiry&finding');
    expect(featuresOf('The study will report next year.')).not.toContain('inquiry&finding');
    expect(featuresOf('The council will review the layout of the junction.')).toContain('inquiry&promised');
    expect(featuresOf('Police are investigating the fire at the warehouse.')).toContain('formalInquiry&underWay');
    expect(featuresOf('She was studying law at the time.')).not.toContain('formalInquiry&underWay');
  });

  it('reads "no longer" and "I don\'t think" as no unknown, and "nothing but said" as no signal', () => {
    expect(featuresOf('Patients will no longer be treated at the old site.')).not.toContain('negated');
    expect(featuresOf("I don't think the market has turned.", true)).toContain('not+opinion');
    expect(featuresOf('"We will carry on the same way," she said.', true)).toContain('noSignal');
    expect(featuresOf('"We do not know the cause," she said.', true)).not.toContain('noSignal');
  });

  it('marks a suspected injury and a negation with "yet" further on', () => {
    expect(featuresOf('The full-back faces a month out with a suspected broken wrist.')).toContain('suspected&injury');
    expect(featuresOf('The full-back faces a month out with a broken wrist.')).not.toContain('suspected&injury');
    expect(featuresOf('No sample of water from the reservoir itself has been tested yet.')).toContain('negated&yet');
    expect(featuresOf('Official attendance figures have not yet been released.')).toContain('notYet+disclose');
  });

  it('marks a wait for a report or before knowing, and a span of time still running', () => {
    expect(featuresOf('The league is awaiting the referee\'s report before it acts against the winger.')).toContain('awaiting&outcome');
    expect(featuresOf('The league is awaiting the new season with confidence.')).not.toContain('awaiting&outcome');
    expect(featuresOf('The winger will have to wait two days before knowing how bad the knock is.')).toContain('waitToKnow');
    expect(featuresOf('The winger had to wait two days before his debut.')).not.toContain('waitToKnow');
    expect(featuresOf('The panel has until Friday to publish its ruling on the appeal.')).toContain('timeToAct');
    expect(featuresOf('The panel published its ruling on the appeal on Friday.')).not.toContain('timeToAct');
  });

  it('marks a fitness check under way as a fitness doubt, and pools the kinds in "openKind"', () => {
    expect(featuresOf('Doctors are assessing the knee injury the goalkeeper picked up in training.')).toContain('fitness&doubt');
    expect(featuresOf('The goalkeeper picked up a knee injury in training.')).not.toContain('fitness&doubt');
    expect(featuresOf('The fee for the transfer has not been agreed.')).toContain('openKind');
    expect(featuresOf('The fee for the transfer was agreed on Monday.')).not.toContain('openKind');
  });

  it('marks information kept back, but not a thing beyond price', () => {
    expect(featuresOf('The carmaker declined to provide guidance for the first quarter.')).toContain('withheld+particular');
    expect(featuresOf('The union would not put a figure on the losses.')).toContain('withheld+particular');
    expect(featuresOf('The carmaker decided to provide guidance for the first quarter.')).not.toContain('withheld+particular');
    expect(featuresOf('You cannot put a price on a family photograph.')).not.toContain('withheld+particular');
  });

  it('marks what an inquiry is to find standing before it, and no effort already spent', () => {
    expect(featuresOf('The cause of the blaze is being investigated by fire officers.')).toContain('toFind+inquiry');
    expect(featuresOf('The blaze is being investigated by fire officers.')).not.toContain('toFind+inquiry');
    expect(featuresOf('Police spent a week trying to find the van before it was recovered.')).not.toContain('tryingToFindOut');
    expect(featuresOf('Investigators are working to establish the cause of the crash.')).toContain('tryingToFindOut');
    expect(featuresOf('The bank is seeking to establish a presence in Asia.')).not.toContain('tryingToFindOut');
  });
});
