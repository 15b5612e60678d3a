/**
 * Kinds of sentence that leave an outcome open without any word of knowing — a date, a price or a
 * site not set, a possibility not ruled out, a search or an effort to find out still going on, a
 * thing named only as unnamed or unaccounted for — and kinds that look open but state what is
 * settled: a telling verb used affirmatively ("confirmed that"), a study that found something, a
 * thing put off until a stated time. Features of the open-question decision (question-features.ts).
 */
import { familyAt, KNOWING, mayTell, NEGATIONS, WH } from './question-words.ts';

/** Participles that settle something once done: "no date has been set", "no site has been chosen". */
const SETTLED = new Set([
  'set', 'fixed', 'chosen', 'agreed', 'finalised', 'finalized', 'scheduled', 'decided', 'reached', 'signed',
  'approved', 'resolved', 'settled', 'picked', 'selected', 'appointed', 'completed', 'concluded', 'given', 'tested', 'found',
]);
/** What a body sets, gives or keeps back: a date, a timetable, a price, a figure, its reasons. */
const PARTICULARS = new Set([
  'date', 'dates', 'timetable', 'timeline', 'timescale', 'timeframe', 'deadline', 'price', 'prices', 'pricing', 'figure', 'figures', 'details',
  'site', 'venue', 'location', 'explanation', 'reason', 'reasons', 'motive', 'indication', 'amount', 'sum', 'value',
  'terms', 'fee', 'cost', 'costs', 'total', 'number', 'identity', 'cause', 'outcome', 'verdict', 'result', 'results',
]);
/** Words that open an effort to find something out: "still trying to identify", "working to establish", "keen to find". */
const EFFORTS = new Set(['trying', 'try', 'tries', 'working', 'seeking', 'attempting', 'efforts', 'effort', 'bid', 'keen', 'struggling', 'hoping']);
/** What such an effort is to do. */
const FINDING = new Set(['identify', 'trace', 'find', 'establish', 'determine', 'locate', 'discover', 'understand', 'pinpoint', 'ascertain', 'verify', 'confirm', 'track', 'work']);
/**
 * Words of something still unnamed, unsolved or unaccounted for that no family of knowing covers
 * ("unknown", "unclear", "unconfirmed" have their own: question-words.ts).
 */
const UN_WORDS = new Set([
  'unnamed', 'unidentified', 'undisclosed', 'unresolved', 'unanswered', 'unaccounted', 'unexplained', 'unspecified', 'undetermined', 'unsolved',
]);
/** Words before a telling verb that make it other than a plain statement of what was told. */
const NOT_PLAIN = new Set(['be', 'been', 'being', 'to', 'will', 'would', 'could', 'can', 'may', 'might', 'yet', 'is', 'are', 'was', 'were', 'still', 'must', 'should']);
/** Verbs by which a study states what it found: "the study found", "research suggests". */
const FINDINGS = new Set(['found', 'finds', 'find', 'shows', 'showed', 'shown', 'show', 'concluded', 'concludes', 'suggests', 'suggested', 'revealed', 'reveals', 'confirms', 'confirmed', 'indicates', 'indicated', 'linked']);
/** The words of an inquiry proper (not "study", "review" or "look"). */
const FORMAL_INQUIRY = /^(?:investigat|inquir|enquir|probe|probing)/;
/** Time words that put something at a stated time: "until March", "before the spring", "after training on Friday". */
const TIME = /^(?:later|next|coming|soon|week|weeks|month|months|year|years|days|weekend|date|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|tomorrow|tonight)$/;

/** Talks between parties, and words that keep them going. */
const TALKS = new Set(['talks', 'negotiations', 'discussions', 'negotiating', 'bargaining']);
const GOING = new Set(['continuing', 'continue', 'continues', 'ongoing', 'underway', 'still', 'advanced', 'resume', 'resumed', 'stalled']);
/** An approval something waits on, and the words that make it wait. */
const APPROVAL = new Set(['approval', 'approvals', 'clearance', 'consent', 'ratification', 'sanction', 'endorsement']);
const NEEDING = new Set(['subject', 'awaiting', 'await', 'awaits', 'needs', 'need', 'requires', 'require', 'pending', 'still', 'yet', 'seeking', 'seek', 'sought', 'must']);
/** What is announced when it comes: a decision, a ruling, a result. */
const OUTCOMES = new Set(['decision', 'ruling', 'verdict', 'announcement', 'result', 'results', 'outcome', 'judgment', 'judgement', 'report', 'findings']);
/** What a body gives or keeps back besides the particulars above: guidance, a breakdown, a forecast. */
const INFORMATION = new Set([...PARTICULARS, 'guidance', 'breakdown', 'forecast', 'forecasts', 'information', 'estimate', 'names', 'name', 'comment']);
/** Verbs of giving information, which a refusal or a negation keeps back: "declined to provide guidance", "did not give a date", "without giving a reason". */
const GIVING = new Set(['give', 'gave', 'given', 'giving', 'provide', 'provided', 'providing', 'offer', 'offered', 'offering', 'put', 'putting', 'share', 'shared', 'issue', 'issued']);
/** Verbs of refusing, which keep back what follows "to". */
const REFUSING = new Set(['declined', 'declines', 'decline', 'refused', 'refuses', 'refuse']);
/** What an inquiry finds out, standing before it: "the cause of the fire is being investigated", "the extent of damages will be assessed". */
const TO_FIND = new Set(['cause', 'causes', 'extent', 'severity', 'scale', 'source', 'origin', 'circumstances', 'motive', 'motives']);
/** Words of waiting on something. */
const WAITING = new Set(['wait', 'waits', 'waiting', 'await', 'awaits', 'awaiting', 'awaited']);
/** What a wait is for when it is a finding still to come: a report, a result, a verification, a reply. */
const AWAITED = new Set([...OUTCOMES, 'verification', 'confirmation', 'reply', 'response', 'assessment', 'review', 'tests', 'test', 'scan', 'scans']);
/** Words of coming to know, after a wait: "wait 48 hours before knowing", "waiting to find out", "to learn". */
const COMING_TO_KNOW = new Set(['know', 'knowing', 'find', 'finding', 'learn', 'learning', 'discover', 'establish', 'determine', 'hear']);
/** Words that grant or hold a span of time to act in: "has until next week to", "given extra time to". */
const HOLDING = new Set(['has', 'have', 'had', 'given', 'granted', 'gets', 'get']);
/** Verbs of holding a view. */
const OPINION = new Set(['think', 'believe', 'expect', 'feel', 'see', 'anticipate', 'envisage']);
/** Words before a settling participle that make it a verb ("has been set", "not yet chosen"), not an adjective ("no set standards"). */
const PASSIVE = new Set(['been', 'be', 'being', 'was', 'were', 'is', 'are', 'yet', 'not', "n't", 'never']);

/**
 * The kinds (of this file and question-shapes.ts) that each tell of one thing not settled yet — a
 * decision or a ruling to come, a fitness doubt, a wait, an effort to find out, a particular not
 * set or not given. Each is rare in the training articles; `openKind` pools them, as `anyCue`
 * pools the cues, so that a kind seen a few times (or a new wording of one) still counts.
 */
const OPEN_KINDS = /^(?:cue&remains|deciding&wh|toDecide&wh|toFindOut|fitness&doubt|suspected&injury|doubt&remains|doubt&about|waitAndSee|nobodyKnows|ruling&later|still\+.*|not\+settled.*|no\+particular|tryingToFindOut|unWord|unavailableForComment|talks&underWay|approval&pending|outcome&expected|awaiting&outcome|waitToKnow|timeToAct|withheld\+particular|toFind\+inquiry|negated&yet|(?:yetTo|notYet)\+(?!act$).*|no\+(?:decide|explain|respond|disclose|determine))$/;

/** True when feature `f` is one of the kinds pooled by `openKind`. */
export const isOpenKind = (f: string): boolean => OPEN_KINDS.test(f);

/**
 * Every word the loop of `pendingKinds` acts on besides those `mayTell` takes (negations, words of
 * knowing, word families): any other word is passed over at once, which changes no feature.
 */
const KIND_WORDS = new Set([
  ...PARTICULARS, ...SETTLED, ...EFFORTS, ...GIVING, ...TO_FIND, ...UN_WORDS, ...TALKS, ...APPROVAL, ...OUTCOMES, ...WAITING, ...HOLDING, ...FINDINGS,
  'rule', 'ruled', 'until', 'before', 'available', 'open', 'look', 'looks', 'looked', 'looking',
]);

/**
 * True when word `i` is a verb of finding out: "establish" and "work" only in that sense
 * ("to establish how", "to establish the cause", "to work out"; not "to establish a presence").
 */
function findsOut(words: readonly string[], i: number): boolean {
  const w = words[i] ?? '';
  if (w === 'work') return words[i + 1] === 'out';
  if (w === 'establish') return WH.has(words[i + 1] ?? '') || words.slice(i + 1, i + 4).some((x) => TO_FIND.has(x) || PARTICULARS.has(x));
  return FINDING.has(w);
}

const negation = (w: string): boolean => NEGATIONS.has(w) || w.endsWith("n't");

/**
 * The kinds of sentence above, as features: `not+settled` (and `&particular` when what is not set
 * is named: a date, a price), `no+particular` ("no launch date", "gave no timetable"),
 * `tryingToFindOut`, `unWord`, `still+open`, `unavailableForComment`,
 * `future+disclose&time` ("will be named after training on Friday"), and against an open question
 * `affirmed+<family>` ("confirmed that"), `inquiry&finding`, `notUntil` ("will not be published
 * until March"); `formalInquiry&underWay` tells an investigation under way from a study or review.
 */
export function pendingKinds(words: readonly string[]): string[] {
  const out = new Set<string>();
  let negatedAt = -1;
  let particularAt = -1;
  let inquiryAt = -1;
  let toFindAt = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!KIND_WORDS.has(w) && !mayTell(w)) continue;
    const prev = words[i - 1] ?? '';
    const next = words[i + 1] ?? '';
    if (PARTICULARS.has(w)) particularAt = i;
    // "I don't think", "we do not expect": a view held, not a thing unknown.
    if (negation(w) && words.slice(i + 1, i + 3).some((x) => OPINION.has(x))) out.add('not+opinion');
    if (negation(w) && !(w === 'no' && next === 'longer')) {
      negatedAt = i;
      // "no launch date", "gave no timetable", "no price was given".
      if (w === 'no' && (PARTICULARS.has(next) || PARTICULARS.has(words[i + 2] ?? ''))) out.add('no+particular');
    }
    const recent = negatedAt >= 0 && i - negatedAt <= 7;
    if (recent && i > negatedAt) {
      // ("cannot rule out" is left to the other features: as often a hedge of a forecast as a thing left open.)
      if ((SETTLED.has(w) && PASSIVE.has(prev)) || ((w === 'rule' || w === 'ruled') && next === 'on')) {
        out.add('not+settled');
        if (particularAt >= 0 && i - particularAt <= 8) out.add('not+settled&particular');
      }
      // "will not be published until March", "not expected until March": put off to a stated time.
      if ((w === 'until' || w === 'before') && words.slice(i + 1, i + 4).some((x) => TIME.test(x))) out.add('notUntil');
      // "No one … was immediately available for comment".
      if (w === 'available' && next === 'for' && /^comment/.test(words[i + 2] ?? '')) out.add('unavailableForComment');
    }
    // "still trying to identify"; not an effort done with ("spent a month trying to find it").
    if (EFFORTS.has(w) && next === 'to' && findsOut(words, i + 2) && !words.slice(Math.max(0, i - 4), i).includes('spent')) out.add('tryingToFindOut');
    // "declined to provide guidance", "did not give a timetable", "refused to put a figure on it".
    // (Not "you cannot put a price on it": a thing beyond price, not a figure kept back.)
    const unable = words[negatedAt] === 'cannot' || words[negatedAt - 1] === 'ca' || words[negatedAt - 1] === 'can';
    if (GIVING.has(w) && (REFUSING.has(words[i - 2] ?? '') || (recent && i - negatedAt <= 3 && !(w === 'put' && unable)))
      && words.slice(i + 1, i + 5).some((x) => INFORMATION.has(x))) out.add('withheld+particular');
    if (TO_FIND.has(w)) toFindAt = i;
    if (UN_WORDS.has(w)) out.add('unWord');
    // "talks are continuing", "is in talks with", "negotiations are still going on".
    if (TALKS.has(w) && (prev === 'in' || words.slice(Math.max(0, i - 3), i + 4).some((x) => GOING.has(x)))) out.add('talks&underWay');
    // "subject to approval", "still needs the approval of", "awaiting clearance from regulators".
    // "put to the courts for approval", "has applied for clearance": asked for and not yet given.
    if (APPROVAL.has(w) && (prev === 'for' || words.slice(Math.max(0, i - 6), i).some((x) => NEEDING.has(x)))) out.add('approval&pending');
    // "a decision is expected next month", "an announcement is due on Friday".
    // ("a decision from the UK medicines regulator is expected": the outcome's maker may stand between.)
    if (OUTCOMES.has(w) && words.slice(i + 1, i + 8).some((x) => x === 'expected' || x === 'due' || x === 'awaited')) out.add('outcome&expected');
    if (w === 'open' && words.slice(Math.max(0, i - 3), i).some((x) => x === 'still' || x === 'remains' || x === 'remain' || x === 'wide')) out.add('still+open');
    if (WAITING.has(w)) {
      const ahead = words.slice(i + 1, i + 7);
      // "awaiting the referee's report before acting", "still awaiting verification", "waiting for a reply".
      if (ahead.some((x) => AWAITED.has(x))) out.add('awaiting&outcome');
      // "will have to wait 48 hours before knowing", "waiting to find out whether".
      if (ahead.some((x) => COMING_TO_KNOW.has(x))) out.add('waitToKnow');
    }
    // "has until next week to announce its verdict", "was given extra time to decide": a span still running.
    if (HOLDING.has(w) && (next === 'until' || (next === 'extra' && words[i + 2] === 'time')) && words.slice(i + 2, i + 7).includes('to')) out.add('timeToAct');
    const family = familyAt(words, i);
    if (family === 'inquiry') {
      inquiryAt = i;
      if (toFindAt >= 0 && i - toFindAt <= 8) out.add('toFind+inquiry');
      // "will review the timing", "plans to consider": an inquiry promised, not under way.
      if (prev === 'will' || prev === 'to' || prev === 'would') out.add('inquiry&promised');
      if (FORMAL_INQUIRY.test(w) && words.slice(Math.max(0, i - 6), i + 4).some((x) => ['is', 'are', 'being', 'still', 'ongoing', 'continuing', 'underway', 'continue', 'continues', 'launched', 'opened', 'under'].includes(x))) out.add('formalInquiry&underWay');
    }
    if (inquiryAt >= 0 && i > inquiryAt && i - inquiryAt <= 12 && FINDINGS.has(w)) out.add('inquiry&finding');
    const telling = KNOWING.get(w);
    if ((telling === 'confirm' || telling === 'disclose') && !w.startsWith('un')) {
      if (negatedAt < 0 && !NOT_PLAIN.has(prev) && !NOT_PLAIN.has(words[i - 2] ?? '')) out.add(`affirmed+${telling}`);
      // "will be named after training on Friday", "will announce … at a later date".
      if ((prev === 'be' || prev === 'will' || prev === 'to') && words.slice(i + 1, i + 10).some((x) => TIME.test(x))) out.add(`future+${telling}&time`);
    }
  }
  return [...out];
}
