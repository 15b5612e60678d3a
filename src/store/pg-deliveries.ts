/**
 * The delivery log on Postgres, for several replicas on one database: due reminders and digest
 * schedules are locked with `FOR UPDATE SKIP LOCKED` while they become deliveries (so two replicas
 * never walk the same ones), deliveries are claimed the same way under a lease, and the unique
 * `key` makes a repeat a no-op. Queuing work `NOTIFY`s the other replicas in the same transaction,
 * so they wake when it commits.
 */
import type { PoolClient } from 'pg';
import type { DeliveryTarget } from '../delivery/target.ts';
import { digestDelivery, DUE_BATCH, NOT_PAUSED, REMINDER_STATE, reminderDelivery, type NewDeliveryRow } from './due-work.ts';
import { WORK_CHANNEL, type PgConnection } from './pg-connection.ts';
import { toDelivery, where, type DeliveryRow, type DigestRow, type ReminderRow } from './sqlite-rows.ts';
import { deliveryKey, type ClaimOptions, type Delivery, type DeliveryItemKind, type DeliveryLog, type DeliveryOutcome, type DueWork } from './types.ts';

const INSERT_DUE = `INSERT INTO deliveries (key, platform, conversation, team, thread, item_kind, item_id, scheduled_at, state, next_attempt_at, late_ms, reason, created_at, finished_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $10, $13) ON CONFLICT (key) DO NOTHING`;

function insertDue(client: PoolClient, d: NewDeliveryRow): Promise<unknown> {
  return client.query(INSERT_DUE, [d.key, d.platform, d.conversation, d.team, d.thread, d.item_kind, d.item_id, d.scheduled_at, d.state, d.now, d.late_ms, d.reason, d.finished_at]);
}

/** Claims rows by id for `owner` and returns them in due order. */
async function claimRows(client: PoolClient, ids: number[], options: ClaimOptions): Promise<Delivery[]> {
  if (ids.length === 0) return [];
  const { rows } = await client.query<DeliveryRow>(
    `UPDATE deliveries SET state = 'claimed', claimed_by = $2, lease_until = $3, attempts = attempts + 1 WHERE id = ANY($1) RETURNING *`,
    [ids, options.owner, options.now + options.leaseMs],
  );
  return rows.sort((a, b) => a.scheduled_at - b.scheduled_at || a.id - b.id).map(toDelivery);
}

/** The delivery log as the Postgres store's aggregate. */
export class PgDeliveries implements DeliveryLog {
  constructor(private readonly conn: PgConnection) {}

  async recordDueWork(input: Parameters<DeliveryLog['recordDueWork']>[0]): Promise<DueWork> {
    const { now } = input;
    return this.conn.transaction(async (client) => {
      const work: DueWork = { remindersQueued: 0, digestsQueued: 0, digestsSkipped: 0 };
      const due = await client.query<ReminderRow>(
        `SELECT * FROM reminders WHERE state = 'scheduled' AND due_at <= $1 ${NOT_PAUSED} ORDER BY due_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, DUE_BATCH],
      );
      for (const r of due.rows) {
        await insertDue(client, reminderDelivery(r, now));
        await client.query(`UPDATE reminders SET state = 'queued', updated_at = $1 WHERE id = $2`, [now, r.id]);
        work.remindersQueued++;
      }
      const schedules = await client.query<DigestRow>(`SELECT * FROM digest_schedules WHERE enabled = 1 AND next_run_at <= $1 ${NOT_PAUSED} FOR UPDATE SKIP LOCKED`, [now]);
      for (const row of schedules.rows) {
        const { delivery, nextRunAt } = digestDelivery(row, input, work);
        await insertDue(client, delivery);
        await client.query('UPDATE digest_schedules SET next_run_at = $1 WHERE id = $2', [nextRunAt, row.id]);
      }
      if (work.remindersQueued + work.digestsQueued > 0) await client.query(`NOTIFY ${WORK_CHANNEL}`);
      return work;
    });
  }

  async claimDeliveries(options: ClaimOptions): Promise<Delivery[]> {
    const { now, owner, limit, platforms } = options;
    if (platforms.length === 0 || limit <= 0) return [];
    return this.conn.transaction(async (client) => {
      const ready = await client.query<{ id: number }>(
        `SELECT id FROM deliveries
         WHERE platform = ANY($1) ${NOT_PAUSED} AND ((state = 'pending' AND next_attempt_at <= $2) OR (state = 'claimed' AND lease_until <= $2))
         ORDER BY scheduled_at, id LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [platforms, now, limit],
      );
      const ids = ready.rows.map((r) => r.id);
      if (options.ownerGone && ids.length < limit) {
        // Claims still under lease whose owner is known to be gone (a crashed process on this host).
        const held = await client.query<{ id: number; claimed_by: string }>(
          `SELECT id, claimed_by FROM deliveries WHERE platform = ANY($1) ${NOT_PAUSED} AND state = 'claimed' AND lease_until > $2 AND claimed_by != $3
           ORDER BY scheduled_at, id LIMIT $4 FOR UPDATE SKIP LOCKED`,
          [platforms, now, owner, limit],
        );
        ids.push(...held.rows.filter((r) => options.ownerGone!(r.claimed_by)).map((r) => r.id));
      }
      return claimRows(client, ids.slice(0, limit), options);
    });
  }

  async finishDelivery(id: number, owner: string, outcome: DeliveryOutcome, now: number): Promise<boolean> {
    const retry = outcome.state === 'retry';
    const reason = outcome.state === 'sent' ? null : outcome.reason;
    return this.conn.transaction(async (client) => {
      const { rows } = await client.query<Pick<DeliveryRow, 'item_kind' | 'item_id'>>(
        `UPDATE deliveries SET state = $1, reason = $2, finished_at = $3, next_attempt_at = $4, claimed_by = NULL, lease_until = NULL
         WHERE id = $5 AND state = 'claimed' AND claimed_by = $6 RETURNING item_kind, item_id`,
        [retry ? 'pending' : outcome.state, reason, retry ? null : now, retry ? outcome.at : now, id, owner],
      );
      const row = rows[0];
      if (!row) return false;
      if (row.item_kind === 'reminder' && row.item_id !== null) {
        await client.query(`UPDATE reminders SET state = $1, detail = $2, updated_at = $3 WHERE id = $4 AND state != 'cancelled'`, [REMINDER_STATE[outcome.state], reason, now, row.item_id]);
      }
      if (retry) await client.query(`NOTIFY ${WORK_CHANNEL}`);
      return true;
    });
  }

  async releaseClaims(owner: string, ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.conn.pool.query(
      `UPDATE deliveries SET state = 'pending', claimed_by = NULL, lease_until = NULL, attempts = GREATEST(attempts - 1, 0) WHERE id = ANY($1) AND state = 'claimed' AND claimed_by = $2`,
      [ids, owner],
    );
    await this.conn.pool.query(`NOTIFY ${WORK_CHANNEL}`);
  }

  async enqueuePost(input: { key: string; target: DeliveryTarget; reply: string; reason?: string; at: number; notBefore?: number; now: number }): Promise<boolean> {
    const { target } = input;
    const result = await this.conn.pool.query(
      `WITH added AS (
         INSERT INTO deliveries (key, platform, conversation, team, thread, item_kind, scheduled_at, state, next_attempt_at, reply, reason, created_at)
         VALUES ($1, $2, $3, $4, $5, 'post', $6, 'pending', $7, $8, $9, $10) ON CONFLICT (key) DO NOTHING RETURNING id)
       SELECT id, pg_notify($11, '') FROM added`,
      [deliveryKey(target, `post:${input.key}`), ...where(target), target.thread ?? null, input.at, input.notBefore ?? input.at, input.reply, input.reason ?? null, input.now, WORK_CHANNEL],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async deliveryOf(itemKind: DeliveryItemKind, itemId: number): Promise<Delivery | undefined> {
    const { rows } = await this.conn.pool.query<DeliveryRow>('SELECT * FROM deliveries WHERE item_kind = $1 AND item_id = $2 ORDER BY id DESC LIMIT 1', [itemKind, itemId]);
    return rows[0] ? toDelivery(rows[0]) : undefined;
  }

  async lastDigestSentAt(target: DeliveryTarget): Promise<number | undefined> {
    const { rows } = await this.conn.pool.query<{ at: number | null }>(
      `SELECT MAX(scheduled_at) AS at FROM deliveries WHERE platform = $1 AND conversation = $2 AND team = $3 AND item_kind = 'digest' AND state = 'sent'`,
      [...where(target)],
    );
    return rows[0]?.at ?? undefined;
  }

  async failedPosts(target: DeliveryTarget, limit: number): Promise<Delivery[]> {
    const { rows } = await this.conn.pool.query<DeliveryRow>(
      `SELECT * FROM deliveries WHERE platform = $1 AND conversation = $2 AND team = $3 AND item_kind = 'post' AND state = 'failed' ORDER BY finished_at DESC, id DESC LIMIT $4`,
      [...where(target), limit],
    );
    return rows.map(toDelivery);
  }
}
