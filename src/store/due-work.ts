/**
 * What turning due work into deliveries means, shared by both engines: the delivery row a due
 * reminder or digest run becomes, and how far a digest schedule that fell behind is walked. Each
 * engine only decides how the rows are locked and written.
 */
import { deliveryKey, type DigestSchedule, type DueWork } from './types.ts';
import { targetOf, toDigest, type DigestRow, type ReminderRow } from './sqlite-rows.ts';

/**
 * The condition that leaves out the due work of workspaces that uninstalled Brief: their reminders,
 * digests and deliveries wait (paused, not lost) until the workspace installs it again.
 */
export const NOT_PAUSED = `AND team NOT IN (SELECT team FROM slack_installations WHERE uninstalled_at IS NOT NULL)`;

/** How many due reminders one call records; the next tick takes the rest. */
export const DUE_BATCH = 500;
/** A schedule that fell this many runs behind is walked no further (the rest are skipped). */
const MAX_MISSED_RUNS = 10_000;

/** A delivery row to insert, by column name. */
export interface NewDeliveryRow {
  key: string;
  platform: string;
  conversation: string;
  team: string;
  thread: string | null;
  item_kind: 'reminder' | 'digest';
  item_id: number;
  scheduled_at: number;
  state: 'pending' | 'skipped';
  now: number;
  late_ms: number;
  reason: string | null;
  finished_at: number | null;
}

/** The delivery a due reminder becomes. */
export function reminderDelivery(r: ReminderRow, now: number): NewDeliveryRow {
  return {
    key: deliveryKey(targetOf(r), `reminder:${r.id}`, r.due_at),
    platform: r.platform,
    conversation: r.conversation,
    team: r.team,
    thread: r.thread,
    item_kind: 'reminder',
    item_id: r.id,
    scheduled_at: r.due_at,
    state: 'pending',
    now,
    late_ms: Math.max(0, now - r.due_at),
    reason: null,
    finished_at: null,
  };
}

/**
 * The delivery a due digest schedule becomes — its latest run at or before now, skipped when older
 * than the grace window — the schedule's next run after now, and what it adds to the tick's counts.
 */
export function digestDelivery(
  row: DigestRow,
  input: { now: number; graceMs: number; nextRun: (schedule: DigestSchedule, after: number) => number },
  work: DueWork,
): { delivery: NewDeliveryRow; nextRunAt: number } {
  const { now, graceMs, nextRun } = input;
  const schedule = toDigest(row);
  let last = row.next_run_at;
  let behind = 0;
  for (let i = 0; i < MAX_MISSED_RUNS; i++) {
    const next = nextRun(schedule, last);
    if (next > now) break;
    last = next;
    behind++;
  }
  const stale = now - last > graceMs;
  if (stale) work.digestsSkipped += behind + 1;
  else {
    work.digestsQueued++;
    work.digestsSkipped += behind;
  }
  return {
    delivery: {
      key: deliveryKey(schedule.target, `digest:${row.id}`, last),
      platform: row.platform,
      conversation: row.conversation,
      team: row.team,
      thread: row.thread,
      item_kind: 'digest',
      item_id: row.id,
      scheduled_at: last,
      state: stale ? 'skipped' : 'pending',
      now,
      late_ms: Math.max(0, now - last),
      reason: stale ? `missed: the bot was not running at ${new Date(last).toISOString()}` : null,
      finished_at: stale ? now : null,
    },
    nextRunAt: nextRun(schedule, now),
  };
}

/** How a finished delivery leaves its reminder. */
export const REMINDER_STATE: Record<'sent' | 'skipped' | 'failed' | 'retry', string> = { sent: 'sent', skipped: 'skipped', failed: 'failed', retry: 'queued' };
