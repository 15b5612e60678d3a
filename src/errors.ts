/**
 * Brief's error hierarchy, in one place. Every error a person may see carries a code from
 * `ERROR_CODES`, so logs, replies and tests speak of the same thing.
 */

/** Every error code Brief uses. A test checks that they are unique. */
export const ERROR_CODES = [
  'briefing_format',
  'briefing_missing_body',
  'config_invalid',
  'unknown_command',
  'bad_argument',
  'not_found',
  'forbidden',
  'platform_error',
  'feed_error',
  'store_error',
  'rate_limited',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error meant for the person who asked: its message is safe and useful to show. */
export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A problem in one briefing file, with the line it is on (1-based). */
export class BriefingFormatError extends Error {
  readonly code: ErrorCode = 'briefing_format';
  constructor(
    readonly path: string,
    readonly line: number,
    readonly problem: string,
  ) {
    // Line 0 means the whole file or folder (unreadable, missing): no line to point at.
    super(line > 0 ? `${path}:${line}: ${problem}` : `${path}: ${problem}`);
    this.name = 'BriefingFormatError';
  }
}

/** A chat platform refused or failed a call. `retryAfterMs` is set when the platform said when to retry. */
export class PlatformError extends Error {
  readonly code: ErrorCode = 'platform_error';
  constructor(
    readonly platform: string,
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(`${platform}: ${message}`);
    this.name = 'PlatformError';
  }
}

/** A feed could not be fetched or parsed. */
export class FeedError extends Error {
  readonly code: ErrorCode = 'feed_error';
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(`${url}: ${message}`);
    this.name = 'FeedError';
  }
}

/** The configuration is invalid; `problems` are lines of `file: key: message`. */
export class ConfigError extends Error {
  readonly code: ErrorCode = 'config_invalid';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The store could not be opened or used (`DATABASE_URL` problems carry the fix). */
export class StoreError extends Error {
  readonly code: ErrorCode = 'store_error';
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/** A one-line description of any thrown value, for logs and CLI output. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
