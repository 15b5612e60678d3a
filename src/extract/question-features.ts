/**
 * Features of one sentence for the learned decision "does the article say something here is not
 * known": the open-question cues it holds (question-cues.ts), whether it asks, hedges, negates or
 * names what is unknown, where it stands, and its words.
 */
import { tokenAt, type Article } from './context.ts';
import { bucketed } from './learned/linear.ts';
import { CHOICE, type QuestionCue } from './question-cues.ts';
import { choiceKinds, CLOSED_CHOICES, OPEN_CHOICES } from './question-choices.ts';
import { isOpenKind, pendingKinds } from './question-kinds.ts';
import { stanceShapes, unsettledShapes } from './question-shapes.ts';
import { familyAt, KNOWING, mayTell, NEGATIONS, WH } from './question-words.ts';

const HEDGES = new Set(['could', 'may', 'might', 'expected', 'expects', 'likely', 'would', 'should', 'will', 'forecast', 'predicted', 'hopes', 'hope', 'plans', 'probably', 'possibly', 'perhaps']);
/** Verbs of refusing, which negate the telling verb after "to": "refused to reveal", "declined to confirm". */
const REFUSALS = new Set(['refused', 'refuses', 'refuse', 'declined', 'declines', 'decline', 'failed', 'fails']);

/**
 * Verbs that settle something when done, read only after "yet to" / "still to": "has yet to agree
 * terms", "is still to be heard", "has yet to sign" leave a decision open (elsewhere they are plain).
 */
const SETTLING = new Map<string, string>(
  ['agree', 'sign', 'accept', 'approve', 'rule', 'heard', 'hear', 'ratify', 'finalise', 'finalize', 'resolve', 'settle', 'choose', 'select', 'pick', 'appoint']
    .map((w) => [w, 'decide']),
);
/** Verbs whose noun says what is done: "make a decision", "give an answer", "reach a verdict". */
const MAKING = new Set(['make', 'take', 'give', 'reach', 'issue', 'provide']);
/** Words after which a family word tells of something still under way: "still awaiting", "still faces an FA investigation". */
const STILL = new Set(['still', 'remains', 'remain']);
/** The families "still" keeps open: an inquiry, a wait, a doubt, a search, a decision. */
const STILL_FAMILIES = new Set(['inquiry', 'pending', 'doubt', 'search', 'decide']);

/** A year, which stands for a time like "March" or "spring". */
const YEAR = /^(?:1[89]|20)\d\d$/;
/**
 * Kinds of question-kinds.ts and question-shapes.ts that look open but state what is settled or
 * only hold a view (pooled with those of question-choices.ts by `closedKind`): a disclosure put
 * off to a stated time, "did not disclose that …", "I don't think", "whether or not".
 */
const CLOSED_KINDS = new Set(['notUntil', 'withheld&that', 'not+opinion', 'whetherOrNot']);

/** Features that alone say nothing of an unknown (see 'noSignal'). */
const NO_SIGNAL = /^(?:quoted|firstPerson|hedge=.*|know=say|plain)$/;

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
 * True when sentence `index` holds no negation and no word of knowing or disclosing ("know",
 * "clear", "disclose", "whether", "investigating" …; a plain "said" does not count): with no cue
 * and no question mark either, nothing in it can say that something is unknown (the hand rule
 * 'plain-statement').
 */
export function saysNothingOfKnowing(article: Article, index: number): boolean {
  const sentence = article.sentences[index]!;
  for (let k = tokenAt(article, sentence.start); k < article.tokens.length && article.tokens[k]!.start < sentence.end; k++) {
    const w = article.tokens[k]!.lower;
    // "no longer" is a change, not a thing unknown.
    if (w === 'no' && article.tokens[k + 1]?.lower === 'longer') continue;
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
  // "the terms remain under wraps", "its cause remains a mystery": a cue kept up to now (pooled by `openKind`).
  if (cues.length >= 1 && /\bremain(?:s|ed)?\b/i.test(text)) f.add('cue&remains');
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
    // "I'm" is one token: the speaker is "i" all the same ("I'm not sure").
    if ((c >= 97 && c <= 122) || w === "n't" || w === 'n’t') words.push(w === 'n’t' ? "n't" : w);
    else if (w === "'ll" || w === '’ll') words.push('will');
    // A year is a time all the same: "not expected until 2027".
    else if (w.length === 4 && YEAR.test(w)) words.push('year');
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
      // "not yet been published", "not yet able to say".
      let at = i + 2;
      while (at < i + 5 && (words[at] === 'be' || words[at] === 'been' || words[at] === 'being' || words[at]?.endsWith('ly') || words[at] === 'able' || words[at] === 'to')) at++;
      const verb = words[at];
      // "has yet to make a final decision", "is yet to give an answer": the family of the noun the verb takes.
      const taken = verb && MAKING.has(verb) ? words.slice(at + 1, at + 4).map((x) => KNOWING.get(x)).find((x) => x !== undefined) : undefined;
      f.add(`${pending}+${(verb && (KNOWING.get(verb) ?? SETTLING.get(verb))) ?? taken ?? 'act'}`);
    }
    // "whether or not": a choice or a condition, neither a negation nor an unknown.
    if (w === 'whether' && words[i + 1] === 'or' && words[i + 2] === 'not') {
      f.add('whetherOrNot');
      i += 2;
      continue;
    }
    // A refusal to tell is a negation of telling: "refused to reveal whether", "declined to confirm".
    const refusal = REFUSALS.has(w) && words[i + 1] === 'to' && familyAt(words, i + 2) !== undefined;
    // "no doubt" and "no longer" negate neither a knowing nor a telling.
    if (((NEGATIONS.has(w) || w.endsWith("n't")) && !(w === 'no' && (words[i + 1] === 'doubt' || words[i + 1] === 'longer'))) || refusal) {
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
    // "little is known about", "little has been disclosed": a near-negation of knowing or telling.
    if (w === 'little' && (words[i + 1] === 'is' || words[i + 1] === 'was' || words[i + 1] === 'has')) {
      for (let j = i + 2; j < Math.min(words.length, i + 5); j++) {
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
    // "still awaiting", "still faces an FA investigation", "remains unclear": a family word a few
    // words after "still" or "remains" is not settled yet.
    if (family && STILL_FAMILIES.has(family) && words.slice(Math.max(0, i - 4), i).some((x) => STILL.has(x))) f.add(`still+${family}`);
    if (w === 'i' || w === 'we') f.add('firstPerson');
  }
  for (const g of unsettledShapes(words)) f.add(g);
  for (const g of stanceShapes(words, place.quoted)) f.add(g);
  for (const g of pendingKinds(words)) f.add(g);
  for (const g of choiceKinds(words)) f.add(g);
  if ([...f].some((x) => isOpenKind(x) || OPEN_CHOICES.has(x))) f.add('openKind');
  if ([...f].some((x) => CLOSED_CHOICES.has(x) || CLOSED_KINDS.has(x))) f.add('closedKind');
  if (cues.length === 0 && (plainKnown ?? (!asked && saysNothingOfKnowing(article, index)))) f.add('plain');
  // "will decide whether to …" is a choice to be made; "has not yet decided whether to …" leaves
  // it open, for the model to weigh.
  if (CHOICE.test(text)) f.add(negated || unsettled ? 'choice&open' : 'choice');
  if (negated) f.add('negated');
  if (negated && wh) f.add('negated&wh');
  // Nothing in it tells of knowing, negates, asks or waits: only quotation, hedges and "said".
  if (![...f].some((x) => !NO_SIGNAL.test(x))) f.add('noSignal');
  f.add(bucketed('words', words.length, [8, 20, 40]));
  if (index === 0) f.add('lead');
  return [...f];
}
