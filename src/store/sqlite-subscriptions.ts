/**
 * Channels and their subscriptions on SQLite: which channels follow which briefings, and each
 * channel's own time zone.
 */
import type { DeliveryTarget } from '../delivery/target.ts';
import type { SqliteConnection } from './connection.ts';
import { toSubscription, where, type SubscriptionRow } from './sqlite-rows.ts';
import type { ChannelStore, Subscription, SubscriptionStore } from './types.ts';

export class SqliteSubscriptions implements SubscriptionStore, ChannelStore {
  constructor(private readonly conn: SqliteConnection) {}

  async channelTimeZone(target: DeliveryTarget): Promise<string | undefined> {
    const row = this.conn.db.prepare<[string, string, string], { time_zone: string | null }>('SELECT time_zone FROM channels WHERE platform = ? AND conversation = ? AND team = ?').get(...where(target));
    return row?.time_zone ?? undefined;
  }

  async setChannelTimeZone(target: DeliveryTarget, timeZone: string, now: number): Promise<void> {
    this.conn.db
      .prepare(
        `INSERT INTO channels (platform, conversation, team, time_zone, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (platform, conversation, team) DO UPDATE SET time_zone = excluded.time_zone, updated_at = excluded.updated_at`,
      )
      .run(...where(target), timeZone, now);
  }

  async follow(input: Omit<Subscription, 'id'>): Promise<{ subscription: Subscription; created: boolean }> {
    const { target } = input;
    const result = this.conn.db
      .prepare('INSERT OR IGNORE INTO subscriptions (platform, conversation, team, thread, slug, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(...where(target), target.thread ?? null, input.slug, input.createdBy, input.createdAt);
    const row = this.conn.db
      .prepare<[string, string, string, string], SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = ? AND conversation = ? AND team = ? AND slug = ?')
      .get(...where(target), input.slug)!;
    return { subscription: toSubscription(row), created: result.changes > 0 };
  }

  async unfollow(target: DeliveryTarget, slug: string): Promise<Subscription | undefined> {
    const row = this.conn.db
      .prepare<[string, string, string, string], SubscriptionRow>('DELETE FROM subscriptions WHERE platform = ? AND conversation = ? AND team = ? AND slug = ? RETURNING *')
      .get(...where(target), slug);
    return row ? toSubscription(row) : undefined;
  }

  async subscriptions(target: DeliveryTarget): Promise<Subscription[]> {
    return this.conn.db
      .prepare<[string, string, string], SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = ? AND conversation = ? AND team = ? ORDER BY created_at, id')
      .all(...where(target))
      .map(toSubscription);
  }

  async followers(slug: string): Promise<Subscription[]> {
    return this.conn.db.prepare<[string], SubscriptionRow>('SELECT * FROM subscriptions WHERE slug = ? ORDER BY id').all(slug).map(toSubscription);
  }
}
