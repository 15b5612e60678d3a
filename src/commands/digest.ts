/**
 * `/brief digest` · `/brief digest every <schedule>` · `/brief digest off`: the digest of the
 * stories this channel follows, now or on a schedule.
 */
import type { Incoming } from '../answer/incoming.ts';
import { rule } from '../answer/intent.ts';
import type { Reply } from '../answer/reply.ts';
import { targetOf } from '../delivery/target.ts';
import { buildDigest } from '../followup/digest.ts';
import { zoneOf, type FollowupServices } from '../followup/services.ts';
import { formatInstant } from '../time/format.ts';
import { nextCronRun, parseSchedule } from '../time/schedule.ts';
import { defineCommand, type CommandServices } from './command.ts';
import { errorReply, notice } from './replies.ts';

export type DigestIntent = { kind: 'digest'; action: 'show' | 'off' } | { kind: 'digest'; action: 'schedule'; schedule: string };

async function digest(intent: DigestIntent, incoming: Incoming, services: CommandServices, f: FollowupServices): Promise<Reply> {
  const target = targetOf(incoming);
  const at = f.clock.now().getTime();
  if (intent.action === 'show') {
    const schedule = await f.store.digest(target);
    const reply = await buildDigest({ target, store: f.store, library: services.library(), sections: f.sections(), now: at, timeZone: schedule?.timeZone ?? (await zoneOf(f, target)) });
    return reply ?? notice('Nothing to digest yet', ['This channel follows no briefings and has nothing coming up. Try `/brief follow <topic>`.']);
  }
  if (intent.action === 'off') {
    const off = await f.store.disableDigest(target, incoming.user, at);
    return notice(off ? 'Digest turned off here' : 'There was no digest scheduled here', [off ? 'Turn it back on with `/brief digest every weekday 8:00`.' : 'Schedule one with `/brief digest every weekday 8:00`.']);
  }
  if (intent.action !== 'schedule') return errorReply('bad_argument', 'Say `/brief digest`, `/brief digest every weekday 8:00` or `/brief digest off`.');
  const parsed = parseSchedule(intent.schedule);
  if (!parsed.ok) return errorReply('bad_argument', parsed.message);
  const timeZone = parsed.schedule.timeZone ?? (await zoneOf(f, target));
  const nextRunAt = nextCronRun(parsed.schedule.cron, timeZone, at);
  const schedule = await f.store.setDigest({ target, schedule: parsed.schedule.label, cron: parsed.schedule.cron, timeZone, origin: 'chat', nextRunAt, createdBy: incoming.user, createdAt: at });
  const follows = (await f.store.subscriptions(target)).length;
  return notice(`Digest scheduled: ${schedule.schedule} (${timeZone})`, [
    `Next: ${formatInstant(nextRunAt, timeZone)}. An empty digest is not posted.`,
    ...(follows ? [] : ['This channel follows no briefings yet: `/brief follow <topic>`.']),
    'Stop with `/brief digest off`.',
  ]);
}

export const digestCommand = defineCommand<DigestIntent>({
  name: 'digest',
  kinds: ['digest'],
  rules: [
    rule('digest-off', /^digest\s+(?:off|stop|none|disable)$/i, () => ({ kind: 'digest', action: 'off' })),
    rule('digest-schedule', /^digest\s+(?:every|at|on|schedule)\s+(.+)$/i, ([schedule]) => ({ kind: 'digest', action: 'schedule', schedule: schedule! })),
    rule('digest', /^digest(?:\s+now)?$/i, () => ({ kind: 'digest', action: 'show' })),
  ],
  usage: [{ ask: '/brief digest · /brief digest every <schedule> · /brief digest off', does: 'the digest of followed stories' }],
  handler: (services) => {
    const f = services.followups;
    return f ? (intent, incoming) => digest(intent, incoming, services, f) : undefined;
  },
});
