/**
 * Reminders on SQLite: the ones people set, the check-ins following a briefing schedules, and the
 * curated follow-ups, with their states.
 */
import type { DeliveryTarget } from '../delivery/target.ts';
import type { SqliteConnection } from './connection.ts';
import { toReminder, where, type ReminderRow } from './sqlite-rows.ts';
import type { NewReminder, Reminder, ReminderState, ReminderStore } from './types.ts';

export class SqliteReminders implements ReminderStore {
  constructor(private readonly conn: SqliteConnection) {}

  async addReminders(reminders: NewReminder[]): Promise<Reminder[]> {
    const insert = this.conn.db.prepare<unknown[], ReminderRow>(
      `INSERT INTO reminders (platform, conversation, team, thread, slug, kind, note, questions, after, due_at, time_zone, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
    );
    const run = this.conn.db.transaction(() =>
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
    const row = this.conn.db.prepare<[number], ReminderRow>('SELECT * FROM reminders WHERE id = ?').get(id);
    return row ? toReminder(row) : undefined;
  }

  async reminders(target: DeliveryTarget, options: { states?: ReminderState[]; limit?: number } = {}): Promise<Reminder[]> {
    const states = options.states ?? [];
    const filter = states.length ? `AND state IN (${states.map(() => '?').join(', ')})` : '';
    return this.conn.db
      .prepare<unknown[], ReminderRow>(`SELECT * FROM reminders WHERE platform = ? AND conversation = ? AND team = ? ${filter} ORDER BY due_at, id LIMIT ?`)
      .all(...where(target), ...states, options.limit ?? 1000)
      .map(toReminder);
  }

  async cancelReminder(id: number, now: number): Promise<boolean> {
    return this.conn.db.prepare(`UPDATE reminders SET state = 'cancelled', updated_at = ? WHERE id = ? AND state = 'scheduled'`).run(now, id).changes > 0;
  }

  async cancelScheduledFor(target: DeliveryTarget, slug: string, now: number): Promise<number> {
    return this.conn.db
      .prepare(
        `UPDATE reminders SET state = 'cancelled', detail = 'unfollowed', updated_at = ?
         WHERE platform = ? AND conversation = ? AND team = ? AND slug = ? AND kind IN ('checkin', 'followup') AND state = 'scheduled'`,
      )
      .run(now, ...where(target), slug).changes;
  }
}
