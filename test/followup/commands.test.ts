import { afterEach, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from './fixtures.ts';

let h: Harness;
afterEach(async () => {
  await h?.followups.stop();
});

const count = (table: string) => (h.followups.store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('follow and unfollow', () => {
  it('follows a briefing and schedules its check-ins and follow-ups for the channel', async () => {
    h = await makeHarness();
    const { reply, text } = await h.ask('/brief follow rationing');
    expect(reply.kind).toBe('notice');
    expect(text).toContain('Following “Lakeside imposes water rationing as reservoir falls to record low” here');
    // Farms question has its own 3d; the other uses the default 7d; the curated follow-up is 14d.
    expect(text).toMatch(/3 days on, Sat 28 Mar 2026, 11:00 CET: check-in on 1 open question/);
    expect(text).toMatch(/7 days on, Wed 1 Apr 2026, 11:00 CEST: check-in on 1 open question/);
    expect(text).toMatch(/14 days on, Wed 8 Apr 2026, 11:00 CEST: Check whether the spring rains/);
    expect(count('reminders')).toBe(3);

    const again = await h.ask('/brief follow water rationing');
    expect(again.text).toContain('already follows');
    expect(count('reminders')).toBe(3);
  });

  it('answers an unknown topic like the answer engine, with suggestions, and stores nothing', async () => {
    h = await makeHarness();
    const { reply } = await h.ask('/brief follow harbour strike');
    expect(reply.kind).toBe('not-found');
    if (reply.kind !== 'not-found') return;
    expect(reply.subject).toBe('topic');
    expect(reply.suggestions.every((s) => s.ask.startsWith('/brief follow '))).toBe(true);
    expect(count('subscriptions')).toBe(0);
  });

  it('unfollowing cancels pending check-ins but keeps reminders people set', async () => {
    h = await makeHarness();
    await h.ask('/brief follow rationing');
    await h.ask('/brief remind rationing tomorrow 9am ask the board');
    const { text } = await h.ask('/brief unfollow rationing');
    expect(text).toContain('Stopped following');
    expect(text).toContain('3 scheduled check-ins were cancelled');
    const list = await h.ask('/brief reminders');
    expect(list.text).toContain('“ask the board”');
    expect(list.text).not.toContain('check-in');
    expect((await h.ask('/brief unfollow rationing')).text).toContain('does not follow');
  });
});

describe('remind', () => {
  it('sets a reminder with a natural date in the channel time zone and a note', async () => {
    h = await makeHarness();
    const { reply, text } = await h.ask('/brief remind rationing tomorrow 9am check the farm exemption');
    expect(reply.kind).toBe('notice');
    expect(text).toContain('Reminder #1 set');
    expect(text).toContain('When: Thu 26 Mar 2026, 09:00 CET');
    expect(text).toContain('Note: check the farm exemption');
    const row = h.followups.store.db.prepare('SELECT due_at, note, time_zone FROM reminders').get() as { due_at: number; note: string; time_zone: string };
    expect(new Date(row.due_at).toISOString()).toBe('2026-03-26T08:00:00.000Z');
    expect(row.time_zone).toBe('Europe/Madrid');
  });

  it('accepts the date before the topic', async () => {
    h = await makeHarness();
    const { text } = await h.ask('remind me in 3 days tram check ridership');
    expect(text).toContain('New tram line opens');
    expect(text).toContain('Note: check ridership');
  });

  it.each([
    ['/brief remind rationing whenever it suits', 'could not find a date'],
    ['/brief remind rationing yesterday', 'already passed'],
    ['/brief remind', 'which story and when'],
    ['/brief remind tomorrow 9am', 'Which story?'],
  ])('refuses %s with a clear message and stores nothing', async (ask, message) => {
    h = await makeHarness();
    const { reply, text } = await h.ask(ask);
    expect(reply.kind).toBe('error');
    expect(text).toContain(message);
    expect(count('reminders')).toBe(0);
  });

  it('refuses an unknown topic with suggestions', async () => {
    h = await makeHarness();
    const { reply } = await h.ask('/brief remind harbour strike tomorrow 9am');
    expect(reply.kind).toBe('not-found');
    expect(count('reminders')).toBe(0);
  });
});

describe('reminders and cancel', () => {
  it('lists what is scheduled here with ids and state, and only here', async () => {
    h = await makeHarness();
    await h.ask('/brief remind rationing next Monday 08:30 call the board');
    await h.ask('/brief remind tram in 2 days', { conversation: 'elsewhere' });
    await h.ask('/brief digest every weekday 8:00');
    const { reply, text } = await h.ask('/brief reminders');
    expect(reply.kind).toBe('list');
    expect(text).toContain('#1 rationing — Mon 30 Mar 2026, 08:30 CEST — “call the board” — scheduled');
    expect(text).toContain('Digest: weekdays at 08:00 (Europe/Madrid) — next Thu 26 Mar 2026, 08:00 CET');
    expect(text).not.toContain('tram');
    const elsewhere = await h.ask('/brief reminders', { conversation: 'empty-channel' });
    expect(elsewhere.text).toContain('Nothing is scheduled here');
  });

  it('cancels your own reminder and refuses someone else’s, another channel’s or a missing id', async () => {
    h = await makeHarness();
    await h.ask('/brief remind rationing tomorrow 9am');
    expect((await h.ask('/brief cancel 1', { user: 'someone-else' })).text).toContain('set by someone else');
    expect((await h.ask('/brief cancel 1', { conversation: 'other' })).text).toContain('no reminder #1 in this channel');
    expect((await h.ask('/brief cancel 99')).text).toContain('no reminder #99');
    expect((await h.ask('/brief cancel abc')).text).toContain('not a reminder id');
    const state = () => (h.followups.store.db.prepare('SELECT state FROM reminders WHERE id = 1').get() as { state: string }).state;
    expect(state()).toBe('scheduled');
    expect((await h.ask('/brief cancel #1')).text).toContain('Cancelled reminder #1');
    expect(state()).toBe('cancelled');
    expect((await h.ask('/brief cancel 1')).text).toContain('already cancelled');
  });
});

describe('digest and time zone commands', () => {
  it('shows the digest now, or says there is nothing to digest', async () => {
    h = await makeHarness();
    expect((await h.ask('/brief digest')).text).toContain('Nothing to digest yet');
    await h.ask('/brief follow rationing');
    const { text } = await h.ask('/brief digest');
    expect(text).toContain('Digest — Wed 25 Mar 2026, 11:00 CET');
    expect(text).toContain('Lakeside imposes water rationing');
    expect(text).toContain('Open: How long will rationing last?');
  });

  it('schedules, replaces and turns off a digest; refuses an invalid schedule without storing it', async () => {
    h = await makeHarness();
    const bad = await h.ask('/brief digest every 61 * * * *');
    expect(bad.reply.kind).toBe('error');
    expect(bad.text).toContain('is not a schedule');
    expect(count('digest_schedules')).toBe(0);
    expect((await h.ask('/brief digest every * * * * *')).text).toContain('more than once an hour');

    const set = await h.ask('/brief digest every monday 8:30');
    expect(set.text).toContain('Digest scheduled: Mondays at 08:30 (Europe/Madrid)');
    expect(set.text).toContain('Next: Mon 30 Mar 2026, 08:30 CEST');
    const cron = await h.ask('/brief digest every 0 7 * * 1-5 America/New_York');
    expect(cron.text).toContain('(America/New_York)');
    expect(count('digest_schedules')).toBe(1);
    expect((await h.ask('/brief digest off')).text).toContain('Digest turned off');
    expect((await h.ask('/brief digest off')).text).toContain('no digest scheduled');
  });

  it('sets a channel time zone that new reminders use', async () => {
    h = await makeHarness();
    expect((await h.ask('/brief timezone')).text).toContain('Time zone here: Europe/Madrid');
    expect((await h.ask('/brief timezone Mars/Olympus')).reply.kind).toBe('error');
    expect((await h.ask('/brief timezone america/new_york')).text).toContain('Time zone here: America/New_York');
    const { text } = await h.ask('/brief remind tram tomorrow 9am');
    expect(text).toContain('When: Thu 26 Mar 2026, 09:00 EDT');
  });
});
