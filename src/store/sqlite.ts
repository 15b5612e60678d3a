/**
 * The SQLite store as a part: one file, opened in `start()` and closed in `stop()`, holding every
 * aggregate Brief keeps — channels and subscriptions, reminders, digest schedules, the delivery
 * log, the feeds' state and the briefing index — each in its own class on the shared connection. It
 * implements the follow-ups' `FollowupStore` by handing each call to its aggregate, and offers the
 * feeds' `FeedStateStore` as `feeds` and the briefing index (`BriefingIndexStore`) as `briefings`.
 */
import type Database from 'better-sqlite3';
import type { DeliveryTarget } from '../delivery/target.ts';
import { BRIEFING_INDEX_MIGRATIONS } from './briefing-index-migrations.ts';
import { SqliteConnection } from './connection.ts';
import { FEED_MIGRATIONS } from './feeds-migrations.ts';
import { applyMigrations, FOLLOWUP_MIGRATIONS, type Migration } from './migrations.ts';
import { SqliteBriefingIndex } from './sqlite-briefing-index.ts';
import { SqliteDeliveries } from './sqlite-deliveries.ts';
import { SqliteDigests } from './sqlite-digests.ts';
import { SqliteFeedState } from './sqlite-feed-state.ts';
import { SqliteReminders } from './sqlite-reminders.ts';
import { SqliteSubscriptions } from './sqlite-subscriptions.ts';
import type { FollowupStore } from './types.ts';

export interface SqliteStoreOptions {
  /** A file path, or `:memory:`. */
  path: string;
  /** Migrations of other parts, applied after Brief's own. */
  migrations?: readonly Migration[];
  busyTimeoutMs?: number;
}

/** The store on one SQLite file. Nothing touches the file before `start()`. */
export class SqliteStore implements FollowupStore {
  readonly name = 'store';
  /** The feed watcher's state, on the same connection. */
  readonly feeds: SqliteFeedState;
  /** The briefing index, on the same connection. */
  readonly briefings: SqliteBriefingIndex;
  /** Migration names applied when this instance opened the file. */
  applied: string[] = [];
  private readonly conn: SqliteConnection;
  private readonly subscriptionsOf: SqliteSubscriptions;
  private readonly remindersOf: SqliteReminders;
  private readonly digestsOf: SqliteDigests;
  private readonly deliveries: SqliteDeliveries;

  constructor(options: SqliteStoreOptions) {
    this.conn = new SqliteConnection({
      path: options.path,
      migrations: [...FOLLOWUP_MIGRATIONS, ...FEED_MIGRATIONS, ...BRIEFING_INDEX_MIGRATIONS, ...(options.migrations ?? [])],
      ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}),
    });
    this.subscriptionsOf = new SqliteSubscriptions(this.conn);
    this.remindersOf = new SqliteReminders(this.conn);
    this.digestsOf = new SqliteDigests(this.conn);
    this.deliveries = new SqliteDeliveries(this.conn);
    this.feeds = new SqliteFeedState(this.conn);
    this.briefings = new SqliteBriefingIndex(this.conn);
  }

  get path(): string {
    return this.conn.path;
  }

  /** The raw handle of the open file (for tools and tests that inspect rows). */
  get db(): Database.Database {
    return this.conn.db;
  }

  /** True while the file is open (readiness). */
  get isOpen(): boolean {
    return this.conn.isOpen;
  }

  /** Opens and migrates the file now; throws `StoreError` with the fix when it cannot. */
  open(): this {
    this.applied = this.conn.open();
    return this;
  }

  /** Applies more named migrations to the open file; already-applied names are skipped. */
  migrate(migrations: readonly Migration[]): string[] {
    return applyMigrations(this.conn.db, migrations);
  }

  async start(): Promise<void> {
    this.open();
  }

  async stop(): Promise<void> {
    this.conn.close();
  }

  /** Same as `stop()`. */
  async close(): Promise<void> {
    this.conn.close();
  }

  // Channels and subscriptions.
  channelTimeZone: FollowupStore['channelTimeZone'] = (target) => this.subscriptionsOf.channelTimeZone(target);
  setChannelTimeZone: FollowupStore['setChannelTimeZone'] = (target, timeZone, now) => this.subscriptionsOf.setChannelTimeZone(target, timeZone, now);
  follow: FollowupStore['follow'] = (input) => this.subscriptionsOf.follow(input);
  unfollow: FollowupStore['unfollow'] = (target, slug) => this.subscriptionsOf.unfollow(target, slug);
  subscriptions: FollowupStore['subscriptions'] = (target) => this.subscriptionsOf.subscriptions(target);
  followers: FollowupStore['followers'] = (slug) => this.subscriptionsOf.followers(slug);

  // Reminders.
  addReminders: FollowupStore['addReminders'] = (reminders) => this.remindersOf.addReminders(reminders);
  reminder: FollowupStore['reminder'] = (id) => this.remindersOf.reminder(id);
  reminders: FollowupStore['reminders'] = (target, options) => this.remindersOf.reminders(target, options);
  cancelReminder: FollowupStore['cancelReminder'] = (id, now) => this.remindersOf.cancelReminder(id, now);
  cancelScheduledFor: FollowupStore['cancelScheduledFor'] = (target: DeliveryTarget, slug, now) => this.remindersOf.cancelScheduledFor(target, slug, now);

  // Digest schedules.
  setDigest: FollowupStore['setDigest'] = (input) => this.digestsOf.setDigest(input);
  disableDigest: FollowupStore['disableDigest'] = (target, by, now) => this.digestsOf.disableDigest(target, by, now);
  digest: FollowupStore['digest'] = (target) => this.digestsOf.digest(target);

  // The delivery log.
  recordDueWork: FollowupStore['recordDueWork'] = (input) => this.deliveries.recordDueWork(input);
  claimDeliveries: FollowupStore['claimDeliveries'] = (options) => this.deliveries.claimDeliveries(options);
  finishDelivery: FollowupStore['finishDelivery'] = (id, owner, outcome, now) => this.deliveries.finishDelivery(id, owner, outcome, now);
  releaseClaims: FollowupStore['releaseClaims'] = (owner, ids) => this.deliveries.releaseClaims(owner, ids);
  enqueuePost: FollowupStore['enqueuePost'] = (input) => this.deliveries.enqueuePost(input);
  deliveryOf: FollowupStore['deliveryOf'] = (itemKind, itemId) => this.deliveries.deliveryOf(itemKind, itemId);
  lastDigestSentAt: FollowupStore['lastDigestSentAt'] = (target) => this.deliveries.lastDigestSentAt(target);
  failedPosts: FollowupStore['failedPosts'] = (target, limit) => this.deliveries.failedPosts(target, limit);
}
