import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeIncoming } from '../../src/answer/incoming.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { Responder } from '../../src/commands/responder.ts';
import type { ChatAdapter } from '../../src/chat/adapter.ts';
import type { DeliveryTarget } from '../../src/delivery/target.ts';
import { mayAnswerHints, questionDevelopments } from '../../src/feeds/answer-hints.ts';
import { renderText } from '../../src/render/text.ts';
import { libraryOfOutlines, makeLibrary } from '../helpers/briefings.ts';
import type { FeedConfig } from '../../src/feeds/config.ts';
import { FeedMatcher } from '../../src/feeds/matcher.ts';
import { FeedPoller } from '../../src/feeds/poller.ts';
import { QueueSink } from '../../src/feeds/sinks.ts';
import { Followups, type AnswerHints } from '../../src/followup/index.ts';
import { buildReminderPost } from '../../src/followup/messages.ts';
import { fold } from '../../src/briefing/text.ts';
import { createLogger } from '../../src/log.ts';
import { openStore, type SqliteStore } from '../../src/store/index.ts';
import { rss, storyBriefings } from '../helpers/feed-docs.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { loopbackEgress } from '../helpers/egress.ts';
import { ManualClock } from '../helpers/feed-sink.ts';

const library = await makeLibrary();
const storyLibrary = await libraryOfOutlines(storyBriefings());

const logger = createLogger({ level: 'silent' });
let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

/** A terminal adapter that keeps what it is given. */
class RecordingAdapter implements ChatAdapter {
  readonly platform = 'terminal' as const;
  readonly posts: Array<{ target: DeliveryTarget; reply: Reply }> = [];
  async start() {}
  async stop() {}
  async deliver(target: DeliveryTarget, reply: Reply) {
    this.posts.push({ target, reply });
  }
}

const old = [{ title: 'Valdera council debates parking fees', link: 'https://wire.test/parking', guid: 'p-1' }];
const before = { title: 'Port authority says Harbour Bridge repairs should be paid by the city, Okafor disagrees', link: 'https://wire.test/before', guid: 'b-1', description: 'Mayor Okafor said the port authority must pay for the repairs to the Harbour Bridge.' };
const after = { title: 'Okafor says the port authority will pay for Harbour Bridge repairs', link: 'https://wire.test/after', guid: 'a-1', description: 'Engineer Tomasz Brandt said the repairs will cost more than planned; Mayor Okafor said the port authority will pay.' };

describe('developments that may answer a followed question', () => {
  let running: { followups: Followups; store: SqliteStore } | undefined;
  afterEach(async () => {
    await running?.followups.stop();
    await running?.store.stop();
  });

  /** Follow-ups with the feeds' answer hints (or `hints`), on one store with the feed state. */
  function setup(hints?: AnswerHints) {
    const clock = new ManualClock();
    const adapter = new RecordingAdapter();
    const store = openStore({ url: join(mkdtempSync(join(tmpdir(), 'brief-hints-')), 'brief.db') });
    const state = store.feeds;
    const followups = new Followups({ store, library: () => storyLibrary, channels: () => [adapter], clock, logger, defaultTimeZone: 'UTC', answerHints: hints ?? mayAnswerHints(state) });
    running = { followups, store };
    const responder = new Responder({ library: () => storyLibrary, followups: followups.services });
    const feed: FeedConfig = { name: 'Valdera Wire', url: server.url('/hints.xml'), intervalMinutes: 15, autoIngest: false, channels: [], allowPrivate: false };
    const poller = new FeedPoller({ feeds: () => [feed], state, matcher: () => new FeedMatcher(storyBriefings()), sink: new QueueSink(store, clock), clock, logger, settleMinutes: 0, perHost: { gapMs: 0 }, egress: loopbackEgress() });
    return { clock, adapter, responder, state, poller, followups };
  }

  it('lists them under the question in its check-in, only those found since the channel followed', async () => {
    const { clock, adapter, responder, state, poller, followups } = setup();
    server.route('/hints.xml', { body: rss(old) });
    await poller.pollDue();
    server.route('/hints.xml', { body: rss([before, ...old]) });
    clock.advance(16);
    await poller.pollDue();

    // Three days later (past the window in which a similar item joins the earlier story).
    clock.advance(3 * 1440);
    expect(await responder.respond(makeIncoming('/brief follow bridge closure'))).toMatchObject({ kind: 'notice', title: expect.stringContaining('Following') });
    server.route('/hints.xml', { body: rss([after, before, ...old]) });
    clock.advance(16);
    await poller.pollDue();
    const developments = await state.developmentsSince(new Date(0));
    expect(developments.map((d) => [d.title, d.mayAnswer])).toEqual([
      [before.title, ['Who will pay for the repairs?']],
      [after.title, ['Who will pay for the repairs?']],
    ]);

    clock.advance(7 * 1440 - 16); // due now
    await followups.tick();
    const checkin = adapter.posts.find((p) => p.reply.kind === 'notice' && p.reply.title.startsWith('7 days on'))!.reply;
    expect(checkin).toEqual({
      kind: 'notice',
      title: '7 days on: Valdera shuts the Harbour Bridge after engineers find cracks in its main span',
      lines: [
        '• When will the Harbour Bridge reopen? Still open per the briefing.',
        '• Who will pay for the repairs? Still open per the briefing.',
        `    May be answered by: ${after.title} (Valdera Wire) https://wire.test/after`,
        'More: /brief bridge closure questions',
      ],
    });
  });

  it('still sends the check-in when the hints fail', async () => {
    const { clock, adapter, responder, followups } = setup(async () => {
      throw new Error('database is locked');
    });
    await responder.respond(makeIncoming('/brief follow bridge closure'));
    clock.advance(7 * 1440 + 1);
    await followups.tick();
    expect(adapter.posts.map((p) => p.reply.kind === 'notice' && p.reply.title)).toEqual(['7 days on: Valdera shuts the Harbour Bridge after engineers find cracks in its main span']);
  });

  it('puts the hints right under a single question', () => {
    const briefing = storyBriefings()[0]!;
    const question = briefing.questions[1]!.text;
    const reminder = { id: 3, target: { platform: 'terminal', conversation: 'terminal' }, slug: briefing.slug, kind: 'checkin', questions: [question], after: '7d', dueAt: 0, timeZone: 'UTC', state: 'queued', createdBy: 'local', createdAt: 0 } as const;
    const built = buildReminderPost({ ...reminder, questions: [question] }, briefing, { lateMs: 0, lateAfterMs: 1, answers: new Map([[fold(question), ['May be answered by: Repairs billed to the port (Valdera Wire)']]]) });
    expect(built).toEqual({
      reply: {
        kind: 'notice',
        title: '7 days on: Who will pay for the repairs?',
        lines: [`Still open per the briefing “${briefing.headline}”.`, 'May be answered by: Repairs billed to the port (Valdera Wire)', 'More: /brief bridge closure questions'],
      },
    });
  });
});

describe('open questions in /brief <topic> questions', () => {
  it('lists the developments that may answer each question, and leaves the card and other parts alone', async () => {
    const asked: Array<{ slug: string; since: Date }> = [];
    const enricher = questionDevelopments(
      async ({ slug, questions, since }) => {
        asked.push({ slug, since });
        return new Map([[fold(questions[0]!), ['May be answered by: Talks resume at Port Aldermoor (Coastal wire) https://wire.example/1']]]);
      },
      { now: () => new Date('2026-04-30T00:00:00Z') },
    );
    const responder = new Responder({ library: () => library, enrichers: [enricher] });
    const reply = await responder.respond(makeIncoming('/brief strike questions'));
    expect(reply.kind === 'briefing' && reply.briefing.questions[0]!.developments).toEqual(['May be answered by: Talks resume at Port Aldermoor (Coastal wire) https://wire.example/1']);
    expect(asked).toEqual([{ slug: 'harbour-strike', since: new Date('2026-03-31T00:00:00Z') }]);
    expect(renderText(reply)).toContain('    ↳ May be answered by: Talks resume at Port Aldermoor (Coastal wire) https://wire.example/1');
    const card = await responder.respond(makeIncoming('/brief strike'));
    expect(card.kind === 'briefing' && card.briefing.questions[0]!.developments).toBeUndefined();
  });

  it('answers as before when looking the developments up fails', async () => {
    const errors: unknown[] = [];
    const failing = questionDevelopments(async () => {
      throw new Error('database is locked');
    });
    const responder = new Responder({ library: () => library, onError: (e) => errors.push(e), enrichers: [failing] });
    const reply = await responder.respond(makeIncoming('/brief strike questions'));
    expect(reply).toMatchObject({ kind: 'briefing', part: 'questions' });
    expect(errors).toHaveLength(1);
  });
});
