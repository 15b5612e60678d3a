/**
 * What every `brief` command is given: its streams, the settings (read once, when first asked
 * for) and a logger that scrubs the configured secrets.
 */
import { readSettings, type Settings } from '../config/env.ts';
import { createLogger, secretsOf, type Logger } from '../log.ts';
import type { CliIO } from './io.ts';

/** Shared by every command: the streams, settings (read lazily) and a logger. */
export interface CommandContext {
  io: CliIO;
  settings(): Settings;
  /** A logger at `level` (default `warn`), JSON unless `pretty`, scrubbing the configured secrets. */
  logger(level?: string, format?: 'json' | 'pretty'): Logger;
}

/** The context for a run of the CLI on `io`. */
export function makeContext(io: CliIO): CommandContext {
  let settings: Settings | undefined;
  return {
    io,
    settings: () => (settings ??= readSettings(io.env, io.cwd)),
    logger: (level, format) => {
      let secrets: string[] = [];
      try {
        secrets = secretsOf(readSettings(io.env, io.cwd));
      } catch {
        // Invalid settings are reported by the command itself.
      }
      return createLogger({ level: level ?? 'warn', format: format ?? 'json', secrets });
    },
  };
}
