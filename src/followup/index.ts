/**
 * Follow-ups as one part: the scheduler that delivers reminders, check-ins, digests and retried
 * posts through the running chat channels, with the services the follow-up commands use. Every
 * collaborator (the store, the channels, other parts' digest sections and answer hints) is given
 * at construction by the composition root; the store is a part of its own, started before this one.
 *
 * @example
 *   const followups = new Followups({ store, library, channels: () => adapters, clock, logger, defaultTimeZone: 'UTC' });
 *   // start the store and the adapters first; then:
 *   await followups.start(); // catches up on what came due while the bot was down
 */
import type { Reply } from '../answer/reply.ts';
import type { Library } from '../briefing/library.ts';
import type { DeliveryChannel } from '../delivery/channel.ts';
import { Deliverer } from '../delivery/deliverer.ts';
import type { DeliveryTarget } from '../delivery/target.ts';
import { ConfigError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { FollowupStore } from '../store/types.ts';
import type { Clock } from '../time/clock.ts';
import { nextCronRun, parseSchedule } from '../time/schedule.ts';
import { canonicalTimeZone } from '../time/zones.ts';
import type { DigestSection } from './digest.ts';
import type { AnswerHints } from './messages.ts';
import { StoreOutbox } from './outbox.ts';
import { Scheduler, type SchedulerOptions, type TickReport } from './scheduler.ts';
import type { FollowupServices } from './services.ts';

export type { DigestBlock, DigestSection } from './digest.ts';
export type { AnswerHints } from './messages.ts';
export type { TickReport } from './scheduler.ts';

/** A digest configured for a channel (from `config/`), as opposed to set in chat. */
export interface ConfiguredDigest {
  target: DeliveryTarget;
  /** "weekday 8:00", "daily 9:00 Europe/Madrid" or a cron expression. */
  schedule: string;
  timeZone?: string;
}

export interface FollowupsOptions {
  store: FollowupStore;
  library: () => Library;
  /** The channels deliveries go to; read at each tick, so adapters started later are used. */
  channels: () => readonly DeliveryChannel[];
  clock: Clock;
  logger: Logger;
  /** The zone for channels that set none (`settings.timeZone`). */
  defaultTimeZone: string;
  digests?: readonly ConfiguredDigest[];
  /** Other parts' digest sections (feeds: new developments). */
  sections?: readonly DigestSection[];
  /** What may answer a check-in's questions (feeds: developments that may answer them). */
  answerHints?: AnswerHints;
  /** Timer period in production (default 20 s). */
  tickMs?: number;
  /** Lease, grace window, retry policy… (tests shorten them). */
  scheduling?: Partial<Pick<SchedulerOptions, 'leaseMs' | 'digestGraceMs' | 'lateAfterMs' | 'retry' | 'batch' | 'owner' | 'ownerGone' | 'onDelivery'>>;
}

/** Checks configured digests; returns `digests[i].schedule: message` problems (empty when fine). */
export function checkConfiguredDigests(digests: readonly ConfiguredDigest[]): string[] {
  const problems: string[] = [];
  digests.forEach((d, i) => {
    const parsed = parseSchedule(d.schedule);
    if (!parsed.ok) problems.push(`digests[${i}].schedule: ${parsed.message}`);
    if (d.timeZone && !canonicalTimeZone(d.timeZone)) problems.push(`digests[${i}].timeZone: \`${d.timeZone}\` is not a time zone — use a name such as Europe/Madrid`);
  });
  return problems;
}

/** The follow-ups part. */
export class Followups {
  readonly name = 'followups';
  readonly store: FollowupStore;
  readonly scheduler: Scheduler;
  /** Where adapters keep posts that failed after their own retries. */
  readonly outbox: StoreOutbox;
  /** What the follow-up commands use. */
  readonly services: FollowupServices;
  private readonly defaultTimeZone: string;
  private stopped = false;
  /** Stops listening for work other replicas queue. */
  private unlisten?: () => void;

  /** Checks the configured time zone and digests (a `ConfigError` names each problem); touches nothing. */
  constructor(private readonly options: FollowupsOptions) {
    const zone = canonicalTimeZone(options.defaultTimeZone);
    if (!zone) throw new ConfigError([`timeZone: \`${options.defaultTimeZone}\` is not a time zone — use a name such as Europe/Madrid or UTC`]);
    const problems = checkConfiguredDigests(options.digests ?? []);
    if (problems.length) throw new ConfigError(problems);
    this.defaultTimeZone = zone;
    this.store = options.store;
    const sections = options.sections ?? [];
    this.scheduler = new Scheduler({
      store: options.store,
      deliverer: new Deliverer(options.channels),
      library: options.library,
      clock: options.clock,
      logger: options.logger,
      sections: () => sections,
      ...(options.answerHints ? { answerHints: () => options.answerHints } : {}),
      ...options.scheduling,
    });
    this.outbox = new StoreOutbox(options.store, options.clock);
    this.services = { store: options.store, clock: options.clock, defaultTimeZone: zone, sections: () => sections };
  }

  /** Applies config digests, delivers what came due while the bot was down, starts the timer. */
  async start(): Promise<void> {
    const { store, clock, logger } = this.options;
    const now = clock.now().getTime();
    for (const d of this.options.digests ?? []) {
      const parsed = parseSchedule(d.schedule);
      if (!parsed.ok) continue;
      const timeZone = canonicalTimeZone(d.timeZone ?? '') ?? parsed.schedule.timeZone ?? this.defaultTimeZone;
      const { cron, label } = parsed.schedule;
      await store.setDigest({ target: d.target, schedule: label, cron, timeZone, origin: 'config', nextRunAt: nextCronRun(cron, timeZone, now), createdBy: 'config', createdAt: now });
    }
    const report = await this.scheduler.tick();
    logger.info({ ...report, owner: this.scheduler.owner }, 'follow-ups started');
    // A stop asked for during the catch-up (SIGTERM at start) must not be undone by the timer.
    if (this.scheduler.isStopping) return;
    this.scheduler.start(this.options.tickMs ?? 20_000);
    // On a store shared by replicas, work another replica queues wakes this one at once.
    this.unlisten = await store.onWork?.(() => this.scheduler.wake());
  }

  /** Stops the timer and finishes or gives back in-flight work. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.unlisten?.();
    await this.scheduler.stop();
  }

  /** Runs one scheduler tick now. */
  tick(): Promise<TickReport> {
    return this.scheduler.tick();
  }

  /**
   * Posts once through the delivery log: the same `key` for the same target is never posted twice,
   * and failures are retried. For feeds: `post(target, reply, 'feed:<item-id>')`.
   */
  async post(target: DeliveryTarget, reply: Reply, key: string): Promise<boolean> {
    const now = this.options.clock.now().getTime();
    return this.options.store.enqueuePost({ key, target, reply: JSON.stringify(reply), at: now, now });
  }
}
