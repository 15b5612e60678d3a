/**
 * Open questions: what the article itself says is not known — undisclosed, unknown, unclear,
 * unverified, not commented on, declined to say, remains to be seen, "whether … or …", or a
 * question the article asks outright. Each sentence is a candidate; the learned model weighs its
 * cues (question-cues.ts) against hedges, forecasts and quotation, so "could", "is expected to"
 * or "no guarantee" do not make an open question.
 */
import type { ExtractedQuestion } from '../briefing/extraction.ts';
import type { Article } from './context.ts';
import type { Decisions } from './learned/decisions.ts';
import { probability } from './learned/linear.ts';
import { cuesIn } from './question-cues.ts';
import { QUESTION_RULES, ruling } from './hand-rules.ts';
import { questionFeatures, saysNothingOfKnowing } from './question-features.ts';
import { firstNotBefore } from './bisect.ts';

/** Clause boundaries inside a sentence, for sentences that hold two separate open questions. */
const CLAUSE_BREAK = /,\s+(?:and|but|while)\s+|;\s+/g;

/**
 * Finds the open questions of an article: each sentence is scored by the learned model (or, with
 * none, taken when it holds a cue or asks outright), and a sentence holding two unknowns gives two.
 */
export function findQuestions(article: Article, decisions: Decisions = { models: { version: 'none' } }): ExtractedQuestion[] {
  const out: ExtractedQuestion[] = [];
  const model = decisions.models.question;
  for (const [index, sentence] of article.sentences.entries()) {
    const text = sentence.text;
    if (text.length > 1500) continue;
    const asked = text.trim().endsWith('?');
    // A sentence with no word any cue needs, no question mark, no negation and no word of knowing
    // is a plain statement: never open (hand-rules.ts), so neither its cues nor its features are
    // worth computing unless training wants them.
    const plain = !asked && saysNothingOfKnowing(article, index);
    if (plain && model && !decisions.trace) continue;
    const cues = plain ? [] : cuesIn(text);
    const place = {
      quoted: insideQuote(article, sentence.start, sentence.end),
      answered: asked && answeredNext(article, index),
      interview: asked && interviewerAsks(article, sentence.start),
    };
    // The hand rule the model replaced: a cue, or a question the reporter asks outright.
    let open = cues.length > 0 || (asked && !place.quoted && !place.answered && !place.interview);
    if (model || decisions.trace) {
      const features = questionFeatures(article, index, cues, place, plain);
      decisions.trace?.questions.push({ text, features });
      if (model) open = ruling(QUESTION_RULES, features) ?? probability(model, features) >= model.threshold;
    }
    if (!open) continue;
    const first = cues[0]?.words;
    const why = first ? (first.length > 60 ? first.slice(0, 60).trim() + '…' : first) : asked ? 'asked outright' : 'said to be unknown';
    const clauses = openClauses(text);
    const asks = clauses.length > 1 ? [] : twoUnknowns(text);
    if (clauses.length > 1) for (const clause of clauses) out.push({ text: clause.text, why: clause.why, cites: [sentence.id] });
    else if (asks.length > 1) for (const ask of asks) out.push({ text: ask, why, cites: [sentence.id] });
    else out.push({ text, why, cites: [sentence.id] });
  }
  return out;
}

/** "have not said how the pair chose their targets, or where the drugs were sold": two unknowns. */
const TWO_UNKNOWNS = /^(.*?\b(?:not\s+(?:yet\s+)?(?:said|disclosed|revealed|explained|specified|confirmed|determined)|unclear|not\s+(?:yet\s+)?(?:clear|known)|declined\s+to\s+say|(?:would|did|could)\s+not\s+say))\s+(how|why|where|when|what|who|which)\b(.*?),?\s+(?:or|and)\s+((?:how|why|whether|where|when|what|who|which)\b.*)$/i;

function twoUnknowns(text: string): string[] {
  const m = TWO_UNKNOWNS.exec(text);
  if (!m) return [];
  const [, lead, wh, first, second] = m;
  return [`${lead} ${wh}${first}`.trim(), `${lead} ${second}`.trim().replace(/[.,;]$/, '')];
}

/**
 * "The company did not disclose X, and the chief executive declined to say Y": two open
 * questions in one sentence, one per clause. Returns the clauses that each hold a trigger; a
 * clause with none is kept with the open clause after it, which often leans on it ("the family
 * had paid part of the ransom, but the amount was not disclosed").
 */
function openClauses(text: string): Array<{ text: string; why: string }> {
  const ends: Array<[number, number]> = [];
  for (const m of text.matchAll(CLAUSE_BREAK)) ends.push([m.index, m.index + m[0].length]);
  if (ends.length === 0) return [];
  const found: Array<{ text: string; why: string }> = [];
  let from = 0;
  let start = 0;
  for (const [end, next] of [...ends, [text.length, text.length] as [number, number]]) {
    const why = cuesIn(text.slice(start, end))[0]?.words;
    if (why) {
      found.push({ text: text.slice(from, end).trim().replace(/[.,;]$/, ''), why });
      from = next;
    }
    start = next;
  }
  return found;
}

/** "Q: What was the hardest part?": in an interview the questions are the interviewer's, and answered. */
const INTERVIEW_QUESTION = /^\s*(?:Q|Question)\s*[:.]\s/;

function interviewerAsks(article: Article, offset: number): boolean {
  const paragraph = article.paragraphs.find((p) => p.start <= offset && offset < p.end);
  return paragraph !== undefined && INTERVIEW_QUESTION.test(paragraph.text);
}

/** "So why …? Because …": a question the article answers at once is rhetorical. */
function answeredNext(article: Article, index: number): boolean {
  const next = article.sentences[index + 1];
  return next !== undefined && /^(?:because|the answer\b|simple\b|easy\b)/i.test(next.text.trim());
}

/** True when any quotation overlaps `[start, end)` (binary search: quotes are in body order). */
function insideQuote(article: Article, start: number, end: number): boolean {
  const quotes = article.quotes;
  const q = quotes[firstNotBefore(quotes.length, (i) => quotes[i]!.close <= start)];
  return q !== undefined && q.open < end;
}
