/**
 * The hand rules that still override a learned decision: patterns precise enough to trust over
 * the model, each stated over the decision's features, with an article snippet where it applies
 * and a near miss where it must not (test/extract/hand-rules.test.ts checks both). Everything
 * else is weighed by the learned models (learned/models.ts).
 */

/** A candidate's features, as a rule reads them. */
export interface FeatureSet {
  has(feature: string): boolean;
}

/** One rule: when `when` holds for a candidate's features, the decision is `verdict`. */
export interface HandRule {
  id: string;
  when: (features: FeatureSet) => boolean;
  verdict: boolean;
  /** Why the rule is precise enough to override the model. */
  why: string;
  /** A snippet in which the rule applies to some candidate. */
  example: string;
  /** A near miss in which it applies to none. */
  negative: string;
}

/** Rules for "is this name a person". */
export const PERSON_RULES: readonly HandRule[] = [
  {
    id: 'title-before-common-word',
    when: (f) => f.has('titledCommon') && !f.has('aged') && !f.has('who'),
    verdict: false,
    why: 'a title word glued to one common word after "the" ("the General Election") names an event or a post; people keep a name after their title',
    example: 'Labour is preparing for the General Election, which is expected in May.',
    negative: 'Labour is preparing for the general election, General Harlan Vale said on Monday.',
  },
  {
    id: 'title-or-honorific',
    when: (f) => (f.has('title') || f.has('honorific')) && !f.has('orgLike') && !f.has('company'),
    verdict: true,
    why: 'a title or honorific written as part of the name ("President X", "Dr X", "Mrs X") is given only to people',
    example: 'Councillor Amara Velasquez opened the new depot on Monday.',
    negative: 'Amara Velasquez Holdings opened the new depot on Monday.',
  },
  {
    id: 'age-after-name',
    when: (f) => f.has('aged') && !f.has('orgLike'),
    verdict: true,
    why: 'an age set off by commas after a name ("Gregory Hale, 58,") describes a person',
    example: 'Gregory Hale, 58, was arrested at the scene.',
    negative: 'Gregory Hale was arrested at the scene in 2018.',
  },
  {
    id: 'mac-or-o-surname',
    when: (f) => f.has('surnameForm') && !f.has('w<=1') && !f.has('company'),
    verdict: true,
    why: 'a full name whose surname is a Mc-, Mac- or O\'- form names a person',
    example: 'Vale led through Jonjo McCrory\'s penalty.',
    negative: 'Vale led through a penalty from the visiting captain.',
  },
  {
    id: 'saint-named',
    when: (f) => f.has('saintFirst') && !f.has('title') && !f.has('honorific') && !f.has('aged'),
    verdict: false,
    why: 'a name that starts with "St" or "Saint" ("St Aldhelm\'s Hospital", "St Ninian\'s Road") names a church, hospital, school, street or place; no person in the training part is named so',
    example: 'Patients were moved to St Aldhelm\'s Hospital in Frome after the ward closed.',
    negative: 'Patients were moved by Aldhelm Stroud to a hospital in Frome after the ward closed.',
  },
  {
    id: 'pronoun-alone',
    when: (f) => f.has('w<=1') && f.has('pos1=PRON') && !f.has('title') && !f.has('honorific'),
    verdict: false,
    why: 'a capitalised pronoun on its own ("It" of a title "It\'s Only Rain", "She" opening a heading) is a word of the text, not a name; a family name such as "He" comes with a given name',
    example: 'Last week\'s top seller, Bell\'s It\'s Only Rain, fell to ninth place.',
    negative: 'Last week\'s top seller, Bell\'s Only Rain, fell to ninth place, He Yadong said.',
  },
  {
    id: 'model-number',
    when: (f) => f.has('numberAfter:all') && !['title', 'honorific', 'role', 'who', 'aged', 'named'].some((c) => f.has(c)),
    verdict: false,
    why: 'a number glued after every mention ("the Hexa Nova 7", "Road Rally 4") is a model or an edition: a product, a game or a vehicle, not a person',
    example: 'Orbis unveiled the Halden Nova 7 in Oslo on Tuesday. The Halden Nova 7 goes on sale in May.',
    negative: 'Orbis unveiled the new phone in Oslo on Tuesday. Halden Nova said 7 models would follow.',
  },
  {
    id: 'traded-company',
    when: (f) => f.has('company') && !f.has('title') && !f.has('honorific'),
    verdict: false,
    why: 'shares, stock, profits or a board are things only a company has ("Shares of Westcoast Midstream rose")',
    example: 'Shares of Westcoast Midstream rose 4 percent after the ruling.',
    negative: 'Westcoast Midstream said work on the pipeline would begin in May.',
  },
];

/** Rules for "who said this quotation", over the "nobody named" candidate's features. */
export const SPEAKER_RULES: readonly HandRule[] = [
  {
    id: 'title-of-work',
    when: (f) => f.has('none&titled'),
    verdict: true,
    why: 'words in quotation marks after "her book,", "a report titled" or "the film" are a title, not anybody\'s speech',
    example: 'Henrike Vos spoke to us from Bremerhaven. Her book about the expedition, "Night Shift on the Ice," is published this month.',
    negative: 'Henrike Vos spoke to us from Bremerhaven. "Night shift on the ice is the hardest work there is," she said.',
  },
];

/** Rules for "does this sentence say something is not known". */
export const QUESTION_RULES: readonly HandRule[] = [
  {
    id: 'plain-statement',
    when: (f) => f.has('plain'),
    verdict: false,
    why: 'a sentence with no cue, no question mark, no negation and no word of knowing or disclosing (a plain "said" aside) cannot say that something is unknown',
    example: 'The council approved the budget on Tuesday after a long debate.',
    negative: 'The council has not said when the budget will be approved.',
  },
  {
    id: 'answered-at-once',
    when: (f) => f.has('asked&answered'),
    verdict: false,
    why: 'a question the next sentence answers ("So why …? Because …") is rhetorical',
    example: 'So why do ministers still resist it? Because it is easier than reform.',
    negative: 'So why do ministers still resist it? Nobody in the government would say.',
  },
  {
    id: 'interviewer-asks',
    when: (f) => f.has('asked&interview'),
    verdict: false,
    why: 'in an interview the questions are the interviewer\'s, and the answers follow',
    example: 'Q: What was the hardest part of the expedition?\n\nA: The cold, always the cold.',
    negative: 'What was the hardest part of the expedition? The team has not said.',
  },
];

/** The verdict of the first rule that applies to these features, or undefined when none does. */
export function ruling(rules: readonly HandRule[], features: readonly string[]): boolean | undefined {
  const set = new FeatureList(features);
  for (const rule of rules) if (rule.when(set)) return rule.verdict;
  return undefined;
}

/**
 * A feature list read as a set. Feature lists are short: a linear look-up costs less than building
 * a Set for each candidate, and a class's method is not a new function for every candidate.
 */
class FeatureList implements FeatureSet {
  private readonly features: readonly string[];

  constructor(features: readonly string[]) {
    this.features = features;
  }

  has(feature: string): boolean {
    return this.features.includes(feature);
  }
}
