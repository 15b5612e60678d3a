/**
 * The store's interfaces, one per aggregate: what follow-ups keep between runs (the feeds' state is
 * `FeedStateStore` in src/feeds/state.ts). Narrow on purpose so a Postgres implementation is a new
 * set of classes, not a rewrite: every method is async, times are epoch
 * milliseconds, and claiming due work is one method whose contract (`claimDeliveries`) maps onto
 * `FOR UPDATE SKIP LOCKED` as well as onto SQLite's single writer.
 */
import type { Platform } from '../answer/incoming.ts';
import type { BriefingIndexStore } from '../briefing/index-store.ts';
import type { WorkspaceInstallations } from '../delivery/installations.ts';
import type { DeliveryTarget } from '../delivery/target.ts';
import type { FeedStateStore } from '../feeds/state.ts';

/** A channel following a briefing. */
export interface Subscription {
  id: number;
  target: DeliveryTarget;
  slug: string;
  createdBy: string;
  createdAt: number;
}

/**
 * What a reminder is: one a person set (`reminder`), a check-in on a briefing's open questions
 * scheduled by following it (`checkin`), or a curated `followups` entry (`followup`).
 */
export type ReminderKind = 'reminder' | 'checkin' | 'followup';

/** `queued`: due and handed to the delivery log; the delivery row says how it is going. */
export type ReminderState = 'scheduled' | 'queued' | 'sent' | 'failed' | 'skipped' | 'cancelled';

export interface Reminder {
  id: number;
  target: DeliveryTarget;
  slug: string;
  kind: ReminderKind;
  /** The person's note, or the curated follow-up's note. */
  note?: string;
  /** For check-ins: the open questions as they read when the channel followed. */
  questions?: string[];
  /** For check-ins and follow-ups: the interval that set `dueAt`, e.g. "7d". */
  after?: string;
  dueAt: number;
  timeZone: string;
  state: ReminderState;
  createdBy: string;
  createdAt: number;
  /** Why it was skipped or failed, when it was. */
  detail?: string;
}

export type NewReminder = Omit<Reminder, 'id' | 'state' | 'detail'>;

/** A channel's digest: a cron expression in a time zone. */
export interface DigestSchedule {
  id: number;
  target: DeliveryTarget;
  /** As the person wrote it ("weekday 8:00") or as configured. */
  schedule: string;
  cron: string;
  timeZone: string;
  origin: 'chat' | 'config';
  enabled: boolean;
  nextRunAt: number;
  createdBy: string;
  createdAt: number;
}

export type NewDigestSchedule = Omit<DigestSchedule, 'id' | 'enabled'>;

export type DeliveryItemKind = 'reminder' | 'digest' | 'post';
export type DeliveryState = 'pending' | 'claimed' | 'sent' | 'failed' | 'skipped';

/** One row of the delivery log: an item for a target at a scheduled time, unique by `key`. */
export interface Delivery {
  id: number;
  /** Idempotency key: target, item and scheduled time. */
  key: string;
  target: DeliveryTarget;
  itemKind: DeliveryItemKind;
  itemId?: number;
  scheduledAt: number;
  state: DeliveryState;
  attempts: number;
  nextAttemptAt: number;
  /** How late it was when it became due work (ms), so the post can say so. */
  lateMs: number;
  /** For `post` items: the reply, as JSON. */
  reply?: string;
  reason?: string;
  finishedAt?: number;
}

/** What the scheduler found due and recorded in one step. */
export interface DueWork {
  remindersQueued: number;
  digestsQueued: number;
  /** Digest runs missed by more than the grace window, recorded as skipped. */
  digestsSkipped: number;
}

export interface ClaimOptions {
  now: number;
  owner: string;
  leaseMs: number;
  limit: number;
  /** Only targets on these platforms (those with a running adapter). */
  platforms: readonly Platform[];
  /** Whether a claim held by another owner may be taken over before its lease ends (its process is gone). */
  ownerGone?: (owner: string) => boolean;
}

/** How a claimed delivery ended. */
export type DeliveryOutcome =
  | { state: 'sent' }
  | { state: 'skipped'; reason: string }
  | { state: 'failed'; reason: string }
  | { state: 'retry'; reason: string; at: number };

/** Channels' own settings. */
export interface ChannelStore {
  /** The channel's own time zone, if one was set. */
  channelTimeZone(target: DeliveryTarget): Promise<string | undefined>;
  setChannelTimeZone(target: DeliveryTarget, timeZone: string, now: number): Promise<void>;
}

/** Which channels follow which briefings. */
export interface SubscriptionStore {
  /** Adds a subscription; `created` is false when the channel already followed the briefing. */
  follow(input: Omit<Subscription, 'id'>): Promise<{ subscription: Subscription; created: boolean }>;
  unfollow(target: DeliveryTarget, slug: string): Promise<Subscription | undefined>;
  subscriptions(target: DeliveryTarget): Promise<Subscription[]>;
  /** Every channel following a briefing (for feeds). */
  followers(slug: string): Promise<Subscription[]>;
}

/** Reminders, check-ins and follow-ups. */
export interface ReminderStore {
  addReminders(reminders: NewReminder[]): Promise<Reminder[]>;
  reminder(id: number): Promise<Reminder | undefined>;
  /** Reminders of a channel, in due order; `states` filters. */
  reminders(target: DeliveryTarget, options?: { states?: ReminderState[]; limit?: number }): Promise<Reminder[]>;
  /** Cancels a scheduled reminder; false when it was no longer scheduled. */
  cancelReminder(id: number, now: number): Promise<boolean>;
  /** Cancels a channel's scheduled check-ins and follow-ups on a briefing; returns how many. */
  cancelScheduledFor(target: DeliveryTarget, slug: string, now: number): Promise<number>;
}

/** Digest schedules, one per channel. */
export interface DigestStore {
  /** Sets (or replaces) a channel's digest schedule. Config schedules never override chat ones. */
  setDigest(input: NewDigestSchedule): Promise<DigestSchedule>;
  /** Turns a channel's digest off (kept, so a configured one stays off after a restart). */
  disableDigest(target: DeliveryTarget, by: string, now: number): Promise<boolean>;
  digest(target: DeliveryTarget): Promise<DigestSchedule | undefined>;
}

/** The delivery log: every post, claimed and recorded exactly once. */
export interface DeliveryLog {
  /**
   * Records due reminders and digest runs in the delivery log, once each, in one transaction.
   * `nextRun` computes a schedule's next run after a time; runs older than `graceMs` are skipped.
   */
  recordDueWork(input: { now: number; graceMs: number; nextRun: (schedule: DigestSchedule, after: number) => number }): Promise<DueWork>;
  /** Claims due deliveries (new, retry-due, or whose lease expired) for `owner`, atomically. */
  claimDeliveries(options: ClaimOptions): Promise<Delivery[]>;
  /** Records how a claimed delivery ended; false when the claim had passed to another owner. */
  finishDelivery(id: number, owner: string, outcome: DeliveryOutcome, now: number): Promise<boolean>;
  /** Gives claims back (a clean stop with work not yet started). */
  releaseClaims(owner: string, ids: number[]): Promise<void>;
  /** Queues a post under an idempotency key (sent from `notBefore`, default `at`); false when that key was already queued. */
  enqueuePost(input: { key: string; target: DeliveryTarget; reply: string; reason?: string; at: number; notBefore?: number; now: number }): Promise<boolean>;
  /** The latest delivery of a reminder (for its state and reason). */
  deliveryOf(itemKind: DeliveryItemKind, itemId: number): Promise<Delivery | undefined>;
  /** When the channel's last digest was sent. */
  lastDigestSentAt(target: DeliveryTarget): Promise<number | undefined>;
  /** Failed posts for a channel, newest first. */
  failedPosts(target: DeliveryTarget, limit: number): Promise<Delivery[]>;
  /**
   * Calls `wake` whenever another process queues deliveries, so it need not poll tightly; returns
   * how to stop. Stores shared by several replicas have it (Postgres: LISTEN/NOTIFY).
   */
  onWork?(wake: () => void): Promise<() => void>;
}

/** The follow-ups store: every aggregate follow-ups use, on one database. */
export interface FollowupStore extends ChannelStore, SubscriptionStore, ReminderStore, DigestStore, DeliveryLog {}

/**
 * The store as the composition root holds it, on either engine: a part (`start`/`stop`) with the
 * follow-ups' aggregates, the feeds' state as `feeds`, the briefing index as `briefings` and Slack
 * installations as `installations`.
 */
export interface BriefStore extends FollowupStore {
  readonly name: string;
  readonly kind: 'sqlite' | 'postgres';
  readonly feeds: FeedStateStore;
  /** Slack workspaces' installations (many-workspace mode), on the same database. */
  readonly installations: WorkspaceInstallations;
  readonly briefings: BriefingIndexStore;
  /** Where it points: a file path, or a URL without its password. */
  readonly path: string;
  readonly isOpen: boolean;
  /** Migration names applied when this instance opened the database. */
  readonly applied: string[];
  start(): Promise<void>;
  stop(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The key that identifies one delivery: target, item and scheduled time. Posts queued by other
 * parts carry their own item key (a feed item id) and no time, so a repeat is recognised.
 */
export function deliveryKey(target: DeliveryTarget, item: string, scheduledAt?: number): string {
  const where = `${target.platform}:${target.team ? `${target.team}/` : ''}${target.conversation}${target.thread ? `:${target.thread}` : ''}`;
  return `${where}|${item}${scheduledAt !== undefined ? `|${new Date(scheduledAt).toISOString()}` : ''}`;
}
