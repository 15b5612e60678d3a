/**
 * Kinds of sentence that leave a choice or a deal open without any word of knowing — a choice
 * being weighed ("is weighing a sale", "is considering whether"), a possibility not ruled out, a
 * deal or terms not agreed, a fitness test to come — and kinds in which a word of knowing or a
 * "whether" says nothing is unknown: "whether" as "either way" ("whether sent by post or by
 * e-mail"), a tool that lets someone check whether, a past ignorance of a stated fact ("did not
 * know he had left"), an unnamed source, a doubt that is only the background ("amid uncertainty
 * over"), an inquiry as a general activity ("a way of investigating how"). Features of the
 * open-question decision (question-features.ts): `openKind` pools the first group, `closedKind`
 * the second, so that a kind seen a few times in the training articles still counts.
 */
import { memoised } from './memo.ts';
import { NEGATIONS, WH } from './question-words.ts';

/** Verbs of weighing a choice: "is weighing a sale", "mulling a bid", "deliberating over". */
const WEIGHING = /^(?:weigh(?:ing|s)?|mull(?:ing|s)?|ponder(?:ing|s)?|contemplat(?:ing|es)|deliberat(?:ing|es)|debating|considering|exploring|reconsidering|reviewing)$/;
/** Words before a weighing verb that put it in the present, or still going on. */
const NOW = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'still', 'now', 'also', 'currently', 'actively', 'seriously', 'carefully', 'already']);
/** What a body weighs (besides an "-ing" clause: "considering building a plant"): a choice, a bid, its options, a response. */
const CHOICES = new Set([
  'whether', 'if', 'how', 'when', 'where', 'which', 'what', 'options', 'option', 'offer', 'offers', 'bid', 'bids', 'proposal', 'proposals', 'sale',
  'move', 'response', 'appeal', 'future', 'position', 'approach', 'plan', 'plans', 'possibility', 'alternatives', 'up', 'legal', 'action',
  'a', 'an', 'its', 'their', 'his', 'her', 'the', 'it', 'them',
]);
/** Verbs that settle a deal once done: "unable to agree a fee", "no deal has been signed", "failed to reach agreement". */
const SETTLE = new Set(['agree', 'agreed', 'reach', 'reached', 'sign', 'signed', 'finalise', 'finalised', 'finalize', 'finalized', 'seal', 'sealed', 'conclude', 'concluded', 'complete', 'completed', 'close', 'clinch', 'strike', 'struck']);
/** Words before "to" that leave the settling undone: "unable to agree", "failed to reach", "yet to sign". */
const UNDONE = new Set(['unable', 'failed', 'fail', 'fails', 'yet', 'struggling', 'struggled']);
/** Words before "test" that make it a check of fitness to come: "a late fitness test", "a medical test". */
const CHECKS = new Set(['fitness', 'late', 'medical', 'further']);
/** Words of a race to be fit: "battling to be fit", "racing against time". */
const RACING = new Set(['race', 'racing', 'battling', 'battle', 'struggling', 'touch']);
/** Words that, right after "whether", make it "either way": a participle or a preposition ("whether sent by post", "whether at home"). */
const EITHER_WAY = new Set(['at', 'in', 'on', 'by', 'for', 'from', 'via', 'through', 'online', 'big', 'small', 'sent', 'made', 'done', 'taken', 'given', 'held', 'paid', 'bought', 'sold', 'built', 'found', 'shown', 'seen', 'written', 'run', 'worn']);
/** Verbs that make a tool or a rule able to do something: "lets users check whether", "helps firms work out how". */
const ENABLING = new Set(['let', 'lets', 'help', 'helps', 'helping', 'allow', 'allows', 'allowing', 'enable', 'enables', 'enabling', 'can', 'could']);
/** Enabling verbs that hand the check to someone named after them ("lets students check"), unlike a bare "could show whether". */
const HANDING = new Set([...ENABLING].filter((w) => w !== 'can' && w !== 'could'));
/** Pronouns and auxiliaries of an elliptical reply that ends a sentence: "… and she said she had not", "he said they did". */
const REPLY_PRONOUNS = new Set(['i', 'he', 'she', 'they', 'we', 'it']);
const REPLY_AUX = new Set(['had', 'did', 'was', 'were', 'would', 'could', 'has', 'have', 'is', 'are', 'does', 'do', 'will', 'can']);
/** Verbs of taking up again what was settled: "would not reopen the question", "refused to revisit the decision". */
const REOPENING = new Set(['reopen', 'reopening', 'revisit', 'revisiting', 'reconsider', 'reconsidering', 'renegotiate', 'renegotiating']);
/** Words that set a decision at a stated time: "will decide on Saturday", "at a later hearing", "will decide then". */
const SET_TIME = /^(?:then|later|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|january|february|march|april|june|july|august|september|october|november|december)$/;
/** Verbs of checking that such a tool does. */
const CHECKING = new Set(['check', 'checks', 'see', 'tell', 'find', 'pinpoint', 'detect', 'spot', 'identify', 'determine', 'work', 'show', 'shows', 'track', 'test', 'verify', 'decide', 'choose', 'predict']);
/** Words that, right after "did not know", begin a stated fact rather than a question: "did not know he had left". */
const FACT_START = new Set(['that', 'he', 'she', 'they', 'it', 'i', 'we', 'you', 'his', 'her', 'their', 'its', 'there', 'this', 'these', 'those']);
/** Words of the past before "not know": a past ignorance of a fact, not an unknown now. */
const PAST = new Set(['did', "didn't", 'had', 'never']);
/** Nouns for the source of a report: "an unnamed executive said", "unidentified sources". */
const SOURCES = new Set(['source', 'sources', 'executive', 'executives', 'official', 'officials', 'insider', 'insiders', 'aide', 'aides', 'person', 'banker', 'bankers', 'spokesman', 'spokeswoman', 'diplomat', 'diplomats', 'minister', 'figure', 'adviser', 'advisers', 'man', 'woman', 'boy', 'girl']);
const UNNAMED = new Set(['unnamed', 'unidentified', 'anonymous']);
/** Words that make a doubt the background of a sentence: "amid uncertainty over", "against a background of doubt". */
const BACKGROUND = new Set(['amid', 'amidst', 'despite', 'background']);
const BACKDROP_DOUBT = /^(?:uncertaint|doubt|worr|fear|concern|speculat|rumou?r)/;
/** Prepositions after which an "-ing" inquiry word is an activity, not an inquiry under way: "a way of investigating", "skills in assessing". */
const ACTIVITY = new Set(['of', 'in', 'for', 'at', 'about']);
const INQUIRING = /^(?:investigating|examining|assessing|exploring|studying|reviewing)$/;

/** Which of the word classes above a word is in (memoised per word: every word of a sentence is tried). */
const classOf = memoised((w) => (WEIGHING.test(w) ? 'weigh' : BACKDROP_DOUBT.test(w) ? 'doubt' : INQUIRING.test(w) ? 'inquiring' : ''));

const negation = (w: string): boolean => NEGATIONS.has(w) || w.endsWith("n't");

/** "anyone enjoys", "anybody likes": a habit of people at large (not "anyone else was", "anyone has seen"). */
function anyoneHabit(words: readonly string[], i: number): boolean {
  const verb = words[i + 1] ?? '';
  return (words[i] === 'anyone' || words[i] === 'anybody') && verb.length > 3 && verb.endsWith('s') && !verb.endsWith('ss') && verb !== 'else';
}

/** True when the sentence ends, after word `asked`, in an elliptical reply: a pronoun, an auxiliary and perhaps "not". */
function repliedInShort(words: readonly string[], asked: number): boolean {
  let end = words.length - 1;
  if (words[end] === 'not' || words[end] === "n't" || words[end] === 'so') end--;
  return end - 1 > asked + 2 && REPLY_AUX.has(words[end] ?? '') && REPLY_PRONOUNS.has(words[end - 1] ?? '');
}

/**
 * The kinds above, as features: `weighing` (a choice weighed now; `weighing&wh` when what is
 * weighed is a wh-clause: "is considering whether to appeal"), `notRuledOut` ("has not ruled
 * out", "refused to rule out"; "cannot rule out", as often a hedge, is `cannotRuleOut`),
 * `deal&undone`, `fitness&test`; against an open question `whether&either` ("whether sent by post
 * or …"), `enables&wh` (`handsCheck&wh` when someone is let or helped to check), `not+know&fact`,
 * `reportedAsk` ("asked whether …"; `reportedAsk&answered` when a short reply ends the sentence), `unnamed&source`, `doubt&background`, `inquiry&activity`,
 * `notReopened` ("would not reopen the question"), `decide&scheduled` ("will decide on Saturday whether").
 */
export function choiceKinds(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1] ?? '';
    const next = words[i + 1] ?? '';
    const cls = classOf(w);
    // "is weighing a sale", "the board is considering whether to", "is still mulling an offer", "under consideration".
    // "weighing whether to", "considering how to respond" leave the choice itself open: `weighing&wh`.
    if (cls === 'weigh' && (NOW.has(prev) || NOW.has(words[i - 2] ?? '')) && (CHOICES.has(next) || next.endsWith('ing') || WH.has(words[i + 2] ?? ''))) {
      out.add(WH.has(next) || WH.has(words[i + 2] ?? '') ? 'weighing&wh' : 'weighing');
    }
    if (w === 'consideration' && (prev === 'under' || prev === 'being')) out.add('weighing');
    // "a criminal case is currently being considered by": the passive of a choice weighed now.
    if (w === 'considered' && (prev === 'being' || words[i - 2] === 'being')) out.add('weighing');
    // "In February 2004 he said he was considering a bid", "had been considering": weighed then, not now.
    if (cls === 'weigh' && (words.slice(0, i).includes('year') || prev === 'had' || words[i - 2] === 'had')) out.add('weighing&then');
    // "has not ruled out a sale", "would not rule out", "refused to rule out"; not "has ruled out".
    if ((w === 'rule' || w === 'ruled' || w === 'ruling') && next === 'out') {
      const before = words.slice(Math.max(0, i - 4), i);
      const unable = before.some((x) => x === 'cannot' || x === 'ca' || x === 'could' || x === 'can' || x === 'unable');
      if (before.some(negation) || before.includes('refused') || before.includes('declined')) out.add(unable ? 'cannotRuleOut' : 'notRuledOut');
    }
    // "unable to agree a fee", "failed to reach agreement", "no deal has been signed", "not yet a done deal".
    if (SETTLE.has(w)) {
      const before = words.slice(Math.max(0, i - 4), i);
      if ((prev === 'to' && UNDONE.has(words[i - 2] ?? '')) || (before.some(negation) && before.some((x) => x === 'deal' || x === 'agreement' || x === 'terms' || x === 'fee' || x === 'contract' || x === 'yet'))) out.add('deal&undone');
    }
    if (w === 'deal' && prev === 'done' && words.slice(Math.max(0, i - 5), i).some(negation)) out.add('deal&undone');
    // "faces a late fitness test", "battling to be fit", "a race against time to be fit".
    if (((w === 'test' || w === 'tests') && CHECKS.has(prev)) || (RACING.has(w) && (words.slice(i + 1, i + 5).includes('fit') || (next === 'against' && words[i + 2] === 'time')))) out.add('fitness&test');
    // "whether sent by post or by e-mail", "whether at home or abroad": either way, nothing unknown.
    if (w === 'whether' && next !== 'or' && (next.endsWith('ed') || EITHER_WAY.has(next))) out.add('whether&either');
    // "lets users check whether a file was copied", "could help firms pinpoint how".
    if (WH.has(w) && CHECKING.has(prev) && words.slice(Math.max(0, i - 6), i - 1).some((x) => ENABLING.has(x))) {
      out.add('enables&wh');
      // "a scheme that lets students check whether", "helps firms work out how": a check handed to
      // users, whose answer is theirs to find each time (not "the study could show whether").
      if (words.slice(Math.max(0, i - 6), i - 1).some((x) => HANDING.has(x))) out.add('handsCheck&wh');
    }
    // "did not know he had left", "I didn't know that": a fact the sentence states, once unknown to someone.
    // "did not know the houses belonged to students": past, and followed by a clause rather than a wh-word.
    if ((w === 'know' || w === 'knew' || w === 'realise' || w === 'realize') && (FACT_START.has(next) || ((next === 'the' || next === 'a') && !WH.has(words[i + 2] ?? '')))
      && words.slice(Math.max(0, i - 3), i).some(negation) && words.slice(Math.max(0, i - 3), i).some((x) => PAST.has(x))) out.add('not+know&fact');
    // "I don't know if you have ever waited …", "I do not know how you looked them in the eye": a
    // speaker's doubt put to a listener, said to be felt rather than to leave anything unknown.
    if ((w === 'know' || w === 'knew') && WH.has(next) && words.slice(Math.max(0, i - 4), i).some(negation) && words.slice(Math.max(0, i - 4), i).some((x) => x === 'i' || x === 'we')
      && (words.slice(i + 2, i + 4).includes('you') || words.slice(i + 2, i + 6).includes('ever') || anyoneHabit(words, i + 2))) out.add('not+know&rhetorical');
    // "asked whether she had seen anyone …, and she said she had": a question put and, as a rule, answered.
    if (w === 'asked' && WH.has(next)) {
      out.add('reportedAsk');
      // "…, and she said she had not", "he repeated that he had": the reply, cut to a pronoun and an
      // auxiliary, ends the sentence and answers the question.
      if (repliedInShort(words, i)) out.add('reportedAsk&answered');
    }
    // "would not reopen the question", "refused to revisit the settlement": the matter is closed.
    if (REOPENING.has(w) && words.slice(Math.max(0, i - 4), i).some((x) => negation(x) || x === 'refused' || x === 'declined')) out.add('notReopened');
    // "will decide on Saturday whether to strike", "will decide at a later hearing how much", "will
    // decide then whether": a decision set for a stated time, which the story waits for, not a thing unknown.
    if ((w === 'decide' || w === 'determine') && (prev === 'will' || prev === 'shall') && words.slice(i + 1, i + 5).some((x) => SET_TIME.test(x))) out.add('decide&scheduled');
    if (UNNAMED.has(w) && (SOURCES.has(next) || SOURCES.has(words[i + 2] ?? ''))) out.add('unnamed&source');
    if (cls === 'doubt' && words.slice(Math.max(0, i - 3), i).some((x) => BACKGROUND.has(x))) out.add('doubt&background');
    if (cls === 'inquiring' && ACTIVITY.has(prev)) out.add('inquiry&activity');
  }
  return [...out];
}

/** The kinds above that tell of a choice or a deal still open (pooled by `openKind`). */
export const OPEN_CHOICES = new Set(['weighing&wh', 'weighing', 'notRuledOut', 'deal&undone', 'fitness&test']);
/** The kinds above that look open but say nothing is unknown (pooled by `closedKind`). */
export const CLOSED_CHOICES = new Set(['weighing&then', 'not+know&rhetorical', 'whether&either', 'enables&wh', 'not+know&fact', 'reportedAsk', 'reportedAsk&answered', 'handsCheck&wh', 'notReopened', 'decide&scheduled', 'unnamed&source', 'doubt&background', 'inquiry&activity']);
