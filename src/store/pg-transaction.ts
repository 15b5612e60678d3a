/** One Postgres transaction on a pooled client: BEGIN, the work, COMMIT — or ROLLBACK when it throws. */
import type pg from 'pg';

/** Runs `work` on one client of `pool` inside a transaction (READ COMMITTED); rolls back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
