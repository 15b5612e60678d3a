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

/** "will decide whether to strike or wait": a choice someone is due to make (the feature `choice`, which the model weighs). */
export const CHOICE = /\b(?:decide|decides|decided|deciding|choose|chooses|chose|vote|votes|voted|voting)\b[^.?!]{0,30}\bwhether\s+to\b/i;

/** Words that mark a "whether … or …" clause as someone's choice or a forecast, not an unknown. */
export const NOT_OPEN = /\b(?:whether or not|regardless of whether)\b/i;

/**
 * Calls `visit` with each character of a pattern's source that is neither escaped nor inside a
 * character class, and the depth of groups after it; stops when `visit` returns true.
 */
function walkPattern(source: string, visit: (i: number, ch: string, depth: number) => boolean): void {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else {
      if (ch === '[') inClass = true;
      else if (ch === '(') depth++;
      else if (ch === ')') depth--;
      if (visit(i, ch, depth)) return;
    }
  }
}

/** The top-level alternatives of a pattern's source (`a|(b|c)` → `a`, `(b|c)`). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  walkPattern(source, (i, ch, depth) => {
    if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
    return false;
  });
  out.push(source.slice(from));
  return out;
}

/**
 * The cues as one pattern for scanning (finds each position where some cue matches, from
 * `lastIndex` on). Every cue starts at a word boundary, so the `\b` is tested once per position
 * rather than once per cue: the same positions match, and most positions (inside words) are
 * rejected at once. A cue not starting with `\b` keeps the plain union.
 */
const ANY_CUE_SCAN = ((): RegExp => {
  const alts = QUESTION_CUES.flatMap((c) => alternatives(c.pattern.source));
  const atWordStart = alts.every((a) => a.startsWith('\\b'));
  const source = atWordStart ? `\\b(?:${alts.map((a) => `(?:${a.slice(2)})`).join('|')})` : ANY_CUE.source;
  return new RegExp(source, 'gi');
})();

/** Each cue anchored at `lastIndex`: does the cue match exactly there, and with which words. */
const CUES_AT = QUESTION_CUES.map((c) => new RegExp(c.pattern.source, `${c.pattern.flags.replace(/[gy]/g, '')}y`));

/** The end of the group opening `source` at 0 (the index of its `)`), or -1. */
function groupEnd(source: string): number {
  let end = -1;
  walkPattern(source, (i, ch, depth) => {
    if (ch === ')' && depth === 0) end = i;
    return end >= 0;
  });
  return end;
}

/**
 * The ASCII letters (lower case) a match of `source` can start with, or undefined when it cannot
 * tell (anything else at the start, a quantifier that may skip the letter): a cue is only tried
 * where the text has one of them. Under the `i` flag (without `u`) only ASCII letters match ASCII
 * letters, so a position holding any other character needs none of these cues.
 */
function firstLetters(source: string): Set<string> | undefined {
  const alts = alternatives(source);
  if (alts.length > 1) return union(alts.map(firstLetters));
  if (source.startsWith('\\b')) return firstLetters(source.slice(2));
  const ch = source[0];
  if (ch !== undefined && /^[a-z]$/i.test(ch)) return /^[?*{]/.test(source.slice(1)) ? undefined : new Set([ch.toLowerCase()]);
  if (!source.startsWith('(?:')) return undefined;
  const end = groupEnd(source);
  if (end < 0) return undefined;
  const parts = [firstLetters(source.slice(3, end))];
  const after = source[end + 1];
  if (after === '?' || after === '*') parts.push(firstLetters(source.slice(end + 2)));
  else if (after === '{') return undefined;
  return union(parts);
}

/** All the letters of `parts`, or undefined when any part could start with anything. */
function union(parts: Array<Set<string> | undefined>): Set<string> | undefined {
  const letters = new Set<string>();
  for (const part of parts) {
    if (!part) return undefined;
    for (const l of part) letters.add(l);
  }
  return letters;
}

/** For each letter a–z, the cues (indices, in order) a match starting with it may be of; [26]: the rest. */
const CUES_BY_LETTER: number[][] = (() => {
  const table: number[][] = Array.from({ length: 27 }, () => []);
  QUESTION_CUES.forEach((c, index) => {
    // Under `u` and `i` some other letters fold to ASCII ones ("ſ" to "s"): such a cue is tried everywhere.
    const letters = /[uv]/.test(c.pattern.flags) ? undefined : firstLetters(c.pattern.source);
    for (let l = 0; l < 27; l++) if (!letters || (l < 26 && letters.has(String.fromCharCode(97 + l)))) table[l]!.push(index);
  });
  return table;
})();

/**
 * The cues found in `text` (ids and matched words, in QUESTION_CUES order), the whether-or cue
 * only where it is not a choice.
 *
 * One scan with the merged pattern finds every position where any cue matches; each cue's first
 * match is the first of those positions where the cue, anchored there, matches — the same match
 * `cue.pattern.exec(text)` finds, without scanning the text once per cue. At each position only
 * the cues that can start with its letter are tried.
 */
export function cuesIn(text: string): Array<{ id: string; words: string }> {
  const found: Array<string | undefined> = new Array<string | undefined>(QUESTION_CUES.length);
  let left = QUESTION_CUES.length;
  ANY_CUE_SCAN.lastIndex = 0;
  for (let m = ANY_CUE_SCAN.exec(text); m && left > 0; m = ANY_CUE_SCAN.exec(text)) {
    const at = m.index;
    const code = text.charCodeAt(at) | 0x20;
    for (const c of CUES_BY_LETTER[code >= 97 && code <= 122 ? code - 97 : 26]!) {
      if (found[c] !== undefined) continue;
      const cue = CUES_AT[c]!;
      cue.lastIndex = at;
      const hit = cue.exec(text);
      if (hit) {
        found[c] = hit[0];
        left--;
      }
    }
    ANY_CUE_SCAN.lastIndex = at + 1;
  }
  const out: Array<{ id: string; words: string }> = [];
  for (let c = 0; c < QUESTION_CUES.length; c++) {
    const words = found[c];
    if (words === undefined) continue;
    const cue = QUESTION_CUES[c]!;
    if (cue.id === 'whether-or' && (NOT_OPEN.test(text) || CHOICE.test(text))) continue;
    out.push({ id: cue.id, words });
  }
  return out;
}
