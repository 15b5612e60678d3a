/**
 * How Slack's events reach Bolt: an HTTP receiver (signed requests on `POST /slack/events`) or a
 * Socket Mode connection, plus the logger Bolt writes through.
 *
 * Bolt verifies signatures and refuses timestamps more than five minutes old; `guardSlackRequests`
 * (slack-guard.ts) puts the checks Bolt lacks in front of it.
 */
import { HTTPReceiver, type HTTPReceiverOptions, LogLevel, SocketModeReceiver, type CustomRoute, type Logger as BoltLogger, type Receiver } from '@slack/bolt';
import type { Logger } from '../log.ts';
import { guardSlackRequests } from './slack-guard.ts';

/** An extra route served on the same port as Slack's events (health, readiness, metrics). */
export type HttpRoute = CustomRoute;

/** Replaces secrets in a log message, whatever shape Bolt or the WebClient gave it. */
function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]');
  return out.replace(/\b(?:xox[abposre]|xapp)-[A-Za-z0-9-]+/g, '[redacted]');
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return value.message;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Bolt's logger interface on top of ours, tagged `component: slack`, with secrets scrubbed. */
export function boltLogger(logger: Logger, secrets: readonly string[]): BoltLogger {
  const child = logger.child({ component: 'slack' });
  const line = (msgs: unknown[]) => scrub(msgs.map(describe).join(' '), secrets);
  const levels: Record<string, LogLevel> = { trace: LogLevel.DEBUG, debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN };
  return {
    debug: (...msgs: unknown[]) => child.debug(line(msgs)),
    info: (...msgs: unknown[]) => child.info(line(msgs)),
    warn: (...msgs: unknown[]) => child.warn(line(msgs)),
    error: (...msgs: unknown[]) => child.error(line(msgs)),
    // Our level comes from LOG_LEVEL; Bolt may not change it.
    setLevel: () => undefined,
    getLevel: () => levels[child.level] ?? LogLevel.ERROR,
    setName: () => undefined,
  };
}

export interface ReceiverOptions {
  /** HTTP mode (signing secret) or Socket Mode (app token). */
  mode: { kind: 'http'; signingSecret: string } | { kind: 'socket'; appToken: string };
  /** Where the HTTP listener binds by default; Socket Mode serves `routes` here. */
  port: number;
  routes: HttpRoute[];
  logger: Logger;
  boltLogger: BoltLogger;
  /** The Web API options, so Socket Mode opens its connection through the same `SLACK_API_URL`. */
  clientOptions: { slackApiUrl?: string };
  now: () => number;
  /** Many workspaces (HTTP mode only): Bolt's OAuth install flow on `/slack/install` and `/slack/oauth_redirect`. */
  oauth?: Pick<HTTPReceiverOptions, 'clientId' | 'clientSecret' | 'stateSecret' | 'scopes' | 'installationStore' | 'installerOptions'>;
}

/** Builds the receiver for the configured mode. */
export function createReceiver(options: ReceiverOptions): Receiver {
  if (options.mode.kind === 'socket') {
    return new SocketModeReceiver({
      appToken: options.mode.appToken,
      logger: options.boltLogger,
      customRoutes: options.routes,
      installerOptions: { port: options.port, clientOptions: options.clientOptions },
    });
  }
  const receiver = new HTTPReceiver({
    signingSecret: options.mode.signingSecret,
    port: options.port,
    customRoutes: options.routes,
    logger: options.boltLogger,
    ...options.oauth,
  });
  guardSlackRequests(receiver, { signingSecret: options.mode.signingSecret, now: options.now, logger: options.logger });
  return receiver;
}
