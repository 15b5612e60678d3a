/**
 * `/brief timezone [Area/City]`: this channel's time zone for reminders and digests.
 */
import type { Incoming } from '../answer/incoming.ts';
import { rule } from '../answer/intent.ts';
import type { Reply } from '../answer/reply.ts';
import { targetOf } from '../delivery/target.ts';
import type { FollowupServices } from '../followup/services.ts';
import { canonicalTimeZone } from '../time/zones.ts';
import { defineCommand } from './command.ts';
import { errorReply, notice } from './replies.ts';

export type TimezoneIntent = { kind: 'timezone'; zone?: string };

async function timezone(intent: TimezoneIntent, incoming: Incoming, f: FollowupServices): Promise<Reply> {
  const target = targetOf(incoming);
  if (!intent.zone) {
    const own = await f.store.channelTimeZone(target);
    return notice(`Time zone here: ${own ?? f.defaultTimeZone}`, [own ? 'Set for this channel.' : 'The default; set one with `/brief timezone Europe/Madrid`.']);
  }
  const zone = canonicalTimeZone(intent.zone);
  if (!zone) return errorReply('bad_argument', `\`${intent.zone}\` is not a time zone — use a name such as Europe/Madrid, America/New_York or UTC.`);
  await f.store.setChannelTimeZone(target, zone, f.clock.now().getTime());
  return notice(`Time zone here: ${zone}`, ['New reminders and digests use it; ones already scheduled keep their times.']);
}

export const timezoneCommand = defineCommand<TimezoneIntent>({
  name: 'timezone',
  kinds: ['timezone'],
  rules: [rule('timezone', /^(?:time\s*zone|tz)(?:\s+(?:is\s+|to\s+|=\s*)?(\S+))?$/i, ([zone]) => ({ kind: 'timezone', ...(zone ? { zone } : {}) }))],
  usage: [{ ask: '/brief timezone <Area/City>', does: "this channel's time zone for reminders and digests" }],
  handler: (services) => {
    const f = services.followups;
    return f ? (intent, incoming) => timezone(intent, incoming, f) : undefined;
  },
});
