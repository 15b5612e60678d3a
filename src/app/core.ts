/**
 * Wires the core from its collaborators, each passed to a constructor: the briefings, the store,
 * follow-ups, the feed watcher and the responder that answers through the commands. Nothing is
 * wired by mutation after construction, and nothing starts here: the caller starts `parts()` in
 * order. `buildHouse` (house.ts) makes the collaborators from settings; tests pass their own.
 */
import type { Library } from '../briefing/library.ts';
import { ConversationMemory } from '../commands/conversations.ts';
import { Responder, type ResponderOptions } from '../commands/responder.ts';
import type { DeliveryChannel } from '../delivery/channel.ts';
import { mayAnswerHints, questionDevelopments } from '../feeds/answer-hints.ts';
import { feedsDigestSection } from '../feeds/digest-section.ts';
import type { Egress } from '../net/egress.ts';
import { FeedsConfigFile, FeedWatcher, matcherFor } from '../feeds/index.ts';
import type { FeedConfig } from '../feeds/config.ts';
import type { DraftIngestOptions } from '../feeds/ingest.ts';
import { FeedPoller, type PollerOptions } from '../feeds/poller.ts';
import { QueueSink } from '../feeds/sinks.ts';
import type { FeedItem } from '../feeds/types.ts';
import { Followups, type ConfiguredDigest, type FollowupsOptions } from '../followup/index.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../ops/metrics.ts';
import type { RateLimiter } from '../ops/rate-limit.ts';
import type { BriefStore } from '../store/types.ts';
import type { Clock } from '../time/clock.ts';
import { pageLinkEnricher } from '../pages/enricher.ts';
import { reviewServices, type PagesWiring } from './pages.ts';
import type { Part } from './part.ts';

/** What the core is made of. */
export interface CoreInputs {
  /** The briefings (a `BriefingCatalog`, which is also a part, or a fixed library in tests). */
  catalog: { library(): Library } & Partial<Part>;
  store: BriefStore;
  clock: Clock;
  logger: Logger;
  /** Prometheus metrics (the running bot); one-shot commands keep none, and do not load prom-client. */
  metrics?: Metrics;
  /** The default time zone for reminders and digests. */
  timeZone: string;
  digests?: readonly ConfiguredDigest[];
  /** `platform:user` ids who may add and remove feeds in chat. */
  feedAdmins?: readonly string[];
  /** config/feeds.yaml. */
  feedsConfigPath: string;
  /** Where auto-ingested drafts are written (no auto-ingest without it). */
  briefingsDir?: string;
  /** The chat channels deliveries go to (the running adapters). */
  channels: () => readonly DeliveryChannel[];
  limiter?: RateLimiter;
  /** The one way out for everything the bot fetches on its own (tests resolve names to loopback through it). */
  egress: Egress;
  scheduling?: FollowupsOptions['scheduling'];
  followupTickMs?: number;
  poller?: Partial<Omit<PollerOptions, 'feeds' | 'state' | 'matcher' | 'sink' | 'clock' | 'logger' | 'egress' | 'ingest' | 'onPoll'>>;
  feedTickMs?: number;
  /** The briefing pages: links in replies and `/brief review` (absent: no page links, no review). */
  pages?: PagesWiring;
}

/** The wired core. */
export interface Core {
  catalog: CoreInputs['catalog'];
  store: BriefStore;
  followups: Followups;
  poller: FeedPoller;
  feeds: FeedWatcher;
  responder: Responder;
  metrics?: Metrics;
  egress: Egress;
}

/** Builds the core; starts nothing. */
export function wireCore(inputs: CoreInputs): Core {
  const { catalog, store, clock, logger, metrics, egress } = inputs;
  const library = () => catalog.library();
  const feedState = store.feeds;
  const hints = mayAnswerHints(feedState);

  const followups = new Followups({
    store,
    library,
    channels: inputs.channels,
    clock,
    logger,
    defaultTimeZone: inputs.timeZone,
    ...(inputs.digests ? { digests: inputs.digests } : {}),
    sections: [feedsDigestSection(feedState)],
    answerHints: hints,
    ...(inputs.followupTickMs !== undefined ? { tickMs: inputs.followupTickMs } : {}),
    scheduling: { onDelivery: ({ outcome }) => metrics?.deliveries.inc({ outcome }), ...inputs.scheduling },
  });

  const config = new FeedsConfigFile(inputs.feedsConfigPath, logger);
  const poller = new FeedPoller({
    ...inputs.poller,
    feeds: () => config.feeds,
    state: feedState,
    matcher: matcherFor(library),
    // Feeds post new developments through the same exactly-once queue as reminders.
    sink: new QueueSink(store, clock),
    clock,
    logger,
    onPoll: (outcome) => metrics?.feedPolls.inc({ outcome }),
    egress,
    ...(inputs.briefingsDir ? { ingest: lazyIngester({ dir: inputs.briefingsDir, logger, clock, egress }) } : {}),
  });
  const feeds = new FeedWatcher({ config, poller, state: feedState, clock, logger, ...(inputs.feedTickMs !== undefined ? { tickMs: inputs.feedTickMs } : {}) });

  const responder = new Responder({
    library,
    conversations: new ConversationMemory({ clock }),
    followups: followups.services,
    feeds: {
      configPath: inputs.feedsConfigPath,
      state: feedState,
      poller,
      admins: inputs.feedAdmins ?? [],
    },
    // `/brief <topic> questions` lists developments that may answer each question, as check-ins do;
    // cards link to their page where the reader can open it.
    enrichers: [questionDevelopments(hints, { now: () => clock.now() }), ...(inputs.pages ? [pageLinkEnricher(inputs.pages.links, inputs.pages.policy)] : [])],
    ...(inputs.pages ? { pages: reviewServices(inputs.pages, inputs.channels) } : {}),
    ...(inputs.limiter ? { limiter: inputs.limiter } : {}),
    ...reporting(logger, metrics),
  });
  return { catalog, store, followups, poller, feeds, responder, egress, ...(metrics ? { metrics } : {}) };
}

/** The auto-ingester, loaded with the first draft: it parses HTML, which `brief ask` never needs. */
function lazyIngester(options: DraftIngestOptions): (item: FeedItem, feed: FeedConfig) => Promise<void> {
  let ingester: Promise<(item: FeedItem, feed: FeedConfig) => Promise<void>> | undefined;
  return async (item, feed) => (await (ingester ??= import('../feeds/ingest.ts').then((m) => m.draftIngester(options))))(item, feed);
}

/** What the responder tells logs and metrics about each command. */
function reporting(logger: Logger, metrics: Metrics | undefined): Pick<ResponderOptions, 'onResponse' | 'onError' | 'onLimited'> {
  return {
    onResponse: ({ id, incoming, intent, reply, ms }) => {
      metrics?.commands.inc({ intent: intent.kind, platform: incoming.platform });
      metrics?.answerSeconds.observe({ intent: intent.kind }, ms / 1000);
      logger.info({ cmd: id, platform: incoming.platform, conversation: incoming.conversation, intent: intent.kind, reply: reply.kind, ms: Math.round(ms * 100) / 100 }, 'answered');
    },
    onError: (error, incoming, id) => logger.error({ cmd: id, err: error, platform: incoming.platform, conversation: incoming.conversation }, 'answer failed'),
    onLimited: (incoming, scope) => {
      metrics?.rateLimited.inc({ scope });
      logger.warn({ platform: incoming.platform, conversation: incoming.conversation, user: incoming.user, scope }, 'rate limited');
    },
  };
}
