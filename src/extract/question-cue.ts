/** The shape of one open-question cue (the tables are in question-cues-told.ts and question-cues-known.ts). */

/** One cue: a pattern, with an example it matches and a near miss it must not. */
export interface QuestionCue {
  id: string;
  pattern: RegExp;
  /** A sentence the pattern matches, in which something is said to be unknown. */
  example: string;
  /** A near miss: a sentence with similar words that the pattern must not match. */
  negative: string;
  note?: string;
}
