/**
 * "May answer" reaches the question's follow-up: when a check-in on a briefing's open questions is
 * posted, each question lists the developments found since the channel followed that may answer
 * it — "May be answered by: <title> (<feed>) <link>" — newest first, a few at most.
 */
import type { ReplyEnricher } from '../answer/enricher.ts';
import { fold } from '../briefing/text.ts';
import type { FeedStateStore } from './state.ts';

/** The shape the follow-ups take hints in (`AnswerHints` in src/followup/messages.ts). */
export type FeedAnswerHints = (input: { slug: string; questions: readonly string[]; since: Date }) => Promise<ReadonlyMap<string, readonly string[]>>;

/** Hints from the developments the feed watcher stored. */
export function mayAnswerHints(state: Pick<FeedStateStore, 'developmentsFor'>, options: { perQuestion?: number } = {}): FeedAnswerHints {
  return async ({ slug, questions, since }) => {
    const hints = new Map<string, string[]>();
    if (questions.length === 0) return hints;
    const developments = await state.developmentsFor(slug, since);
    for (const question of questions) {
      const key = fold(question);
      const lines = developments
        .filter((d) => d.mayAnswer.some((q) => fold(q) === key))
        .slice(0, options.perQuestion ?? 3)
        .map((d) => `May be answered by: ${d.title}${d.sources[0] ? ` (${d.sources[0].feed})` : ''}${d.link ? ` ${d.link}` : ''}`);
      if (lines.length) hints.set(key, lines);
    }
    return hints;
  };
}

/**
 * A reply enricher: `/brief <topic> questions` (and `full`) list, under each open question, the
 * developments of the last `days` days that may answer it.
 */
export function questionDevelopments(hints: FeedAnswerHints, options: { days?: number; now?: () => Date } = {}): ReplyEnricher {
  return async (reply) => {
    if (reply.kind !== 'briefing' || (reply.part !== 'questions' && reply.part !== 'full') || reply.briefing.questions.length === 0) return reply;
    const now = (options.now ?? (() => new Date()))().getTime();
    const since = new Date(now - (options.days ?? 30) * 86_400_000);
    const found = await hints({ slug: reply.briefing.slug, questions: reply.briefing.questions.map((q) => q.text), since });
    if (found.size === 0) return reply;
    const questions = reply.briefing.questions.map((q) => {
      const lines = found.get(fold(q.text));
      return lines?.length ? { ...q, developments: [...lines] } : q;
    });
    return { ...reply, briefing: { ...reply.briefing, questions } };
  };
}
