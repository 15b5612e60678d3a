/**
 * When the best sentence fits a question's story but not the question. The kind of answer asked
 * for is missing from it: a "why" answered by a sentence that gives no cause or reason at all, a
 * "how big" by one with no measure, a "how much is it" (a price) by one with no amount of money.
 * Or a "who" asks by a word the article never uses and the sentence has no relative of ("who
 * funded the survey" answered by who did the survey). The ranking already scores these lower
 * (answer-fit.ts); this says that such a sentence, however well it covers the question's other
 * words, does not answer. Pure; used by ask.ts.
 */
import type { QuestionMatch, ScoredSentence } from './passages.ts';
import type { ReadQuestion } from './question.ts';

/** "how much is it", "how much are those": a price, though no word of money is typed. */
const PRICE = /^how much (?:is|are|was|were|does|do) (?:(?:a|an|the|that|this|those|these|one|their|its|his|her|it|they|them)\s+)*[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?$/iu;

/** Weaker signs of a cause than answer-fit's "because": "after a row", "amid protests", "over pay" ("to" and "as" are in most sentences). */
const SIGN_OF_CAUSE = /\b(?:after|following|amid|over|since|seeking)\b/i;

/** Why the best sentence does not answer the question, or undefined when it may. */
export function declineReason(question: ReadQuestion, match: QuestionMatch, best: ScoredSentence): string | undefined {
  // An answer that the thing is not known is judged by answer-fit.ts.
  if (best.viaUnknown) return undefined;
  const cues = best.prepared.cues;
  switch (question.type) {
    case 'why':
      // Neither a cause ("because", "due to") nor a weaker sign of one ("after", "amid").
      return cues.cause || SIGN_OF_CAUSE.test(best.prepared.sentence.text) ? undefined : 'no cause';
    case 'quantity':
      if (question.measure === 'size' && !cues.measure) return 'no measure';
      if (!question.money && PRICE.test(question.text) && !cues.money) return 'no price';
      return undefined;
    case 'who': {
      // "who funded the survey": the word that says what the person asked for did comes first after
      // "who". When the article never uses it, the best sentence names someone for something else.
      // (Tune: 4 unanswerable declined for 1 answer lost; for every type of question, 1 for 7.)
      const head = match.needs.find((n) => n.focus && !n.hint && n.actor === undefined);
      if (!head || head.term !== undefined) return undefined;
      const terms = best.prepared.terms;
      return (head.related ?? []).some((r) => terms.has(r)) ? undefined : 'no head word';
    }
    default:
      return undefined;
  }
}
