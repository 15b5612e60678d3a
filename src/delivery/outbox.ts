/**
 * Where a post that failed after its retries is kept, so it is retried later instead of lost.
 * A core port: adapters keep failed posts here; the follow-ups' store-backed outbox retries them.
 */
import type { Reply } from '../answer/reply.ts';
import type { DeliveryTarget } from './target.ts';

export interface FailedPost {
  target: DeliveryTarget;
  reply: Reply;
  reason: string;
  at: Date;
}

export interface Outbox {
  /** Keeps a post that could not be sent, for a later retry. */
  keep(post: FailedPost): Promise<void> | void;
}

/** Holds failed posts in memory; enough for the terminal and for tests. */
export class MemoryOutbox implements Outbox {
  readonly posts: FailedPost[] = [];
  keep(post: FailedPost): void {
    this.posts.push(post);
  }
}
