/**
 * Features of one sentence for the learned decision "does the article say something here is not
 * known": the open-question cues it holds (question-cues.ts), whether it asks, hedges, negates or
 * names what is unknown, where it stands, and its words.
 */
import { tokenAt, type Article } from './context.ts';
import { bucketed } from './learned/linear.ts';
import { CHOICE, type QuestionCue } from './question-cues.ts';

const HEDGES = new Set(['could', 'may', 'might', 'expected', 'expects', 'likely', 'would', 'should', 'will', 'forecast', 'predicted', 'hopes', 'hope', 'plans', 'probably', 'possibly', 'perhaps']);
const NEGATIONS = new Set(['not', "n't", 'no', 'never', 'neither', 'nor', 'nobody', 'none', 'without', 'unable', 'cannot']);
const WH = new Set(['whether', 'why', 'how', 'when', 'what', 'who', 'where', 'which', 'if']);

/** Verbs and adjectives of knowing and telling, by family: what a negation or a cue is about. */
const KNOWING = new Map<string, string>(
  Object.entries({
    know: 'know', knows: 'know', knew: 'know', known: 'know', unknown: 'know',
    clear: 'clear', unclear: 'clear', certain: 'clear', uncertain: 'clear', sure: 'clear',
    say: 'say', says: 'say', said: 'say', tell: 'say', told: 'say', comment: 'say', commented: 'say', speculate: 'say',
    disclose: 'disclose', disclosed: 'disclose', reveal: 'disclose', revealed: 'disclose', release: 'disclose', released: 'disclose', publish: 'disclose', published: 'disclose', announce: 'disclose', announced: 'disclose', identify: 'disclose', identified: 'disclose', name: 'disclose', named: 'disclose',
    confirm: 'confirm', confirmed: 'confirm', verify: 'confirm', verified: 'confirm', unconfirmed: 'confirm', unverified: 'confirm',
    explain: 'explain', explained: 'explain', specify: 'explain', specified: 'explain', elaborate: 'explain', clarify: 'explain', detail: 'explain', details: 'explain',
    determine: 'determine', determined: 'determine', establish: 'determine', established: 'determine', estimate: 'determine', decide: 'decide', decided: 'decide', undecided: 'decide', settled: 'decide',
    decision: 'decide', deadline: 'decide',
    respond: 'respond', responded: 'respond', reply: 'respond', replied: 'respond', answer: 'respond', answered: 'respond', unanswered: 'respond',
    mystery: 'know', question: 'question', questions: 'question', whether: 'question',
  }),
);

/** Where a sentence stands relative to the quotations of the article. */
export interface SentencePlace {
  /** The sentence overlaps a quotation (someone's words, not the reporter's). */
  quoted: boolean;
  /** The question is answered in the next sentence ("So why …? Because …"). */
  answered: boolean;
  /** The paragraph is an interviewer's question ("Q: …"). */
  interview: boolean;
}

/**
 * Word families by stem that tell of something not settled yet, however the sentence words it:
 * an inquiry under way ("assessing", "examining", "probe"), a result awaited ("pending", "due
 * later"), a doubt ("unsure", "doubts"), a claim not confirmed ("suspected", "reportedly"), a
 * search ("hunting for", "whereabouts").
 */
const STEM_FAMILIES: Array<[RegExp, string]> = [
  [/^(?:investigat|inquir|enquir|probe|probing|examin|assess|stud(?:y|ying|ies)|review|consider|explor|look(?:ing)?$)/, 'inquiry'],
  [/^(?:await|wait(?:ing)?$|pending|later$|due$|yet$)/, 'pending'],
  [/^(?:unsure|doubt|wonder|uncertain|puzzl|baffl|queried$|query$)/, 'doubt'],
  [/^(?:suspect|believed$|reported(?:ly)?$|alleg|suggest|rumou?r|speculat|claim)/, 'unconfirmed'],
  [/^(?:hunt|search|seek|sought|missing$|whereabouts)/, 'search'],
];

const families = new Map<string, string | null>();

function stemFamily(word: string): string | undefined {
  let found = families.get(word);
  if (found === undefined) {
    found = null;
    for (const [re, family] of STEM_FAMILIES) if (re.test(word)) {
      found = family;
      break;
    }
    if (families.size > 50_000) families.clear();
    families.set(word, found);
  }
  return found ?? undefined;
}

/**
 * The family of word `i` in its sentence: as `KNOWING` or `stemFamily` give it, except where the
 * word's neighbours change its sense — "looking into", "looking at whether" are an inquiry,
 * "looking for", "looking forward", "looking to expand" are not; "is considered (to be) among the
 * best" is a judgement, not something under consideration.
 */
function familyAt(words: readonly string[], i: number): string | undefined {
  const w = words[i]!;
  if (LOOK.has(w)) {
    const next = words[i + 1];
    if (next === 'into') return 'inquiry';
    if (next === 'at' && words.slice(i + 2, i + 5).some((x) => WH.has(x) || INQUIRY_OBJECTS.has(x))) return 'inquiry';
    return undefined;
  }
  if (w === 'considered') return undefined;
  return KNOWING.get(w) ?? stemFamily(w);
}

const LOOK = new Set(['look', 'looks', 'looking', 'looked']);

/** Whether a word could take part in saying something is unknown (memoised per word). */
const telling = new Map<string, boolean>();

function mayTell(w: string): boolean {
  let known = telling.get(w);
  if (known === undefined) {
    // Plain verbs of saying ("said", "told") tell nothing unknown without a negation or a cue.
    known = NEGATIONS.has(w) || (KNOWING.has(w) && KNOWING.get(w) !== 'say') || CUE_WORDS.has(w) || w.startsWith('un')
      || w.endsWith("n't") || w.endsWith('n’t') || stemFamily(w) !== undefined;
    if (telling.size > 50_000) telling.clear();
    telling.set(w, known);
  }
  return known;
}

/**
 * Words one of the open-question cues needs besides negations and words of knowing ("remains to
 * be seen", "declined to say", "under wraps", "too early to", "jury is out", "if confirmed"); with
 * NEGATIONS, KNOWING and words starting "un" they cover every cue (test/extract/question-cues.test.ts).
 */
const CUE_WORDS = new Set([
  'declined', 'refused', 'seen', 'investigated', 'under', 'trying', 'working', 'seeking', 'attempting', 'find', 'understand',
  'too', 'jury', 'if', 'open', 'yet', 'impossible', 'little', 'word', 'indication', 'information', 'way',
  // stanceShapes and "yetTo": "wait and see", "we'll see what", "still to be heard", "to discover the extent".
  'see', 'still', 'discover', 'ruling', 'verdict', 'hearing', 'tribunal',
]);

/** Forms of "be" and words that put an inquiry or a wait in the present: "is investigating", "still awaiting". */
const UNDER_WAY = new Set(['is', 'are', 'was', 'were', 'being', 'been', 'still', 'continuing', 'continues', 'launched', 'opened', 'faces', 'face', 'facing', 'ongoing', 'under']);
/** Words that keep an inquiry going, before or after it: "an ongoing probe", "investigations are continuing". */
const GOING_ON = new Set(['ongoing', 'continuing', 'continue', 'continues', 'underway']);
/** What an inquiry is into: "investigating a possible link", "examining allegations that", "study into whether". */
const INQUIRY_OBJECTS = new Set(['into', 'whether', 'if', 'allegations', 'claims', 'reports', 'possible', 'possibility', 'cause', 'causes', 'circumstances', 'feasibility', 'options']);
/** What a doubt is about: "doubts over", "a doubt for", "unsure about". */
const DOUBT_OBJECTS = new Set(['over', 'about', 'for', 'with', 'on', 'as']);
/** Words that put a disclosure or a decision later: "will be announced next week", "has until Friday to". */
const LATER = new Set(['later', 'next', 'coming', 'until', 'due', 'soon', 'awaited', 'pending']);

/**
 * Shapes in which a sentence tells of something not settled, built from word families rather than
 * phrases, so that new wordings of the same kind share features: an inquiry under way and what it
 * is into, a doubt about a wh-clause, a disclosure or decision put off to later, "either … or",
 * a negation with "yet" ("no sample has been tested yet"), a claim reported but not confirmed.
 */
function unsettledShapes(words: readonly string[]): string[] {
  const out = new Set<string>();
  let negation = -1;
  let either = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'either') either = true;
    if (w === 'or' && either) out.add('eitherOr');
    if (NEGATIONS.has(w) || w.endsWith("n't")) negation = i;
    if (w === 'yet' && negation >= 0 && i - negation <= 8) out.add('negated&yet');
    const family = familyAt(words, i);
    if (!family) continue;
    const prev = words[i - 1] ?? '';
    const prev2 = words[i - 2] ?? '';
    const next = words.slice(i + 1, i + 4);
    if (family === 'inquiry') {
      // "is investigating", "still being examined"; "an ongoing fraud probe", "investigations are still going on".
      if (UNDER_WAY.has(prev) || UNDER_WAY.has(prev2) || words.slice(Math.max(0, i - 5), i).some((x) => GOING_ON.has(x)) || next.some((x) => GOING_ON.has(x) || x === 'still')) out.add('inquiry&underWay');
      if (next.some((x) => INQUIRY_OBJECTS.has(x) || WH.has(x))) out.add('inquiry&object');
    }
    // "unsure what caused", "doubts over Savage", "a doubt for the final", "put in doubt" — not "no doubt".
    if (family === 'doubt' && prev !== 'no' && prev !== 'without' && (prev === 'in' || next.some((x) => WH.has(x) || DOUBT_OBJECTS.has(x)))) out.add('doubt&about');
    if (family === 'pending' && (UNDER_WAY.has(prev) || UNDER_WAY.has(prev2))) out.add('pending&underWay');
    if (family === 'unconfirmed' && (next[0] === 'that' || next[0] === 'of' || (words[i + 1] && /^[a-z]/.test(words[i + 1]!) && w.startsWith('suspect')))) out.add('unconfirmed&claim');
    if (['disclose', 'decide', 'explain', 'determine', 'respond'].includes(family)) {
      const around = words.slice(Math.max(0, i - 3), i + 6);
      if (around.includes('will') || around.includes('to')) {
        if (around.some((x) => LATER.has(x))) out.add(`later+${family}`);
      }
      if (prev === 'no' || prev2 === 'no') out.add(`no+${family}`);
    }
  }
  return [...out];
}

/** Body parts and ailments, and the words of a fitness check: what a sports doubt is usually about. */
const FITNESS = /^(?:injur|fitness$|fit$|unfit$|hamstring|knee|ankle|groin|calf$|thigh|shoulder|wrist|hip$|achilles|strain|scan$|scans$|illness|virus$)/;
/** Verbs of finding out, after "to": "a scan to discover the extent", "a fitness test to see if he can play". */
const FIND_OUT = new Set(['determine', 'discover', 'establish', 'assess', 'ascertain', 'gauge', 'decide']);
/** What finding out is about besides a wh-clause: "the extent of the damage", "the cause". */
const FIND_OUT_OBJECTS = new Set(['extent', 'cause', 'severity', 'seriousness']);
/** Words that put what a speaker does not know ahead of them: "what I'll do next year", "whether he will need". */
const AHEAD = new Set(['will', 'going', 'next', 'until', 'whether', 'if', 'yet', 'future', 'tomorrow', 'soon']);
/** Verbs of refusing, which negate the telling verb after "to": "refused to reveal", "declined to confirm". */
const REFUSALS = new Set(['refused', 'refuses', 'refuse', 'declined', 'declines', 'decline', 'failed', 'fails']);
/** Words of doubt proper ("wonderful" is no doubt, "beyond doubt" none). */
const DOUBTS = new Set(['doubt', 'doubts', 'doubtful', 'unsure', 'uncertain', 'uncertainty', 'wonder', 'wondered', 'wondering', 'undecided', 'queried']);
/** Verbs that keep a doubt alive: "doubts remain", "uncertainty persists". */
const LINGERS = new Set(['remain', 'remains', 'remained', 'exist', 'exists', 'persist', 'persists', 'linger', 'lingers', 'surround', 'surrounds', 'hang', 'hangs']);
/** Rulings, hearings and verdicts: something a body has yet to decide. */
const RULING = new Set(['ruling', 'verdict', 'hearing', 'tribunal', 'appeal', 'judgment', 'judgement', 'outcome']);

/** True when "see" or "seen" at `i` waits on something: "wait and see", "have to see", "remains to be seen", "will see what". */
function waitsToSee(words: readonly string[], i: number): boolean {
  const prev = words[i - 1] ?? '';
  const prev2 = words[i - 2] ?? '';
  if (prev === 'and') return prev2 === 'wait';
  if (prev === 'to') return ['have', 'has', 'had', 'wait', 'waiting'].includes(prev2);
  if (prev === 'be') return prev2 === 'to' && ['remains', 'remain', 'remained', 'yet', 'still'].includes(words[i - 3] ?? '');
  return (prev === 'will' || prev === 'shall') && WH.has(words[i + 1] ?? '');
}

/**
 * Shapes of a speaker's own uncertainty and of things that wait on a test, a hearing or a choice,
 * from word families: "we will have to wait and see", "we'll have to see what happens", "who knows
 * whether", "I'm not sure if", "I don't know what I'll do" (apart from "I don't know what I was
 * doing": what is past), a fitness test "to see if he can play", a scan "to discover the extent", a
 * tribunal "which will decide if", "a decision on whether"; and, pushing the other way, "did not
 * disclose that …" (the article then states what was kept back).
 */
function stanceShapes(words: readonly string[], quoted: boolean): string[] {
  const out = new Set<string>();
  let fitness = false;
  let doubtful = false;
  let future = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1] ?? '';
    const prev2 = words[i - 2] ?? '';
    const next = words[i + 1] ?? '';
    if (FITNESS.test(w)) fitness = true;
    // "wait and see", "(have|has) to see", "remains to be seen", "we'll see what happens".
    if ((w === 'see' || w === 'seen') && waitsToSee(words, i)) {
      out.add('waitAndSee');
      doubtful = true;
    }
    // "who knows whether", "nobody knows", "no one can say".
    if ((w === 'knows' || w === 'know') && (prev === 'who' || prev === 'nobody' || (prev === 'one' && prev2 === 'no'))) {
      out.add('nobodyKnows');
      doubtful = true;
    }
    // "a test to see if", "a scan to discover the extent", "to determine just how long".
    // "to see" only after a test or an injury: "a fitness test to see if he can play", not "looking at clubs to see how".
    if (w === 'to' && (FIND_OUT.has(next) || (next === 'see' && fitness))) {
      const after = words.slice(i + 2, i + 5);
      if (after.some((x) => WH.has(x) || FIND_OUT_OBJECTS.has(x))) {
        out.add(next === 'decide' ? 'toDecide&wh' : 'toFindOut');
        doubtful = true;
      }
    }
    // "a decision on whether the trial takes place", "no decision on how to".
    if ((w === 'decision' || w === 'ruling' || w === 'verdict') && ['on', 'over', 'about', 'as'].includes(next) && words.slice(i + 2, i + 5).some((x) => WH.has(x))) {
      out.add('deciding&wh');
      doubtful = true;
    }
    // "which will decide if", "will determine whether", "is deciding whether to appeal".
    if ((w.startsWith('decid') || w.startsWith('determin')) && (WH.has(next) || (next === 'on' && WH.has(words[i + 2] ?? '')))) {
      if (['will', 'is', 'are', 'still', 'yet', 'to', 'must', 'being'].includes(prev) || ['will', 'is', 'are', 'still', 'yet'].includes(prev2)) {
        out.add('deciding&wh');
        doubtful = true;
      }
    }
    // "a ruling is expected", "the hearing is still to be held", "has until next week to announce its verdict".
    if (RULING.has(w) && words.slice(Math.max(0, i - 6), i + 6).some((x) => LATER.has(x) || x === 'expected' || x === 'awaiting' || x === 'awaited')) out.add('ruling&later');
    // "did not disclose that …", "failed to reveal that …": the article states what was kept back.
    if (next === 'that' && KNOWING.get(w) === 'disclose' && words.slice(Math.max(0, i - 3), i).some((x) => NEGATIONS.has(x) || x.endsWith("n't") || x === 'failed')) out.add('withheld&that');
    // "I'm not sure", "I don't know", "we cannot say": the speaker's own doubt.
    if ((KNOWING.get(w) === 'know' || KNOWING.get(w) === 'clear' || w === 'prejudge' || w === 'tell') && words.slice(Math.max(0, i - 4), i).some((x) => NEGATIONS.has(x) || x.endsWith("n't"))
      && words.slice(Math.max(0, i - 5), i).some((x) => x === 'i' || x === 'we')) {
      // About what is still to come ("I don't know what I'll do next year", "whether he will need
      // an operation") rather than what has passed ("I don't know what I was doing there").
      out.add(words.slice(i + 1).some((x) => AHEAD.has(x)) ? 'speakerUnsure&ahead' : 'speakerUnsure');
      doubtful = true;
    }
    if (DOUBTS.has(w) && prev !== 'no' && prev !== 'without' && prev !== 'beyond' && prev !== 'of') {
      doubtful = true;
      // "undecided about whether to": a doubt of one's own choice (its family is "decide").
      if (w === 'undecided' && (WH.has(next) || DOUBT_OBJECTS.has(next))) out.add('doubt&about');
      // "doubts remain over", "uncertainty remains about", "doubts also exist over how much".
      if (words.slice(i + 1, i + 4).some((x) => LINGERS.has(x))) out.add('doubt&remains');
    }
    if (w === 'will' || w === 'going' || w === 'next' || w === 'until' || w === 'whether') future = true;
  }
  if (fitness && doubtful) out.add('fitness&doubt');
  if (quoted && doubtful) out.add(future ? 'quoted&doubtful&ahead' : 'quoted&doubtful');
  return [...out];
}

/**
 * True when sentence `index` holds no negation and no word of knowing or disclosing ("know",
 * "clear", "disclose", "whether", "investigating" …; a plain "said" does not count): with no cue
 * and no question mark either, nothing in it can say that something is unknown (the hand rule
 * 'plain-statement').
 */
export function saysNothingOfKnowing(article: Article, index: number): boolean {
  const sentence = article.sentences[index]!;
  for (let k = tokenAt(article, sentence.start); k < article.tokens.length && article.tokens[k]!.start < sentence.end; k++) {
    const w = article.tokens[k]!.lower;
    if (mayTell(w)) return false;
  }
  return true;
}

/**
 * The features of sentence `index` of `article`, given the cues found in it (and, when the caller
 * has it, whether the sentence neither asks nor `saysNothingOfKnowing`).
 */
export function questionFeatures(
  article: Article, index: number, cues: ReadonlyArray<Pick<QuestionCue, 'id'>>, place: SentencePlace, plainKnown?: boolean,
): string[] {
  const sentence = article.sentences[index]!;
  const text = sentence.text;
  const f = new Set<string>();
  // One feature per cue, and one for any cue: a cue rare in the training articles still counts
  // through the shared one.
  for (const c of cues) f.add(`cue=${c.id}`);
  if (cues.length >= 1) f.add('anyCue');
  if (cues.length >= 2) f.add('cues>=2');
  const asked = text.trim().endsWith('?');
  if (asked) {
    f.add('asked');
    if (place.quoted) f.add('asked&quoted');
    if (place.answered) f.add('asked&answered');
    if (place.interview) f.add('asked&interview');
  }
  if (place.quoted) f.add('quoted');
  // The sentence's words from the article's tokens (lower case, letters only), read once.
  const words: string[] = [];
  for (let k = tokenAt(article, sentence.start); k < article.tokens.length && article.tokens[k]!.start < sentence.end; k++) {
    const tok = article.tokens[k]!;
    const w = tok.lower;
    const c = w.charCodeAt(0);
    if ((c >= 97 && c <= 122) || w === "n't" || w === 'n’t') words.push(w === 'n’t' ? "n't" : w);
    else if (w === "'ll" || w === '’ll') words.push('will');
  }
  let negated = false;
  let wh = false;
  let unsettled = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "has yet to decide", "is still to be named", "has not yet confirmed": something not done
    // yet, and which kind of thing (a decision, a disclosure, anything else).
    const pending = ((w === 'yet' || w === 'still') && words[i + 1] === 'to') ? 'yetTo' : (w === 'not' && words[i + 1] === 'yet') ? 'notYet' : undefined;
    if (pending) {
      unsettled = true;
      f.add(pending);
      // The verb of the infinitive, past "be" or an adverb ("yet to be named", "yet to officially confirm").
      const skip = words[i + 2] === 'be' || words[i + 2]?.endsWith('ly');
      const verb = words[i + (skip ? 3 : 2)];
      f.add(`${pending}+${(verb && KNOWING.get(verb)) ?? 'act'}`);
    }
    // "whether or not": a choice or a condition, neither a negation nor an unknown.
    if (w === 'whether' && words[i + 1] === 'or' && words[i + 2] === 'not') {
      f.add('whetherOrNot');
      i += 2;
      continue;
    }
    // A refusal to tell is a negation of telling: "refused to reveal whether", "declined to confirm".
    const refusal = REFUSALS.has(w) && words[i + 1] === 'to' && familyAt(words, i + 2) !== undefined;
    if (((NEGATIONS.has(w) || w.endsWith("n't")) && !(w === 'no' && words[i + 1] === 'doubt')) || refusal) {
      negated = true;
      // "not be able to tell", "not yet confirmed": the verb may stand a few words on.
      for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
        const family = familyAt(words, j);
        if (family) {
          f.add(`not+${family}`);
          break;
        }
      }
    }
    if (WH.has(w)) {
      wh = true;
      f.add(`wh=${w}`);
    }
    if (HEDGES.has(w)) f.add(`hedge=${w}`);
    const family = familyAt(words, i);
    if (family && !(family === 'doubt' && (words[i - 1] === 'no' || words[i - 1] === 'without'))) f.add(`know=${family}`);
    if (w === 'i' || w === 'we') f.add('firstPerson');
  }
  for (const g of unsettledShapes(words)) f.add(g);
  for (const g of stanceShapes(words, place.quoted)) f.add(g);
  if (cues.length === 0 && (plainKnown ?? (!asked && saysNothingOfKnowing(article, index)))) f.add('plain');
  // "will decide whether to …" is a choice to be made; "has not yet decided whether to …" leaves
  // it open, for the model to weigh.
  if (CHOICE.test(text)) f.add(negated || unsettled ? 'choice&open' : 'choice');
  if (negated) f.add('negated');
  if (negated && wh) f.add('negated&wh');
  f.add(bucketed('words', words.length, [8, 20, 40]));
  if (index === 0) f.add('lead');
  return [...f];
}
