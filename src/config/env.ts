/**
 * Settings: `config/default.yaml`, then an optional `config/local.yaml`, then environment
 * variables (contract names in DESIGN.md), validated once at start and passed in. No other module
 * reads `process.env`. Secrets come only from the environment.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { parseDuration } from '../time/durations.ts';
import { SETTINGS, type SettingSpec } from './schema.ts';

export interface Settings {
  briefingsDir: string;
  /** SQLite path or `postgres://` URL. */
  databaseUrl: string;
  /** Where derived data (extraction cache) lives. */
  dataDir: string;
  /** The HTTP port when one was configured (`PORT` or `http.port`); listeners default to 3000. */
  port?: number;
  logLevel: string;
  /** Whether `LOG_LEVEL` / `log.level` was set explicitly (else the terminal chat logs less). */
  logLevelExplicit: boolean;
  logFormat: 'auto' | 'json' | 'pretty';
  /** Default IANA time zone for reminders and digests. */
  timeZone: string;
  rateLimit: { userMessages: number; channelMessages: number; windowSeconds: number };
  shutdownGraceSeconds: number;
  /** Digests from configuration: where, on what schedule, in which time zone. */
  digests: Array<{ target: { platform: 'slack' | 'discord' | 'terminal'; conversation: string; team?: string }; schedule: string; timeZone?: string }>;
  /** `feeds.admins`: `platform:user` ids who may add and remove feeds in chat (Slack has no cheap admin check). */
  feedAdmins: string[];
  /** Briefing pages: where links point, how they are signed, how long they work, and who may review drafts. */
  pages: PageSettings;
  /**
   * Slack: one workspace with `botToken`, or many with `oauth` (installations kept in the store; a
   * bot token alongside serves channels configured without a workspace).
   */
  slack?: { botToken?: string; signingSecret?: string; appToken?: string; apiUrl?: string; oauth?: SlackOAuthSettings };
  /** `shards`: the gateway shards this process runs (`auto`, or ids out of `shardCount`). */
  discord?: { token: string; applicationId?: string; apiUrl?: string; shards?: 'auto' | number[]; shardCount?: number };
  /** The configuration files that were read, for `brief validate`. */
  configFiles: string[];
}

/** Slack's OAuth install flow (many workspaces): the app's client id and secret, and the state-signing secret. */
export interface SlackOAuthSettings {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
}

/** Settings of the briefing pages (`pages.*`, `BRIEF_PUBLIC_URL`, `BRIEF_LINK_SECRET`). */
export interface PageSettings {
  /** The base URL readers reach the bot at; unset: `http://127.0.0.1:<port>`. */
  publicUrl?: string;
  /** The HMAC key for page links; unset: pages are served to loopback only. */
  linkSecret?: string;
  /** How long a page link given in chat works, in ms. */
  linkTtlMs: number;
  /** `platform:user` ids who may review and publish drafts. */
  editors: string[];
}

/** The configuration is unusable; `problems` are lines of `source: key: message`. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

type Layer = { source: string; values: Map<string, unknown> };

function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out.set(prefix, value);
  }
}

const BY_KEY = new Map(SETTINGS.filter((s) => s.key).map((s) => [s.key!, s]));
/** Keys a secret might be written under in a YAML file, and the variable it belongs in. */
const SECRET_KEYS = new Map([
  ['slack.botToken', 'SLACK_BOT_TOKEN'],
  ['slack.signingSecret', 'SLACK_SIGNING_SECRET'],
  ['slack.appToken', 'SLACK_APP_TOKEN'],
  ['discord.token', 'DISCORD_TOKEN'],
  ['pages.linkSecret', 'BRIEF_LINK_SECRET'],
]);

function readLayer(path: string, label: string, problems: string[]): Layer | undefined {
  if (!existsSync(path)) return undefined;
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter });
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push(`${label}:${counter.linePos(e.pos[0]).line}: not valid YAML: ${e.message.split('\n')[0]}`);
    return undefined;
  }
  const values = new Map<string, unknown>();
  flatten(doc.toJS() ?? {}, '', values);
  for (const key of [...values.keys()]) {
    if (SECRET_KEYS.has(key)) {
      problems.push(`${label}: ${key}: secrets come only from the environment — remove it here and set ${SECRET_KEYS.get(key)} instead`);
      values.delete(key);
    } else if (!BY_KEY.has(key)) {
      problems.push(`${label}: ${key}: unknown setting — the settings are: ${[...BY_KEY.keys()].join(', ')}`);
      values.delete(key);
    }
  }
  return { source: label, values };
}

/** The settings that together turn on Slack in many workspaces. */
const OAUTH_SETTINGS = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;

/** The OAuth settings when all three are set; a problem naming the missing ones when only some are. */
function slackOAuth(get: <T>(name: string) => T | undefined, problems: string[]): SlackOAuthSettings | undefined {
  const [clientId, clientSecret, stateSecret] = OAUTH_SETTINGS.map((name) => get<string>(name));
  const missing = OAUTH_SETTINGS.filter((name) => !get<string>(name));
  if (missing.length === OAUTH_SETTINGS.length) return undefined;
  if (missing.length > 0 || !clientId || !clientSecret || !stateSecret) {
    problems.push(`environment: ${missing.join(', ')}: missing — Slack in many workspaces needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together`);
    return undefined;
  }
  return { clientId, clientSecret, stateSecret };
}

/**
 * Reads and validates settings. Throws `SettingsError` listing every problem.
 *
 * @param env the environment (process.env in production, a plain object in tests)
 * @param cwd the folder relative paths are resolved against; config files are read from `cwd/config`
 */
// Long on purpose: every setting is resolved in one pass so that all problems are collected and each
// names its source (file and key, or variable); the result is one object literal that mirrors `Settings`.
export function readSettings(env: Record<string, string | undefined>, cwd: string): Settings {
  const problems: string[] = [];
  const configDir = resolve(cwd, env.BRIEF_CONFIG_DIR?.trim() || 'config');
  const layers: Layer[] = [];
  const configFiles: string[] = [];
  for (const name of ['default.yaml', 'local.yaml']) {
    const path = join(configDir, name);
    const label = relative(cwd, path) || path;
    const layer = readLayer(path, label, problems);
    if (layer) {
      layers.push(layer);
      configFiles.push(label);
    }
  }

  const resolved = new Map<SettingSpec, { value: unknown; source: string }>();
  for (const spec of SETTINGS) {
    const raw = spec.env ? env[spec.env]?.trim() : undefined;
    let chosen: { value: unknown; source: string } | undefined;
    if (raw) chosen = { value: raw, source: `environment: ${spec.env}` };
    else {
      for (const layer of [...layers].reverse()) {
        if (spec.key && layer.values.has(spec.key)) {
          chosen = { value: layer.values.get(spec.key), source: `${layer.source}: ${spec.key}` };
          break;
        }
      }
    }
    if (!chosen) continue;
    const parsed = spec.schema.safeParse(chosen.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = (issue?.path ?? []).map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
      const scalar = chosen.value === null || typeof chosen.value !== 'object';
      const shown = spec.secret || !scalar || path ? '' : ` \`${String(chosen.value)}\``;
      problems.push(`${chosen.source}${path}:${shown} ${issue?.message ?? 'is not valid'}`);
      continue;
    }
    resolved.set(spec, { value: parsed.data, source: chosen.source });
  }
  const get = <T>(name: string): T | undefined => {
    const spec = SETTINGS.find((s) => s.key === name || s.env === name)!;
    return resolved.get(spec)?.value as T | undefined;
  };
  const fallback = <T>(name: string): T => {
    const spec = SETTINGS.find((s) => s.key === name)!;
    return (get<T>(name) ?? spec.schema.parse(spec.default)) as T;
  };

  const botToken = get<string>('SLACK_BOT_TOKEN');
  const signingSecret = get<string>('SLACK_SIGNING_SECRET');
  const appToken = get<string>('SLACK_APP_TOKEN');
  const oauth = slackOAuth(get, problems);
  const oauthNamed = OAUTH_SETTINGS.some((name) => get<string>(name));
  if ((signingSecret || appToken) && !botToken && !oauthNamed) problems.push('environment: SLACK_BOT_TOKEN: missing — Slack needs the bot token (xoxb-…) as well, or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET for many workspaces');
  if (botToken && !signingSecret && !appToken) problems.push('environment: SLACK_SIGNING_SECRET: missing — set it (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)');
  if (oauth && !signingSecret) problems.push('environment: SLACK_SIGNING_SECRET: missing — Slack in many workspaces (SLACK_CLIENT_ID) runs in HTTP mode: set the signing secret, and serve /slack/install and /slack/oauth_redirect on PORT');
  const discordToken = get<string>('DISCORD_TOKEN');
  if (problems.length) throw new SettingsError(problems);

  const dataDir = resolve(cwd, 'data');
  const databaseUrl = get<string>('database.url');
  const port = get<number>('http.port');
  const slackApiUrl = get<string>('slack.apiUrl');
  const applicationId = get<string>('discord.applicationId');
  const discordApiUrl = get<string>('discord.apiUrl');
  const shardText = get<string>('discord.shards');
  const shardCount = get<number>('discord.shardCount');
  // A shard count alone runs every shard in this process.
  const shards =
    shardText === undefined
      ? shardCount !== undefined
        ? Array.from({ length: shardCount }, (_, i) => i)
        : undefined
      : shardText === 'auto'
        ? ('auto' as const)
        : shardText.split(',').map((n) => Number(n.trim()));
  if (Array.isArray(shards) && shardCount === undefined) throw new SettingsError(['environment: DISCORD_SHARD_COUNT: missing — shard ids in DISCORD_SHARDS need the total number of shards, e.g. DISCORD_SHARDS=0 DISCORD_SHARD_COUNT=2']);
  if (Array.isArray(shards) && shardCount !== undefined && shards.some((id) => id >= shardCount)) {
    throw new SettingsError([`environment: DISCORD_SHARDS: shard ids run from 0 to ${shardCount - 1} with DISCORD_SHARD_COUNT=${shardCount}`]);
  }
  const publicUrl = get<string>('pages.publicUrl');
  const linkSecret = get<string>('BRIEF_LINK_SECRET');
  return {
    briefingsDir: resolve(cwd, fallback<string>('briefingsDir')),
    databaseUrl: databaseUrl ? (/^[a-z]+:/i.test(databaseUrl) ? databaseUrl : resolve(cwd, databaseUrl)) : resolve(dataDir, 'brief.db'),
    dataDir,
    ...(port !== undefined ? { port } : {}),
    logLevel: fallback<string>('log.level'),
    logLevelExplicit: get('log.level') !== undefined,
    logFormat: fallback<Settings['logFormat']>('log.format'),
    timeZone: fallback<string>('timeZone'),
    rateLimit: {
      userMessages: fallback<number>('rateLimit.user.messages'),
      channelMessages: fallback<number>('rateLimit.channel.messages'),
      windowSeconds: fallback<number>('rateLimit.windowSeconds'),
    },
    shutdownGraceSeconds: fallback<number>('shutdown.graceSeconds'),
    feedAdmins: get<string[]>('feeds.admins') ?? [],
    digests: (get<Array<{ channel: string; schedule: string; timeZone?: string }>>('digests') ?? []).map((d) => {
      const [platform, ...rest] = d.channel.split(':');
      // `slack:C0123@T0456`: a channel of one workspace, when Slack runs in many.
      const [conversation = '', team] = rest.join(':').split('@');
      return {
        target: { platform: platform as 'slack' | 'discord' | 'terminal', conversation, ...(team ? { team } : {}) },
        schedule: d.schedule,
        ...(d.timeZone ? { timeZone: d.timeZone } : {}),
      };
    }),
    pages: {
      ...(publicUrl ? { publicUrl: publicUrl.replace(/\/+$/, '') } : {}),
      ...(linkSecret ? { linkSecret } : {}),
      linkTtlMs: parseDuration(fallback<string>('pages.linkTtl'))!,
      editors: get<string[]>('pages.editors') ?? [],
    },
    ...(botToken || oauth
      ? {
          slack: {
            ...(botToken ? { botToken } : {}),
            ...(signingSecret ? { signingSecret } : {}),
            ...(appToken && !oauth ? { appToken } : {}),
            ...(slackApiUrl ? { apiUrl: slackApiUrl } : {}),
            ...(oauth ? { oauth } : {}),
          },
        }
      : {}),
    ...(discordToken
      ? {
          discord: {
            token: discordToken,
            ...(applicationId ? { applicationId } : {}),
            ...(discordApiUrl ? { apiUrl: discordApiUrl } : {}),
            ...(shards !== undefined ? { shards } : {}),
            ...(shardCount !== undefined ? { shardCount } : {}),
          },
        }
      : {}),
    configFiles,
  };
}
