/**
 * Finds quotations by their marks: straight or curly, double or single, including the damaged
 * forms real copy has (a paragraph that only closes a quotation, a quotation left open at the end
 * of a paragraph and continued in the next, British style).
 */
import type { Paragraph } from '../briefing/text.ts';

/** One stretch of quoted text in the body. Offsets index the body. */
export interface QuoteSpan {
  /** Offset of the opening mark, or of the paragraph start when the mark is missing. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when the quotation runs on. */
  close: number;
  /** The quoted words: `body.slice(textStart, textEnd)`. */
  textStart: number;
  textEnd: number;
  /** 0-based index into the paragraphs. */
  paragraph: number;
  opened: boolean;
  closed: boolean;
  kind: 'double' | 'single';
  /** Index of the span this one continues (British multi-paragraph quotation), if any. */
  continues?: number;
}

const DOUBLE_OPEN = '“„«';
const DOUBLE_CLOSE = '”»';
const CLOSE_FOLLOW = /[\s,.;:!?)\]—–\-"”…]/;
const ELISION = /^'(?:em|n|tis|twas|cause|til|\d0s|\d\ds)\b/i;

interface Raw {
  open: number;
  close: number;
  opened: boolean;
  closed: boolean;
}

function scanDouble(text: string): Raw[] {
  const spans: Raw[] = [];
  let openAt = -1;
  const marks = /["“”„«»]/g;
  for (let m = marks.exec(text); m !== null; m = marks.exec(text)) {
    const i = m.index;
    const c = m[0];
    const isStraight = c === '"';
    // '"…detail. "For this game …': a straight mark after a space and before a word opens a new
    // quotation even while one is open — the one before ran on unclosed (British style, its
    // paragraphs run together), where a closing mark follows the words it closes.
    const opensWord = isStraight && /\S/.test(text[i + 1] ?? ' ') && (openAt < 0 || (i > 0 && /\s/.test(text[i - 1]!) && /[\p{L}\p{N}‘']/u.test(text[i + 1]!)));
    if (DOUBLE_OPEN.includes(c) || opensWord) {
      if (openAt >= 0) spans.push({ open: openAt, close: i, opened: true, closed: false });
      openAt = i;
    } else if (DOUBLE_CLOSE.includes(c) || isStraight) {
      if (openAt >= 0) {
        spans.push({ open: openAt, close: i + 1, opened: true, closed: true });
        openAt = -1;
      } else if (spans.length === 0 && i > 0) {
        spans.push({ open: 0, close: i + 1, opened: false, closed: true });
      }
    }
  }
  if (openAt >= 0) spans.push({ open: openAt, close: text.length, opened: true, closed: false });
  return spans;
}

function isSingleOpener(text: string, i: number): boolean {
  const c = text[i];
  const next = text[i + 1] ?? ' ';
  if (c === '‘') return /\S/.test(next);
  if (c !== "'") return false;
  const prev = i === 0 ? ' ' : text[i - 1]!;
  if (!/[\s([{—–\-/"“]/.test(prev)) return false;
  if (!/[\p{L}\p{N}.…]/u.test(next)) return false;
  return !ELISION.test(text.slice(i, i + 6));
}

function isSingleCloser(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '’' && c !== "'") return false;
  const prev = i === 0 ? ' ' : text[i - 1]!;
  const next = text[i + 1] ?? ' ';
  if (/\s/.test(prev)) return false;
  return CLOSE_FOLLOW.test(next);
}

/** A plural possessive ("the rebels’ weapons") that has another closing candidate after it. */
function looksPossessive(text: string, i: number, limit: number): boolean {
  if (text[i - 1] !== 's' || !/^\s\p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  for (let j = i + 1; j < Math.min(limit, i + 400); j++) if (isSingleCloser(text, j)) return true;
  return false;
}

function scanSingle(text: string, from: number, to: number): Raw[] {
  const spans: Raw[] = [];
  let openAt = -1;
  const marks = /['‘’]/g;
  marks.lastIndex = from;
  for (let m = marks.exec(text); m !== null && m.index < to; m = marks.exec(text)) {
    const i = m.index;
    if (openAt >= 0) {
      if (isSingleCloser(text, i) && !looksPossessive(text, i, to)) {
        spans.push({ open: openAt, close: i + 1, opened: true, closed: true });
        openAt = -1;
      }
    } else if (isSingleOpener(text, i)) {
      openAt = i;
    }
  }
  if (openAt >= 0) spans.push({ open: openAt, close: to, opened: true, closed: false });
  return spans;
}

/** A short paragraph that is nothing but a quoted phrase is a subheading, not a quotation. */
function isSubheading(text: string, raw: Raw): boolean {
  if (!raw.opened || !raw.closed || raw.open !== 0 || raw.close < text.trimEnd().length) return false;
  const inner = text.slice(1, raw.close - 1);
  return inner.split(/\s+/).length <= 6 && !/[.!?,…]/.test(inner);
}

/** `raw` with its kind of marks (fields copied one by one: a spread is slow in a loop run for every paragraph). */
function withKind(raw: Raw, kind: 'double' | 'single'): Raw & { kind: 'double' | 'single' } {
  return { open: raw.open, close: raw.close, opened: raw.opened, closed: raw.closed, kind };
}

/** Finds every quotation in the body, in order. */
export function findQuoteSpans(body: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  paragraphs.forEach((para, pIdx) => {
    const text = body.slice(para.start, para.end);
    const doubles = scanDouble(text);
    const raws: Array<Raw & { kind: 'double' | 'single' }> = [];
    let cursor = 0;
    for (const d of doubles) {
      for (const s of scanSingle(text, cursor, d.open)) raws.push(withKind(s, 'single'));
      raws.push(withKind(d, 'double'));
      cursor = d.close;
    }
    for (const s of scanSingle(text, cursor, text.length)) raws.push(withKind(s, 'single'));
    raws.sort((a, b) => a.open - b.open);
    for (const raw of raws) {
      if (isSubheading(text, raw)) continue;
      let textStart = raw.opened ? raw.open + 1 : raw.open;
      let textEnd = raw.closed ? raw.close - 1 : raw.close;
      while (textStart < textEnd && /\s/.test(text[textStart]!)) textStart++;
      while (textEnd > textStart && /\s/.test(text[textEnd - 1]!)) textEnd--;
      if (textEnd <= textStart) continue;
      const span: QuoteSpan = {
        open: para.start + raw.open,
        close: para.start + raw.close,
        textStart: para.start + textStart,
        textEnd: para.start + textEnd,
        paragraph: pIdx,
        opened: raw.opened,
        closed: raw.closed,
        kind: raw.kind,
      };
      const prev = spans[spans.length - 1];
      if (prev && raw.open === 0 && raw.opened && prev.paragraph === pIdx - 1 && !prev.closed) {
        span.continues = spans.length - 1;
      }
      spans.push(span);
    }
  });
  return spans;
}
