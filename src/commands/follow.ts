/**
 * `/brief follow <topic>` · `/brief unfollow <topic>`: check-ins on a story's open questions (and
 * its curated follow-ups) in this channel.
 */
import { topicNotFound } from '../answer/answer.ts';
import type { Incoming } from '../answer/incoming.ts';
import { rule } from '../answer/intent.ts';
import type { Reply } from '../answer/reply.ts';
import { targetOf } from '../delivery/target.ts';
import { zoneOf, type FollowupServices } from '../followup/services.ts';
import type { NewReminder, Reminder } from '../store/types.ts';
import { addDuration, durationLabel } from '../time/durations.ts';
import { formatInstant } from '../time/format.ts';
import { defineCommand, type CommandServices } from './command.ts';
import { notice } from './replies.ts';

export type FollowIntent = { kind: 'follow'; topic: string } | { kind: 'unfollow'; topic: string };

function describeScheduled(r: Reminder): string {
  if (r.kind === 'checkin') return `check-in on ${r.questions?.length ?? 0} open question${r.questions?.length === 1 ? '' : 's'}`;
  return r.note ?? 'follow-up';
}

async function follow(topic: string, incoming: Incoming, services: CommandServices, f: FollowupServices): Promise<Reply> {
  const library = services.library();
  const briefing = await library.findBriefing(topic);
  if (!briefing) return topicNotFound(library, topic, 'follow');
  const target = targetOf(incoming);
  const at = f.clock.now().getTime();
  const { created } = await f.store.follow({ target, slug: briefing.slug, createdBy: incoming.user, createdAt: at });
  const alias = briefing.aliases[0] ?? briefing.slug;
  if (!created) return notice(`This channel already follows “${briefing.headline}”`, [`What is scheduled: /brief reminders · stop with /brief unfollow ${alias}`]);
  const timeZone = await zoneOf(f, target);
  const base = { target, slug: briefing.slug, timeZone, createdBy: incoming.user, createdAt: at };
  const planned: NewReminder[] = [];
  const byAfter = new Map<string, string[]>();
  for (const q of briefing.questions) {
    const after = q.followUpAfter ?? f.defaultCheckinAfter ?? '7d';
    byAfter.set(after, [...(byAfter.get(after) ?? []), q.text]);
  }
  for (const [after, questions] of byAfter) {
    const dueAt = addDuration(at, after, timeZone);
    if (dueAt !== undefined) planned.push({ ...base, kind: 'checkin', questions, after, dueAt });
  }
  for (const item of briefing.followups) {
    const dueAt = addDuration(at, item.after, timeZone);
    if (dueAt !== undefined) planned.push({ ...base, kind: 'followup', note: item.note, after: item.after, dueAt });
  }
  const added = (await f.store.addReminders(planned)).sort((a, b) => a.dueAt - b.dueAt);
  const lines = added.map((r) => `#${r.id} ${durationLabel(r.after ?? '')} on, ${formatInstant(r.dueAt, timeZone)}: ${describeScheduled(r)}`);
  if (lines.length === 0) lines.push('The briefing lists no open questions or follow-ups, so no check-ins are scheduled; it will appear in this channel’s digest.');
  lines.push(`See /brief reminders · stop with /brief unfollow ${alias}`);
  return notice(`Following “${briefing.headline}” here`, lines);
}

async function unfollow(topic: string, incoming: Incoming, services: CommandServices, f: FollowupServices): Promise<Reply> {
  const library = services.library();
  const target = targetOf(incoming);
  const briefing = await library.findBriefing(topic);
  // A briefing removed from the folder can still be unfollowed by its slug.
  const slug = briefing?.slug ?? (await f.store.subscriptions(target)).find((s) => s.slug === topic.trim().toLowerCase())?.slug;
  if (!slug) return topicNotFound(library, topic, 'unfollow');
  const name = briefing ? `“${briefing.headline}”` : `\`${slug}\``;
  const removed = await f.store.unfollow(target, slug);
  if (!removed) return notice(`This channel does not follow ${name}`, ['Nothing was changed. /brief reminders shows what this channel follows.']);
  const cancelled = await f.store.cancelScheduledFor(target, slug, f.clock.now().getTime());
  return notice(`Stopped following ${name} here`, [
    cancelled ? `${cancelled} scheduled check-in${cancelled === 1 ? ' was' : 's were'} cancelled.` : 'No check-ins were pending.',
    'Reminders set with /brief remind stay until sent or cancelled.',
  ]);
}

export const followCommand = defineCommand<FollowIntent>({
  name: 'follow',
  kinds: ['follow', 'unfollow'],
  rules: [
    rule('follow', /^follow\s+(.+)$/i, ([topic]) => ({ kind: 'follow', topic: topic! })),
    rule('unfollow', /^unfollow\s+(.+)$/i, ([topic]) => ({ kind: 'unfollow', topic: topic! })),
  ],
  usage: [{ ask: '/brief follow <topic> · /brief unfollow <topic>', does: 'follow-ups on a story in this channel' }],
  handler: (services) => {
    const f = services.followups;
    if (!f) return undefined;
    return (intent, incoming) => (intent.kind === 'follow' ? follow(intent.topic, incoming, services, f) : unfollow(intent.topic, incoming, services, f));
  },
});
