/**
 * The logger. JSON lines in production, pretty text for people at a terminal. Secrets are removed
 * twice: by key (`token`, `authorization`, …) and by value, so a token that slips into an error
 * message is still never written.
 */
import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';
import type pinoPretty from 'pino-pretty';

export type { Logger };

/** Keys that may hold secrets, removed from every log line wherever they appear. */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'signingSecret',
  '*.signingSecret',
  'clientSecret',
  '*.clientSecret',
  'stateSecret',
  '*.stateSecret',
  'linkSecret',
  '*.linkSecret',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
  'headers.Authorization',
  '*.headers.Authorization',
  'config.slack',
  'config.discord',
  'settings.slack',
  'settings.discord',
];

export interface LoggerOptions {
  level: string;
  /** `pretty` for a person at a terminal; JSON lines otherwise. */
  format?: 'json' | 'pretty';
  /** Secret values (tokens, signing secrets) to scrub from every line, whatever key holds them. */
  secrets?: readonly string[];
  destination?: DestinationStream;
}

const CENSOR = '[redacted]';

function scrubber(secrets: readonly string[]): ((line: string) => string) | undefined {
  const values = secrets.filter((s) => s.length >= 6);
  if (values.length === 0) return undefined;
  return (line) => values.reduce((out, secret) => out.split(secret).join(CENSOR), line);
}

/** Pretty text on standard error; pino-pretty is loaded only when a logger asks for it (JSON is the common case). */
function prettyStream(): DestinationStream {
  const pretty = createRequire(import.meta.url)('pino-pretty') as typeof pinoPretty;
  return pretty({ destination: 2, sync: true, colorize: Boolean(process.stderr.isTTY), ignore: 'pid,hostname,app' });
}

/** Creates the process logger. */
export function createLogger(options: LoggerOptions): Logger {
  const scrub = scrubber(options.secrets ?? []);
  const destination = options.destination ?? (options.format === 'pretty' ? prettyStream() : pino.destination({ dest: 2, sync: true }));
  return pino(
    {
      level: options.level,
      base: { app: 'brief' },
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      timestamp: pino.stdTimeFunctions.isoTime,
      ...(scrub ? { hooks: { streamWrite: scrub } } : {}),
    },
    destination,
  );
}

/** The secret values in settings, for `createLogger({ secrets })`. */
export function secretsOf(settings: {
  slack?: { botToken?: string; signingSecret?: string; appToken?: string; oauth?: { clientSecret: string; stateSecret: string } };
  discord?: { token: string };
  pages?: { linkSecret?: string };
}): string[] {
  const { slack } = settings;
  return [slack?.botToken, slack?.signingSecret, slack?.appToken, slack?.oauth?.clientSecret, slack?.oauth?.stateSecret, settings.discord?.token, settings.pages?.linkSecret].filter(
    (s): s is string => Boolean(s),
  );
}
