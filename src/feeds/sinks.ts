/**
 * Where feed posts go: `QueueSink` hands them to the follow-ups' exactly-once delivery log (one
 * queued post per channel under an idempotency key, so a restart or retry never posts twice).
 */
import type { DeliveryTarget } from '../delivery/target.ts';
import { formatChannel, sameChannel } from '../delivery/target.ts';
import type { Clock } from '../time/clock.ts';
import type { DevelopmentSink, FeedDelivery } from './types.ts';

/**
 * The slice of the follow-ups store a feed post needs: who follows a briefing, and a queue that
 * accepts a post once per key. The shared `SqliteStore` has both.
 */
export interface PostQueue {
  followers(slug: string): Promise<Array<{ target: DeliveryTarget }>>;
  enqueuePost(input: { key: string; target: DeliveryTarget; reply: string; reason?: string; at: number; now: number }): Promise<boolean>;
}

/** The channels a delivery goes to: the feed's own, plus (for developments) the briefing's followers. */
export async function deliveryTargets(delivery: FeedDelivery, followers: PostQueue['followers']): Promise<DeliveryTarget[]> {
  const targets = new Map<string, DeliveryTarget>();
  for (const target of delivery.channels) targets.set(formatChannel(target), target);
  if (delivery.kind === 'development') {
    for (const { target } of await followers(delivery.development.slug)) {
      // A follower already among the feed's channels (threads aside, same workspace) gets one post.
      if (![...targets.values()].some((t) => sameChannel(t, target))) targets.set(formatChannel(target), target);
    }
  }
  return [...targets.values()];
}

/** Queues each post in the follow-ups delivery log, once per channel. */
export class QueueSink implements DevelopmentSink {
  constructor(
    private readonly queue: PostQueue,
    private readonly clock: Clock,
  ) {}

  async deliver(delivery: FeedDelivery): Promise<void> {
    const now = this.clock.now().getTime();
    const reply = JSON.stringify(delivery.reply);
    for (const target of await deliveryTargets(delivery, (slug) => this.queue.followers(slug))) {
      await this.queue.enqueuePost({ key: `${formatChannel(target)}|${delivery.key}`, target, reply, reason: delivery.kind === 'development' ? 'feed development' : 'feed status', at: now, now });
    }
  }
}
