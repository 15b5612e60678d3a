/**
 * `brief feeds test|list|add|remove`. `test <url>` (contract): fetch and parse one feed now and
 * print each item's title with the briefings it would be posted under; a feed that cannot be
 * read gives one line and exit 1, never a stack trace. Every subcommand builds the same core as
 * the bot (the one composition root) and starts only what it needs: the briefings, or the store.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { answeringParts, buildHouse, egressPart, withParts } from '../app/house.ts';
import type { Core } from '../app/core.ts';
import type { Part } from '../app/part.ts';
import { formatChannel, parseChannel } from '../delivery/target.ts';
import { ConfigError, describeError } from '../errors.ts';
import { addFeedToConfig, loadFeedsConfig, parseInterval, removeFeedFromConfig } from '../feeds/config.ts';
import type { DecodedBody } from '../net/charset.ts';
import { Egress } from '../net/egress.ts';
import type { FetchFn } from '../net/fetch.ts';
import { fetchFeed, FeedFetchError } from '../feeds/fetch.ts';
import { buildMatcher } from '../feeds/index.ts';
import { describeMatch } from '../feeds/matcher.ts';
import { readFeedBody } from '../feeds/read.ts';
import type { ParsedFeed } from '../feeds/types.ts';
import type { CommandContext } from './context.ts';

type SetExit = (code: number) => void;

/** The charset line of `brief feeds test`: what was used, and what was declared but not believed. */
function describeEncoding(decoded: DecodedBody): string {
  const how = decoded.from === 'detected' ? ' (guessed: nothing declared it)' : decoded.from === 'fallback' && !decoded.overrode ? ' (nothing declared it; read as the usual legacy charset)' : '';
  const over = decoded.overrode ? ` (declared ${decoded.overrode}, but the bytes are not ${decoded.overrode})` : '';
  return `${decoded.encoding}${how}${over}${decoded.malformed ? ', with bytes invalid in it shown as �' : ''}`;
}

/** `brief feeds add`'s options. */
interface AddOptions {
  config?: string;
  name?: string;
  interval?: string;
  channel?: string[];
  autoIngest?: boolean;
  allowPrivate?: boolean;
}

/** Fetches (or reads, for a local file) and parses one feed. */
async function readFeed(source: string, cwd: string, fetch: FetchFn): Promise<{ feed: ParsedFeed; encoding: string; url: string }> {
  if (!/^https?:\/\//i.test(source)) {
    const path = resolve(cwd, source);
    if (!existsSync(path)) throw new FeedFetchError(source, 'network', 'not an http(s) address, and no such file');
    const { feed, decoded } = await readFeedBody({ body: await readFile(path) });
    return { feed, encoding: describeEncoding(decoded), url: path };
  }
  const fetched = await fetchFeed(source, { fetch });
  if (fetched.status !== 'ok') throw new FeedFetchError(source, 'http', 'the server answered 304 Not Modified to an unconditional request');
  const { feed, decoded } = await readFeedBody(fetched);
  return { feed, encoding: describeEncoding(decoded), url: fetched.url };
}

function reasonOf(error: unknown): string {
  if (error instanceof FeedFetchError) return error.reason;
  return describeError(error).split('\n')[0]!;
}

async function runTest(url: string, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const house = buildHouse(ctx.settings(), ctx.logger('error'), { watch: false });
  return withParts(answeringParts(house), async () => {
    let result: Awaited<ReturnType<typeof readFeed>>;
    try {
      // The operator's own check: any address, so a feed of theirs inside the network can be tested too.
      result = await readFeed(url, io.cwd, house.egress.anyAddress);
    } catch (error) {
      io.stderr.write(`brief feeds test: ${url}: ${reasonOf(error)}\n`);
      return 1;
    }
    const matcher = await buildMatcher(house.catalog.library());
    const { feed } = result;
    const n = feed.items.length;
    io.stdout.write(`${feed.title ?? url} — ${n} item${n === 1 ? '' : 's'}, ${result.encoding}${feed.ttlMinutes ? `, ttl ${feed.ttlMinutes} min` : ''}${feed.notes.length ? ` (${feed.notes.join('; ')})` : ''}\n`);
    for (const item of feed.items) {
      io.stdout.write(`• ${item.title}${item.author ? ` — by ${item.author}` : ''}${item.published ? `  [${item.published.slice(0, 10)}]` : ''}\n`);
      const matches = matcher.match(item);
      if (matches.length === 0) io.stdout.write('    → matches no briefing\n');
      for (const m of matches) {
        io.stdout.write(`    → ${m.slug} — ${describeMatch(m)}${m.mayAnswer.length ? `; may answer: ${m.mayAnswer.join(' | ')}` : ''}\n`);
      }
    }
    return 0;
  });
}

/** Runs `work` with the house's store open: the feed state the bot keeps. */
function withStore<T>(ctx: CommandContext, work: (house: Core) => Promise<T>): Promise<T> {
  const house = buildHouse(ctx.settings(), ctx.logger('error'), { watch: false });
  const store: Part = house.store;
  return withParts([store, egressPart(house)], () => work(house));
}

function configPathOf(ctx: CommandContext, opts: { config?: string }): string {
  return resolve(ctx.io.cwd, opts.config ?? 'config/feeds.yaml');
}

function when(iso: string | undefined): string {
  return iso ? iso.replace('T', ' ').slice(0, 16) + 'Z' : 'never';
}

async function runList(ctx: CommandContext, opts: { config?: string }): Promise<number> {
  const { io } = ctx;
  const feeds = await loadFeedsConfig(configPathOf(ctx, opts));
  if (feeds.length === 0) {
    io.stdout.write('No feeds configured. Add one with `brief feeds add <url>`.\n');
    return 0;
  }
  return withStore(ctx, async (house) => {
    for (const feed of feeds) {
      const s = await house.store.feeds.getFeed(feed.url);
      io.stdout.write(`${feed.name} — ${feed.url}\n`);
      io.stdout.write(`    every ${feed.intervalMinutes} min${s?.ttlMinutes ? ` (feed ttl ${s.ttlMinutes} min)` : ''}${feed.autoIngest ? ', auto-ingest' : ''}${feed.channels.length ? `, channels ${feed.channels.map(formatChannel).join(', ')}` : ''}\n`);
      if (!s) {
        io.stdout.write('    not polled yet\n');
        continue;
      }
      const status = s.failures ? `failing (${s.failures} in a row since ${when(s.failingSince)})` : 'ok';
      io.stdout.write(`    ${status}; last success ${when(s.lastSuccessAt)}; last error ${s.lastError ? `${when(s.lastErrorAt)}: ${s.lastError}` : 'none'}; next poll ${when(s.nextPollAt)}${s.itemCount !== undefined ? `; ${s.itemCount} items` : ''}\n`);
    }
    return 0;
  });
}

async function runAdd(url: string, ctx: CommandContext, opts: AddOptions): Promise<number> {
  const { io } = ctx;
  for (const channel of opts.channel ?? []) {
    if (!parseChannel(channel)) {
      io.stderr.write(`brief feeds add: \`${channel}\` is not a channel — write <platform>:<channel id>, e.g. slack:C0123ABCD\n`);
      return 2;
    }
  }
  if (opts.interval && parseInterval(opts.interval) === undefined) {
    io.stderr.write(`brief feeds add: \`${opts.interval}\` is not an interval — write 15m, 2h or 1d\n`);
    return 2;
  }
  let title: string | undefined;
  let fetchProblem: string | undefined;
  const egress = new Egress();
  try {
    title = (await readFeed(url, io.cwd, opts.allowPrivate ? egress.anyAddress : egress.public)).feed.title;
  } catch (error) {
    if (error instanceof FeedFetchError && error.kind === 'refused') {
      io.stderr.write(`brief feeds add: ${error.reason}. Nothing was added.\n`);
      return 1;
    }
    fetchProblem = reasonOf(error);
  } finally {
    await egress.close();
  }
  const path = configPathOf(ctx, opts);
  const feed = await addFeedToConfig(path, {
    name: opts.name ?? title ?? new URL(url).host,
    url,
    ...(opts.interval ? { interval: opts.interval } : {}),
    ...(opts.autoIngest ? { autoIngest: true } : {}),
    ...(opts.channel?.length ? { channels: opts.channel } : {}),
    ...(opts.allowPrivate ? { allowPrivate: true } : {}),
  });
  io.stdout.write(`Added “${feed.name}” (${feed.url}) to ${path}, polled every ${feed.intervalMinutes} min.\n`);
  if (fetchProblem) {
    io.stdout.write(`It could not be read just now (${fetchProblem}); its items will be recorded without posting on the first poll that works.\n`);
    return 0;
  }
  // Record what the feed holds now, so none of it is posted as new: whatever state an earlier life
  // of this address left is dropped first, so this poll is a baseline.
  return withStore(ctx, async (house) => {
    await house.store.feeds.removeFeed(feed.url);
    const outcome = await house.poller.pollFeed(feed);
    if (outcome.status === 'baseline') io.stdout.write(`Recorded its ${outcome.items} current item${outcome.items === 1 ? '' : 's'} without posting them; only new items will be posted.\n`);
    return 0;
  });
}

async function runRemove(which: string, ctx: CommandContext, opts: { config?: string }): Promise<number> {
  const { io } = ctx;
  const removed = await removeFeedFromConfig(configPathOf(ctx, opts), which);
  if (!removed) {
    io.stderr.write(`brief feeds remove: no feed with the address or name “${which}” — see \`brief feeds list\`\n`);
    return 1;
  }
  await withStore(ctx, (house) => house.store.feeds.removeFeed(removed.url));
  io.stdout.write(`Removed “${removed.name}” (${removed.url}).\n`);
  return 0;
}

/** Registers `brief feeds …` (one entry in EXTRA_COMMANDS). */
export function registerFeedsCommand(program: Command, ctx: CommandContext, setExit: SetExit): void {
  const guard = (run: () => Promise<number>) => async () => {
    try {
      setExit(await run());
    } catch (error) {
      if (error instanceof ConfigError) {
        for (const problem of error.problems) ctx.io.stderr.write(`${problem}\n`);
        setExit(1);
        return;
      }
      ctx.io.stderr.write(`brief feeds: ${reasonOf(error)}\n`);
      setExit(1);
    }
  };
  const feeds = program.command('feeds').description('watch RSS and Atom feeds for new developments on followed briefings');
  feeds
    .command('test')
    .description('fetch and parse one feed now; print each item and the briefings it would be posted under')
    .argument('<url>', 'the feed address (or a local file)')
    .action((url: string) => guard(() => runTest(url, ctx))());
  feeds
    .command('list')
    .description('the configured feeds with their poll state: last success, last error, next poll')
    .option('--config <path>', 'the feeds file (default config/feeds.yaml)')
    .action((opts: { config?: string }) => guard(() => runList(ctx, opts))());
  feeds
    .command('add')
    .description('add a feed; its current items are recorded without posting')
    .argument('<url>', 'the feed address')
    .option('--name <name>', 'what to call it (default: the feed title)')
    .option('--interval <duration>', 'how often to poll: 15m, 2h … (default 15m)')
    .option('--channel <channel...>', 'channels that depend on it, e.g. slack:C0123ABCD')
    .option('--auto-ingest', 'turn its items that match no briefing into draft briefings')
    .option('--allow-private', 'the feed is your own, on a local or private address: let the bot fetch it there')
    .option('--config <path>', 'the feeds file (default config/feeds.yaml)')
    .action((url: string, opts: AddOptions) => guard(() => runAdd(url, ctx, opts))());
  feeds
    .command('remove')
    .description('stop watching a feed (by address or name) and forget its state')
    .argument('<feed>', 'the feed address or name')
    .option('--config <path>', 'the feeds file (default config/feeds.yaml)')
    .action((which: string, opts: { config?: string }) => guard(() => runRemove(which, ctx, opts))());
}
