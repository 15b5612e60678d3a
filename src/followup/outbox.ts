/**
 * The store-backed outbox: a post a platform adapter could not send is kept in the delivery log and
 * retried by the scheduler with backoff, so it survives a restart and is never silently lost.
 */
import { randomUUID } from 'node:crypto';
import type { FailedPost, Outbox } from '../delivery/outbox.ts';
import type { FollowupStore } from '../store/types.ts';
import type { Clock } from '../time/clock.ts';

export class StoreOutbox implements Outbox {
  constructor(
    private readonly store: FollowupStore,
    private readonly clock: Clock,
    /** Wait before the first retry (default 30 s). */
    private readonly firstRetryMs = 30_000,
  ) {}

  async keep(post: FailedPost): Promise<void> {
    const now = this.clock.now().getTime();
    await this.store.enqueuePost({
      key: `failed:${randomUUID()}`,
      target: post.target,
      reply: JSON.stringify(post.reply),
      reason: post.reason,
      at: post.at.getTime(),
      notBefore: now + this.firstRetryMs,
      now,
    });
  }
}
