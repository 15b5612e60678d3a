/**
 * Words for matching: folded (case and accents), lightly stemmed ("prisoners", "released",
 * "swapped" → "prisoner", "releas", "swap"), with function words and the stock words of news
 * copy left out so they never count as evidence.
 */
import { fold } from '../briefing/text.ts';

/** Words that say nothing about which story an item is. */
export const STOP_WORDS = new Set(
  `a about above according across after again against ago ahead all almost along already also although always am amid among an and
  another any anyone are around as at away back be became because become been before being below between both but by came can
  cannot could did do does doing done down during each either else even ever every few for from further get gets got had has have
  having he her here hers herself him himself his how however i if in into is it its itself just last late later least less like made
  make makes many may me might more most much must my near need new news next no nor not now of off often on once one only onto or
  other others our ours out over own per perhaps put rather said same say says see seen she should since so some still such take
  than that the their theirs them themselves then there these they this those though three through thus to today told too toward two
  under until up upon us use used very via was we week weeks were what when where whether which while who whom whose why will with
  within without would year years yesterday yet you your monday tuesday wednesday thursday friday saturday sunday january february
  march april june july august september october november december percent report reports reported official officials people time
  times day days government governments told tell tells statement statements update updates live latest breaking exclusive video photos watch read via`.split(/\s+/),
);

/** Title words that sit in front of names. */
export const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'president', 'minister', 'senator', 'governor', 'general', 'judge', 'king', 'queen', 'prince', 'princess', 'pope', 'chancellor', 'mayor', 'analyst', 'secretary', 'former', 'presidents']);

const DOUBLE_END = /([bdfgkmnprtv])\1$/;

/** A light English stemmer: plural, -ed, -ing, final -e, doubled consonants. Same input, same stem. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (DOUBLE_END.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** A word of the text: as written, folded, and stemmed. */
export interface Token {
  raw: string;
  folded: string;
  stem: string;
  /** True when the word starts a sentence (or the text). */
  sentenceStart: boolean;
}

/** Splits text into tokens. "U.S." gives two (`u`, `s`), as `fold` does. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?|[.!?:;"“”]/gu)) {
    const raw = match[0];
    if (raw.length === 1 && /[.!?:;"“”]/.test(raw)) {
      if (raw !== '"' && raw !== '“' && raw !== '”') sentenceStart = true;
      continue;
    }
    for (const folded of fold(raw).split(' ')) {
      if (!folded) continue;
      tokens.push({ raw, folded, stem: stem(folded), sentenceStart });
      sentenceStart = false;
    }
  }
  return tokens;
}

/** The distinct content stems of a text: no stop words, no bare numbers, at least three letters. */
export function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const token of tokenize(text)) {
    if (isContentWord(token.folded)) stems.add(token.stem);
  }
  return stems;
}

export function isContentWord(folded: string): boolean {
  return folded.length >= 3 && !STOP_WORDS.has(folded) && !/^\d+$/.test(folded);
}
