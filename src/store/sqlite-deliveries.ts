/**
 * The delivery log on SQLite: turning due reminders and digest runs into deliveries, claiming them
 * and recording how they ended. Every step that decides who sends what runs in an IMMEDIATE
 * transaction (SQLite's single write lock), so two processes on one file never claim the same row.
 */
import type { Database } from 'better-sqlite3';
import type { DeliveryTarget } from '../delivery/target.ts';
import type { SqliteConnection } from './connection.ts';
import { deliveryKey, type ClaimOptions, type Delivery, type DeliveryItemKind, type DeliveryLog, type DeliveryOutcome, type DueWork } from './types.ts';
import { digestDelivery, DUE_BATCH, NOT_PAUSED, REMINDER_STATE, reminderDelivery } from './due-work.ts';
import { toDelivery, where, type DeliveryRow, type DigestRow, type ReminderRow } from './sqlite-rows.ts';

/** Records due reminders and digest runs as deliveries, once each, in one IMMEDIATE transaction. */
function recordDueWork(db: Database, input: Parameters<DeliveryLog['recordDueWork']>[0]): DueWork {
  const { now } = input;
  const insert = db.prepare(
    `INSERT OR IGNORE INTO deliveries (key, platform, conversation, team, thread, item_kind, item_id, scheduled_at, state, next_attempt_at, late_ms, reason, created_at, finished_at)
     VALUES (@key, @platform, @conversation, @team, @thread, @item_kind, @item_id, @scheduled_at, @state, @now, @late_ms, @reason, @now, @finished_at)`,
  );
  const run = db.transaction((): DueWork => {
    const work: DueWork = { remindersQueued: 0, digestsQueued: 0, digestsSkipped: 0 };
    const due = db
      .prepare<[number, number], ReminderRow>(`SELECT * FROM reminders WHERE state = 'scheduled' AND due_at <= ? ${NOT_PAUSED} ORDER BY due_at, id LIMIT ?`)
      .all(now, DUE_BATCH);
    const queue = db.prepare(`UPDATE reminders SET state = 'queued', updated_at = ? WHERE id = ? AND state = 'scheduled'`);
    for (const r of due) {
      insert.run(reminderDelivery(r, now));
      queue.run(now, r.id);
      work.remindersQueued++;
    }
    const schedules = db.prepare<[number], DigestRow>(`SELECT * FROM digest_schedules WHERE enabled = 1 AND next_run_at <= ? ${NOT_PAUSED}`).all(now);
    const advance = db.prepare(`UPDATE digest_schedules SET next_run_at = ? WHERE id = ? AND next_run_at = ?`);
    for (const row of schedules) {
      const { delivery, nextRunAt } = digestDelivery(row, input, work);
      insert.run(delivery);
      advance.run(nextRunAt, row.id, row.next_run_at);
    }
    return work;
  });
  return run.immediate();
}

function claimDeliveries(db: Database, options: ClaimOptions): Delivery[] {
  const { now, owner, leaseMs, limit, platforms } = options;
  if (platforms.length === 0 || limit <= 0) return [];
  const marks = platforms.map(() => '?').join(', ');
  const run = db.transaction((): Delivery[] => {
    const ready = db
      .prepare<unknown[], DeliveryRow>(
        `SELECT * FROM deliveries
         WHERE platform IN (${marks}) ${NOT_PAUSED}
           AND ((state = 'pending' AND next_attempt_at <= ?) OR (state = 'claimed' AND lease_until <= ?))
         ORDER BY scheduled_at, id LIMIT ?`,
      )
      .all(...platforms, now, now, limit);
    let rows = ready;
    if (options.ownerGone && rows.length < limit) {
      // Claims still under lease whose owner is known to be gone (a crashed process on this host).
      const held = db
        .prepare<unknown[], DeliveryRow>(
          `SELECT * FROM deliveries WHERE platform IN (${marks}) ${NOT_PAUSED} AND state = 'claimed' AND lease_until > ? AND claimed_by != ? ORDER BY scheduled_at, id LIMIT ?`,
        )
        .all(...platforms, now, owner, limit);
      rows = rows.concat(held.filter((r) => r.claimed_by !== null && options.ownerGone!(r.claimed_by))).slice(0, limit);
    }
    const claim = db.prepare(`UPDATE deliveries SET state = 'claimed', claimed_by = ?, lease_until = ?, attempts = attempts + 1 WHERE id = ?`);
    return rows.map((row) => {
      claim.run(owner, now + leaseMs, row.id);
      return toDelivery({ ...row, state: 'claimed', claimed_by: owner, lease_until: now + leaseMs, attempts: row.attempts + 1 });
    });
  });
  return run.immediate();
}

function finishDelivery(db: Database, id: number, owner: string, outcome: DeliveryOutcome, now: number): boolean {
  const run = db.transaction((): boolean => {
    const retry = outcome.state === 'retry';
    const reason = outcome.state === 'sent' ? null : outcome.reason;
    const changed = db
      .prepare(
        `UPDATE deliveries SET state = ?, reason = ?, finished_at = ?, next_attempt_at = ?, claimed_by = NULL, lease_until = NULL
         WHERE id = ? AND state = 'claimed' AND claimed_by = ?`,
      )
      .run(retry ? 'pending' : outcome.state, reason, retry ? null : now, retry ? outcome.at : now, id, owner).changes;
    if (changed === 0) return false;
    const row = db.prepare<[number], Pick<DeliveryRow, 'item_kind' | 'item_id'>>('SELECT item_kind, item_id FROM deliveries WHERE id = ?').get(id);
    if (row?.item_kind === 'reminder' && row.item_id !== null) {
      db.prepare(`UPDATE reminders SET state = ?, detail = ?, updated_at = ? WHERE id = ? AND state != 'cancelled'`).run(REMINDER_STATE[outcome.state], reason, now, row.item_id);
    }
    return true;
  });
  return run.immediate();
}

function releaseClaims(db: Database, owner: string, ids: number[]): void {
  const release = db.prepare(
    `UPDATE deliveries SET state = 'pending', claimed_by = NULL, lease_until = NULL, attempts = MAX(attempts - 1, 0) WHERE id = ? AND state = 'claimed' AND claimed_by = ?`,
  );
  db.transaction(() => ids.forEach((id) => release.run(id, owner))).immediate();
}

/** The delivery log as the store's aggregate. */
export class SqliteDeliveries implements DeliveryLog {
  constructor(private readonly conn: SqliteConnection) {}

  async recordDueWork(input: Parameters<DeliveryLog['recordDueWork']>[0]): Promise<DueWork> {
    return recordDueWork(this.conn.db, input);
  }

  async claimDeliveries(options: ClaimOptions): Promise<Delivery[]> {
    return claimDeliveries(this.conn.db, options);
  }

  async finishDelivery(id: number, owner: string, outcome: DeliveryOutcome, now: number): Promise<boolean> {
    return finishDelivery(this.conn.db, id, owner, outcome, now);
  }

  async releaseClaims(owner: string, ids: number[]): Promise<void> {
    releaseClaims(this.conn.db, owner, ids);
  }

  async enqueuePost(input: { key: string; target: DeliveryTarget; reply: string; reason?: string; at: number; notBefore?: number; now: number }): Promise<boolean> {
    const { target } = input;
    return (
      this.conn.db
        .prepare(
          `INSERT OR IGNORE INTO deliveries (key, platform, conversation, team, thread, item_kind, scheduled_at, state, next_attempt_at, reply, reason, created_at)
           VALUES (?, ?, ?, ?, ?, 'post', ?, 'pending', ?, ?, ?, ?)`,
        )
        .run(deliveryKey(target, `post:${input.key}`), ...where(target), target.thread ?? null, input.at, input.notBefore ?? input.at, input.reply, input.reason ?? null, input.now)
          .changes > 0
    );
  }

  async deliveryOf(itemKind: DeliveryItemKind, itemId: number): Promise<Delivery | undefined> {
    const row = this.conn.db
      .prepare<[string, number], DeliveryRow>('SELECT * FROM deliveries WHERE item_kind = ? AND item_id = ? ORDER BY id DESC LIMIT 1')
      .get(itemKind, itemId);
    return row ? toDelivery(row) : undefined;
  }

  async lastDigestSentAt(target: DeliveryTarget): Promise<number | undefined> {
    const row = this.conn.db
      .prepare<[string, string, string], { at: number | null }>(
        `SELECT MAX(scheduled_at) AS at FROM deliveries WHERE platform = ? AND conversation = ? AND team = ? AND item_kind = 'digest' AND state = 'sent'`,
      )
      .get(...where(target));
    return row?.at ?? undefined;
  }

  async failedPosts(target: DeliveryTarget, limit: number): Promise<Delivery[]> {
    return this.conn.db
      .prepare<[string, string, string, number], DeliveryRow>(
        `SELECT * FROM deliveries WHERE platform = ? AND conversation = ? AND team = ? AND item_kind = 'post' AND state = 'failed' ORDER BY finished_at DESC, id DESC LIMIT ?`,
      )
      .all(...where(target), limit)
      .map(toDelivery);
  }
}
