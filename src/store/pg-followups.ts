/**
 * Channels, subscriptions, reminders and digest schedules on Postgres: the same statements as the
 * SQLite aggregates (src/store/sqlite-subscriptions.ts, sqlite-reminders.ts, sqlite-digests.ts)
 * with numbered parameters, `ON CONFLICT … DO NOTHING` for the insert-or-ignores, and rows read
 * through the same mapping (sqlite-rows.ts), so both engines return identical records.
 */
import type { DeliveryTarget } from '../delivery/target.ts';
import type { PgConnection } from './pg-connection.ts';
import { digestUpsert, toDigest, toReminder, toSubscription, where, type DigestRow, type ReminderRow, type SubscriptionRow } from './sqlite-rows.ts';
import type { ChannelStore, DigestSchedule, DigestStore, NewDigestSchedule, NewReminder, Reminder, ReminderState, ReminderStore, Subscription, SubscriptionStore } from './types.ts';

/** Subscriptions and channel settings. */
export class PgSubscriptions implements SubscriptionStore, ChannelStore {
  constructor(private readonly conn: PgConnection) {}

  async channelTimeZone(target: DeliveryTarget): Promise<string | undefined> {
    const { rows } = await this.conn.pool.query<{ time_zone: string | null }>('SELECT time_zone FROM channels WHERE platform = $1 AND conversation = $2 AND team = $3', [...where(target)]);
    return rows[0]?.time_zone ?? undefined;
  }

  async setChannelTimeZone(target: DeliveryTarget, timeZone: string, now: number): Promise<void> {
    await this.conn.pool.query(
      `INSERT INTO channels (platform, conversation, team, time_zone, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (platform, conversation, team) DO UPDATE SET time_zone = excluded.time_zone, updated_at = excluded.updated_at`,
      [...where(target), timeZone, now],
    );
  }

  async follow(input: Omit<Subscription, 'id'>): Promise<{ subscription: Subscription; created: boolean }> {
    const { target } = input;
    const inserted = await this.conn.pool.query<SubscriptionRow>(
      `INSERT INTO subscriptions (platform, conversation, team, thread, slug, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (platform, conversation, team, slug) DO NOTHING RETURNING *`,
      [...where(target), target.thread ?? null, input.slug, input.createdBy, input.createdAt],
    );
    if (inserted.rows[0]) return { subscription: toSubscription(inserted.rows[0]), created: true };
    const { rows } = await this.conn.pool.query<SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = $1 AND conversation = $2 AND team = $3 AND slug = $4', [...where(target), input.slug]);
    return { subscription: toSubscription(rows[0]!), created: false };
  }

  async unfollow(target: DeliveryTarget, slug: string): Promise<Subscription | undefined> {
    const { rows } = await this.conn.pool.query<SubscriptionRow>('DELETE FROM subscriptions WHERE platform = $1 AND conversation = $2 AND team = $3 AND slug = $4 RETURNING *', [...where(target), slug]);
    return rows[0] ? toSubscription(rows[0]) : undefined;
  }

  async subscriptions(target: DeliveryTarget): Promise<Subscription[]> {
    const { rows } = await this.conn.pool.query<SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = $1 AND conversation = $2 AND team = $3 ORDER BY created_at, id', [...where(target)]);
    return rows.map(toSubscription);
  }

  async followers(slug: string): Promise<Subscription[]> {
    const { rows } = await this.conn.pool.query<SubscriptionRow>('SELECT * FROM subscriptions WHERE slug = $1 ORDER BY id', [slug]);
    return rows.map(toSubscription);
  }
}

/** Reminders, check-ins and follow-ups. */
export class PgReminders implements ReminderStore {
  constructor(private readonly conn: PgConnection) {}

  async addReminders(reminders: NewReminder[]): Promise<Reminder[]> {
    return this.conn.transaction(async (client) => {
      const added: Reminder[] = [];
      for (const r of reminders) {
        const { rows } = await client.query<ReminderRow>(
          `INSERT INTO reminders (platform, conversation, team, thread, slug, kind, note, questions, after, due_at, time_zone, created_by, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING *`,
          [...where(r.target), r.target.thread ?? null, r.slug, r.kind, r.note ?? null, r.questions ? JSON.stringify(r.questions) : null, r.after ?? null, r.dueAt, r.timeZone, r.createdBy, r.createdAt],
        );
        added.push(toReminder(rows[0]!));
      }
      return added;
    });
  }

  async reminder(id: number): Promise<Reminder | undefined> {
    const { rows } = await this.conn.pool.query<ReminderRow>('SELECT * FROM reminders WHERE id = $1', [id]);
    return rows[0] ? toReminder(rows[0]) : undefined;
  }

  async reminders(target: DeliveryTarget, options: { states?: ReminderState[]; limit?: number } = {}): Promise<Reminder[]> {
    const states = options.states ?? [];
    const { rows } = await this.conn.pool.query<ReminderRow>(
      `SELECT * FROM reminders WHERE platform = $1 AND conversation = $2 AND team = $3 ${states.length ? 'AND state = ANY($5)' : ''} ORDER BY due_at, id LIMIT $4`,
      [...where(target), options.limit ?? 1000, ...(states.length ? [states] : [])],
    );
    return rows.map(toReminder);
  }

  async cancelReminder(id: number, now: number): Promise<boolean> {
    const result = await this.conn.pool.query(`UPDATE reminders SET state = 'cancelled', updated_at = $1 WHERE id = $2 AND state = 'scheduled'`, [now, id]);
    return (result.rowCount ?? 0) > 0;
  }

  async cancelScheduledFor(target: DeliveryTarget, slug: string, now: number): Promise<number> {
    const result = await this.conn.pool.query(
      `UPDATE reminders SET state = 'cancelled', detail = 'unfollowed', updated_at = $1
       WHERE platform = $2 AND conversation = $3 AND team = $4 AND slug = $5 AND kind IN ('checkin', 'followup') AND state = 'scheduled'`,
      [now, ...where(target), slug],
    );
    return result.rowCount ?? 0;
  }
}

/** Digest schedules, one per channel; a configured one never overrides what a channel chose. */
export class PgDigests implements DigestStore {
  constructor(private readonly conn: PgConnection) {}

  async setDigest(input: NewDigestSchedule): Promise<DigestSchedule> {
    const { target } = input;
    const onConflict = digestUpsert(input.origin);
    await this.conn.pool.query(
      `INSERT INTO digest_schedules (platform, conversation, team, thread, schedule, cron, time_zone, origin, next_run_at, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (platform, conversation, team) ${onConflict}`,
      [...where(target), target.thread ?? null, input.schedule, input.cron, input.timeZone, input.origin, input.nextRunAt, input.createdBy, input.createdAt],
    );
    const { rows } = await this.conn.pool.query<DigestRow>('SELECT * FROM digest_schedules WHERE platform = $1 AND conversation = $2 AND team = $3', [...where(target)]);
    return toDigest(rows[0]!);
  }

  async disableDigest(target: DeliveryTarget, by: string, now: number): Promise<boolean> {
    const result = await this.conn.pool.query(
      `UPDATE digest_schedules SET enabled = 0, origin = 'chat', created_by = $1, created_at = $2 WHERE platform = $3 AND conversation = $4 AND team = $5 AND enabled = 1`,
      [by, now, ...where(target)],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async digest(target: DeliveryTarget): Promise<DigestSchedule | undefined> {
    const { rows } = await this.conn.pool.query<DigestRow>('SELECT * FROM digest_schedules WHERE platform = $1 AND conversation = $2 AND team = $3 AND enabled = 1', [...where(target)]);
    return rows[0] ? toDigest(rows[0]) : undefined;
  }
}
