/**
 * What an adapter has started and not finished: handlers answering a message, and replies on their
 * way out (with their retries). A stop cancels every wait between retries at once, gives the work
 * a bounded time to settle — a reply that still fails is kept in the outbox by its own handler,
 * while the store is open — and hands back to the outbox whatever is still unsent after that. So
 * nothing is kept after the store closes, and a platform answering 500s cannot hold the stop.
 */
import type { Reply } from '../answer/reply.ts';
import type { Outbox } from '../delivery/outbox.ts';
import type { DeliveryTarget } from '../delivery/target.ts';
import type { Logger } from '../log.ts';
import { abortableSleep } from '../net/retry.ts';
import { finishedWithin } from '../time/within.ts';

/** One reply on its way out: `settled()` when it was sent or kept; `handedBack` once the stop kept it instead. */
export interface Sending {
  readonly handedBack: boolean;
  settled(): void;
}

export class InFlight {
  private readonly controller = new AbortController();
  private readonly work = new Set<Promise<unknown>>();
  private readonly unsent = new Set<{ target: DeliveryTarget; reply: Reply; handedBack: boolean }>();

  constructor(
    private readonly outbox: Outbox,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Aborted when the stop begins: retries see it and give up waiting. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** A wait between retries that ends at once (rejecting) when the stop begins. */
  readonly sleep = (ms: number): Promise<void> => abortableSleep(ms, this.controller.signal);

  /** Runs a handler, so the stop waits for it. */
  track<T>(work: Promise<T>): Promise<T> {
    this.work.add(work);
    const forget = () => this.work.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** Marks a reply as on its way out until `settled()`. */
  sending(target: DeliveryTarget, reply: Reply): Sending {
    const entry = { target, reply, handedBack: false };
    this.unsent.add(entry);
    return {
      get handedBack() {
        return entry.handedBack;
      },
      settled: () => void this.unsent.delete(entry),
    };
  }

  /**
   * Cancels the waits, lets the work settle for at most `budgetMs`, then keeps every reply still
   * unsent in the outbox. Returns how many were handed back.
   */
  async stop(budgetMs: number): Promise<number> {
    this.controller.abort();
    await finishedWithin(Promise.allSettled([...this.work]), budgetMs);
    let handedBack = 0;
    for (const entry of [...this.unsent]) {
      entry.handedBack = true;
      this.unsent.delete(entry);
      try {
        await this.outbox.keep({ target: entry.target, reply: entry.reply, reason: 'Brief stopped before this reply could be sent', at: this.now() });
        handedBack++;
      } catch (error) {
        this.logger.error({ err: error, platform: entry.target.platform, channel: entry.target.conversation }, 'a reply could not be handed back while stopping');
      }
    }
    if (handedBack) this.logger.warn({ handedBack }, 'replies still on their way were handed back to the outbox for the next start');
    return handedBack;
  }
}
