/**
 * `config/feeds.yaml`: which feeds to watch, how often, and which channels depend on each.
 * Validated with zod; every problem is reported as `file: key: what to do`. `add` and `remove`
 * edit the file in place and keep its comments.
 *
 * ```yaml
 * feeds:
 *   - name: Regional wire
 *     url: https://example.org/news.rss
 *     interval: 30m            # 5m … 24h; default 15m
 *     autoIngest: false        # turn matching items into draft briefings
 *     channels: [slack:C0123ABCD, discord:112233445566778899]
 *     allowPrivate: false      # the operator's own feed on a local or private address
 * ```
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isMap, isSeq, parseDocument, YAMLParseError } from 'yaml';
import * as z from 'zod';
import { formatChannel, parseChannel, sameChannel, type DeliveryTarget } from '../delivery/target.ts';
import { ConfigError } from '../errors.ts';

/** One watched feed, as the poller uses it. */
export interface FeedConfig {
  name: string;
  url: string;
  intervalMinutes: number;
  autoIngest: boolean;
  /** Channels that get this feed's developments and hear when it fails for long. */
  channels: DeliveryTarget[];
  /**
   * The operator's word that this feed is theirs and may live on a local or private address. Only
   * the operator sets it (in the file or with `brief feeds add --allow-private`); every other feed
   * is fetched from public addresses only, redirects included.
   */
  allowPrivate: boolean;
}

const PLATFORMS = ['terminal', 'slack', 'discord'] as const;

/** "30m", "2h", "1d" or a number of minutes → minutes. */
export function parseInterval(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(m|min|h|d)?\s*$/i.exec(value);
  if (!match) return undefined;
  const n = Number(match[1]);
  const unit = (match[2] ?? 'm').toLowerCase();
  return unit === 'h' ? n * 60 : unit === 'd' ? n * 1440 : n;
}


const IntervalSchema = z
  .union([z.string(), z.number()], { error: 'must be a duration such as `15m`, `2h` or `1d`' })
  .transform((value, ctx) => {
    const minutes = parseInterval(value);
    if (minutes === undefined) {
      ctx.addIssue({ code: 'custom', message: `\`${value}\` is not a duration — write it as \`15m\`, \`2h\` or \`1d\`` });
      return z.NEVER;
    }
    if (minutes < 5 || minutes > 1440) {
      ctx.addIssue({ code: 'custom', message: `\`${value}\` is out of range — polls run every 5m to 24h (be polite to publishers)` });
      return z.NEVER;
    }
    return minutes;
  });

const ChannelSchema = z.string({ error: 'each channel must be text such as `slack:C0123ABCD`' }).transform((value, ctx) => {
  const target = parseChannel(value);
  if (!target) {
    ctx.addIssue({ code: 'custom', message: `\`${value}\` is not a channel — write \`<platform>:<channel id>\` with platform one of ${PLATFORMS.join(', ')}` });
    return z.NEVER;
  }
  return target;
});

const FeedSchema = z.strictObject(
  {
    name: z.string({ error: 'every feed needs a `name` (text), e.g. `name: Regional wire`' }).trim().min(1, '`name` must not be empty'),
    url: z
      .string({ error: 'every feed needs a `url`, e.g. `url: https://example.org/news.rss`' })
      .trim()
      .refine((u) => /^https?:\/\/[^\s/]+/i.test(u) && URL.canParse(u), 'must be an http:// or https:// address'),
    interval: IntervalSchema.optional(),
    autoIngest: z.boolean({ error: '`autoIngest` must be true or false' }).optional(),
    channels: z.array(ChannelSchema, { error: '`channels` must be a list, e.g. `[slack:C0123ABCD]`' }).optional(),
    allowPrivate: z.boolean({ error: '`allowPrivate` must be true or false' }).optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')} — a feed takes name, url, interval, autoIngest, channels, allowPrivate` : 'each feed must be a mapping with `name:` and `url:`') },
);

const FileSchema = z.strictObject(
  {
    defaults: z.strictObject({ interval: IntervalSchema.optional() }, { error: '`defaults` takes only `interval`' }).optional(),
    feeds: z.array(FeedSchema, { error: '`feeds` must be a list — start each feed with `- name: …`' }).nullish(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown key ${issue.keys.map((k) => `\`${k}\``).join(', ')} — the file takes \`defaults\` and \`feeds\`` : 'the file must be a mapping with a `feeds:` list') },
);

export const DEFAULT_INTERVAL_MINUTES = 15;

function keyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '(top level)';
}

/** Parses feeds.yaml text. Throws `ConfigError` listing every problem as `file: key: message`. */
export function parseFeedsConfig(text: string, file: string): FeedConfig[] {
  const doc = parseDocument(text);
  if (doc.errors.length) {
    throw new ConfigError(
      doc.errors.map((e) => `${file}:${e instanceof YAMLParseError && e.linePos ? e.linePos[0].line : 1}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')} — check the indentation and the \`- \` in front of each feed`),
    );
  }
  const result = FileSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) throw new ConfigError(result.error.issues.map((issue) => `${file}: ${keyPath(issue.path)}: ${issue.message}`));
  const defaultInterval = result.data.defaults?.interval ?? DEFAULT_INTERVAL_MINUTES;
  const feeds = (result.data.feeds ?? []).map(
    (f): FeedConfig => ({ name: f.name, url: f.url, intervalMinutes: f.interval ?? defaultInterval, autoIngest: f.autoIngest ?? false, channels: f.channels ?? [], allowPrivate: f.allowPrivate ?? false }),
  );
  const problems: string[] = [];
  const seen = new Map<string, number>();
  feeds.forEach((feed, i) => {
    for (const key of [`url ${feed.url}`, `name ${feed.name.toLowerCase()}`]) {
      const first = seen.get(key);
      if (first !== undefined) problems.push(`${file}: feeds[${i}].${key.split(' ')[0]}: the same as feeds[${first}] — each feed needs its own ${key.split(' ')[0]}`);
      else seen.set(key, i);
    }
  });
  if (problems.length) throw new ConfigError(problems);
  return feeds;
}

/** Reads the feeds file; a missing file means no feeds. */
export async function loadFeedsConfig(path: string): Promise<FeedConfig[]> {
  if (!existsSync(path)) return [];
  return parseFeedsConfig(await readFile(path, 'utf8'), path);
}

const NEW_FILE = `# Feeds Brief watches. Items that concern a followed briefing are posted as new developments.
# Each feed: name, url, interval (5m–24h, default 15m), autoIngest (default false), channels,
# allowPrivate (default false: only public addresses are fetched; true for a feed of your own on a
# local or private address).
feeds: []
`;

/** Appends a feed to the file (creating it), keeping comments. Throws `ConfigError` on a duplicate. */
export async function addFeedToConfig(path: string, feed: { name: string; url: string; interval?: string; autoIngest?: boolean; channels?: string[]; allowPrivate?: boolean }): Promise<FeedConfig> {
  const text = existsSync(path) ? await readFile(path, 'utf8') : NEW_FILE;
  const doc = parseDocument(text);
  const entry: Record<string, unknown> = { name: feed.name, url: feed.url };
  if (feed.interval) entry.interval = feed.interval;
  if (feed.autoIngest) entry.autoIngest = true;
  if (feed.channels?.length) entry.channels = feed.channels;
  if (feed.allowPrivate) entry.allowPrivate = true;
  const list = doc.get('feeds');
  if (isSeq(list)) {
    list.flow = false;
    list.add(doc.createNode(entry));
  } else doc.set('feeds', doc.createNode([entry]));
  const next = doc.toString();
  const feeds = parseFeedsConfig(next, path);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, next);
  return feeds.find((f) => f.url === feed.url.trim())!;
}

/** The index of the feed with this URL or (case-insensitive) name, or -1. */
export function findFeed(feeds: readonly FeedConfig[], urlOrName: string): number {
  const wanted = urlOrName.trim();
  return feeds.findIndex((f) => f.url === wanted || f.name.toLowerCase() === wanted.toLowerCase());
}

/**
 * Adds (`add: true`) or removes a channel in a configured feed's `channels`, keeping the file's
 * comments. Returns the feed as it now reads, or undefined when there is no such feed.
 */
export async function setFeedChannel(path: string, urlOrName: string, channel: DeliveryTarget, add: boolean): Promise<FeedConfig | undefined> {
  if (!existsSync(path)) return undefined;
  const text = await readFile(path, 'utf8');
  const index = findFeed(parseFeedsConfig(text, path), urlOrName);
  if (index < 0) return undefined;
  const doc = parseDocument(text);
  const list = doc.get('feeds');
  const entry = isSeq(list) ? list.items[index] : undefined;
  if (!isMap(entry)) return undefined;
  const current = entry.get('channels');
  const values = isSeq(current) ? current.items.map((item) => String((item as { value?: unknown }).value ?? item)) : [];
  const kept = values.filter((value) => {
    const target = parseChannel(value);
    return !(target && sameChannel(target, channel));
  });
  const next = add ? [...kept, formatChannel(channel)] : kept;
  if (next.length) entry.set('channels', doc.createNode(next, { flow: true }));
  else entry.delete('channels');
  const out = doc.toString();
  const feeds = parseFeedsConfig(out, path);
  await writeFile(path, out);
  return feeds[index];
}

/** Removes the feed with this URL or name; returns it, or undefined when there is none. */
export async function removeFeedFromConfig(path: string, urlOrName: string): Promise<FeedConfig | undefined> {
  if (!existsSync(path)) return undefined;
  const text = await readFile(path, 'utf8');
  const feeds = parseFeedsConfig(text, path);
  const index = findFeed(feeds, urlOrName);
  if (index < 0) return undefined;
  const doc = parseDocument(text);
  const list = doc.get('feeds');
  if (!isSeq(list) || !isMap(list.items[index])) return undefined;
  list.delete(index);
  await writeFile(path, doc.toString());
  return feeds[index];
}
