/**
 * The posts follow-ups make, built from the briefing as it reads at delivery time: a check-in only
 * names questions the briefing still lists as open, and a reminder on a briefing that is gone says
 * nothing rather than something stale.
 */
import type { Reply } from '../answer/reply.ts';
import type { BriefingOutline } from '../briefing/model.ts';
import { fold } from '../briefing/text.ts';
import type { Reminder } from '../store/types.ts';
import { durationLabel } from '../time/durations.ts';
import { formatInstant } from '../time/format.ts';

/**
 * A post; or why there is nothing to post; or why not yet (`wait`: the briefing is not loaded right
 * now — a file mid-edit — so try again later rather than drop the reminder).
 */
export type Built = { reply: Reply } | { skip: string } | { wait: string };

/** How a briefing is asked for in chat. */
export function askFor(briefing: Pick<BriefingOutline, 'slug' | 'aliases'>, part?: string): string {
  return `/brief ${briefing.aliases[0] ?? briefing.slug}${part ? ` ${part}` : ''}`;
}

/** Shortens text to `max` characters on a word boundary, with "…". */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The briefing's open questions that are still listed, matched loosely (case, accents, spacing). */
export function stillOpen(briefing: BriefingOutline, questions: readonly string[]): string[] {
  const current = new Map(briefing.questions.map((q) => [fold(q.text), q.text]));
  return questions.map((q) => current.get(fold(q))).filter((q): q is string => q !== undefined);
}

/**
 * What may answer a check-in's open questions, from another part (feeds: developments found since
 * the channel followed). Lines to show under each question, keyed by the question's `fold`ed text.
 *
 * @example async ({ slug, questions, since }) => new Map([[fold(questions[0]), ['May be answered by: Repairs to take months (City wire) https://…']]])
 */
export type AnswerHints = (input: { slug: string; questions: readonly string[]; since: Date }) => Promise<ReadonlyMap<string, readonly string[]>>;

/** The post for a due reminder, check-in or follow-up; `lateMs` over the threshold says it is late. */
export function buildReminderPost(
  reminder: Reminder,
  briefing: BriefingOutline | undefined,
  options: { lateMs: number; lateAfterMs: number; answers?: ReadonlyMap<string, readonly string[]> },
): Built {
  if (!briefing) return { wait: `the briefing \`${reminder.slug}\` is not loaded` };
  const late =
    options.lateMs > options.lateAfterMs ? [`(Late: this was due ${formatInstant(reminder.dueAt, reminder.timeZone)}, while the bot was not running.)`] : [];
  switch (reminder.kind) {
    case 'reminder':
      return {
        reply: {
          kind: 'notice',
          title: `Reminder #${reminder.id}: ${briefing.headline}`,
          lines: [...(reminder.note ? [reminder.note] : []), `Latest: ${askFor(briefing)} · open questions: ${askFor(briefing, 'questions')}`, ...late],
        },
      };
    case 'checkin': {
      const open = stillOpen(briefing, reminder.questions ?? []);
      if (open.length === 0) return { skip: 'its questions are no longer open in the briefing' };
      const on = `${durationLabel(reminder.after ?? '7d')} on`;
      const hints = (q: string, indent: string) => (options.answers?.get(fold(q)) ?? []).map((line) => `${indent}${line}`);
      if (open.length === 1) {
        return {
          reply: {
            kind: 'notice',
            title: `${on}: ${open[0]}`,
            lines: [`Still open per the briefing “${briefing.headline}”.`, ...hints(open[0]!, ''), `More: ${askFor(briefing, 'questions')}`, ...late],
          },
        };
      }
      return {
        reply: {
          kind: 'notice',
          title: `${on}: ${briefing.headline}`,
          lines: [...open.flatMap((q) => [`• ${q} Still open per the briefing.`, ...hints(q, '    ')]), `More: ${askFor(briefing, 'questions')}`, ...late],
        },
      };
    }
    case 'followup': {
      const note = reminder.note ?? '';
      if (!briefing.followups.some((f) => fold(f.note) === fold(note))) return { skip: 'the follow-up was removed from the briefing' };
      return {
        reply: {
          kind: 'notice',
          title: `${durationLabel(reminder.after ?? '7d')} on: ${briefing.headline}`,
          lines: [note, `Latest: ${askFor(briefing)}`, ...late],
        },
      };
    }
  }
}

/** One reminder as a line in `/brief reminders` and digests. */
export function reminderLine(reminder: Reminder, briefing: BriefingOutline | undefined): string {
  const what =
    reminder.kind === 'reminder'
      ? reminder.note
        ? `“${shorten(reminder.note, 80)}”`
        : 'reminder'
      : reminder.kind === 'checkin'
        ? `check-in on ${reminder.questions?.length ?? 0} open question${reminder.questions?.length === 1 ? '' : 's'}`
        : `follow-up: ${shorten(reminder.note ?? '', 80)}`;
  const topic = briefing ? (briefing.aliases[0] ?? briefing.slug) : reminder.slug;
  return `#${reminder.id} ${topic} — ${formatInstant(reminder.dueAt, reminder.timeZone)} — ${what}`;
}
