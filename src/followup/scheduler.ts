/**
 * The scheduler: an event source like the chat adapters. Each tick records what became due in the
 * delivery log, claims a batch under a lease, builds each post from the briefings as they read now,
 * sends it, and records the outcome — so every item is posted once even with several processes on
 * one database, and a crash between claim and send is re-delivered once the claim is free again.
 * Ticks are driven by `tick()` (tests) or a timer (`start`).
 */
import type { Reply } from '../answer/reply.ts';
import type { Library } from '../briefing/library.ts';
import type { Logger } from '../log.ts';
import { describeError } from '../errors.ts';
import type { Delivery, DeliveryOutcome, FollowupStore } from '../store/types.ts';
import { DELIVERY_RETRY, type Deliverer } from '../delivery/deliverer.ts';
import { retryDelay, type RetryPolicy } from '../net/retry.ts';
import { buildDigest, type DigestSection } from './digest.ts';
import { buildReminderPost, stillOpen, type AnswerHints, type Built } from './messages.ts';
import { newOwner, ownerGone } from './owner.ts';
import type { Clock } from '../time/clock.ts';
import { nextCronRun } from '../time/schedule.ts';

export interface SchedulerOptions {
  store: FollowupStore;
  deliverer: Deliverer;
  library: () => Library;
  clock: Clock;
  logger: Logger;
  sections?: () => readonly DigestSection[];
  /** What may answer a check-in's questions (feeds); a failure here never holds a check-in back. */
  answerHints?: () => AnswerHints | undefined;
  /** Claim owner id (default: host, pid and a random part). */
  owner?: string;
  /** How long a claim holds before another process may take it over (default 5 min). */
  leaseMs?: number;
  /** A digest run missed by more than this is skipped, not sent late (default 30 min). */
  digestGraceMs?: number;
  /** A reminder sent this long after it was due says it is late (default 2 min). */
  lateAfterMs?: number;
  retry?: RetryPolicy;
  /** Deliveries claimed per tick (default 50). */
  batch?: number;
  /** Whether a claim's owner is gone for good; default: a dead process on this host. */
  ownerGone?: (owner: string) => boolean;
  /** Called after each delivery attempt, for logs and metrics. */
  onDelivery?: (event: { delivery: Delivery; outcome: DeliveryOutcome['state'] }) => void;
}

/** What one tick did. */
export interface TickReport {
  queued: number;
  sent: number;
  skipped: number;
  failed: number;
  retrying: number;
  /** Digest runs skipped because they were missed by more than the grace window. */
  missedDigests: number;
}

export class Scheduler {
  readonly owner: string;
  private running?: Promise<TickReport>;
  private timer?: NodeJS.Timeout;
  private stopping = false;
  /** A wake-up arrived during a tick: tick again when it ends. */
  private again = false;

  constructor(private readonly options: SchedulerOptions) {
    this.owner = options.owner ?? newOwner();
  }

  private get graceMs(): number {
    return this.options.digestGraceMs ?? 30 * 60_000;
  }

  private get retry(): RetryPolicy {
    return this.options.retry ?? DELIVERY_RETRY;
  }

  /** Runs one tick; a tick asked for while one runs waits for it instead of overlapping. */
  tick(): Promise<TickReport> {
    if (this.running) return this.running;
    this.running = this.runTick().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Ticks now, or once more right after the tick in progress (work arrived while it ran). */
  wake(): void {
    if (this.stopping) return;
    const report = (error: unknown) => this.options.logger.error({ err: error }, 'follow-up tick failed');
    if (!this.running) {
      this.tick().catch(report);
      return;
    }
    if (this.again) return;
    this.again = true;
    void this.running.catch(() => undefined).then(() => {
      this.again = false;
      if (!this.stopping) this.tick().catch(report);
    });
  }

  /** Ticks every `intervalMs` on a timer that does not keep the process alive. */
  start(intervalMs: number): void {
    this.stopping = false;
    this.timer = setInterval(() => {
      this.tick().catch((error) => this.options.logger.error({ err: error }, 'follow-up tick failed'));
    }, intervalMs);
    this.timer.unref();
  }

  /** True once `stop()` was called (until the next `start()`). */
  get isStopping(): boolean {
    return this.stopping;
  }

  /** Stops the timer and waits for the tick in progress; claims not yet started are given back. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  private now(): number {
    return this.options.clock.now().getTime();
  }

  private async runTick(): Promise<TickReport> {
    const { store, logger } = this.options;
    const report: TickReport = { queued: 0, sent: 0, skipped: 0, failed: 0, retrying: 0, missedDigests: 0 };
    const now = this.now();
    const due = await store.recordDueWork({
      now,
      graceMs: this.graceMs,
      nextRun: (schedule, after) => nextCronRun(schedule.cron, schedule.timeZone, after),
    });
    report.queued = due.remindersQueued + due.digestsQueued;
    report.missedDigests = due.digestsSkipped;
    if (due.digestsSkipped) logger.warn({ skipped: due.digestsSkipped }, 'digest runs missed while the bot was not running were skipped');

    const claimed = await store.claimDeliveries({
      now,
      owner: this.owner,
      leaseMs: this.options.leaseMs ?? 5 * 60_000,
      limit: this.options.batch ?? 50,
      platforms: this.options.deliverer.platforms(),
      ownerGone: this.options.ownerGone ?? ownerGone,
    });
    for (let i = 0; i < claimed.length; i++) {
      if (this.stopping) {
        await store.releaseClaims(this.owner, claimed.slice(i).map((d) => d.id));
        break;
      }
      const outcome = await this.deliver(claimed[i]!);
      if (outcome === 'sent') report.sent++;
      else if (outcome === 'skipped') report.skipped++;
      else if (outcome === 'failed') report.failed++;
      else report.retrying++;
    }
    return report;
  }

  /** Builds, sends and records one claimed delivery. Never throws: one bad item must not stop the rest. */
  private async deliver(delivery: Delivery): Promise<DeliveryOutcome['state']> {
    const { store, logger } = this.options;
    const context = { delivery: delivery.key, attempt: delivery.attempts };
    let outcome: DeliveryOutcome;
    try {
      if (delivery.attempts > this.retry.retries + 1) {
        outcome = { state: 'failed', reason: `gave up after ${delivery.attempts - 1} tries` };
      } else {
        const built = await this.build(delivery);
        if ('reply' in built) outcome = await this.send(delivery, built.reply);
        else if ('skip' in built) outcome = { state: 'skipped', reason: built.skip };
        else {
          const waiting = this.failure(delivery, built.wait, true);
          outcome = waiting.state === 'retry' ? waiting : { state: 'skipped', reason: built.wait };
        }
      }
    } catch (error) {
      outcome = this.failure(delivery, describeError(error), true);
    }
    const recorded = await store.finishDelivery(delivery.id, this.owner, outcome, this.now()).catch((error: unknown) => {
      logger.error({ ...context, err: error }, 'could not record a delivery');
      return false;
    });
    if (!recorded) logger.warn(context, 'a delivery claim was taken over before it finished');
    switch (outcome.state) {
      case 'sent':
        logger.info({ ...context, target: delivery.target, late: delivery.lateMs > (this.options.lateAfterMs ?? 120_000) }, 'delivered');
        break;
      case 'skipped':
        logger.info({ ...context, reason: outcome.reason }, 'delivery skipped');
        break;
      case 'retry':
        logger.warn({ ...context, target: delivery.target, reason: outcome.reason, retryAt: new Date(outcome.at).toISOString() }, 'delivery failed; will retry');
        break;
      case 'failed':
        logger.error({ ...context, target: delivery.target, reason: outcome.reason }, 'delivery failed for good');
        break;
    }
    this.options.onDelivery?.({ delivery, outcome: outcome.state });
    return outcome.state;
  }

  private async send(delivery: Delivery, reply: Reply): Promise<DeliveryOutcome> {
    const result = await this.options.deliverer.send(delivery.target, reply);
    if (result.ok) return { state: 'sent' };
    return this.failure(delivery, result.reason, result.retry, result.retryAfterMs);
  }

  private failure(delivery: Delivery, reason: string, retry: boolean, retryAfterMs?: number): DeliveryOutcome {
    if (!retry || delivery.attempts > this.retry.retries) {
      return { state: 'failed', reason: retry ? `${reason} (after ${delivery.attempts} tries)` : reason };
    }
    return { state: 'retry', reason, at: this.now() + retryDelay(this.retry, delivery.attempts, retryAfterMs) };
  }

  private async build(delivery: Delivery): Promise<Built> {
    const { store } = this.options;
    const library = this.options.library();
    switch (delivery.itemKind) {
      case 'reminder': {
        const reminder = delivery.itemId !== undefined ? await store.reminder(delivery.itemId) : undefined;
        if (!reminder || reminder.state === 'cancelled') return { skip: 'the reminder was cancelled' };
        // Late is measured when it is sent: a reminder held while its platform was down is late too.
        const lateMs = Math.max(delivery.lateMs, this.now() - delivery.scheduledAt);
        const briefing = await library.bySlugExact(reminder.slug);
        const hints = reminder.kind === 'checkin' && briefing ? this.options.answerHints?.() : undefined;
        const answers = hints
          ? await Promise.resolve()
              .then(() => hints({ slug: reminder.slug, questions: stillOpen(briefing!, reminder.questions ?? []), since: new Date(reminder.createdAt) }))
              .catch((error: unknown) => {
                this.options.logger.error({ err: error, reminder: reminder.id }, 'check-in answer hints failed; sending without them');
                return undefined;
              })
          : undefined;
        return buildReminderPost(reminder, briefing, { lateMs, lateAfterMs: this.options.lateAfterMs ?? 120_000, ...(answers ? { answers } : {}) });
      }
      case 'digest': {
        const schedule = await store.digest(delivery.target);
        if (!schedule || schedule.id !== delivery.itemId) return { skip: 'the digest was turned off or replaced' };
        if (this.now() - delivery.scheduledAt > this.graceMs) return { skip: 'missed: it could not be sent within the grace window' };
        const reply = await buildDigest({
          target: delivery.target,
          store,
          library,
          sections: this.options.sections?.() ?? [],
          now: this.now(),
          timeZone: schedule.timeZone,
          onSectionError: (section, error) => this.options.logger.error({ section, err: error }, 'digest section failed'),
        });
        return reply ? { reply } : { skip: 'nothing to report: the channel follows no briefings and has nothing coming up' };
      }
      case 'post':
        return { reply: JSON.parse(delivery.reply ?? 'null') as Reply };
    }
  }
}
