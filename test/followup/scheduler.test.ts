import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/answer/reply.ts';
import { PlatformError } from '../../src/errors.ts';
import { FakeClock } from '../helpers/clock.ts';
import { makeBriefing, makeFollowups, makeHarness, makeLibrary, RecordingAdapter, RESERVOIR, tempDbPath, TRAM, type Harness } from './fixtures.ts';

const open: Harness[] = [];
async function harness(...args: Parameters<typeof makeHarness>): Promise<Harness> {
  const h = await makeHarness(...args);
  open.push(h);
  return h;
}
afterEach(async () => {
  for (const h of open.splice(0)) await h.followups.stop();
});

const terminal = { platform: 'terminal' as const, conversation: 'terminal' };
const rows = (h: Harness, sql: string) => h.followups.store.db.prepare(sql).all() as Array<Record<string, unknown>>;

describe('reminders', () => {
  it('delivers a reminder once, when due and not before', async () => {
    const h = await harness();
    await h.ask('/brief remind rationing tomorrow 9am check the farm exemption');
    h.clock.set('2026-03-26T07:59:59Z');
    expect((await h.followups.tick()).sent).toBe(0);
    h.clock.set('2026-03-26T08:00:05Z');
    expect((await h.followups.tick()).sent).toBe(1);
    expect(await h.followups.tick()).toMatchObject({ sent: 0, queued: 0 });
    expect(h.adapter.delivered).toHaveLength(1);
    expect(h.adapter.delivered[0]!.target).toEqual(terminal);
    expect(h.adapter.texts()[0]).toContain('Reminder #1: Lakeside imposes water rationing');
    expect(h.adapter.texts()[0]).toContain('check the farm exemption');
    expect(h.adapter.texts()[0]).not.toContain('Late:');
    expect(rows(h, 'SELECT state FROM reminders')).toEqual([{ state: 'sent' }]);
  });

  it('builds check-ins from the briefing at delivery time: an answered question is not sent', async () => {
    const h = await harness();
    await h.ask('/brief follow rationing');
    h.clock.advance('3d');
    await h.followups.tick();
    expect(h.adapter.texts()).toEqual([expect.stringContaining('3 days on: Will farms be exempted?\nStill open per the briefing “Lakeside imposes water rationing')]);

    // The curator answers the rationing question: it leaves the briefing's open questions.
    h.setLibrary(await makeLibrary(RESERVOIR.replace(/ {2}- text: How long will rationing last\?\n {4}why: .*\n/, ''), TRAM));
    h.clock.advance('4d');
    expect((await h.followups.tick()).skipped).toBe(1);
    expect(h.adapter.delivered).toHaveLength(1);
    expect(rows(h, "SELECT detail FROM reminders WHERE state = 'skipped'")).toEqual([{ detail: 'its questions are no longer open in the briefing' }]);

    h.clock.advance('7d');
    await h.followups.tick();
    expect(h.adapter.texts()[1]).toContain('14 days on: Lakeside imposes water rationing');
    expect(h.adapter.texts()[1]).toContain('Check whether the spring rains refilled the Harlow reservoir.');
  });

  it('keeps the wall-clock hour of "7 days on" across a DST change', async () => {
    const h = await harness();
    await h.ask('/brief follow rationing'); // Wed 25 Mar 11:00 CET
    h.clock.set('2026-04-01T08:59:00Z'); // 10:59 CEST: not yet
    await h.followups.tick();
    expect(h.adapter.texts().some((t) => t.startsWith('7 days on'))).toBe(false);
    h.clock.set('2026-04-01T09:00:00Z'); // 11:00 CEST
    await h.followups.tick();
    expect(h.adapter.texts().filter((t) => t.startsWith('7 days on'))).toHaveLength(1);
  });
});

describe('restart catch-up', () => {
  it('delivers reminders that came due while the bot was down once, marked late, in the next run', async () => {
    const first = await harness();
    await first.ask('/brief remind rationing in 1 hour');
    await first.ask('/brief remind tram in 2 hours note for later');
    await first.followups.stop();

    const clock = new FakeClock('2026-03-26T10:00:00Z');
    const next = await harness({ dbPath: first.dbPath, clock });
    await next.followups.start();
    expect(next.adapter.delivered.map((d) => d.target)).toEqual([terminal, terminal]);
    expect(next.adapter.texts()[0]).toMatch(/Late: this was due Wed 25 Mar 2026, 12:00 CET/);
    expect(next.adapter.texts()[1]).toContain('note for later');
    await next.followups.tick();
    clock.advance('1h');
    await next.followups.tick();
    expect(next.adapter.delivered).toHaveLength(2);
  });

  it('skips digest runs missed by more than the grace window, sends one missed by less, then keeps the schedule', async () => {
    const first = await harness();
    await first.ask('/brief follow tram');
    await first.ask('/brief digest every daily 9:00');
    await first.followups.stop();

    // Down until Sat 28 Mar 12:00 CET: the runs of 26, 27 and 28 March were missed.
    const clock = new FakeClock('2026-03-28T11:00:00Z');
    const next = await harness({ dbPath: first.dbPath, clock });
    await next.followups.start();
    expect(next.adapter.delivered).toHaveLength(0);
    expect(rows(next, "SELECT state, reason FROM deliveries WHERE item_kind = 'digest'")).toEqual([
      { state: 'skipped', reason: 'missed: the bot was not running at 2026-03-28T08:00:00.000Z' },
    ]);
    await next.followups.stop();

    // Down from before the next run until 10 minutes after it: still sent.
    const clock2 = new FakeClock('2026-03-29T07:10:00Z');
    const third = await harness({ dbPath: first.dbPath, clock: clock2 });
    await third.followups.start();
    expect(third.adapter.texts()).toEqual([expect.stringContaining('Digest — Sun 29 Mar 2026, 09:10 CEST')]);
    clock2.set('2026-03-30T07:00:00Z');
    await third.followups.tick();
    expect(third.adapter.delivered).toHaveLength(2);
  });
});

describe('digests', () => {
  it('runs at 09:00 local on both sides of the spring DST change', async () => {
    const h = await harness({ clock: new FakeClock('2026-03-27T12:00:00Z') });
    await h.ask('/brief follow rationing');
    await h.ask('/brief digest every daily 9:00');
    const at = async (iso: string) => {
      h.clock.set(iso);
      await h.followups.tick();
      return h.adapter.delivered.length;
    };
    expect(await at('2026-03-28T07:59:00Z')).toBe(0);
    expect(await at('2026-03-28T08:00:00Z')).toBe(1); // 09:00 CET
    expect(await at('2026-03-29T06:59:00Z')).toBe(1);
    expect(await at('2026-03-29T07:00:00Z')).toBe(2); // 09:00 CEST
    expect(await at('2026-03-29T08:00:00Z')).toBe(2);
  });

  it('does not post an empty digest', async () => {
    const h = await harness();
    await h.ask('/brief digest every daily 9:00');
    h.clock.set('2026-03-26T08:00:00Z');
    expect((await h.followups.tick()).skipped).toBe(1);
    expect(h.adapter.delivered).toHaveLength(0);
  });

  it('includes sections other parts contribute, with the time of the last digest', async () => {
    const seen: Array<Date | undefined> = [];
    const h = await harness({
      sections: [{ name: 'feeds', build: ({ since, slugs }) => (seen.push(since), { title: 'New developments', lines: slugs.map((s) => `• item on ${s}`) }) }],
    });
    await h.ask('/brief follow rationing');
    await h.ask('/brief digest every daily 9:00');
    h.clock.set('2026-03-26T08:00:00Z');
    await h.followups.tick();
    h.clock.set('2026-03-27T08:00:00Z');
    await h.followups.tick();
    expect(h.adapter.texts()[1]).toContain('New developments:\n• item on lakeside-water-rationing');
    expect(seen).toEqual([undefined, new Date('2026-03-26T08:00:00Z')]);
  });

  it('applies configured digests, and a digest turned off in chat stays off after a restart', async () => {
    const digests = [{ target: terminal, schedule: 'weekday 8:00' }];
    const first = await harness({ digests });
    await first.followups.start();
    expect((await first.ask('/brief reminders')).text).toContain('Digest: weekdays at 08:00 (Europe/Madrid)');
    await first.ask('/brief digest off');
    await first.followups.stop();
    const next = await harness({ dbPath: first.dbPath, digests });
    await next.followups.start();
    expect((await next.ask('/brief reminders')).text).not.toContain('Digest:');
  });
});

describe('exactly once', () => {
  it('two schedulers on one SQLite file never post the same item twice', async () => {
    const clock = new FakeClock('2026-03-25T10:00:00Z');
    const scheduling = { batch: 1 };
    const a = await harness({ clock, adapter: new RecordingAdapter(), scheduling });
    const b = await harness({ clock, dbPath: a.dbPath, adapter: new RecordingAdapter(), scheduling });
    // Deliveries yield to the event loop, so the two schedulers' ticks interleave.
    for (const h of [a, b]) h.adapter.beforeDeliver = () => new Promise((resolve) => setImmediate(resolve));
    for (let i = 1; i <= 30; i++) await (i % 2 ? a : b).ask(`/brief remind rationing in ${i * 7} minutes item ${i}`);
    for (let step = 0; step < 8; step++) {
      clock.advance('30m');
      for (let round = 0; round < 6; round++) await Promise.all([a.followups.tick(), b.followups.tick()]);
    }
    const all = [...a.adapter.texts(), ...b.adapter.texts()];
    expect(all).toHaveLength(30);
    expect(new Set(all).size).toBe(30);
    expect(a.adapter.delivered.length).toBeGreaterThan(0);
    expect(b.adapter.delivered.length).toBeGreaterThan(0);
  });

  it('re-delivers a claim whose holder crashed before sending, once, after its lease ends', async () => {
    const h = await harness({ scheduling: { leaseMs: 60_000 } });
    await h.ask('/brief remind rationing in 1 hour');
    h.clock.advance('1h');
    const store = h.followups.store;
    await store.recordDueWork({ now: h.clock.ms, graceMs: 0, nextRun: () => Infinity });
    // Another host claimed it, then died before sending.
    const taken = await store.claimDeliveries({ now: h.clock.ms, owner: 'other-host:42:dead:x', leaseMs: 60_000, limit: 10, platforms: ['terminal'] });
    expect(taken).toHaveLength(1);
    await h.followups.tick();
    expect(h.adapter.delivered).toHaveLength(0);
    h.clock.advance('61s');
    await h.followups.tick();
    await h.followups.tick();
    expect(h.adapter.delivered).toHaveLength(1);
    // The crashed owner's late completion is refused: the claim is no longer its own.
    expect(await store.finishDelivery(taken[0]!.id, 'other-host:42:dead:x', { state: 'sent' }, h.clock.ms)).toBe(false);
  });

  it('takes over at once a claim held by a process on this host that is gone', async () => {
    const h = await harness({ scheduling: { ownerGone: (owner) => owner.startsWith('gone:') } });
    await h.ask('/brief remind rationing in 1 hour');
    h.clock.advance('1h');
    await h.followups.store.recordDueWork({ now: h.clock.ms, graceMs: 0, nextRun: () => Infinity });
    await h.followups.store.claimDeliveries({ now: h.clock.ms, owner: 'gone:1:x:y', leaseMs: 3_600_000, limit: 10, platforms: ['terminal'] });
    await h.followups.tick();
    expect(h.adapter.delivered).toHaveLength(1);
  });
});

describe('stopping', () => {
  it('finishes the delivery in progress and gives back the rest of the batch for the next run', async () => {
    const h = await harness();
    for (const topic of ['rationing', 'tram', 'rationing']) await h.ask(`/brief remind ${topic} in 1 hour`);
    h.clock.advance('1h');
    let release!: () => void;
    h.adapter.beforeDeliver = () => new Promise<void>((resolve) => (release = resolve));
    const tick = h.followups.tick();
    await new Promise((resolve) => setImmediate(resolve));
    const stopping = h.followups.scheduler.stop();
    release();
    await stopping;
    await tick;
    expect(h.adapter.delivered).toHaveLength(1);
    expect(rows(h, 'SELECT state, attempts, claimed_by FROM deliveries ORDER BY id')).toEqual([
      { state: 'sent', attempts: 1, claimed_by: null },
      { state: 'pending', attempts: 0, claimed_by: null },
      { state: 'pending', attempts: 0, claimed_by: null },
    ]);
  });
});

describe('failures', () => {
  it('retries a failing platform with backoff, then shows the item as failed in /brief reminders', async () => {
    const h = await harness({ scheduling: { retry: { retries: 2, minDelayMs: 60_000, maxDelayMs: 600_000 } } });
    h.adapter.beforeDeliver = () => {
      throw new PlatformError('terminal', 'service unavailable', 503);
    };
    await h.ask('/brief remind rationing in 1 hour');
    h.clock.advance('1h');
    expect((await h.followups.tick()).retrying).toBe(1);
    expect((await h.ask('/brief reminders')).text).toContain('retrying after 1 try: terminal: service unavailable');
    h.clock.advance('59s');
    await h.followups.tick();
    expect(h.adapter.attempts).toBe(1);
    h.clock.advance('1s');
    await h.followups.tick();
    expect(h.adapter.attempts).toBe(2);
    h.clock.advance('2m');
    expect((await h.followups.tick()).failed).toBe(1);
    h.clock.advance('1d');
    await h.followups.tick();
    expect(h.adapter.attempts).toBe(3);
    expect((await h.ask('/brief reminders')).text).toContain('failed: terminal: service unavailable (after 3 tries)');
  });

  it('waits as long as the platform asks (retry-after) and gives up at once on a permanent refusal', async () => {
    const h = await harness();
    let fail: PlatformError | undefined = new PlatformError('terminal', 'rate limited', 429, 10 * 60_000);
    h.adapter.beforeDeliver = () => {
      if (fail) throw fail;
    };
    await h.ask('/brief remind rationing in 1 hour');
    await h.ask('/brief remind tram in 1 hour');
    h.clock.advance('1h');
    await h.followups.tick();
    h.clock.advance('5m');
    await h.followups.tick();
    expect(h.adapter.attempts).toBe(2);
    fail = new PlatformError('terminal', 'channel_not_found', 404);
    h.clock.advance('5m');
    expect((await h.followups.tick()).failed).toBe(2);
    expect(h.adapter.attempts).toBe(4);
  });

  it('keeps failed posts from adapters in the store and retries them', async () => {
    const h = await harness();
    const reply: Reply = { kind: 'notice', title: 'A reply that failed', lines: ['once'] };
    await h.followups.outbox.keep({ target: terminal, reply, reason: 'terminal: timeout', at: h.clock.now() });
    await h.followups.tick();
    expect(h.adapter.delivered).toHaveLength(0);
    h.clock.advance('30s');
    await h.followups.tick();
    expect(h.adapter.texts()).toEqual(['A reply that failed\nonce']);
  });

  it('posts a keyed item once however often it is queued', async () => {
    const h = await harness();
    const reply: Reply = { kind: 'notice', title: 'New development', lines: [] };
    expect(await h.followups.post(terminal, reply, 'feed:item-1')).toBe(true);
    h.clock.advance('1h');
    expect(await h.followups.post(terminal, reply, 'feed:item-1')).toBe(false);
    await h.followups.tick();
    await h.followups.tick();
    expect(h.adapter.delivered).toHaveLength(1);
  });

  it('holds deliveries for a platform that is not running instead of failing them', async () => {
    const h = await harness();
    await h.ask('/brief remind rationing in 1 hour', { platform: 'slack', conversation: 'C1' });
    h.clock.advance('2h');
    expect(await h.followups.tick()).toMatchObject({ queued: 1, sent: 0, failed: 0 });
    expect(rows(h, 'SELECT state FROM deliveries')).toEqual([{ state: 'pending' }]);
  });
});

describe('briefings and platforms that are away for a while', () => {
  it('waits for a briefing that is not loaded (a file mid-edit) instead of dropping the reminder', async () => {
    const h = await harness();
    await h.ask('/brief remind tram in 1 hour');
    h.setLibrary(await makeLibrary(RESERVOIR));
    h.clock.advance('1h');
    expect((await h.followups.tick()).retrying).toBe(1);
    h.setLibrary(await makeLibrary(RESERVOIR, TRAM));
    h.clock.advance('1m');
    await h.followups.tick();
    expect(h.adapter.texts()).toEqual([expect.stringContaining('Reminder #1: New tram line opens')]);
  });

  it('marks a reminder late when its platform was not running at the time, and delivers it when it is', async () => {
    const slack = new RecordingAdapter('slack');
    const adapters: RecordingAdapter[] = [];
    const clock = new FakeClock('2026-03-25T10:00:00Z');
    const library = await makeLibrary();
    const { followups, responder } = makeFollowups({ dbPath: tempDbPath(), library: () => library, channels: () => adapters, clock, timeZone: 'UTC' });
    await responder.respond({ platform: 'slack', conversation: 'C1', user: 'U1', text: '/brief remind tram in 1 hour', mentioned: true });
    clock.advance('3h');
    await followups.tick();
    adapters.push(slack);
    await followups.tick();
    expect(slack.delivered.map((d) => d.target)).toEqual([{ platform: 'slack', conversation: 'C1' }]);
    expect(slack.texts()[0]).toContain('Late: this was due');
    await followups.stop();
  });

  it('skips a digest that could not be sent within the grace window', async () => {
    const h = await harness({ scheduling: { retry: { retries: 9, minDelayMs: 20 * 60_000, maxDelayMs: 20 * 60_000 } } });
    await h.ask('/brief follow tram');
    await h.ask('/brief digest every daily 9:00');
    let down = true;
    h.adapter.beforeDeliver = () => {
      if (down) throw new PlatformError('terminal', 'unavailable', 503);
    };
    h.clock.set('2026-03-26T08:00:00Z');
    await h.followups.tick();
    h.clock.advance('20m');
    await h.followups.tick();
    down = false;
    h.clock.advance('20m');
    expect((await h.followups.tick()).skipped).toBe(1);
    expect(h.adapter.delivered).toHaveLength(0);
  });
});

it('makeBriefing fixture keeps curated questions', () => {
  expect(makeBriefing(RESERVOIR).questions.map((q) => q.followUpAfter)).toEqual([undefined, '3d']);
});
