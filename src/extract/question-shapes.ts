/**
 * Shapes in which a sentence tells of something not settled — an inquiry under way, a doubt, a
 * disclosure or decision put off, a speaker's own uncertainty, a test or hearing still to come —
 * built from word families rather than phrases, as features of the open-question decision
 * (question-features.ts).
 */
import { familyAt, INQUIRY_OBJECTS, KNOWING, NEGATIONS, WH } from './question-words.ts';
import { memoised } from './memo.ts';

/** Forms of "be" and words that put an inquiry or a wait in the present: "is investigating", "still awaiting". */
const UNDER_WAY = new Set(['is', 'are', 'was', 'were', 'being', 'been', 'still', 'continuing', 'continues', 'launched', 'opened', 'faces', 'face', 'facing', 'ongoing', 'under']);
/** Words that keep an inquiry going, before or after it: "an ongoing probe", "investigations are continuing". */
const GOING_ON = new Set(['ongoing', 'continuing', 'continue', 'continues', 'underway']);
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
export function unsettledShapes(words: readonly string[]): string[] {
  const out = new Set<string>();
  let negation = -1;
  let either = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'either') either = true;
    if (w === 'or' && either) out.add('eitherOr');
    if (NEGATIONS.has(w) || w.endsWith("n't")) negation = i;
    if (w === 'yet' && negation >= 0 && i - negation <= 12) out.add('negated&yet');
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

/** `FITNESS.test(word)`, memoised per word: every word of a sentence is tried. */
const isFitness = memoised((word) => FITNESS.test(word));

/** Verbs of finding out, after "to": "a scan to discover the extent", "a fitness test to see if he can play". */
const FIND_OUT = new Set(['determine', 'discover', 'establish', 'assess', 'ascertain', 'gauge', 'decide']);
/** What finding out is about besides a wh-clause: "the extent of the damage", "the cause". */
const FIND_OUT_OBJECTS = new Set(['extent', 'cause', 'severity', 'seriousness']);
/** Words that put what a speaker does not know ahead of them: "what I'll do next year", "whether he will need". */
const AHEAD = new Set(['will', 'going', 'next', 'until', 'whether', 'if', 'yet', 'future', 'tomorrow', 'soon']);
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
export function stanceShapes(words: readonly string[], quoted: boolean): string[] {
  const out = new Set<string>();
  let fitness = false;
  let doubtful = false;
  let future = false;
  let assessing = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1] ?? '';
    const prev2 = words[i - 2] ?? '';
    const next = words[i + 1] ?? '';
    if (!fitness && isFitness(w)) fitness = true;
    // "with a suspected broken ankle": an injury not yet confirmed.
    if (w === 'suspected' && words.slice(i + 1, i + 3).some(isFitness)) {
      out.add('suspected&injury');
      doubtful = true;
    }
    // "the doctors are assessing her injury", "his knee will be examined": a fitness check under way.
    if (familyAt(words, i) === 'inquiry' && !w.startsWith('consider') && !w.startsWith('look')) assessing = true;
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
    if ((next === 'that' || next === 'these' || next === 'those') && KNOWING.get(w) === 'disclose' && words.slice(Math.max(0, i - 3), i).some((x) => NEGATIONS.has(x) || x.endsWith("n't") || x === 'failed')) out.add('withheld&that');
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
      // "remains in doubt", "is still in doubt".
      if (words.slice(i + 1, i + 4).some((x) => LINGERS.has(x)) || (prev === 'in' && (LINGERS.has(prev2) || prev2 === 'still'))) out.add('doubt&remains');
    }
    if (w === 'will' || w === 'going' || w === 'next' || w === 'until' || w === 'whether') future = true;
  }
  if (fitness && (doubtful || assessing)) out.add('fitness&doubt');
  if (quoted && doubtful) out.add(future ? 'quoted&doubtful&ahead' : 'quoted&doubtful');
  return [...out];
}
