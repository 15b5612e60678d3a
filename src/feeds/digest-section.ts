/**
 * The digest's "New developments" section: what the feeds found for the briefings a channel
 * follows since its last digest (or the last day, for a first digest).
 */
import type { DeliveryTarget } from '../delivery/target.ts';
import type { FeedStateStore } from './state.ts';

/** The shape the follow-ups digest takes sections in (`DigestSection` in src/followup/digest.ts). */
export interface FeedsDigestSection {
  name: string;
  build(input: { target: DeliveryTarget; slugs: readonly string[]; since?: Date; now: Date }): Promise<{ title: string; lines: string[] } | undefined>;
}

const DAY = 86_400_000;

export function feedsDigestSection(state: FeedStateStore, options: { limit?: number } = {}): FeedsDigestSection {
  return {
    name: 'feeds',
    async build({ slugs, since, now }) {
      const follows = new Set(slugs);
      const developments = (await state.developmentsSince(since ?? new Date(now.getTime() - DAY))).filter((d) => follows.has(d.slug));
      if (developments.length === 0) return undefined;
      const limit = options.limit ?? 10;
      const lines = developments.slice(-limit).map((d) => {
        const others = d.sources.length - 1;
        return `• ${d.headline}: “${d.title}” — ${d.sources[0]?.feed ?? 'feed'}${others > 0 ? ` (+${others} more source${others === 1 ? '' : 's'})` : ''}${d.mayAnswer.length ? ` — may answer: ${d.mayAnswer[0]}` : ''}`;
      });
      if (developments.length > limit) lines.unshift(`…${developments.length - limit} earlier not shown`);
      return { title: 'New developments', lines };
    },
  };
}
