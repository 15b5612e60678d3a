/**
 * "why did the bus guys down tools": a why (or how long) question about the story's main event,
 * said in the reader's own words. A news report gives its main event and its cause in its first
 * sentence ("Bus drivers walked out on Monday after talks over pay broke down"), so when every word
 * of the question the article has is in that sentence, and the words it lacks are what the reader
 * calls the event, that sentence answers. Pure; used by ask.ts.
 */
import type { PreparedArticle } from './article.ts';
import type { QuestionMatch } from './question-match.ts';
import type { ReadQuestion } from './question.ts';
import type { ScoredSentence } from './passages.ts';

const GENERAL = /^(?:why|y|how come)\s+(?:do|does|don't|doesn't|would|should|can|could)\b/i;

/** How a first sentence gives its event's cause: "resigned on Tuesday after a row", "fell sharply amid fears of …". */
const LEAD_CAUSE = /\b(?:after|following|amid|over|because)\b/i;

/**
 * The first sentence, when it answers a why or how long question about the story's main event
 * (tune: why +5 answers, how long +1, declines unchanged; the same for "how many" +1 answer for 2
 * declines lost, "when", "where" no gain, "who" one decline lost — so not those).
 */
export function leadCause(article: PreparedArticle, question: ReadQuestion, match: QuestionMatch, ranked: readonly ScoredSentence[]): ScoredSentence | undefined {
  // "why does a bigger suit matter", "why do they ..." ask why something holds, not why the event happened.
  if ((question.type !== 'why' && question.type !== 'duration') || question.elliptical || GENERAL.test(question.text)) return undefined;
  const lead = ranked.find((s) => s.prepared === article.sentences[0]);
  if (!lead || lead.prepared.cues.unknown) return undefined;
  // "how long is the treasurer stuck inside for": the first sentence's "to four years in prison".
  if (question.type === 'why' ? !(lead.prepared.cues.cause || LEAD_CAUSE.test(lead.prepared.sentence.text)) : lead.fit < 1) return undefined;
  const own = match.needs.filter((n) => !n.hint && !n.light);
  const inLead = (n: (typeof own)[number]) =>
    (n.term !== undefined && lead.prepared.terms.has(n.term)) || (n.actor !== undefined && lead.prepared.actors.has(n.actor)) || (n.related?.some((r) => lead.prepared.terms.has(r)) ?? false);
  // Every word the article has is in the first sentence (or names the story), and one at least is there.
  const known = own.filter((n) => n.term !== undefined || n.actor !== undefined);
  if (!known.some(inLead) || !known.every((n) => inLead(n) || (n.term !== undefined && article.profile.has(n.term)))) return undefined;
  return lead;
}
