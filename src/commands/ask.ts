/**
 * Free questions: a message that is not a command is read as a question about a story and
 * answered from its article ("why did they swap prisoners?", "how many jobs are going?"), with
 * the previous exchange of the thread and the channel's followed stories as context.
 */
import { answerQuestion, type AskContext, type AskOptions } from '../answer/ask.ts';
import type { Incoming } from '../answer/incoming.ts';
import { rule } from '../answer/intent.ts';
import type { Reply } from '../answer/reply.ts';
import { targetOf } from '../delivery/target.ts';
import { defineCommand, type CommandServices } from './command.ts';

/** A message read as a free question: its text, normalised by the grammar. */
export type QuestionIntent = { kind: 'question'; text: string };

/** How much of a message is read as a question (the grammar reads the same). */
export const MAX_QUESTION_CHARS = 2000;

/**
 * Words a question opens with (after "and", "so", "ok"…), as people type them in chat; a
 * preposition may come first when a question word follows it ("for how long", "since when").
 */
const QUESTION_START =
  /^(?:(?:and|so|but|ok|okay|also|hey|hi|um+|hmm+|then|btw|pls|please|quick q|q|sorry|wait|oh|right|well)\b[,:!]?\s*)*(?:(?:for|over|since|until|till|from|to|by|in|at|on|with|about|after|before|during)\s+(?=(?:who|whom|whose|what|which|when|where|how)\b))?(?:who|whos|woh|whom|whose|what|whats|what's|wat|wht|whta|waht|which|why|y|when|whens|when's|wen|where|wheres|where's|wher|how|hows|how's|hw|any1|is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|any|tell me|explain|and)\b/i;

/** The conversation a question is asked in: the previous exchange here, and this channel's followed stories. */
export async function askContext(incoming: Incoming, services: CommandServices): Promise<AskContext> {
  const recent = services.conversations?.recall(incoming);
  const followed = services.followups ? (await services.followups.store.subscriptions(targetOf(incoming))).map((s) => s.slug) : [];
  return { ...(recent ? { recent } : {}), followed };
}

/** Answers a free question (or topic words that named no story) in its conversation. */
export async function answerInConversation(text: string, incoming: Incoming, services: CommandServices, mode: AskOptions['mode'] = 'question'): Promise<Reply> {
  return answerQuestion(text, services.library(), { ...(await askContext(incoming, services)), mode });
}

/** Free questions: tried after every verb, before a bare topic. */
export const ask = defineCommand<QuestionIntent>({
  name: 'ask',
  kinds: ['question'],
  fallback: true,
  rules: [rule('question', /^(.+)$/, ([text]) => (QUESTION_START.test(text!) ? { kind: 'question', text: text! } : undefined))],
  usage: [{ ask: '<any question about a story>', does: 'e.g. “why did the talks collapse?”: answered from the article, its sentences quoted with citations, or what it does not say' }],
  handler: (services) => (intent, incoming) => answerInConversation(intent.text, incoming, services),
});
