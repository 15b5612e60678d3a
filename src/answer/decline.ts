/**
 * When the best sentence fits a question's story but not the question: the kind of answer asked
 * for is missing from it. A "why" answered by a sentence that gives no cause or reason at all, a
 * "how big" or "how old" by one with no measure or age, a "how much is it" (a price) by one with
 * no amount of money. The ranking already scores these lower (answer-fit.ts); this says that such
 * a sentence, however well it covers the question's words, does not answer. Pure; used by ask.ts.
 */
import type { ScoredSentence } from './passages.ts';
import type { ReadQuestion } from './question.ts';

/** "how much is it", "how much are those": a price, though no word of money is typed. */
const PRICE = /^how much (?:is|are|was|were|does|do) (?:(?:a|an|the|that|this|those|these|one|their|its|his|her|it|they|them)\s+)*[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?$/iu;

/** Weaker signs of a cause than answer-fit's "because": "after a row", "amid protests", "over pay" ("to" and "as" are in most sentences). */
const SIGN_OF_CAUSE = /\b(?:after|following|amid|over|since|seeking)\b/i;

/** Why the best sentence does not answer the question, or undefined when it may. */
export function declineReason(question: ReadQuestion, best: ScoredSentence): string | undefined {
  // An answer that the thing is not known is judged by answer-fit.ts.
  if (best.viaUnknown) return undefined;
  const cues = best.prepared.cues;
  switch (question.type) {
    case 'why':
      // Neither a cause ("because", "due to") nor a weaker sign of one ("after", "amid").
      return cues.cause || SIGN_OF_CAUSE.test(best.prepared.sentence.text) ? undefined : 'no cause';
    case 'quantity':
      if (question.measure === 'size' && !cues.measure) return 'no measure';
      if (question.measure === 'age' && !cues.age) return 'no age';
      if (!question.money && PRICE.test(question.text) && !cues.money) return 'no price';
      return undefined;
    default:
      return undefined;
  }
}
