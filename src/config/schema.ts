/**
 * Every setting Brief reads: its key in `config/*.yaml`, its environment variable, default,
 * validation and description. The README's settings table is generated from this list
 * (`npm run docs:config`), so the two cannot drift apart.
 */
import * as z from 'zod';
import { parseDuration } from '../time/durations.ts';
import { parseSchedule } from '../time/schedule.ts';
import { canonicalTimeZone } from '../time/zones.ts';

/** One setting. `key` is the dotted path in YAML; secrets have no key: environment only. */
export interface SettingSpec {
  key?: string;
  env?: string;
  schema: z.ZodType;
  default?: string | number;
  doc: string;
  secret?: boolean;
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

const positiveInt = (what: string) =>
  z.coerce.number({ error: `${what} must be a number` }).int(`${what} must be a whole number`).positive(`${what} must be greater than 0`);

const timeZone = z.string().refine((tz) => canonicalTimeZone(tz) !== undefined, { message: 'is not a time zone — use an IANA name such as `Europe/Madrid` or `UTC`' });

const url = z.url('must be a URL such as `http://127.0.0.1:8080/api/`');

/** `platform:user` ids, as a YAML list or comma-separated in the environment. */
const userIds = (what: string) =>
  z
    .union([z.string(), z.array(z.string())], { error: `must be a list of \`slack:U…\` or \`discord:…\` user ids` })
    .transform((v) => (Array.isArray(v) ? v : v.split(/[\s,]+/)).map((id) => id.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^(?:slack|discord|terminal):\S+$/, `each ${what} must be \`<platform>:<user id>\`, e.g. \`slack:U0123ABCD\``)));

const duration = z
  .union([z.string(), z.number()])
  .transform(String)
  .refine((v) => parseDuration(v) !== undefined, 'must be a duration such as `30d`, `12h` or `2w`');

export const SETTINGS: readonly SettingSpec[] = [
  { key: 'briefingsDir', env: 'BRIEFINGS_DIR', schema: z.string().min(1), default: './briefings', doc: 'Folder of briefing documents (`*.md`).' },
  {
    key: 'database.url',
    env: 'DATABASE_URL',
    schema: z.string().min(1),
    default: './data/brief.db',
    doc: 'SQLite file path or `file:` URL; `postgres://…` for Postgres.',
  },
  {
    key: 'http.port',
    env: 'PORT',
    schema: z.coerce.number({ error: 'must be a port number' }).int('must be a whole number').min(1, 'must be from 1 to 65535').max(65535, 'must be from 1 to 65535'),
    default: 3000,
    doc: 'HTTP listener: Slack events (HTTP mode), `/healthz`, `/readyz`, `/metrics` and the briefing pages. Served when a platform is configured or this is set.',
  },
  { key: 'log.level', env: 'LOG_LEVEL', schema: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }), default: 'info', doc: 'Log level (the terminal chat logs `warn` and up unless set).' },
  {
    key: 'log.format',
    env: 'LOG_FORMAT',
    schema: z.enum(['auto', 'json', 'pretty'], { error: 'must be `auto`, `json` or `pretty`' }),
    default: 'auto',
    doc: '`json` lines, `pretty` text, or `auto`: pretty for the terminal chat on a terminal, JSON otherwise.',
  },
  { key: 'timeZone', env: 'BRIEF_TIME_ZONE', schema: timeZone, default: 'UTC', doc: 'Default time zone for reminders and digests (a channel can override it).' },
  { key: 'rateLimit.user.messages', env: 'BRIEF_RATE_USER', schema: positiveInt('rateLimit.user.messages'), default: 10, doc: 'Commands one person may send per window before a polite "slow down".' },
  { key: 'rateLimit.channel.messages', env: 'BRIEF_RATE_CHANNEL', schema: positiveInt('rateLimit.channel.messages'), default: 30, doc: 'Commands one channel may send per window.' },
  { key: 'rateLimit.windowSeconds', schema: positiveInt('rateLimit.windowSeconds'), default: 60, doc: 'The rate-limit window.' },
  { key: 'shutdown.graceSeconds', schema: positiveInt('shutdown.graceSeconds'), default: 8, doc: 'How long a stop waits for in-flight work before closing.' },
  {
    key: 'feeds.admins',
    env: 'BRIEF_FEED_ADMINS',
    schema: userIds('admin'),
    doc: 'Users who may add and remove feeds in chat besides Discord channel managers (Slack cannot tell who manages a channel): `slack:U…` / `discord:…` ids, comma-separated in the environment.',
  },
  {
    key: 'digests',
    schema: z
      .array(
        z.strictObject({
          channel: z.string().regex(/^(?:slack|discord|terminal):\S+$/, 'must be `<platform>:<channel id>`, e.g. `slack:C0123ABCD`, `slack:C0123ABCD@T0456` (one workspace of many) or `terminal:terminal`'),
          schedule: z.string().superRefine((value, ctx) => {
            const parsed = parseSchedule(value);
            if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
          }),
          timeZone: z
            .string()
            .refine((tz) => canonicalTimeZone(tz) !== undefined, 'is not a time zone — use a name such as Europe/Madrid')
            .optional(),
        }),
        { error: 'must be a list — indent each digest with `- channel: slack:C0123` and `schedule: weekday 8:00`' },
      )
      .default([]),
    doc: 'Digests posted on a schedule whatever is said in chat: a list of `{ channel: slack:C0123, schedule: "weekday 8:00", timeZone?: Europe/Madrid }`; with Slack in many workspaces the channel names its workspace: `slack:C0123@T0456`.',
  },
  {
    key: 'pages.publicUrl',
    env: 'BRIEF_PUBLIC_URL',
    schema: z.url({ protocol: /^https?$/, error: 'must be the http(s) address readers reach the bot at, e.g. `https://brief.example.org`' }),
    doc: 'Base URL of briefing-page links, as readers reach the bot (`https://brief.example.org`); default `http://127.0.0.1:<PORT>`.',
  },
  {
    env: 'BRIEF_LINK_SECRET',
    schema: z.string().min(32, 'must be at least 32 characters — make one with `openssl rand -base64 32`'),
    doc: 'Signs briefing-page links (HMAC, with an expiry), so a link shared in chat works and a guessed one does not. Without it, pages are served to 127.0.0.1 only and chat cards carry no page links.',
    secret: true,
  },
  { key: 'pages.linkTtl', env: 'BRIEF_LINK_TTL', schema: duration, default: '30d', doc: 'How long a page link given in chat keeps working (review links: 24 hours).' },
  {
    key: 'pages.editors',
    env: 'BRIEF_EDITORS',
    schema: userIds('editor'),
    doc: 'Who may review and publish drafts: `slack:U…` / `discord:…` ids, comma-separated in the environment. `/brief review <topic>` sends them a signed review link by direct message; the terminal is always an editor.',
  },
  { env: 'SLACK_BOT_TOKEN', schema: z.string().min(1), doc: 'Slack bot token (`xoxb-…`); with a signing secret or app token, starts Slack.', secret: true },
  { env: 'SLACK_SIGNING_SECRET', schema: z.string().min(1), doc: 'Slack signing secret: HTTP mode, events at `POST /slack/events` on `PORT`.', secret: true },
  { env: 'SLACK_CLIENT_ID', schema: z.string().min(1), doc: 'Slack app client id: with the client secret and state secret, Slack in many workspaces (OAuth install at `/slack/install`).' },
  { env: 'SLACK_CLIENT_SECRET', schema: z.string().min(1), doc: 'Slack app client secret, for OAuth installs (many workspaces).', secret: true },
  { env: 'SLACK_STATE_SECRET', schema: z.string().min(1), doc: 'Any long random string; signs the OAuth state so an install cannot be forged.', secret: true },
  { env: 'SLACK_APP_TOKEN', schema: z.string().min(1), doc: 'Slack app-level token (`xapp-…`): Socket Mode, no public URL needed.', secret: true },
  { key: 'slack.apiUrl', env: 'SLACK_API_URL', schema: url, doc: "Slack Web API base URL (default Slack's)." },
  { env: 'DISCORD_TOKEN', schema: z.string().min(1), doc: 'Discord bot token; starts Discord.', secret: true },
  { key: 'discord.applicationId', env: 'DISCORD_APPLICATION_ID', schema: z.string().regex(/^\d+$/, 'must be the numeric application id'), doc: 'Discord application id (for `brief register-commands`).' },
  { key: 'discord.apiUrl', env: 'DISCORD_API_URL', schema: url, doc: "Discord REST base URL (default Discord's); the gateway is discovered through it." },
  {
    key: 'discord.shards',
    env: 'DISCORD_SHARDS',
    schema: z.string().regex(/^(?:auto|\d+(?:\s*,\s*\d+)*)$/, 'must be `auto` or shard ids such as `0` or `0,1`'),
    doc: "Gateway shards this replica runs: `auto` (all of Discord's recommended count, in this process) or shard ids such as `0` or `0,1` (with `discord.shardCount`). Default: one shard.",
  },
  {
    key: 'discord.shardCount',
    env: 'DISCORD_SHARD_COUNT',
    schema: z.coerce.number({ error: 'must be a number of shards' }).int('must be a whole number').min(1, 'must be 1 or more'),
    doc: 'How many gateway shards the bot runs across all replicas (needed with shard ids in `discord.shards`).',
  },
];
