/**
 * Row shapes of the SQLite follow-ups tables and their mapping to the store's records.
 */
import type { Platform } from '../answer/incoming.ts';
import type { DeliveryTarget } from '../delivery/target.ts';
import type { Delivery, DigestSchedule, Reminder, Subscription } from './types.ts';

interface TargetRow {
  platform: string;
  conversation: string;
  /** The Slack workspace in many-workspace mode; '' everywhere else. */
  team: string;
  thread: string | null;
}

export interface SubscriptionRow extends TargetRow {
  id: number;
  slug: string;
  created_by: string;
  created_at: number;
}

export interface ReminderRow extends TargetRow {
  id: number;
  slug: string;
  kind: Reminder['kind'];
  note: string | null;
  questions: string | null;
  after: string | null;
  due_at: number;
  time_zone: string;
  state: Reminder['state'];
  detail: string | null;
  created_by: string;
  created_at: number;
}

export interface DigestRow extends TargetRow {
  id: number;
  schedule: string;
  cron: string;
  time_zone: string;
  origin: DigestSchedule['origin'];
  enabled: number;
  next_run_at: number;
  created_by: string;
  created_at: number;
}

export interface DeliveryRow extends TargetRow {
  id: number;
  key: string;
  item_kind: Delivery['itemKind'];
  item_id: number | null;
  scheduled_at: number;
  state: Delivery['state'];
  attempts: number;
  next_attempt_at: number;
  claimed_by: string | null;
  lease_until: number | null;
  late_ms: number;
  reply: string | null;
  reason: string | null;
  finished_at: number | null;
}

/** A target's key columns, in the order the queries name them. */
export const where = (t: DeliveryTarget) => [t.platform, t.conversation, t.team ?? ''] as const;

/** A row's target; the team only when the row has one (rows of the single-token set-up have none). */
export function targetOf(row: TargetRow): DeliveryTarget {
  return { platform: row.platform as Platform, conversation: row.conversation, ...(row.team ? { team: row.team } : {}), ...(row.thread ? { thread: row.thread } : {}) };
}

export function toSubscription(row: SubscriptionRow): Subscription {
  return { id: row.id, target: targetOf(row), slug: row.slug, createdBy: row.created_by, createdAt: row.created_at };
}

export function toReminder(row: ReminderRow): Reminder {
  return {
    id: row.id,
    target: targetOf(row),
    slug: row.slug,
    kind: row.kind,
    ...(row.note !== null ? { note: row.note } : {}),
    ...(row.questions !== null ? { questions: JSON.parse(row.questions) as string[] } : {}),
    ...(row.after !== null ? { after: row.after } : {}),
    dueAt: row.due_at,
    timeZone: row.time_zone,
    state: row.state,
    createdBy: row.created_by,
    createdAt: row.created_at,
    ...(row.detail !== null ? { detail: row.detail } : {}),
  };
}

export function toDigest(row: DigestRow): DigestSchedule {
  return {
    id: row.id,
    target: targetOf(row),
    schedule: row.schedule,
    cron: row.cron,
    timeZone: row.time_zone,
    origin: row.origin,
    enabled: row.enabled === 1,
    nextRunAt: row.next_run_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

export function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    key: row.key,
    target: targetOf(row),
    itemKind: row.item_kind,
    ...(row.item_id !== null ? { itemId: row.item_id } : {}),
    scheduledAt: row.scheduled_at,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lateMs: row.late_ms,
    ...(row.reply !== null ? { reply: row.reply } : {}),
    ...(row.reason !== null ? { reason: row.reason } : {}),
    ...(row.finished_at !== null ? { finishedAt: row.finished_at } : {}),
  };
}

/**
 * What setting a digest does when the channel has one: a configured schedule replaces only a
 * configured one and keeps its next run when unchanged (so a restart neither loses today's run nor
 * overrides what a channel chose in chat); a chat one always replaces it. The same SQL on both engines.
 */
export function digestUpsert(origin: DigestSchedule['origin']): string {
  return origin === 'config'
    ? `DO UPDATE SET schedule = excluded.schedule, cron = excluded.cron, time_zone = excluded.time_zone, thread = excluded.thread,
         next_run_at = CASE WHEN digest_schedules.cron = excluded.cron AND digest_schedules.time_zone = excluded.time_zone
                            THEN digest_schedules.next_run_at ELSE excluded.next_run_at END
       WHERE digest_schedules.origin = 'config'`
    : `DO UPDATE SET schedule = excluded.schedule, cron = excluded.cron, time_zone = excluded.time_zone, thread = excluded.thread,
         origin = 'chat', enabled = 1, next_run_at = excluded.next_run_at, created_by = excluded.created_by, created_at = excluded.created_at`;
}
