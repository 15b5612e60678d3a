/**
 * The clock every part reads. Injected everywhere (scheduler, feed poller, commands, outbox), so
 * tests move time by hand and never wait on the wall clock.
 */

/** A source of the current time. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };
