/**
 * Article text → paragraphs and sentences with stable ids.
 *
 * A sentence id is `paragraph.sentence`, both 1-based ("4.2" is the second sentence of the fourth
 * paragraph). The same text always yields the same ids, so a citation stays valid across restarts.
 */

/** A sentence id such as "4.2". */
export type SentenceId = string;

/** The fragment that names a sentence on a briefing page: "4.1" → "s4-1" (`<page>#s4-1`). */
export function sentenceAnchor(id: SentenceId): string {
  return `s${id.replace(/\./g, '-')}`;
}

/** One sentence of an article body, with its place in the body. */
export interface Sentence {
  id: SentenceId;
  /** 1-based paragraph number. */
  paragraph: number;
  /** Character offsets into the body: `body.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
}

/** One paragraph of an article body. */
export interface Paragraph {
  /** 1-based. */
  index: number;
  start: number;
  end: number;
  text: string;
  sentences: Sentence[];
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'cmdr', 'sgt',
    'maj', 'adm', 'rev', 'fr', 'jr', 'sr', 'hon', 'pres', 'supt', 'insp', 'det', 'no', 'nos', 'vs', 'etc',
    'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'est', 'approx', 'fig', 'vol', 'ed',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'mt', 'ft', 'ave', 'blvd',
  ],
);

/** True when the word before a full stop is an abbreviation or an initial, not a sentence end. */
function isAbbreviation(wordBefore: string): boolean {
  const word = wordBefore.replace(/^[("'“‘[]+/, '');
  if (word.length === 0) return false;
  if (/^[A-Z]$/.test(word)) return true; // an initial: "Nelson D. Schwartz"
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // "U.S", "e.g", "a.m"
  return ABBREVIATIONS.has(word.toLowerCase());
}

const CLOSERS = `"'”’)]»`;
const OPENERS = `"'“‘([«`;

/**
 * Splits one paragraph into sentence spans `[start, end)` relative to the paragraph.
 * A sentence ends at `.`, `!`, `?` or `…` (plus any closing quote or bracket) followed by space and
 * a capital, a digit or an opening quote. Abbreviations and initials do not end sentences.
 */
export function splitSentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      while (j < n && '.!?…'.includes(text[j]!)) j++;
      while (j < n && CLOSERS.includes(text[j]!)) j++;
      let k = j;
      while (k < n && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k++;
      const next = text[k];
      const atBoundary =
        k > j && next !== undefined && (/[\p{Lu}\p{N}]/u.test(next) || OPENERS.includes(next));
      if (atBoundary) {
        let abbreviation = false;
        if (ch === '.' && j === i + 1) {
          const before = text.slice(start, i);
          const lastWord = before.slice(before.search(/\S+$/));
          abbreviation = isAbbreviation(lastWord);
        }
        if (!abbreviation) {
          spans.push([start, j]);
          start = k;
          i = k;
          continue;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  let end = n;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push([start, end]);
  return spans;
}

const BLOCK_START = /^\s*(?:[-*•]\s|#{1,6}\s|\d+[.)]\s)/;

/**
 * Splits an article body into paragraphs. Paragraphs are separated by blank lines; where a body
 * has no blank lines at all (one paragraph a line, as wire copy often is), every line is one.
 * List items and Markdown headings are always paragraphs of their own.
 */
export function splitParagraphs(body: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  let pos = 0;
  for (const raw of body.split('\n')) {
    lines.push({ start: pos, end: pos + raw.length, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw });
    pos += raw.length + 1;
  }
  const hasBlankLines = lines.some((l, idx) => l.text.trim() === '' && idx > 0 && idx < lines.length - 1);
  const blocks: Array<{ start: number; end: number }> = [];
  let current: { start: number; end: number } | undefined;
  for (const line of lines) {
    const blank = line.text.trim() === '';
    if (blank) {
      if (current) blocks.push(current);
      current = undefined;
      continue;
    }
    const firstNonSpace = line.start + line.text.search(/\S/);
    const lastNonSpace = line.start + line.text.trimEnd().length;
    const standalone = !hasBlankLines || BLOCK_START.test(line.text);
    if (standalone || !current) {
      if (current) blocks.push(current);
      current = { start: firstNonSpace, end: lastNonSpace };
      if (standalone) {
        blocks.push(current);
        current = undefined;
      }
    } else {
      current.end = lastNonSpace;
    }
  }
  if (current) blocks.push(current);
  return blocks;
}

/** Line breaks (and the space around them) as one space; most text has none, and is returned as it is. */
function oneLine(text: string): string {
  return text.includes('\n') ? text.replace(/\s*\n\s*/g, ' ') : text;
}

/** Splits a body into numbered paragraphs and sentences. */
export function splitBody(body: string): Paragraph[] {
  return splitParagraphs(body).map((block, idx) => {
    const index = idx + 1;
    const text = body.slice(block.start, block.end);
    const sentences = splitSentenceSpans(text).map(([s, e], sIdx): Sentence => ({
      id: `${index}.${sIdx + 1}`,
      paragraph: index,
      start: block.start + s,
      end: block.start + e,
      text: oneLine(text.slice(s, e)),
    }));
    return { index, start: block.start, end: block.end, text: oneLine(text), sentences };
  });
}

/** Letters that carry no combining accent but are still typed as plain Latin. */
const LETTER_FOLDS: Record<string, string> = { ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'TH' };

/**
 * Folds text for lookup: lower case, accents removed, curly quotes straightened, punctuation to
 * spaces, runs of space collapsed. `fold("Ana María Guzmán’s")` → `"ana maria guzman's"`.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øØłŁđĐıßæÆœŒþÞ]/g, (ch) => LETTER_FOLDS[ch] ?? ch)
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
