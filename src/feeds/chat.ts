/**
 * The chat side of feeds: `/brief feeds` (open to everyone) lists the watched feeds with their
 * poll state; `/brief feeds add <url> [name] [every 30m]` and `/brief feeds remove <url|name>`
 * (channel admins) edit config/feeds.yaml. Adding fetches and parses the feed once — a feed that
 * cannot be read gets a one-line reason and nothing is written — records its current items without
 * posting them, and subscribes the channel to the feed's posts.
 * Its grammar and help line are in src/commands/feeds.ts.
 */
import type { Incoming } from '../answer/incoming.ts';
import type { Reply } from '../answer/reply.ts';
import { formatChannel, sameChannel, type DeliveryTarget } from '../delivery/target.ts';
import { ConfigError, describeError } from '../errors.ts';
import { addFeedToConfig, findFeed, loadFeedsConfig, parseInterval, removeFeedFromConfig, setFeedChannel, type FeedConfig } from './config.ts';
import type { FeedPoller } from './poller.ts';
import type { FeedStateStore } from './state.ts';

export interface FeedChatDeps {
  /** config/feeds.yaml. */
  configPath: string;
  state: FeedStateStore;
  /** The running poller: adding a feed polls it once through it, so its state is the watcher's. */
  poller: Pick<FeedPoller, 'pollFeed'>;
  /** `platform:user` ids that may add and remove any feed (settings `feeds.admins`). */
  admins?: readonly string[];
}

/** `/brief feeds`, `/brief feeds add <url> [name] [every 30m]`, `/brief feeds remove <url|name>`. */
export type FeedsIntent =
  | { kind: 'feeds'; action: 'list' }
  | { kind: 'feeds'; action: 'add'; url: string; name?: string; every?: string }
  | { kind: 'feeds'; action: 'remove'; feed: string };

const error = (code: 'bad_argument' | 'not_found' | 'forbidden', message: string): Reply => ({ kind: 'error', code, message });
const notice = (title: string, lines: string[]): Reply => ({ kind: 'notice', title, lines });

/** The channel a command came from; feed posts go to the channel, not a thread in it. */
function channelOf(incoming: Incoming): DeliveryTarget {
  return { platform: incoming.platform, conversation: incoming.conversation, ...(incoming.team ? { team: incoming.team } : {}) };
}

function when(iso: string | undefined): string {
  return iso ? `${iso.replace('T', ' ').slice(0, 16)}Z` : 'never';
}

/** "every 30 minutes", "2 hours", "1d" → the `15m`/`2h`/`1d` form config/feeds.yaml takes. */
export function intervalWords(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^(\d+(?:\.\d+)?)\s*(?:minutes?|mins?)$/, '$1m')
    .replace(/^(\d+(?:\.\d+)?)\s*(?:hours?|hrs?)$/, '$1h')
    .replace(/^(\d+(?:\.\d+)?)\s*days?$/, '$1d')
    .replace(/^(?:an?\s+)?hour$/, '1h')
    .replace(/^(?:a\s+)?day$/, '1d');
}

/** The feed-changing commands are for the terminal, `feeds.admins` and Discord channel managers. */
function mayChange(incoming: Incoming, admins: readonly string[]): { ok: true; everywhere: boolean } | { ok: false } {
  const listed = admins.includes(`${incoming.platform}:${incoming.user}`);
  if (incoming.platform === 'terminal' || listed) return { ok: true, everywhere: true };
  return incoming.admin ? { ok: true, everywhere: false } : { ok: false };
}

function refusal(incoming: Incoming, admins: readonly string[], verb: string): Reply {
  const here = admins.filter((a) => a.startsWith(`${incoming.platform}:`)).slice(0, 5);
  const who =
    incoming.platform === 'discord'
      ? 'people who can manage this channel or server (Manage Channels, Manage Server or Administrator)'
      : 'the admins listed in the `feeds.admins` setting (Slack cannot tell Brief who manages a channel)';
  const listed = here.length ? `: ${here.join(', ')}` : incoming.platform === 'discord' ? '' : ' — none are listed yet; whoever runs Brief can add you';
  return error('forbidden', `Only channel admins can ${verb} feeds. Here that means ${who}${listed}. Anyone can see the list with \`/brief feeds\`. Nothing was changed.`);
}

/** The feeds command's work: one config edit at a time, so two adds never write over each other. */
class FeedChat {
  private editing: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: FeedChatDeps) {}

  async handle(intent: FeedsIntent, incoming: Incoming): Promise<Reply> {
    if (intent.action === 'list') return this.list(incoming);
    const admins = this.deps.admins ?? [];
    const allowed = mayChange(incoming, admins);
    if (!allowed.ok) return refusal(incoming, admins, intent.action);
    return intent.action === 'add' ? this.add(intent, incoming) : this.remove(intent, incoming, allowed.everywhere);
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.editing.then(work);
    this.editing = next.catch(() => undefined);
    return next;
  }

  private async load(): Promise<FeedConfig[] | Reply> {
    try {
      return await loadFeedsConfig(this.deps.configPath);
    } catch (e) {
      const problem = e instanceof ConfigError ? e.problems[0] : describeError(e);
      return error('bad_argument', `The feeds file has a problem, so nothing can be changed from chat until it is fixed: ${problem}`);
    }
  }

  private async list(incoming: Incoming): Promise<Reply> {
    const feeds = await this.load();
    if (!Array.isArray(feeds)) return feeds;
    const here = channelOf(incoming);
    const items = [];
    for (const feed of feeds) {
      const s = await this.deps.state.getFeed(feed.url);
      const status = !s ? 'not polled yet' : s.failures ? `failing (${s.failures} in a row since ${when(s.failingSince)})` : 'ok';
      const channels = feed.channels.map((c) => (sameChannel(c, here) ? 'this channel' : formatChannel(c)));
      const detail = [
        `every ${feed.intervalMinutes} min${feed.autoIngest ? ', auto-ingest' : ''}`,
        status,
        `last success ${when(s?.lastSuccessAt)}`,
        `last error ${s?.lastError ? `${when(s.lastErrorAt)}: ${s.lastError}` : 'none'}`,
        `next poll ${s ? when(s.nextPollAt) : 'soon'}`,
        `posts to ${channels.length ? channels.join(', ') : 'no channel of its own'} and to channels following a matching briefing`,
      ].join(' · ');
      items.push({ text: `${feed.name} — ${feed.url}`, detail });
    }
    return { kind: 'list', title: `Watched feeds (${feeds.length})`, items, empty: 'No feeds are watched. A channel admin can add one with `/brief feeds add <url>`.' };
  }

  private async add(intent: Extract<FeedsIntent, { action: 'add' }>, incoming: Incoming): Promise<Reply> {
    const url = intent.url.trim();
    if (!url) return error('bad_argument', 'Give the feed’s address, e.g. `/brief feeds add https://example.org/news.rss Regional wire every 30m`.');
    let host: string;
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http');
      host = parsed.host;
    } catch {
      return error('bad_argument', `\`${url}\` is not a web address — give the feed’s http(s) address, e.g. \`/brief feeds add https://example.org/news.rss\`.`);
    }
    const interval = intent.every ? intervalWords(intent.every) : undefined;
    if (interval !== undefined) {
      const minutes = parseInterval(interval);
      if (minutes === undefined) return error('bad_argument', `\`every ${intent.every}\` is not an interval — write \`every 30m\`, \`every 2h\` or \`every 1d\`.`);
      if (minutes < 5 || minutes > 1440) return error('bad_argument', `\`every ${intent.every}\` is out of range — feeds are polled every 5m to 24h (be polite to publishers).`);
    }
    const here = channelOf(incoming);
    return this.serially(async () => {
      const feeds = await this.load();
      if (!Array.isArray(feeds)) return feeds;
      const existing = feeds.find((f) => f.url === url);
      if (existing) {
        if (existing.allowPrivate) {
          // The operator's own feed may read inside the network; only the operator chooses where it posts.
          return error('forbidden', `${existing.url} is a feed the operator marked as their own (on a local or private address), so only they can choose the channels it posts to — ask whoever runs Brief to add this channel with \`brief feeds add\` or in config/feeds.yaml. Nothing was changed.`);
        }
        if (existing.channels.some((c) => sameChannel(c, here))) return notice(`“${existing.name}” already posts here`, [`${existing.url}, every ${existing.intervalMinutes} min. See /brief feeds.`]);
        await setFeedChannel(this.deps.configPath, existing.url, here, true);
        return notice(`“${existing.name}” now also posts here`, [`${existing.url} was already watched; its name and interval stay as configured.`, `Stop with /brief feeds remove ${existing.name}`]);
      }
      const taken = (name: string) => findFeed(feeds, name) >= 0;
      if (intent.name && taken(intent.name)) return error('bad_argument', `There is already a feed named “${intent.name}” — pick another name. Nothing was changed.`);

      // Fetch and parse once. Whatever state an earlier, unconfigured life of this URL left is
      // dropped first, so this poll only records the current items and posts none of them.
      await this.deps.state.removeFeed(url);
      // A feed added from chat is never `allowPrivate`: the trial, like every later poll, reaches public addresses only.
      const trial: FeedConfig = { name: intent.name ?? host, url, intervalMinutes: interval ? parseInterval(interval)! : 15, autoIngest: false, channels: [here], allowPrivate: false };
      const outcome = await this.deps.poller.pollFeed(trial);
      if (outcome.status === 'failed') {
        await this.deps.state.removeFeed(url);
        return error('bad_argument', `Could not add ${url}: ${outcome.reason}. Nothing was changed.`);
      }
      const title = (await this.deps.state.getFeed(url))?.title;
      const name = intent.name ?? (title && !taken(title) ? title : title ? `${title} (${host})` : host);
      let feed: FeedConfig;
      try {
        feed = await addFeedToConfig(this.deps.configPath, { name, url, ...(interval ? { interval } : {}), channels: [formatChannel(here)] });
      } catch (e) {
        await this.deps.state.removeFeed(url);
        return error('bad_argument', `Could not add ${url}: ${e instanceof ConfigError ? e.problems[0] : describeError(e)}. Nothing was changed.`);
      }
      const items = outcome.status === 'baseline' ? outcome.items : undefined;
      return notice(`Watching “${feed.name}” here`, [
        feed.url,
        `Polled every ${feed.intervalMinutes} min. ${items !== undefined ? `Its ${items} current item${items === 1 ? ' was' : 's were'} recorded without posting; ` : ''}new items that concern a briefing are posted here and to the channels following that briefing.`,
        `See /brief feeds · stop with /brief feeds remove ${feed.name}`,
      ]);
    });
  }

  private async remove(intent: Extract<FeedsIntent, { action: 'remove' }>, incoming: Incoming, everywhere: boolean): Promise<Reply> {
    const which = intent.feed.trim();
    if (!which) return error('bad_argument', 'Say which feed, by address or name, e.g. `/brief feeds remove Regional wire`. `/brief feeds` lists them.');
    const here = channelOf(incoming);
    return this.serially(async () => {
      const feeds = await this.load();
      if (!Array.isArray(feeds)) return feeds;
      const feed = feeds[findFeed(feeds, which)];
      if (!feed) return error('not_found', `No feed has the address or name “${which}”. \`/brief feeds\` lists the watched feeds.`);
      const postsHere = feed.channels.some((c) => sameChannel(c, here));
      const others = feed.channels.filter((c) => !sameChannel(c, here));
      if (others.length && postsHere) {
        await setFeedChannel(this.deps.configPath, feed.url, here, false);
        return notice(`“${feed.name}” no longer posts here`, [`It still posts to ${others.length} other channel${others.length === 1 ? '' : 's'}, so it stays watched.`]);
      }
      if (others.length && !everywhere) {
        return error('forbidden', `“${feed.name}” posts to other channels, not this one, so it can only be removed there or by an admin listed in \`feeds.admins\`. Nothing was changed.`);
      }
      await removeFeedFromConfig(this.deps.configPath, feed.url);
      await this.deps.state.removeFeed(feed.url);
      return notice(`Stopped watching “${feed.name}”`, [`${feed.url} is no longer polled and its state is forgotten.`]);
    });
  }
}

/** The handler of the feeds command. */
export function feedsHandler(deps: FeedChatDeps): (intent: FeedsIntent, incoming: Incoming) => Promise<Reply> {
  const chat = new FeedChat(deps);
  return (intent, incoming) => chat.handle(intent, incoming);
}
