/**
 * Test data and a harness for follow-ups: short briefings written for these tests, a recording chat
 * adapter standing in for the terminal, and a bot core wired to a SQLite file in a temp folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { makeIncoming, type Incoming, type Platform } from '../../src/answer/incoming.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { Responder } from '../../src/commands/responder.ts';
import { noExtraction } from '../../src/briefing/build.ts';
import type { Library } from '../../src/briefing/library.ts';
import { libraryOf } from '../helpers/briefings.ts';
import { loadBriefingText } from '../../src/briefing/loader.ts';
import type { Briefing } from '../../src/briefing/model.ts';
import type { ChatAdapter } from '../../src/chat/adapter.ts';
import type { DeliveryTarget } from '../../src/delivery/target.ts';
import type { DeliveryChannel } from '../../src/delivery/channel.ts';
import { Followups, type FollowupsOptions, type TickReport } from '../../src/followup/index.ts';
import { openStore, type SqliteStore } from '../../src/store/index.ts';
import { renderText } from '../../src/render/text.ts';
import type { Clock } from '../../src/time/clock.ts';
import { FakeClock } from '../helpers/clock.ts';

/** A curated briefing with open questions, one with its own check-in interval, and a follow-up. */
export const RESERVOIR = `---
slug: lakeside-water-rationing
aliases: [rationing, water rationing]
headline: Lakeside imposes water rationing as reservoir falls to record low
source: { name: Valley Courier, published: 2026-03-20 }
actors:
  - name: Irene Castellanos
    aliases: [Castellanos]
    kind: person
    role: mayor of Lakeside
  - name: Lakeside Water Board
    aliases: [the water board]
    kind: org
    role: operator of the Harlow reservoir
questions:
  - text: How long will rationing last?
    why: The water board gave no end date.
  - text: Will farms be exempted?
    followUpAfter: 3d
followups:
  - after: 14d
    note: Check whether the spring rains refilled the Harlow reservoir.
---
Lakeside will ration tap water from Monday after the Harlow reservoir fell to its lowest level on record, Mayor Irene Castellanos said on Friday.

The water board gave no end date for the measures. Farmers asked whether they would be exempted; the board did not say.
`;

/** A second briefing with no questions and no follow-ups. */
export const TRAM = `---
slug: tram-line-opening
aliases: [tram]
headline: New tram line opens between the old town and the university
---
The new tram line opened on Saturday, linking the old town with the university campus in twelve minutes.

City officials said ridership would be reviewed after the first month.
`;

export function makeBriefing(text: string, path = 'briefings/test.md'): Briefing {
  const result = loadBriefingText(path, text, noExtraction);
  if (!result.briefing) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.briefing;
}

export function makeLibrary(...texts: string[]): Promise<Library> {
  return libraryOf(Object.fromEntries((texts.length ? texts : [RESERVOIR, TRAM]).map((t, i) => [`briefings/b${i}.md`, t])));
}

/** A chat adapter that records what it is sent, as the terminal would show it. Can be told to fail. */
export class RecordingAdapter implements ChatAdapter {
  readonly delivered: Array<{ target: DeliveryTarget; reply: Reply; text: string }> = [];
  /** Called before each delivery; throw from it to make the delivery fail. */
  beforeDeliver?: (target: DeliveryTarget, reply: Reply) => void | Promise<void>;
  attempts = 0;

  constructor(readonly platform: Platform = 'terminal') {}

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async deliver(target: DeliveryTarget, reply: Reply): Promise<void> {
    this.attempts++;
    await this.beforeDeliver?.(target, reply);
    this.delivered.push({ target, reply, text: renderText(reply) });
  }

  texts(): string[] {
    return this.delivered.map((d) => d.text);
  }
}

export const silentLogger = () => pino({ level: 'silent' });

export function tempDbPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'brief-followup-')), 'data', 'brief.db');
}

/** The follow-ups part with its store, started and stopped together (the store opens at once). */
export interface FollowupsUnderTest extends Pick<Followups, 'scheduler' | 'outbox' | 'post'> {
  store: SqliteStore;
  part: Followups;
  start(): Promise<void>;
  stop(): Promise<void>;
  tick(): Promise<TickReport>;
}

/** Follow-ups and a responder answering through them, wired as the composition root wires them. */
export function makeFollowups(
  options: { dbPath: string; library: () => Library; channels: () => readonly DeliveryChannel[]; clock: Clock; timeZone: string } & Partial<Pick<FollowupsOptions, 'scheduling' | 'digests' | 'sections' | 'tickMs'>>,
): { followups: FollowupsUnderTest; responder: Responder } {
  const store = openStore({ url: options.dbPath });
  const part = new Followups({
    store,
    library: options.library,
    channels: options.channels,
    clock: options.clock,
    logger: silentLogger(),
    defaultTimeZone: options.timeZone,
    ...(options.scheduling ? { scheduling: options.scheduling } : {}),
    ...(options.digests ? { digests: options.digests } : {}),
    ...(options.sections ? { sections: options.sections } : {}),
    ...(options.tickMs !== undefined ? { tickMs: options.tickMs } : {}),
  });
  const followups: FollowupsUnderTest = {
    store,
    part,
    scheduler: part.scheduler,
    outbox: part.outbox,
    post: (target, reply, key) => part.post(target, reply, key),
    start: async () => {
      await store.start();
      await part.start();
    },
    stop: async () => {
      await part.stop();
      await store.stop();
    },
    tick: () => part.tick(),
  };
  return { followups, responder: new Responder({ library: options.library, followups: part.services }) };
}

export interface Harness {
  clock: FakeClock;
  adapter: RecordingAdapter;
  responder: Responder;
  followups: FollowupsUnderTest;
  dbPath: string;
  /** Swap the briefings the bot knows (a curator edited a file). */
  setLibrary(library: Library): void;
  /** Sends a message as the terminal user and returns the reply with its rendered text. */
  ask(text: string, overrides?: Partial<Incoming>): Promise<{ reply: Reply; text: string }>;
}

/** A bot core with follow-ups on a SQLite file; not started (call `followups.start()` or `tick()`). */
export async function makeHarness(
  options: { dbPath?: string; clock?: FakeClock; adapter?: RecordingAdapter; library?: Library; timeZone?: string } & Partial<Pick<FollowupsOptions, 'scheduling' | 'digests' | 'sections'>> = {},
): Promise<Harness> {
  const clock = options.clock ?? new FakeClock('2026-03-25T10:00:00Z');
  const adapter = options.adapter ?? new RecordingAdapter();
  let library = options.library ?? (await makeLibrary());
  const dbPath = options.dbPath ?? tempDbPath();
  const { followups, responder } = makeFollowups({
    dbPath,
    library: () => library,
    channels: () => [adapter],
    clock,
    timeZone: options.timeZone ?? 'Europe/Madrid',
    ...(options.scheduling ? { scheduling: options.scheduling } : {}),
    ...(options.digests ? { digests: options.digests } : {}),
    ...(options.sections ? { sections: options.sections } : {}),
  });
  return {
    clock,
    adapter,
    responder,
    followups,
    dbPath,
    setLibrary: (l) => (library = l),
    async ask(text, overrides = {}) {
      const reply = await responder.respond(makeIncoming(text, overrides));
      return { reply, text: renderText(reply) };
    },
  };
}
