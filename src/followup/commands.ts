/**
 * The chat commands of follow-ups, as handlers the Responder dispatches to: follow, unfollow,
 * remind, reminders, cancel, digest and timezone. Bad input gets a clear message and stores nothing.
 */
import { topicNotFound } from '../answer/answer.ts';
import type { Incoming } from '../answer/incoming.ts';
import type { Intent } from '../answer/intent.ts';
import type { Reply } from '../answer/reply.ts';
import type { IntentHandlers } from '../answer/responder.ts';
import type { Library } from '../briefing/library.ts';
import type { Briefing } from '../briefing/model.ts';
import type { DeliveryTarget } from '../chat/adapter.ts';
import type { FollowupStore, NewReminder, Reminder } from '../store/types.ts';
import { buildDigest, type DigestSection } from './digest.ts';
import { reminderLine } from './messages.ts';
import { nextCronRun, parseSchedule } from './schedule.ts';
import { addDuration, canonicalTimeZone, durationLabel, formatInstant, relativeLabel, type Clock } from './time.ts';
import { readWhen } from './when.ts';

export interface CommandDeps {
  store: FollowupStore;
  library: () => Library;
  clock: Clock;
  /** The zone for channels that set none ("UTC", "Europe/Madrid"). */
  defaultTimeZone: string;
  /** When a question's check-in comes if the briefing gives no `followUpAfter` (default "7d"). */
  defaultCheckinAfter?: string;
  sections?: () => readonly DigestSection[];
}

/** How far ahead a reminder may be set. */
const MAX_AHEAD_MS = 2 * 366 * 86_400_000;
const WHEN_EXAMPLES = '`in 3 days`, `tomorrow 9am` or `next Monday 08:30`';

/** The channel a message came from, as a delivery target. */
export function targetOf(incoming: Incoming): DeliveryTarget {
  return { platform: incoming.platform, conversation: incoming.conversation, ...(incoming.thread ? { thread: incoming.thread } : {}) };
}

function sameChannel(a: DeliveryTarget, b: DeliveryTarget): boolean {
  return a.platform === b.platform && a.conversation === b.conversation;
}

const error = (code: 'bad_argument' | 'not_found', message: string): Reply => ({ kind: 'error', code, message });
const notice = (title: string, lines: string[]): Reply => ({ kind: 'notice', title, lines });


/** The handlers to register with `responder.use(…)`. */
export function followupHandlers(deps: CommandDeps): IntentHandlers {
  const { store } = deps;
  const now = () => deps.clock.now().getTime();
  const zoneOf = async (target: DeliveryTarget) => (await store.channelTimeZone(target)) ?? deps.defaultTimeZone;

  const follow = async (intent: Extract<Intent, { kind: 'follow' }>, incoming: Incoming): Promise<Reply> => {
    const library = deps.library();
    const briefing = library.findBriefing(intent.topic);
    if (!briefing) return topicNotFound(library, intent.topic, 'follow');
    const target = targetOf(incoming);
    const at = now();
    const { created } = await store.follow({ target, slug: briefing.slug, createdBy: incoming.user, createdAt: at });
    if (!created) {
      return notice(`This channel already follows “${briefing.headline}”`, [`What is scheduled: /brief reminders · stop with /brief unfollow ${briefing.aliases[0] ?? briefing.slug}`]);
    }
    const timeZone = await zoneOf(target);
    const base = { target, slug: briefing.slug, timeZone, createdBy: incoming.user, createdAt: at };
    const planned: NewReminder[] = [];
    const byAfter = new Map<string, string[]>();
    for (const q of briefing.questions) {
      const after = q.followUpAfter ?? deps.defaultCheckinAfter ?? '7d';
      byAfter.set(after, [...(byAfter.get(after) ?? []), q.text]);
    }
    for (const [after, questions] of byAfter) {
      const dueAt = addDuration(at, after, timeZone);
      if (dueAt !== undefined) planned.push({ ...base, kind: 'checkin', questions, after, dueAt });
    }
    for (const f of briefing.followups) {
      const dueAt = addDuration(at, f.after, timeZone);
      if (dueAt !== undefined) planned.push({ ...base, kind: 'followup', note: f.note, after: f.after, dueAt });
    }
    const added = (await store.addReminders(planned)).sort((a, b) => a.dueAt - b.dueAt);
    const lines = added.map((r) => `#${r.id} ${durationLabel(r.after ?? '')} on, ${formatInstant(r.dueAt, timeZone)}: ${describeScheduled(r)}`);
    if (lines.length === 0) lines.push('The briefing lists no open questions or follow-ups, so no check-ins are scheduled; it will appear in this channel’s digest.');
    lines.push(`See /brief reminders · stop with /brief unfollow ${briefing.aliases[0] ?? briefing.slug}`);
    return notice(`Following “${briefing.headline}” here`, lines);
  };

  const unfollow = async (intent: Extract<Intent, { kind: 'unfollow' }>, incoming: Incoming): Promise<Reply> => {
    const library = deps.library();
    const target = targetOf(incoming);
    const briefing = library.findBriefing(intent.topic);
    // A briefing removed from the folder can still be unfollowed by its slug.
    const slug = briefing?.slug ?? (await store.subscriptions(target)).find((s) => s.slug === intent.topic.trim().toLowerCase())?.slug;
    if (!slug) return topicNotFound(library, intent.topic, 'unfollow');
    const name = briefing ? `“${briefing.headline}”` : `\`${slug}\``;
    const removed = await store.unfollow(target, slug);
    if (!removed) return notice(`This channel does not follow ${name}`, ['Nothing was changed. /brief reminders shows what this channel follows.']);
    const cancelled = await store.cancelScheduledFor(target, slug, now());
    return notice(`Stopped following ${name} here`, [
      cancelled ? `${cancelled} scheduled check-in${cancelled === 1 ? ' was' : 's were'} cancelled.` : 'No check-ins were pending.',
      'Reminders set with /brief remind stay until sent or cancelled.',
    ]);
  };

  const remind = async (intent: Extract<Intent, { kind: 'remind' }>, incoming: Incoming): Promise<Reply> => {
    const text = intent.text.trim();
    if (!text) return error('bad_argument', `Tell me which story and when, e.g. \`/brief remind swap tomorrow 9am check the terms\` (when: ${WHEN_EXAMPLES}).`);
    const library = deps.library();
    const target = targetOf(incoming);
    const timeZone = await zoneOf(target);
    const at = now();
    const when = readWhen(text, at, timeZone);
    if (!when) return error('bad_argument', `I could not find a date in “${text}”. Say when with ${WHEN_EXAMPLES}, e.g. \`/brief remind swap tomorrow 9am\`.`);
    if (!when.topic) return error('bad_argument', `Which story? Put the topic before the time, e.g. \`/brief remind swap ${when.whenText}\`.`);
    const found = resolveTopic(library, when.topic, when.note, when.dateFirst);
    if (!found) return topicNotFound(library, when.topic, 'remind');
    if (when.at <= at) {
      return error('bad_argument', `“${when.whenText}” is ${formatInstant(when.at, timeZone)}, which has already passed. Pick a time from now on, e.g. ${WHEN_EXAMPLES}.`);
    }
    if (when.at - at > MAX_AHEAD_MS) return error('bad_argument', `“${when.whenText}” is more than two years away; pick a nearer date.`);
    const [reminder] = await store.addReminders([
      { target, slug: found.briefing.slug, kind: 'reminder', ...(found.note ? { note: found.note } : {}), dueAt: when.at, timeZone, createdBy: incoming.user, createdAt: at },
    ]);
    return notice(`Reminder #${reminder!.id} set`, [
      `${found.briefing.headline}`,
      `When: ${formatInstant(when.at, timeZone)} (${relativeLabel(when.at, at)})`,
      ...(found.note ? [`Note: ${found.note}`] : []),
      `Cancel with /brief cancel ${reminder!.id}`,
    ]);
  };

  const reminders = async (_intent: Extract<Intent, { kind: 'reminders' }>, incoming: Incoming): Promise<Reply> => {
    const library = deps.library();
    const target = targetOf(incoming);
    const items: Array<{ text: string; detail?: string }> = [];
    for (const r of await store.reminders(target, { states: ['scheduled', 'queued'] })) {
      const delivery = r.state === 'queued' ? await store.deliveryOf('reminder', r.id) : undefined;
      const detail =
        r.state === 'scheduled' ? 'scheduled' : delivery?.reason ? `retrying after ${delivery.attempts} tr${delivery.attempts === 1 ? 'y' : 'ies'}: ${delivery.reason}` : 'being sent';
      items.push({ text: reminderLine(r, library.bySlugExact(r.slug)), detail });
    }
    const failed = (await store.reminders(target, { states: ['failed'] })).slice(-10);
    for (const r of failed) items.push({ text: reminderLine(r, library.bySlugExact(r.slug)), detail: `failed: ${r.detail ?? 'unknown reason'}` });
    for (const post of await store.failedPosts(target, 5)) items.push({ text: `A post from ${formatInstant(post.scheduledAt, deps.defaultTimeZone)}`, detail: `failed: ${post.reason ?? 'unknown reason'}` });
    const digest = await store.digest(target);
    if (digest) items.push({ text: `Digest: ${digest.schedule} (${digest.timeZone})`, detail: `next ${formatInstant(digest.nextRunAt, digest.timeZone)}` });
    const following = (await store.subscriptions(target)).map((s) => library.bySlugExact(s.slug)?.aliases[0] ?? s.slug);
    if (following.length) items.push({ text: `Following: ${following.join(', ')}` });
    return {
      kind: 'list',
      title: 'Scheduled in this channel',
      items,
      empty: 'Nothing is scheduled here. Try `/brief follow <topic>` or `/brief remind <topic> tomorrow 9am`.',
    };
  };

  const cancel = async (intent: Extract<Intent, { kind: 'cancel' }>, incoming: Incoming): Promise<Reply> => {
    const id = Number(intent.id.replace(/^#/, ''));
    if (!Number.isSafeInteger(id) || id <= 0) return error('bad_argument', `\`${intent.id}\` is not a reminder id — ids are numbers, as /brief reminders shows them (#12).`);
    const reminder = await store.reminder(id);
    if (!reminder || !sameChannel(reminder.target, targetOf(incoming))) {
      return error('not_found', `There is no reminder #${id} in this channel. /brief reminders lists the ones here.`);
    }
    if (reminder.createdBy !== incoming.user) return error('bad_argument', `Reminder #${id} was set by someone else; only they can cancel it. Nothing was changed.`);
    if (reminder.state !== 'scheduled' || !(await store.cancelReminder(id, now()))) {
      return error('bad_argument', `Reminder #${id} is ${stateWord(reminder.state)}; there is nothing to cancel.`);
    }
    return notice(`Cancelled reminder #${id}`, [reminderLine(reminder, deps.library().bySlugExact(reminder.slug))]);
  };

  const digest = async (intent: Extract<Intent, { kind: 'digest' }>, incoming: Incoming): Promise<Reply> => {
    const target = targetOf(incoming);
    const at = now();
    if (intent.action === 'show') {
      const schedule = await store.digest(target);
      const reply = await buildDigest({ target, store, library: deps.library(), sections: deps.sections?.() ?? [], now: at, timeZone: schedule?.timeZone ?? (await zoneOf(target)) });
      return reply ?? notice('Nothing to digest yet', ['This channel follows no briefings and has nothing coming up. Try `/brief follow <topic>`.']);
    }
    if (intent.action === 'off') {
      const off = await store.disableDigest(target, incoming.user, at);
      return notice(off ? 'Digest turned off here' : 'There was no digest scheduled here', [off ? 'Turn it back on with `/brief digest every weekday 8:00`.' : 'Schedule one with `/brief digest every weekday 8:00`.']);
    }
    if (intent.action !== 'schedule') return error('bad_argument', 'Say `/brief digest`, `/brief digest every weekday 8:00` or `/brief digest off`.');
    const parsed = parseSchedule(intent.schedule);
    if (!parsed.ok) return error('bad_argument', parsed.message);
    const timeZone = parsed.schedule.timeZone ?? (await zoneOf(target));
    const nextRunAt = nextCronRun(parsed.schedule.cron, timeZone, at);
    const schedule = await store.setDigest({
      target,
      schedule: parsed.schedule.label,
      cron: parsed.schedule.cron,
      timeZone,
      origin: 'chat',
      nextRunAt,
      createdBy: incoming.user,
      createdAt: at,
    });
    const follows = (await store.subscriptions(target)).length;
    return notice(`Digest scheduled: ${schedule.schedule} (${timeZone})`, [
      `Next: ${formatInstant(nextRunAt, timeZone)}. An empty digest is not posted.`,
      ...(follows ? [] : ['This channel follows no briefings yet: `/brief follow <topic>`.']),
      'Stop with `/brief digest off`.',
    ]);
  };

  const timezone = async (intent: Extract<Intent, { kind: 'timezone' }>, incoming: Incoming): Promise<Reply> => {
    const target = targetOf(incoming);
    if (!intent.zone) {
      const own = await store.channelTimeZone(target);
      return notice(`Time zone here: ${own ?? deps.defaultTimeZone}`, [own ? 'Set for this channel.' : 'The default; set one with `/brief timezone Europe/Madrid`.']);
    }
    const zone = canonicalTimeZone(intent.zone);
    if (!zone) return error('bad_argument', `\`${intent.zone}\` is not a time zone — use a name such as Europe/Madrid, America/New_York or UTC.`);
    await store.setChannelTimeZone(target, zone, now());
    return notice(`Time zone here: ${zone}`, ['New reminders and digests use it; ones already scheduled keep their times.']);
  };

  return { follow, unfollow, remind, reminders, cancel, digest, timezone };
}

function describeScheduled(r: Reminder): string {
  if (r.kind === 'checkin') return `check-in on ${r.questions?.length ?? 0} open question${r.questions?.length === 1 ? '' : 's'}`;
  return r.note ?? 'follow-up';
}

function stateWord(state: Reminder['state']): string {
  return { scheduled: 'scheduled', queued: 'being sent', sent: 'already sent', failed: 'failed', skipped: 'already done (skipped)', cancelled: 'already cancelled' }[state];
}

/**
 * The briefing a reminder is about. When the date came first ("in 3 days swap check the terms"),
 * the longest run of leading words that names a briefing is the topic and the rest is the note.
 */
function resolveTopic(library: Library, topic: string, note: string | undefined, dateFirst: boolean): { briefing: Briefing; note?: string } | undefined {
  if (!dateFirst) {
    const briefing = library.findBriefing(topic);
    return briefing ? { briefing, ...(note ? { note } : {}) } : undefined;
  }
  const words = topic.split(' ');
  for (let n = words.length; n > 0; n--) {
    const briefing = library.findBriefing(words.slice(0, n).join(' '));
    if (briefing) {
      const rest = words.slice(n).join(' ').replace(/^(?:to|that|:|-)\s+/i, '').trim();
      return { briefing, ...(rest ? { note: rest } : {}) };
    }
  }
  return undefined;
}

