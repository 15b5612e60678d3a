import { describe, expect, it } from 'vitest';
import { addDuration } from '../../src/time/durations.ts';
import { formatInstant } from '../../src/time/format.ts';
import { nextCronRuns, parseSchedule } from '../../src/time/schedule.ts';
import { readWhen } from '../../src/time/when.ts';
import { canonicalTimeZone, instantOf } from '../../src/time/zones.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const runs = (cron: string, zone: string, after: string, n: number) => nextCronRuns(cron, zone, Date.parse(after), n).map(iso);

describe('wall-clock time in a zone', () => {
  it('maps local times to instants on both sides of a DST change', () => {
    expect(iso(instantOf({ year: 2026, month: 3, day: 28, hour: 9, minute: 0, second: 0 }, 'Europe/Madrid'))).toBe('2026-03-28T08:00:00.000Z');
    expect(iso(instantOf({ year: 2026, month: 3, day: 30, hour: 9, minute: 0, second: 0 }, 'Europe/Madrid'))).toBe('2026-03-30T07:00:00.000Z');
  });

  it('moves a time skipped by spring-forward an hour on, and takes the first of a repeated autumn time', () => {
    expect(iso(instantOf({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 }, 'Europe/Madrid'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(instantOf({ year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 }, 'Europe/Madrid'))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('counts days in wall-clock time and hours in elapsed time', () => {
    const before = Date.parse('2026-03-27T10:00:00Z'); // 11:00 CET
    expect(iso(addDuration(before, '7d', 'Europe/Madrid')!)).toBe('2026-04-03T09:00:00.000Z'); // 11:00 CEST
    expect(iso(addDuration(before, '48h', 'Europe/Madrid')!)).toBe('2026-03-29T10:00:00.000Z');
    expect(addDuration(before, 'soon', 'Europe/Madrid')).toBeUndefined();
  });

  it('formats times with the zone abbreviation and knows zone names case-insensitively', () => {
    expect(formatInstant(Date.parse('2026-03-26T08:00:00Z'), 'Europe/Madrid')).toBe('Thu 26 Mar 2026, 09:00 CET');
    expect(formatInstant(Date.parse('2026-07-01T12:00:00Z'), 'America/New_York')).toBe('Wed 1 Jul 2026, 08:00 EDT');
    expect(formatInstant(Date.parse('2026-07-01T12:00:00Z'), 'UTC')).toBe('Wed 1 Jul 2026, 12:00 UTC');
    expect(canonicalTimeZone('europe/madrid')).toBe('Europe/Madrid');
    expect(canonicalTimeZone('Mars/Olympus')).toBeUndefined();
  });
});

describe('digest schedules', () => {
  it('reads friendly schedules and cron expressions, with an optional zone', () => {
    expect(parseSchedule('weekday 8:00')).toEqual({ ok: true, schedule: { cron: '0 8 * * 1-5', label: 'weekdays at 08:00' } });
    expect(parseSchedule('daily 9:00')).toMatchObject({ ok: true, schedule: { cron: '0 9 * * *' } });
    expect(parseSchedule('monday 8:30')).toMatchObject({ ok: true, schedule: { cron: '30 8 * * 1', label: 'Mondays at 08:30' } });
    expect(parseSchedule('fri at 5pm')).toMatchObject({ ok: true, schedule: { cron: '0 17 * * 5' } });
    expect(parseSchedule('daily 7:15 america/new_york')).toMatchObject({ ok: true, schedule: { timeZone: 'America/New_York' } });
    expect(parseSchedule('0 8 * * 1-5')).toMatchObject({ ok: true, schedule: { cron: '0 8 * * 1-5' } });
    expect(parseSchedule('9:00')).toMatchObject({ ok: true, schedule: { cron: '0 9 * * *', label: 'every day at 09:00' } });
    expect(parseSchedule('fortnightly 9:00')).toMatchObject({ ok: false, message: expect.stringContaining('not a schedule I can read') });
  });

  it.each([
    ['61 * * * *', 'is not a schedule'],
    ['daily 25:00', 'not a time of day'],
    ['*/5 * * * *', 'more than once an hour'],
    ['0 9 31 2 *', 'is not a schedule'],
    ['0 9 L * *', 'not supported'],
    ['daily 9:00 Mars/Olympus', 'not a time zone'],
  ])('refuses %s', (text, message) => {
    const result = parseSchedule(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('runs weekdays at 08:00 local through the US and European DST changes', () => {
    expect(runs('0 8 * * 1-5', 'America/New_York', '2026-03-06T12:00:00Z', 3)).toEqual(['2026-03-06T13:00:00.000Z', '2026-03-09T12:00:00.000Z', '2026-03-10T12:00:00.000Z']);
    expect(runs('0 8 * * 1-5', 'Europe/Madrid', '2026-10-23T12:00:00Z', 2)).toEqual(['2026-10-26T07:00:00.000Z', '2026-10-27T07:00:00.000Z']);
  });

  it('runs on a day that matches either the day of the month or the weekday, as crontab does', () => {
    // 1 Feb 2026 is a Sunday: it runs for being the 1st; the Mondays run for being Mondays.
    expect(runs('0 8 1 * 1', 'UTC', '2026-01-20T12:00:00Z', 4)).toEqual(['2026-01-26T08:00:00.000Z', '2026-02-01T08:00:00.000Z', '2026-02-02T08:00:00.000Z', '2026-02-09T08:00:00.000Z']);
    // Only one field restricted: that field alone decides.
    expect(runs('0 8 1 * *', 'UTC', '2026-01-20T12:00:00Z', 2)).toEqual(['2026-02-01T08:00:00.000Z', '2026-03-01T08:00:00.000Z']);
    expect(runs('0 8 * * 1', 'UTC', '2026-01-30T12:00:00Z', 1)).toEqual(['2026-02-02T08:00:00.000Z']);
  });

  it('runs once on a night whose hour is skipped or repeated', () => {
    expect(runs('30 2 * * *', 'Europe/Madrid', '2026-03-28T12:00:00Z', 2)).toEqual(['2026-03-29T01:30:00.000Z', '2026-03-30T00:30:00.000Z']);
    expect(runs('30 2 * * *', 'Europe/Madrid', '2026-10-24T12:00:00Z', 2)).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
  });
});

describe('natural dates', () => {
  const now = Date.parse('2026-03-25T10:00:00Z'); // Wed 11:00 in Madrid
  const read = (text: string, zone = 'Europe/Madrid') => {
    const w = readWhen(text, now, zone);
    return w && { ...w, at: iso(w.at) };
  };

  it('splits topic, date and note', () => {
    expect(read('swap tomorrow 9am check the terms')).toEqual({ topic: 'swap', whenText: 'tomorrow 9am', note: 'check the terms', at: '2026-03-26T08:00:00.000Z', dateFirst: false });
    expect(read('prisoner swap next Monday 08:30 to ask about Washington')).toMatchObject({ topic: 'prisoner swap', note: 'ask about Washington' });
    expect(read('about the strike on Friday')).toMatchObject({ topic: 'the strike', whenText: 'on Friday', at: '2026-03-27T08:00:00.000Z' });
    expect(read('in 3 days swap')).toMatchObject({ topic: 'swap', dateFirst: true });
    expect(read('swap whenever')).toBeUndefined();
  });

  it('reads dates in the channel zone, across the DST change', () => {
    expect(read('x in 3 days')!.at).toBe('2026-03-28T10:00:00.000Z'); // same wall-clock time, 11:00 CET
    expect(read('x next Monday 08:30')!.at).toBe('2026-03-30T06:30:00.000Z'); // 08:30 CEST
    expect(read('x tomorrow')!.at).toBe('2026-03-26T08:00:00.000Z'); // a bare day means 09:00
    expect(read('x in 2 hours')!.at).toBe('2026-03-25T12:00:00.000Z');
    expect(read('x tomorrow 9am', 'America/New_York')!.at).toBe('2026-03-26T13:00:00.000Z');
    expect(read('x tomorrow 9am UTC')!.at).toBe('2026-03-26T09:00:00.000Z');
  });
});
