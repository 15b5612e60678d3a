/**
 * Digest schedules on SQLite: one per channel, set in chat or by configuration (a configured one
 * never overrides what a channel chose).
 */
import type { DeliveryTarget } from '../delivery/target.ts';
import type { SqliteConnection } from './connection.ts';
import { digestUpsert, toDigest, where, type DigestRow } from './sqlite-rows.ts';
import type { DigestSchedule, DigestStore, NewDigestSchedule } from './types.ts';

export class SqliteDigests implements DigestStore {
  constructor(private readonly conn: SqliteConnection) {}

  async setDigest(input: NewDigestSchedule): Promise<DigestSchedule> {
    const { target } = input;
    const onConflict = digestUpsert(input.origin);
    this.conn.db
      .prepare(
        `INSERT INTO digest_schedules (platform, conversation, team, thread, schedule, cron, time_zone, origin, next_run_at, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, conversation, team) ${onConflict}`,
      )
      .run(...where(target), target.thread ?? null, input.schedule, input.cron, input.timeZone, input.origin, input.nextRunAt, input.createdBy, input.createdAt);
    const row = this.conn.db.prepare<[string, string, string], DigestRow>('SELECT * FROM digest_schedules WHERE platform = ? AND conversation = ? AND team = ?').get(...where(target))!;
    return toDigest(row);
  }

  async disableDigest(target: DeliveryTarget, by: string, now: number): Promise<boolean> {
    return (
      this.conn.db
        .prepare(`UPDATE digest_schedules SET enabled = 0, origin = 'chat', created_by = ?, created_at = ? WHERE platform = ? AND conversation = ? AND team = ? AND enabled = 1`)
        .run(by, now, ...where(target)).changes > 0
    );
  }

  async digest(target: DeliveryTarget): Promise<DigestSchedule | undefined> {
    const row = this.conn.db
      .prepare<[string, string, string], DigestRow>('SELECT * FROM digest_schedules WHERE platform = ? AND conversation = ? AND team = ? AND enabled = 1')
      .get(...where(target));
    return row ? toDigest(row) : undefined;
  }
}
