/** A `DevelopmentSink` that keeps what it is given, and a clock tests move by hand. */
import type { DevelopmentSink, FeedDelivery } from '../../src/feeds/types.ts';
import type { Clock } from '../../src/time/clock.ts';

export class MemorySink implements DevelopmentSink {
  readonly deliveries: FeedDelivery[] = [];
  async deliver(delivery: FeedDelivery): Promise<void> {
    this.deliveries.push(structuredClone(delivery));
  }
  developments() {
    return this.deliveries.flatMap((d) => (d.kind === 'development' ? [d] : []));
  }
  statuses() {
    return this.deliveries.flatMap((d) => (d.kind === 'feed-status' ? [d] : []));
  }
}

export class ManualClock implements Clock {
  constructor(private time = Date.parse('2026-03-02T09:00:00Z')) {}
  now(): Date {
    return new Date(this.time);
  }
  advance(minutes: number): void {
    this.time += minutes * 60_000;
  }
}
