/**
 * The one place that talks to wink-nlp. The model is loaded lazily on first use (loading it
 * costs ~100 ms), so importing the extractor does no work at import time.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isSpaceCode } from './letters.ts';

/** One token of the text with its character span and wink's universal part of speech. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink ("PROPN", "NOUN", "VERB", "PUNCT", …). */
  pos: string;
  /** Lower-cased text, for word-list look-ups. */
  lower: string;
}

type WinkInstance = ReturnType<typeof winkNLP>;

let instance: WinkInstance | undefined;

/**
 * The shared wink instance. Only the `pos` pipe is enabled: sentences come from
 * `splitBody`, and wink's NER, sentiment and negation would only cost time.
 */
export function wink(): WinkInstance {
  instance ??= winkNLP(model, ['pos']);
  return instance;
}

/** True when `text` holds a run of 100 or more non-space characters (one pass, no regex back-tracking). */
function hasLongWord(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Most characters are printable ASCII or Latin-1 below the no-break space: none of them a space.
    if (c > 32 && c < 0xa0) {
      if (++run >= 100) return true;
      continue;
    }
    if (isSpaceCode(c)) run = 0;
    else if (++run >= 100) return true;
  }
  return false;
}

/**
 * Tokenises and tags `source`. Offsets are found by searching forward for each token's text, so
 * they are exact even where wink's spacing bookkeeping and the source differ. Words of 100 or
 * more characters are skipped.
 */
export function tagTokens(source: string): Token[] {
  const nlp = wink();
  // wink slows down badly on very long "words" (base64, minified code): blank them, same length.
  const text = hasLongWord(source) ? source.replace(/\S{100,}/g, (m) => ' '.repeat(m.length)) : source;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(nlp.its.value) as string[];
  const tags = doc.tokens().out(nlp.its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const start = text.indexOf(value, cursor);
    if (start < 0 || (start - cursor > 64 && /\S/.test(text.slice(cursor, start)))) {
      // wink normalised the token (rare); skip it rather than mis-place it.
      continue;
    }
    const end = start + value.length;
    tokens.push({ text: value, start, end, pos: tags[i] ?? 'X', lower: value.toLowerCase() });
    cursor = end;
  }
  return joinHyphenated(text, joinSplitLetters(tokens));
}

const LETTERS = /^[\p{L}\p{M}]+$/u;

/** True when `text` holds a character outside ASCII. */
function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return true;
  return false;
}

/**
 * wink splits words at some letters outside its alphabet ("Wi" "ś" "niewska", "Ł" "ukasz"). Letter
 * pieces with no space between them, one of them holding such a letter, are one word again.
 */
function joinSplitLetters(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let merged = false;
  for (const tok of tokens) {
    const prev = out[out.length - 1];
    if (prev && prev.end === tok.start && (merged || hasNonAscii(prev.text) || hasNonAscii(tok.text))
      && LETTERS.test(prev.text) && LETTERS.test(tok.text)) {
      const text = prev.text + tok.text;
      const pos = /^\p{Lu}/u.test(text) ? 'PROPN' : prev.pos === 'X' ? tok.pos : prev.pos;
      out[out.length - 1] = { text, start: prev.start, end: tok.end, pos, lower: text.toLowerCase() };
      merged = true;
      continue;
    }
    merged = false;
    out.push(tok);
  }
  return out;
}

/**
 * Joins "Attorney" "-" "General" (no spaces around the hyphen) back into one token, so names and
 * titles such as "al-Assad" or "Jean-Noel" are one word, as a reader sees them.
 */
function joinHyphenated(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    if (tok.text === '-' && prev && next && prev.end === tok.start && tok.end === next.start && /\w$/.test(prev.text) && /^\w/.test(next.text)) {
      const joined = text.slice(prev.start, next.end);
      const pos = /^\p{Lu}/u.test(next.text) && prev.pos === 'PROPN' ? 'PROPN' : next.pos;
      out[out.length - 1] = { text: joined, start: prev.start, end: next.end, pos, lower: joined.toLowerCase() };
      i++;
      continue;
    }
    out.push(tok);
  }
  return out;
}
