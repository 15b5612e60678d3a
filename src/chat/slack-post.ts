/**
 * Getting Brief's answers out to Slack: `chat.postMessage` with retries we control (so a stop can
 * cancel their waits), answers kept in the outbox when they still fail, and `response_url` posts.
 * The WebClient itself is told not to retry: its own waits run on timers nothing can cancel.
 */
import type { App } from '@slack/bolt';
import type { Reply } from '../answer/reply.ts';
import type { Outbox } from '../delivery/outbox.ts';
import type { DeliveryTarget } from '../delivery/target.ts';
import { PlatformError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { retrying, type RetryPolicy } from '../net/retry.ts';
import { renderSlack, type SlackMessage, type SlackRenderOptions } from '../render/slack.ts';
import type { InFlight } from './in-flight.ts';
import { describeSlackError, postToResponseUrl } from './slack-web.ts';

/** Where a reply goes in Slack. */
export interface PostTarget {
  channel: string;
  thread?: string;
  /** The workspace whose token posts it (many workspaces); absent with one. */
  team?: string;
}

/** The WebClient options that leave retries to `SlackPoster`: no retries of its own, a 429 thrown rather than waited out. */
export const WEB_CLIENT_NO_RETRIES = { retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: 10_000 } as const;

/** The longest `Retry-After` a post waits for before it counts as failed (and goes to the outbox). */
const MAX_RETRY_AFTER_MS = 60_000;

/** A failed Web API call worth another try (429, 5xx, network), and the wait it asked for. */
function transient(error: unknown): { retryAfterMs?: number } | undefined {
  const e = error as { code?: string; statusCode?: number; retryAfter?: number };
  if (e?.code === 'slack_webapi_rate_limited_error') return { retryAfterMs: Math.min((e.retryAfter ?? 1) * 1000, MAX_RETRY_AFTER_MS) };
  if (e?.code === 'slack_webapi_http_error' && (e.statusCode ?? 0) >= 500) return {};
  if (e?.code === 'slack_webapi_request_error') return {};
  return undefined;
}

export interface SlackPosterOptions {
  client: () => App['client'];
  /** The token for a workspace's posts; undefined means the client's own. Throws (with the fix) when there is none. */
  token: (team: string | undefined) => Promise<string | undefined>;
  outbox: Outbox;
  logger: Logger;
  retry: RetryPolicy;
  inflight: InFlight;
  /** Waits between retries; injected by tests. Whatever it is, a stop ends the waiting. */
  sleep?: (ms: number) => Promise<void>;
  now: () => number;
}

export class SlackPoster {
  constructor(private readonly options: SlackPosterOptions) {}

  /** A wait between retries that a stop cuts short. */
  private readonly sleep = async (ms: number): Promise<void> => {
    const { inflight, sleep } = this.options;
    if (inflight.signal.aborted) throw new Error('stopping: no more retries');
    await (sleep ?? inflight.sleep)(ms);
    if (inflight.signal.aborted) throw new Error('stopping: no more retries');
  };

  /** `chat.postMessage` with the retry policy; throws the last failure. */
  async postMessage(target: PostTarget, message: SlackMessage): Promise<void> {
    const token = await this.options.token(target.team);
    await retrying(
      () =>
        this.options.client().chat.postMessage({
          ...(token ? { token } : {}),
          channel: target.channel,
          ...(target.thread ? { thread_ts: target.thread } : {}),
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
        }),
      { policy: this.options.retry, shouldRetry: (e) => transient(e) !== undefined, retryAfterMs: (e) => transient(e)?.retryAfterMs, sleep: this.sleep },
    );
  }

  /** Posts a scheduled delivery; throws a `PlatformError` (with the wait a 429 asked for) when it still fails. */
  async deliver(target: DeliveryTarget, reply: Reply): Promise<void> {
    const to = { channel: target.conversation, ...(target.thread ? { thread: target.thread } : {}), ...(target.team ? { team: target.team } : {}) };
    try {
      await this.postMessage(to, renderSlack(reply, { actions: 'public' }));
    } catch (error) {
      const reason = describeSlackError(error);
      this.options.logger.warn({ platform: 'slack', channel: to.channel, reason }, 'slack delivery failed');
      const status = (error as { statusCode?: number }).statusCode;
      throw new PlatformError('slack', `could not post to ${to.channel}: ${reason}`, typeof status === 'number' ? status : undefined, transient(error)?.retryAfterMs);
    }
  }

  /**
   * Posts an answer. A post that still fails after the retries is logged with its channel and
   * reason and, unless `keep` is false, handed to the outbox for a later retry (once: if a stop
   * already handed it back, it is not kept twice).
   */
  async post(target: PostTarget, reply: Reply, render: SlackRenderOptions, { keep = true } = {}): Promise<{ ok: true } | { ok: false; reason: string }> {
    const delivery: DeliveryTarget = { platform: 'slack', conversation: target.channel, ...(target.team ? { team: target.team } : {}), ...(target.thread ? { thread: target.thread } : {}) };
    const sending = keep ? this.options.inflight.sending(delivery, reply) : undefined;
    try {
      await this.postMessage(target, renderSlack(reply, render));
      return { ok: true };
    } catch (error) {
      const reason = describeSlackError(error);
      const kept = keep && !sending?.handedBack;
      this.options.logger.warn({ platform: 'slack', channel: target.channel, thread: target.thread, reason, kept }, 'slack post failed');
      if (kept) await this.options.outbox.keep({ target: delivery, reply, reason, at: new Date(this.options.now()) });
      return { ok: false, reason };
    } finally {
      sending?.settled();
    }
  }

  /** Answers through a `response_url`. These answers are private to one person, so a failure is logged, not kept for a public retry. */
  async respond(url: string, payload: object, channel: string): Promise<void> {
    try {
      await postToResponseUrl(url, payload, { retry: this.options.retry, sleep: this.sleep });
    } catch (error) {
      this.options.logger.warn({ platform: 'slack', channel, reason: describeSlackError(error) }, 'slack response_url post failed');
    }
  }
}
