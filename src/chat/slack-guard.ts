/**
 * The checks in front of Bolt's HTTP receiver, for what Bolt lets through:
 * - a timestamp more than five minutes from now either way (Bolt refuses only old ones);
 * - an exact repeat of a signed request within that window (Slack promises only the window; a
 *   signature seen once is remembered until it expires, so a captured request cannot be replayed);
 * - a signed body that is not an object (JSON `null`, `payload=null`, a list): Bolt reads `body.ssl_check`
 *   outside any `try`, and the process would die on it.
 * The body is read here once, under a size cap, and handed to Bolt already buffered.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../log.ts';

/** How far a request's `X-Slack-Request-Timestamp` may be from our clock, either way. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** Bolt's default events path. */
export const SLACK_EVENTS_PATH = '/slack/events';

/** The largest request body read (Slack's payloads are a few kilobytes; Bolt's own cap is 4 MB). */
export const MAX_SLACK_BODY_BYTES = 1024 * 1024;

/** Signatures remembered at most; past this the oldest are forgotten first. */
const MAX_REMEMBERED = 50_000;

export interface RequestGuardOptions {
  signingSecret: string;
  now: () => number;
  logger: Logger;
  endpoints?: readonly string[];
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Whether `signature` is the v0 signature of `body` at `timestamp` under `secret`. */
export function validSignature(secret: string, timestamp: string, body: Buffer, signature: string): boolean {
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const isRecord = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a body parses, as Bolt parses it, to an object Bolt can read fields of. */
export function boltReadableBody(body: Buffer, contentType: string | undefined): boolean {
  try {
    const text = body.toString('utf8');
    if (contentType === 'application/x-www-form-urlencoded') {
      const payload = new URLSearchParams(text).get('payload');
      if (payload === null) return true; // slash commands and ssl_check: the form itself is the object
      return isRecord(JSON.parse(payload));
    }
    return isRecord(JSON.parse(text));
  } catch {
    return true; // Bolt answers a body it cannot parse with 400 inside its own `try`
  }
}

/** The signatures seen within the window, each until its timestamp leaves it. */
class SeenSignatures {
  private readonly expiries = new Map<string, number>();

  /** Records `signature`; false when it was already seen and has not expired. */
  firstTime(signature: string, timestampSeconds: number, nowMs: number): boolean {
    for (const [seen, expires] of this.expiries) {
      if (expires > nowMs && this.expiries.size < MAX_REMEMBERED) break;
      this.expiries.delete(seen);
    }
    const expires = this.expiries.get(signature);
    if (expires !== undefined && expires > nowMs) return false;
    this.expiries.set(signature, (timestampSeconds + MAX_CLOCK_SKEW_SECONDS) * 1000);
    return true;
  }
}

/** Reads a request body up to `limit` bytes; undefined when it is larger. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function refuse(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}

/**
 * Puts the checks above in front of an HTTP receiver's request listener. Requests to other paths
 * (health, metrics) pass untouched.
 */
export function guardSlackRequests(receiver: HTTPReceiver, options: RequestGuardOptions): void {
  const endpoints = options.endpoints ?? [SLACK_EVENTS_PATH];
  const next = receiver.requestListener;
  const seen = new SeenSignatures();
  const { logger } = options;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || !endpoints.includes(path)) return next(req, res);
    const stamp = header(req, 'x-slack-request-timestamp');
    const timestamp = Number(stamp);
    const skew = Math.abs(options.now() / 1000 - timestamp);
    if (!stamp || !Number.isFinite(timestamp) || skew > MAX_CLOCK_SKEW_SECONDS) {
      logger.warn({ path, skewSeconds: Number.isFinite(skew) ? Math.round(skew) : null }, 'refused a Slack request: timestamp missing or more than 5 minutes from now (replay?)');
      req.resume();
      return refuse(res, 401);
    }
    void readBody(req, MAX_SLACK_BODY_BYTES)
      .then((body) => {
        if (!body) {
          logger.warn({ path, limitBytes: MAX_SLACK_BODY_BYTES }, 'refused a Slack request: body over the size cap');
          return refuse(res, 413);
        }
        const signature = header(req, 'x-slack-signature') ?? '';
        // Only a correctly signed request is remembered or looked at further; Bolt refuses the rest.
        if (validSignature(options.signingSecret, stamp, body, signature)) {
          if (!seen.firstTime(signature, timestamp, options.now())) {
            logger.warn({ path }, 'dropped an exact repeat of a signed Slack request (replay)');
            return refuse(res, 200);
          }
          if (!boltReadableBody(body, header(req, 'content-type'))) {
            logger.warn({ path }, 'refused a signed Slack request whose body is not an object');
            return refuse(res, 400);
          }
        }
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
        next(req, res);
      })
      .catch((error: unknown) => {
        logger.warn({ path, reason: error instanceof Error ? error.message : String(error) }, 'a Slack request could not be read');
        if (!res.headersSent) refuse(res, 400);
      });
  };
}
