/**
 * The shared view of one article that every extraction step reads: sentences, tagged tokens and
 * quotation spans, with fast look-ups between them. Built once per article.
 */
import { splitBody, type Paragraph, type Sentence } from '../briefing/text.ts';
import { tagTokens, type Token } from './nlp.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.ts';
import { firstNotBefore } from './bisect.ts';

/** One article, analysed. */
export interface Article {
  body: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** Sentence index of each token. */
  tokenSentence: Int32Array;
  /** True for the first word of a sentence, a quotation, a bracket or a list item. */
  clauseInitial: Uint8Array;
  /** Index into `quotes` of the quotation a token sits in, or -1. */
  tokenQuote: Int32Array;
  quotes: QuoteSpan[];
  /** The headline, when the caller gives one (not part of the body). */
  title?: string;
}

/** Index of the sentence that contains `offset` (the last sentence starting at or before it). */
export function sentenceAt(article: Article, offset: number): number {
  const s = article.sentences;
  return Math.max(0, firstNotBefore(s.length, (i) => s[i]!.start <= offset) - 1);
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(article: Article, offset: number): number {
  const t = article.tokens;
  return firstNotBefore(t.length, (i) => t[i]!.start < offset);
}

/** Sentence ids covering the span `[start, end)`. */
export function citesFor(article: Article, start: number, end: number): string[] {
  const first = sentenceAt(article, start);
  const last = sentenceAt(article, Math.max(start, end - 1));
  const ids: string[] = [];
  for (let i = first; i <= last; i++) {
    const sentence = article.sentences[i];
    if (sentence) ids.push(sentence.id);
  }
  return ids;
}

/** Tokens after which a word opens a clause: quotation marks, brackets, dashes, bullets, colons. */
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '-', '–', '—', '•', '*', ':']);

/** Analyses an article body. */
export function analyse(body: string): Article {
  const paragraphs = splitBody(body);
  const sentences: Sentence[] = [];
  for (const p of paragraphs) for (const sentence of p.sentences) sentences.push(sentence);
  const tokens = tagTokens(body);
  const quotes = findQuoteSpans(body, paragraphs);
  const tokenSentence = new Int32Array(tokens.length);
  const clauseInitial = new Uint8Array(tokens.length);
  const tokenQuote = new Int32Array(tokens.length).fill(-1);
  let s = 0;
  let q = 0;
  let previousSentence = -1;
  let previousToken: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    while (s + 1 < sentences.length && sentences[s + 1]!.start <= tok.start) s++;
    tokenSentence[i] = s;
    const first = s !== previousSentence;
    clauseInitial[i] = first || (previousToken !== undefined && OPENERS.has(previousToken.text)) ? 1 : 0;
    previousSentence = s;
    while (q < quotes.length && quotes[q]!.close <= tok.start) q++;
    const span = quotes[q];
    if (span && tok.start >= span.textStart && tok.end <= span.textEnd) tokenQuote[i] = q;
    previousToken = tok;
  }
  return { body, paragraphs, sentences, tokens, tokenSentence, clauseInitial, tokenQuote, quotes };
}
