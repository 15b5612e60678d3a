/**
 * "May answer" reaches the question's follow-up: when a check-in on a briefing's open questions is
 * posted, each question lists the developments found since the channel followed that may answer
 * it — "May be answered by: <title> (<feed>) <link>" — newest first, a few at most.
 */
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
