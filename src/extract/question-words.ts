/**
 * The words the open-question features read: negations, question words, verbs and adjectives of
 * knowing and telling by family, word families by stem (an inquiry under way, a result awaited, a
 * doubt, a claim not confirmed, a search), and which words could take part in saying something is
 * unknown. Shared by question-features.ts and question-shapes.ts.
 */

export const NEGATIONS = new Set(['not', "n't", 'no', 'never', 'neither', 'nor', 'nobody', 'none', 'without', 'unable', 'cannot']);
export const WH = new Set(['whether', 'why', 'how', 'when', 'what', 'who', 'where', 'which', 'if']);

/** Verbs and adjectives of knowing and telling, by family: what a negation or a cue is about. */
export const KNOWING = new Map<string, string>(
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
export function familyAt(words: readonly string[], i: number): string | undefined {
  const family = wordFamily(words[i]!);
  if (family === LOOKING) {
    const next = words[i + 1];
    if (next === 'into') return 'inquiry';
    if (next === 'at' && words.slice(i + 2, i + 5).some((x) => WH.has(x) || INQUIRY_OBJECTS.has(x))) return 'inquiry';
    return undefined;
  }
  return family ?? undefined;
}

const LOOK = new Set(['look', 'looks', 'looking', 'looked']);

/** A form of "look", whose family the word after it decides. */
const LOOKING: unique symbol = Symbol('look');

/** Each word's family out of context (`KNOWING`, else `stemFamily`), or LOOKING; one look-up per word in a sentence. */
const wordFamilies = new Map<string, string | null | typeof LOOKING>();

function wordFamily(w: string): string | null | typeof LOOKING {
  let found = wordFamilies.get(w);
  if (found === undefined) {
    found = LOOK.has(w) ? LOOKING : w === 'considered' ? null : KNOWING.get(w) ?? stemFamily(w) ?? null;
    if (wordFamilies.size > 50_000) wordFamilies.clear();
    wordFamilies.set(w, found);
  }
  return found;
}

/** Whether a word could take part in saying something is unknown (memoised per word). */
const telling = new Map<string, boolean>();

export function mayTell(w: string): boolean {
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
  // question-choices.ts: a choice weighed, a fitness test to come, a race to be fit.
  'weigh', 'weighs', 'weighing', 'mulling', 'mulls', 'pondering', 'contemplating', 'deliberating', 'debating', 'consideration', 'test', 'tests', 'battling', 'racing',
  // question-kinds.ts: an approval still needed ("subject to regulatory approval").
  'approval', 'approvals', 'clearance', 'consent', 'ratification',
]);

/** What an inquiry is into: "investigating a possible link", "examining allegations that", "study into whether". */
export const INQUIRY_OBJECTS = new Set(['into', 'whether', 'if', 'allegations', 'claims', 'reports', 'possible', 'possibility', 'cause', 'causes', 'circumstances', 'feasibility', 'options']);
