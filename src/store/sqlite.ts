/**
 * The SQLite store (better-sqlite3 12): one file, WAL mode so readers never wait on the writer,
 * a busy timeout so two processes on one file take turns instead of failing.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { DeliveryTarget } from '../chat/adapter.ts';
import { applyMigrations, FOLLOWUP_MIGRATIONS, type Migration } from './migrations.ts';
import { claimDeliveries, finishDelivery, recordDueWork, releaseClaims } from './sqlite-deliveries.ts';
import { toDelivery, toDigest, toReminder, toSubscription, type DeliveryRow, type DigestRow, type ReminderRow, type SubscriptionRow } from './sqlite-rows.ts';
import {
  deliveryKey,
  type ClaimOptions,
  type Delivery,
  type DeliveryItemKind,
  type DeliveryOutcome,
  type DigestSchedule,
  type FollowupStore,
  type NewDigestSchedule,
  type NewReminder,
  type Reminder,
  type ReminderState,
  type Subscription,
} from './types.ts';

export interface SqliteStoreOptions {
  /** A file path, or `:memory:`. */
  path: string;
  /** Migrations of other parts, applied after the follow-ups ones. */
  migrations?: readonly Migration[];
  busyTimeoutMs?: number;
}

const where = (t: DeliveryTarget) => [t.platform, t.conversation] as const;

/** The follow-ups store on one SQLite file. `db` is the raw handle for other SQLite-backed parts. */
export class SqliteStore implements FollowupStore {
  readonly db: Database.Database;
  readonly path: string;
  /** Migration names applied when this instance opened the file. */
  readonly applied: string[];

  constructor(options: SqliteStoreOptions) {
    this.path = options.path;
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    this.db = new Database(options.path);
    this.db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.applied = applyMigrations(this.db, [...FOLLOWUP_MIGRATIONS, ...(options.migrations ?? [])]);
  }

  /** Applies more named migrations (e.g. a part that starts later); already-applied names are skipped. */
  migrate(migrations: readonly Migration[]): string[] {
    return applyMigrations(this.db, migrations);
  }

  async channelTimeZone(target: DeliveryTarget): Promise<string | undefined> {
    const row = this.db.prepare<[string, string], { time_zone: string | null }>('SELECT time_zone FROM channels WHERE platform = ? AND conversation = ?').get(...where(target));
    return row?.time_zone ?? undefined;
  }

  async setChannelTimeZone(target: DeliveryTarget, timeZone: string, now: number): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO channels (platform, conversation, time_zone, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (platform, conversation) DO UPDATE SET time_zone = excluded.time_zone, updated_at = excluded.updated_at`,
      )
      .run(...where(target), timeZone, now);
  }

  async follow(input: Omit<Subscription, 'id'>): Promise<{ subscription: Subscription; created: boolean }> {
    const { target } = input;
    const result = this.db
      .prepare('INSERT OR IGNORE INTO subscriptions (platform, conversation, thread, slug, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(...where(target), target.thread ?? null, input.slug, input.createdBy, input.createdAt);
    const row = this.db
      .prepare<[string, string, string], SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = ? AND conversation = ? AND slug = ?')
      .get(...where(target), input.slug)!;
    return { subscription: toSubscription(row), created: result.changes > 0 };
  }

  async unfollow(target: DeliveryTarget, slug: string): Promise<Subscription | undefined> {
    const row = this.db
      .prepare<[string, string, string], SubscriptionRow>('DELETE FROM subscriptions WHERE platform = ? AND conversation = ? AND slug = ? RETURNING *')
      .get(...where(target), slug);
    return row ? toSubscription(row) : undefined;
  }

  async subscriptions(target: DeliveryTarget): Promise<Subscription[]> {
    return this.db
      .prepare<[string, string], SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = ? AND conversation = ? ORDER BY created_at, id')
      .all(...where(target))
      .map(toSubscription);
  }

  async followers(slug: string): Promise<Subscription[]> {
    return this.db.prepare<[string], SubscriptionRow>('SELECT * FROM subscriptions WHERE slug = ? ORDER BY id').all(slug).map(toSubscription);
  }

  async addReminders(reminders: NewReminder[]): Promise<Reminder[]> {
    const insert = this.db.prepare<unknown[], ReminderRow>(
      `INSERT INTO reminders (platform, conversation, thread, slug, kind, note, questions, after, due_at, time_zone, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
    );
    const run = this.db.transaction(() =>
      reminders.map((r) =>
        insert.get(
          ...where(r.target),
          r.target.thread ?? null,
          r.slug,
          r.kind,
          r.note ?? null,
          r.questions ? JSON.stringify(r.questions) : null,
          r.after ?? null,
          r.dueAt,
          r.timeZone,
          r.createdBy,
          r.createdAt,
          r.createdAt,
        )!,
      ),
    );
    return run.immediate().map(toReminder);
  }

  async reminder(id: number): Promise<Reminder | undefined> {
    const row = this.db.prepare<[number], ReminderRow>('SELECT * FROM reminders WHERE id = ?').get(id);
    return row ? toReminder(row) : undefined;
  }

  async reminders(target: DeliveryTarget, options: { states?: ReminderState[]; limit?: number } = {}): Promise<Reminder[]> {
    const states = options.states ?? [];
    const filter = states.length ? `AND state IN (${states.map(() => '?').join(', ')})` : '';
    return this.db
      .prepare<unknown[], ReminderRow>(`SELECT * FROM reminders WHERE platform = ? AND conversation = ? ${filter} ORDER BY due_at, id LIMIT ?`)
      .all(...where(target), ...states, options.limit ?? 1000)
      .map(toReminder);
  }

  async cancelReminder(id: number, now: number): Promise<boolean> {
    return this.db.prepare(`UPDATE reminders SET state = 'cancelled', updated_at = ? WHERE id = ? AND state = 'scheduled'`).run(now, id).changes > 0;
  }

  async cancelScheduledFor(target: DeliveryTarget, slug: string, now: number): Promise<number> {
    return this.db
      .prepare(
        `UPDATE reminders SET state = 'cancelled', detail = 'unfollowed', updated_at = ?
         WHERE platform = ? AND conversation = ? AND slug = ? AND kind IN ('checkin', 'followup') AND state = 'scheduled'`,
      )
      .run(now, ...where(target), slug).changes;
  }

  async setDigest(input: NewDigestSchedule): Promise<DigestSchedule> {
    const { target } = input;
    // A configured schedule replaces only a configured one, and keeps its next run when unchanged,
    // so a restart neither loses today's run nor overrides what a channel chose in chat.
    const onConflict =
      input.origin === 'config'
        ? `DO UPDATE SET schedule = excluded.schedule, cron = excluded.cron, time_zone = excluded.time_zone, thread = excluded.thread,
             next_run_at = CASE WHEN digest_schedules.cron = excluded.cron AND digest_schedules.time_zone = excluded.time_zone
                                THEN digest_schedules.next_run_at ELSE excluded.next_run_at END
           WHERE digest_schedules.origin = 'config'`
        : `DO UPDATE SET schedule = excluded.schedule, cron = excluded.cron, time_zone = excluded.time_zone, thread = excluded.thread,
             origin = 'chat', enabled = 1, next_run_at = excluded.next_run_at, created_by = excluded.created_by, created_at = excluded.created_at`;
    this.db
      .prepare(
        `INSERT INTO digest_schedules (platform, conversation, thread, schedule, cron, time_zone, origin, next_run_at, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, conversation) ${onConflict}`,
      )
      .run(...where(target), target.thread ?? null, input.schedule, input.cron, input.timeZone, input.origin, input.nextRunAt, input.createdBy, input.createdAt);
    const row = this.db.prepare<[string, string], DigestRow>('SELECT * FROM digest_schedules WHERE platform = ? AND conversation = ?').get(...where(target))!;
    return toDigest(row);
  }

  async disableDigest(target: DeliveryTarget, by: string, now: number): Promise<boolean> {
    return (
      this.db
        .prepare(`UPDATE digest_schedules SET enabled = 0, origin = 'chat', created_by = ?, created_at = ? WHERE platform = ? AND conversation = ? AND enabled = 1`)
        .run(by, now, ...where(target)).changes > 0
    );
  }

  async digest(target: DeliveryTarget): Promise<DigestSchedule | undefined> {
    const row = this.db
      .prepare<[string, string], DigestRow>('SELECT * FROM digest_schedules WHERE platform = ? AND conversation = ? AND enabled = 1')
      .get(...where(target));
    return row ? toDigest(row) : undefined;
  }

  async recordDueWork(input: Parameters<FollowupStore['recordDueWork']>[0]) {
    return recordDueWork(this.db, input);
  }

  async claimDeliveries(options: ClaimOptions): Promise<Delivery[]> {
    return claimDeliveries(this.db, options);
  }

  async finishDelivery(id: number, owner: string, outcome: DeliveryOutcome, now: number): Promise<boolean> {
    return finishDelivery(this.db, id, owner, outcome, now);
  }

  async releaseClaims(owner: string, ids: number[]): Promise<void> {
    releaseClaims(this.db, owner, ids);
  }

  async enqueuePost(input: { key: string; target: DeliveryTarget; reply: string; reason?: string; at: number; notBefore?: number; now: number }): Promise<boolean> {
    const { target } = input;
    return (
      this.db
        .prepare(
          `INSERT OR IGNORE INTO deliveries (key, platform, conversation, thread, item_kind, scheduled_at, state, next_attempt_at, reply, reason, created_at)
           VALUES (?, ?, ?, ?, 'post', ?, 'pending', ?, ?, ?, ?)`,
        )
        .run(deliveryKey(target, `post:${input.key}`), ...where(target), target.thread ?? null, input.at, input.notBefore ?? input.at, input.reply, input.reason ?? null, input.now)
          .changes > 0
    );
  }

  async deliveryOf(itemKind: DeliveryItemKind, itemId: number): Promise<Delivery | undefined> {
    const row = this.db
      .prepare<[string, number], DeliveryRow>('SELECT * FROM deliveries WHERE item_kind = ? AND item_id = ? ORDER BY id DESC LIMIT 1')
      .get(itemKind, itemId);
    return row ? toDelivery(row) : undefined;
  }

  async lastDigestSentAt(target: DeliveryTarget): Promise<number | undefined> {
    const row = this.db
      .prepare<[string, string], { at: number | null }>(
        `SELECT MAX(scheduled_at) AS at FROM deliveries WHERE platform = ? AND conversation = ? AND item_kind = 'digest' AND state = 'sent'`,
      )
      .get(...where(target));
    return row?.at ?? undefined;
  }

  async failedPosts(target: DeliveryTarget, limit: number): Promise<Delivery[]> {
    return this.db
      .prepare<[string, string, number], DeliveryRow>(
        `SELECT * FROM deliveries WHERE platform = ? AND conversation = ? AND item_kind = 'post' AND state = 'failed' ORDER BY finished_at DESC, id DESC LIMIT ?`,
      )
      .all(...where(target), limit)
      .map(toDelivery);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
