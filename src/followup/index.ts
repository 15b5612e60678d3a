/**
 * Follow-ups as one part: opens the store, answers the follow-up commands, and runs the scheduler
 * that delivers reminders, check-ins, digests and retried posts through the running adapters.
 *
 * @example
 *   const followups = startFollowups({ settings, catalog, responder, adapters, logger });
 *   // give platform factories `followups.outbox`; start the adapters; then:
 *   await followups.start(); // catches up on what came due while the bot was down
 */
import type { Reply } from '../answer/reply.ts';
import type { IntentHandlers } from '../answer/responder.ts';
import type { Library } from '../briefing/library.ts';
import type { ChatAdapter, DeliveryTarget } from '../chat/adapter.ts';
import type { Outbox } from '../chat/outbox.ts';
import type { Settings } from '../config/env.ts';
import { ConfigError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { openStore, type Migration, type SqliteStore } from '../store/index.ts';
import { followupHandlers } from './commands.ts';
import { Deliverer } from './deliverer.ts';
import type { DigestSection } from './digest.ts';
import type { AnswerHints } from './messages.ts';
import { StoreOutbox } from './outbox.ts';
import { nextCronRun, parseSchedule } from './schedule.ts';
import { Scheduler, type SchedulerOptions, type TickReport } from './scheduler.ts';
import { canonicalTimeZone, systemClock, type Clock } from './time.ts';

export type { DigestBlock, DigestSection } from './digest.ts';
export type { AnswerHints } from './messages.ts';
export type { TickReport } from './scheduler.ts';
export type { Clock } from './time.ts';

/** A digest configured for a channel (from `config/`), as opposed to set in chat. */
export interface ConfiguredDigest {
  target: DeliveryTarget;
  /** "weekday 8:00", "daily 9:00 Europe/Madrid" or a cron expression. */
  schedule: string;
  timeZone?: string;
}

export interface FollowupsOptions {
  settings: Pick<Settings, 'databaseUrl' | 'timeZone'>;
  catalog: { library(): Library };
  responder: { use(handlers: IntentHandlers): void };
  /** The adapters deliveries go to; read at each tick, so adapters added later are used. */
  adapters: readonly ChatAdapter[] | (() => readonly ChatAdapter[]);
  logger: Logger;
  clock?: Clock;
  /** Other parts' named migrations, applied when the store opens. */
  migrations?: readonly Migration[];
  digests?: readonly ConfiguredDigest[];
  sections?: readonly DigestSection[];
  /** Timer period in production (default 20 s). */
  tickMs?: number;
  /** Lease, grace window, retry policy… (tests shorten them). */
  scheduling?: Partial<Pick<SchedulerOptions, 'leaseMs' | 'digestGraceMs' | 'lateAfterMs' | 'retry' | 'batch' | 'owner' | 'ownerGone' | 'onDelivery'>>;
}

/** The follow-ups part. */
export interface Followups {
  readonly name: 'followups';
  /** The open store; `store.db` is the raw SQLite handle for other SQLite-backed parts. */
  readonly store: SqliteStore;
  /** Where adapters keep posts that failed after their own retries. */
  readonly outbox: Outbox;
  readonly scheduler: Scheduler;
  /** Applies config digests, delivers what came due while the bot was down, starts the timer. */
  start(): Promise<void>;
  /** Stops the timer, finishes or gives back in-flight work, closes the store. */
  stop(): Promise<void>;
  /** Runs one scheduler tick now. */
  tick(): Promise<TickReport>;
  /** Adds a digest section (feeds: new developments since the last digest). */
  addDigestSection(section: DigestSection): void;
  /** Sets what may answer check-in questions (feeds: developments that may answer them). */
  setAnswerHints(hints: AnswerHints): void;
  /**
   * Posts once through the delivery log: the same `key` for the same target is never posted twice,
   * and failures are retried. For feeds: `post(target, reply, 'feed:<item-id>')`.
   */
  post(target: DeliveryTarget, reply: Reply, key: string): Promise<boolean>;
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

/** Opens the store and registers the follow-up commands; `start()` begins delivering. */
export function startFollowups(options: FollowupsOptions): Followups {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const defaultTimeZone = canonicalTimeZone(options.settings.timeZone ?? 'UTC');
  if (!defaultTimeZone) throw new ConfigError([`timeZone: \`${options.settings.timeZone}\` is not a time zone — use a name such as Europe/Madrid or UTC`]);
  const problems = checkConfiguredDigests(options.digests ?? []);
  if (problems.length) throw new ConfigError(problems);

  const store = openStore({ url: options.settings.databaseUrl, ...(options.migrations ? { migrations: options.migrations } : {}) });
  const sections: DigestSection[] = [...(options.sections ?? [])];
  const adapters = typeof options.adapters === 'function' ? options.adapters : () => options.adapters as readonly ChatAdapter[];
  const library = () => options.catalog.library();
  let answerHints: AnswerHints | undefined;
  const scheduler = new Scheduler({
    store,
    deliverer: new Deliverer(adapters),
    library,
    clock,
    logger,
    sections: () => sections,
    answerHints: () => answerHints,
    ...options.scheduling,
  });
  options.responder.use(followupHandlers({ store, library, clock, defaultTimeZone, sections: () => sections }));
  let stopped = false;

  return {
    name: 'followups',
    store,
    outbox: new StoreOutbox(store, clock),
    scheduler,
    async start() {
      const now = clock.now().getTime();
      for (const d of options.digests ?? []) {
        const parsed = parseSchedule(d.schedule);
        if (!parsed.ok) continue;
        const timeZone = canonicalTimeZone(d.timeZone ?? '') ?? parsed.schedule.timeZone ?? defaultTimeZone;
        await store.setDigest({
          target: d.target,
          schedule: parsed.schedule.label,
          cron: parsed.schedule.cron,
          timeZone,
          origin: 'config',
          nextRunAt: nextCronRun(parsed.schedule.cron, timeZone, now),
          createdBy: 'config',
          createdAt: now,
        });
      }
      const report = await scheduler.tick();
      logger.info({ ...report, owner: scheduler.owner }, 'follow-ups started');
      // A stop asked for during the catch-up (SIGTERM at start) must not be undone by the timer.
      if (!scheduler.isStopping) scheduler.start(options.tickMs ?? 20_000);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await scheduler.stop();
      await store.close();
    },
    tick: () => scheduler.tick(),
    addDigestSection(section) {
      sections.push(section);
    },
    setAnswerHints(hints) {
      answerHints = hints;
    },
    async post(target, reply, key) {
      const now = clock.now().getTime();
      return store.enqueuePost({ key, target, reply: JSON.stringify(reply), at: now, now });
    },
  };
}
