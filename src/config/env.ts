/**
 * Settings read from the environment (contract names in DESIGN.md). Read once, at start, and
 * passed in; no other module reads `process.env`.
 */
import { resolve } from 'node:path';

export interface Settings {
  briefingsDir: string;
  /** SQLite path or `postgres://` URL. */
  databaseUrl: string;
  /** Where derived data (extraction cache) lives. */
  dataDir: string;
  port?: number;
  logLevel: string;
  slack?: { botToken: string; signingSecret?: string; appToken?: string; apiUrl?: string };
  discord?: { token: string; applicationId?: string; apiUrl?: string };
}

const LOG_LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']);

/** Reads settings from an environment; throws a list of problems when a value is unusable. */
export function readSettings(env: Record<string, string | undefined>, cwd: string): Settings {
  const problems: string[] = [];
  const value = (name: string) => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const briefingsDir = resolve(cwd, value('BRIEFINGS_DIR') ?? 'briefings');
  const dataDir = resolve(cwd, 'data');
  const databaseUrl = value('DATABASE_URL') ?? resolve(dataDir, 'brief.db');
  let port: number | undefined;
  const rawPort = value('PORT');
  if (rawPort !== undefined) {
    port = Number(rawPort);
    if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`environment: PORT: \`${rawPort}\` is not a port number — use a whole number from 1 to 65535`);
  }
  const logLevel = (value('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!LOG_LEVELS.has(logLevel)) problems.push(`environment: LOG_LEVEL: \`${logLevel}\` is not a level — use one of ${[...LOG_LEVELS].join(', ')}`);

  const botToken = value('SLACK_BOT_TOKEN');
  const signingSecret = value('SLACK_SIGNING_SECRET');
  const appToken = value('SLACK_APP_TOKEN');
  if ((signingSecret || appToken) && !botToken) problems.push('environment: SLACK_BOT_TOKEN: missing — Slack needs the bot token (xoxb-…) as well');
  if (botToken && !signingSecret && !appToken) problems.push('environment: SLACK_SIGNING_SECRET: missing — set it (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)');
  const discordToken = value('DISCORD_TOKEN');

  if (problems.length) throw new SettingsError(problems);
  return {
    briefingsDir,
    databaseUrl,
    dataDir,
    ...(port !== undefined ? { port } : {}),
    logLevel,
    ...(botToken
      ? { slack: { botToken, ...(signingSecret ? { signingSecret } : {}), ...(appToken ? { appToken } : {}), ...(value('SLACK_API_URL') ? { apiUrl: value('SLACK_API_URL')! } : {}) } }
      : {}),
    ...(discordToken
      ? { discord: { token: discordToken, ...(value('DISCORD_APPLICATION_ID') ? { applicationId: value('DISCORD_APPLICATION_ID')! } : {}), ...(value('DISCORD_API_URL') ? { apiUrl: value('DISCORD_API_URL')! } : {}) } }
      : {}),
  };
}

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}
