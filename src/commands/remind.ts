/**
 * `/brief remind <topic> <when> [note]` · `/brief reminders` · `/brief cancel <id>`: reminders on a
 * story at a natural date in the channel's time zone, what is scheduled here, and cancelling one.
 */
import { topicNotFound } from '../answer/answer.ts';
import type { Incoming } from '../answer/incoming.ts';
import { rule } from '../answer/intent.ts';
import type { Reply } from '../answer/reply.ts';
import type { Library } from '../briefing/library.ts';
import type { BriefingOutline } from '../briefing/model.ts';
import { sameChannel, targetOf } from '../delivery/target.ts';
import { reminderLine } from '../followup/messages.ts';
import { zoneOf, type FollowupServices } from '../followup/services.ts';
import type { Reminder } from '../store/types.ts';
import { formatInstant, relativeLabel } from '../time/format.ts';
import { readWhen } from '../time/when.ts';
import { defineCommand, type CommandServices } from './command.ts';
import { errorReply, notice } from './replies.ts';

export type RemindIntent = { kind: 'remind'; text: string } | { kind: 'reminders' } | { kind: 'cancel'; id: string };

/** How far ahead a reminder may be set. */
const MAX_AHEAD_MS = 2 * 366 * 86_400_000;
const WHEN_EXAMPLES = '`in 3 days`, `tomorrow 9am` or `next Monday 08:30`';

/**
 * The briefing a reminder is about. When the date came first ("in 3 days swap check the terms"),
 * the longest run of leading words that names a briefing is the topic and the rest is the note.
 */
async function resolveTopic(library: Library, topic: string, note: string | undefined, dateFirst: boolean): Promise<{ briefing: BriefingOutline; note?: string } | undefined> {
  if (!dateFirst) {
    const briefing = await library.findBriefing(topic);
    return briefing ? { briefing, ...(note ? { note } : {}) } : undefined;
  }
  const words = topic.split(' ');
  for (let n = words.length; n > 0; n--) {
    const briefing = await library.findBriefing(words.slice(0, n).join(' '));
    if (briefing) {
      const rest = words.slice(n).join(' ').replace(/^(?:to|that|:|-)\s+/i, '').trim();
      return { briefing, ...(rest ? { note: rest } : {}) };
    }
  }
  return undefined;
}

function stateWord(state: Reminder['state']): string {
  return { scheduled: 'scheduled', queued: 'being sent', sent: 'already sent', failed: 'failed', skipped: 'already done (skipped)', cancelled: 'already cancelled' }[state];
}

async function remind(raw: string, incoming: Incoming, services: CommandServices, f: FollowupServices): Promise<Reply> {
  const text = raw.trim();
  if (!text) return errorReply('bad_argument', `Tell me which story and when, e.g. \`/brief remind swap tomorrow 9am check the terms\` (when: ${WHEN_EXAMPLES}).`);
  const library = services.library();
  const target = targetOf(incoming);
  const timeZone = await zoneOf(f, target);
  const at = f.clock.now().getTime();
  const when = readWhen(text, at, timeZone);
  if (!when) return errorReply('bad_argument', `I could not find a date in “${text}”. Say when with ${WHEN_EXAMPLES}, e.g. \`/brief remind swap tomorrow 9am\`.`);
  if (!when.topic) return errorReply('bad_argument', `Which story? Put the topic before the time, e.g. \`/brief remind swap ${when.whenText}\`.`);
  const found = await resolveTopic(library, when.topic, when.note, when.dateFirst);
  if (!found) return topicNotFound(library, when.topic, 'remind');
  if (when.at <= at) {
    return errorReply('bad_argument', `“${when.whenText}” is ${formatInstant(when.at, timeZone)}, which has already passed. Pick a time from now on, e.g. ${WHEN_EXAMPLES}.`);
  }
  if (when.at - at > MAX_AHEAD_MS) return errorReply('bad_argument', `“${when.whenText}” is more than two years away; pick a nearer date.`);
  const [reminder] = await f.store.addReminders([
    { target, slug: found.briefing.slug, kind: 'reminder', ...(found.note ? { note: found.note } : {}), dueAt: when.at, timeZone, createdBy: incoming.user, createdAt: at },
  ]);
  return notice(`Reminder #${reminder!.id} set`, [
    `${found.briefing.headline}`,
    `When: ${formatInstant(when.at, timeZone)} (${relativeLabel(when.at, at)})`,
    ...(found.note ? [`Note: ${found.note}`] : []),
    `Cancel with /brief cancel ${reminder!.id}`,
  ]);
}

async function reminders(incoming: Incoming, services: CommandServices, f: FollowupServices): Promise<Reply> {
  const library = services.library();
  const target = targetOf(incoming);
  const items: Array<{ text: string; detail?: string }> = [];
  for (const r of await f.store.reminders(target, { states: ['scheduled', 'queued'] })) {
    const delivery = r.state === 'queued' ? await f.store.deliveryOf('reminder', r.id) : undefined;
    const detail =
      r.state === 'scheduled' ? 'scheduled' : delivery?.reason ? `retrying after ${delivery.attempts} tr${delivery.attempts === 1 ? 'y' : 'ies'}: ${delivery.reason}` : 'being sent';
    items.push({ text: reminderLine(r, await library.bySlugExact(r.slug)), detail });
  }
  const failed = (await f.store.reminders(target, { states: ['failed'] })).slice(-10);
  for (const r of failed) items.push({ text: reminderLine(r, await library.bySlugExact(r.slug)), detail: `failed: ${r.detail ?? 'unknown reason'}` });
  for (const post of await f.store.failedPosts(target, 5)) items.push({ text: `A post from ${formatInstant(post.scheduledAt, f.defaultTimeZone)}`, detail: `failed: ${post.reason ?? 'unknown reason'}` });
  const digest = await f.store.digest(target);
  if (digest) items.push({ text: `Digest: ${digest.schedule} (${digest.timeZone})`, detail: `next ${formatInstant(digest.nextRunAt, digest.timeZone)}` });
  const following: string[] = [];
  for (const s of await f.store.subscriptions(target)) following.push((await library.bySlugExact(s.slug))?.aliases[0] ?? s.slug);
  if (following.length) items.push({ text: `Following: ${following.join(', ')}` });
  return {
    kind: 'list',
    title: 'Scheduled in this channel',
    items,
    empty: 'Nothing is scheduled here. Try `/brief follow <topic>` or `/brief remind <topic> tomorrow 9am`.',
  };
}

async function cancel(rawId: string, incoming: Incoming, services: CommandServices, f: FollowupServices): Promise<Reply> {
  const id = Number(rawId.replace(/^#/, ''));
  if (!Number.isSafeInteger(id) || id <= 0) return errorReply('bad_argument', `\`${rawId}\` is not a reminder id — ids are numbers, as /brief reminders shows them (#12).`);
  const reminder = await f.store.reminder(id);
  if (!reminder || !sameChannel(reminder.target, targetOf(incoming))) {
    return errorReply('not_found', `There is no reminder #${id} in this channel. /brief reminders lists the ones here.`);
  }
  if (reminder.createdBy !== incoming.user) return errorReply('bad_argument', `Reminder #${id} was set by someone else; only they can cancel it. Nothing was changed.`);
  if (reminder.state !== 'scheduled' || !(await f.store.cancelReminder(id, f.clock.now().getTime()))) {
    return errorReply('bad_argument', `Reminder #${id} is ${stateWord(reminder.state)}; there is nothing to cancel.`);
  }
  return notice(`Cancelled reminder #${id}`, [reminderLine(reminder, await services.library().bySlugExact(reminder.slug))]);
}

export const remindCommand = defineCommand<RemindIntent>({
  name: 'remind',
  kinds: ['remind', 'reminders', 'cancel'],
  rules: [
    rule('remind', /^remind(?:\s+me)?(?:\s+(.*))?$/i, ([text]) => ({ kind: 'remind', text: text ?? '' })),
    rule('reminders', /^(?:reminders|scheduled|followups|follow-ups)$/i, () => ({ kind: 'reminders' })),
    rule('cancel', /^cancel\s+#?(\S+)$/i, ([id]) => ({ kind: 'cancel', id: id! })),
  ],
  usage: [{ ask: '/brief remind <topic> <when> [note] · /brief reminders · /brief cancel <id>', does: 'reminders' }],
  handler: (services) => {
    const f = services.followups;
    if (!f) return undefined;
    return (intent, incoming) => {
      switch (intent.kind) {
        case 'remind':
          return remind(intent.text, incoming, services, f);
        case 'reminders':
          return reminders(incoming, services, f);
        case 'cancel':
          return cancel(intent.id, incoming, services, f);
      }
    };
  },
});
