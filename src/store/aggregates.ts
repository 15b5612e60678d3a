/**
 * The follow-ups' store as one object over its aggregates, for both engines: each engine builds its
 * own subscriptions, reminders, digests and delivery log on its connection and hands them here;
 * every `FollowupStore` method goes to the aggregate that owns it.
 */
import type { ChannelStore, DeliveryLog, DigestStore, FollowupStore, ReminderStore, SubscriptionStore } from './types.ts';

/** The aggregates an engine provides. */
export interface FollowupAggregates {
  subscriptions: SubscriptionStore & ChannelStore;
  reminders: ReminderStore;
  digests: DigestStore;
  deliveries: DeliveryLog;
}

/** Hands each follow-ups call to its aggregate. */
export abstract class FollowupAggregateStore implements FollowupStore {
  constructor(private readonly of: FollowupAggregates) {}

  // Channels and subscriptions.
  channelTimeZone: FollowupStore['channelTimeZone'] = (target) => this.of.subscriptions.channelTimeZone(target);
  setChannelTimeZone: FollowupStore['setChannelTimeZone'] = (target, timeZone, now) => this.of.subscriptions.setChannelTimeZone(target, timeZone, now);
  follow: FollowupStore['follow'] = (input) => this.of.subscriptions.follow(input);
  unfollow: FollowupStore['unfollow'] = (target, slug) => this.of.subscriptions.unfollow(target, slug);
  subscriptions: FollowupStore['subscriptions'] = (target) => this.of.subscriptions.subscriptions(target);
  followers: FollowupStore['followers'] = (slug) => this.of.subscriptions.followers(slug);

  // Reminders.
  addReminders: FollowupStore['addReminders'] = (reminders) => this.of.reminders.addReminders(reminders);
  reminder: FollowupStore['reminder'] = (id) => this.of.reminders.reminder(id);
  reminders: FollowupStore['reminders'] = (target, options) => this.of.reminders.reminders(target, options);
  cancelReminder: FollowupStore['cancelReminder'] = (id, now) => this.of.reminders.cancelReminder(id, now);
  cancelScheduledFor: FollowupStore['cancelScheduledFor'] = (target, slug, now) => this.of.reminders.cancelScheduledFor(target, slug, now);

  // Digest schedules.
  setDigest: FollowupStore['setDigest'] = (input) => this.of.digests.setDigest(input);
  disableDigest: FollowupStore['disableDigest'] = (target, by, now) => this.of.digests.disableDigest(target, by, now);
  digest: FollowupStore['digest'] = (target) => this.of.digests.digest(target);

  // The delivery log.
  recordDueWork: FollowupStore['recordDueWork'] = (input) => this.of.deliveries.recordDueWork(input);
  claimDeliveries: FollowupStore['claimDeliveries'] = (options) => this.of.deliveries.claimDeliveries(options);
  finishDelivery: FollowupStore['finishDelivery'] = (id, owner, outcome, now) => this.of.deliveries.finishDelivery(id, owner, outcome, now);
  releaseClaims: FollowupStore['releaseClaims'] = (owner, ids) => this.of.deliveries.releaseClaims(owner, ids);
  enqueuePost: FollowupStore['enqueuePost'] = (input) => this.of.deliveries.enqueuePost(input);
  deliveryOf: FollowupStore['deliveryOf'] = (itemKind, itemId) => this.of.deliveries.deliveryOf(itemKind, itemId);
  lastDigestSentAt: FollowupStore['lastDigestSentAt'] = (target) => this.of.deliveries.lastDigestSentAt(target);
  failedPosts: FollowupStore['failedPosts'] = (target, limit) => this.of.deliveries.failedPosts(target, limit);
}
