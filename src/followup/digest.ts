/**
 * The digest: a compact post of what a channel follows — each briefing with its questions still
 * open, reminders due soon, and sections other parts contribute (feeds: new developments since the
 * last digest). A digest with nothing in it is not posted.
 */
import type { Reply } from '../answer/reply.ts';
import type { Library } from '../briefing/library.ts';
import type { DeliveryTarget } from '../delivery/target.ts';
import type { FollowupStore } from '../store/types.ts';
import { askFor, reminderLine, shorten } from './messages.ts';
import { formatInstant } from '../time/format.ts';

/** A block of lines under a heading, contributed to the digest by a section. */
export interface DigestBlock {
  title: string;
  lines: string[];
}

/**
 * A part of the digest another part provides. `since` is when this channel's last digest was
 * sent (undefined for its first), so a section can say what is new.
 *
 * @example { name: 'feeds', build: ({ slugs, since }) => ({ title: 'New developments', lines: […] }) }
 */
export interface DigestSection {
  name: string;
  build(input: { target: DeliveryTarget; slugs: readonly string[]; since?: Date; now: Date }): Promise<DigestBlock | undefined> | DigestBlock | undefined;
}

export interface DigestInput {
  target: DeliveryTarget;
  store: FollowupStore;
  library: Library;
  sections: readonly DigestSection[];
  now: number;
  timeZone: string;
  /** Reminders due within this window count as "coming up" (default 24 h). */
  soonMs?: number;
  onSectionError?: (section: string, error: unknown) => void;
}

const MAX_QUESTIONS = 3;

/** Builds a channel's digest, or returns undefined when there is nothing to say. */
export async function buildDigest(input: DigestInput): Promise<Reply | undefined> {
  const { target, store, library, now, timeZone } = input;
  const subscriptions = await store.subscriptions(target);
  const lines: string[] = [];
  const slugs: string[] = [];
  for (const sub of subscriptions) {
    const briefing = await library.bySlugExact(sub.slug);
    if (!briefing) continue;
    slugs.push(briefing.slug);
    lines.push(`• ${briefing.headline} — ${askFor(briefing)}`);
    const open = briefing.questions.slice(0, MAX_QUESTIONS).map((q) => `    Open: ${shorten(q.text, 140)}`);
    const more = briefing.questions.length - MAX_QUESTIONS;
    lines.push(...open, ...(more > 0 ? [`    …and ${more} more: ${askFor(briefing, 'questions')}`] : []));
  }

  const soon = (await store.reminders(target, { states: ['scheduled'], limit: 50 })).filter((r) => r.dueAt <= now + (input.soonMs ?? 86_400_000));
  const soonLines: string[] = [];
  for (const r of soon.slice(0, 5)) soonLines.push(`• ${reminderLine(r, await library.bySlugExact(r.slug))}`);

  const blocks: DigestBlock[] = [];
  const sinceAt = await store.lastDigestSentAt(target);
  for (const section of input.sections) {
    try {
      const block = await section.build({ target, slugs, ...(sinceAt !== undefined ? { since: new Date(sinceAt) } : {}), now: new Date(now) });
      if (block && block.lines.length) blocks.push(block);
    } catch (error) {
      input.onSectionError?.(section.name, error);
    }
  }

  if (lines.length === 0 && soonLines.length === 0 && blocks.length === 0) return undefined;
  const out: string[] = [];
  if (lines.length) out.push(`Following (${slugs.length}):`, ...lines);
  for (const block of blocks) out.push('', `${block.title}:`, ...block.lines);
  if (soonLines.length) out.push('', 'Coming up:', ...soonLines);
  return { kind: 'notice', title: `Digest — ${formatInstant(now, timeZone)}`, lines: out[0] === '' ? out.slice(1) : out };
}
