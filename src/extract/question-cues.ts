/**
 * Phrases that say something is not known: the open-question cues. Each is general English, not
 * tied to a story, and each entry carries a sentence it must match (an open question) and a near
 * miss it must not match; test/extract/question-cues.test.ts checks every entry. The cues are
 * features of the learned open-question decision (question-features.ts), not verdicts: a sentence
 * with a cue can still be judged a forecast or a hedge, and one without can still be judged open.
 */

import { KNOWN_CUES } from './question-cues-known.ts';
import { TOLD_CUES } from './question-cues-told.ts';
import type { QuestionCue } from './question-cue.ts';

export type { QuestionCue } from './question-cue.ts';

/** Every cue, in one list: those about not telling, then those about not knowing. */
export const QUESTION_CUES: readonly QuestionCue[] = [...TOLD_CUES, ...KNOWN_CUES];

/** All cues as one pattern: most sentences hold none, and one scan rejects them fast. */
export const ANY_CUE = new RegExp(QUESTION_CUES.map((c) => `(?:${c.pattern.source})`).join('|'), 'i');

/** "will decide whether to strike or wait": a choice someone is due to make, not an unknown. */
export const CHOICE = /\b(?:decide|decides|decided|deciding|choose|chooses|chose|vote|votes|voted|voting)\b[^.?!]{0,30}\bwhether\s+to\b/i;

/** Words that mark a "whether … or …" clause as someone's choice or a forecast, not an unknown. */
export const NOT_OPEN = /\b(?:whether or not|regardless of whether)\b/i;

/** The cues found in `text` (ids and matched words), the whether-or cue only where it is not a choice. */
export function cuesIn(text: string): Array<{ id: string; words: string }> {
  if (!ANY_CUE.test(text)) return [];
  const out: Array<{ id: string; words: string }> = [];
  for (const cue of QUESTION_CUES) {
    const m = cue.pattern.exec(text);
    if (!m) continue;
    if (cue.id === 'whether-or' && (NOT_OPEN.test(text) || CHOICE.test(text))) continue;
    out.push({ id: cue.id, words: m[0] });
  }
  return out;
}
