/**
 * Feed dates read by grammar. This file runs under two host time zones (UTC and
 * America/Los_Angeles, see vitest.config.ts): every expectation is an instant, so a reading that
 * leaned on the host's zone would fail in one of them.
 */
import { describe, expect, it } from 'vitest';
import { readFeedDate } from '../../src/time/feed-date.ts';
import { parseFeedDate } from '../../src/feeds/dates.ts';

const iso = (raw: string) => {
  const ms = readFeedDate(raw);
  return ms === undefined ? undefined : new Date(ms).toISOString();
};

describe('reading feed dates', () => {
  it('runs in the host time zone the test project names', () => {
    const offset = new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset();
    expect([0, 480]).toContain(offset);
    expect(offset).toBe(process.env.TZ === 'America/Los_Angeles' ? 480 : 0);
  });

  it('takes a date without a zone as UTC, whatever the host zone', () => {
    expect(iso('2026-03-03 23:56:58')).toBe('2026-03-03T23:56:58.000Z');
    expect(iso('2026-03-03T23:56:58')).toBe('2026-03-03T23:56:58.000Z');
    expect(iso('Tue, 03 Mar 2026')).toBe('2026-03-03T00:00:00.000Z');
    expect(iso('2026-03')).toBe('2026-03-01T00:00:00.000Z');
  });

  it('reads W3CDTF offsets, fractions and a space before the zone', () => {
    expect(iso('2026-03-03T10:14:55.25-08:00')).toBe('2026-03-03T18:14:55.250Z');
    expect(iso('2026-03-03 09:00:00 -00:20')).toBe('2026-03-03T09:20:00.000Z');
    expect(iso('2026-03-03T09:00:00+0530')).toBe('2026-03-03T03:30:00.000Z');
  });

  it('reads RFC 822 with the liberties publishers take', () => {
    expect(iso('Tue, 03 Mar 2026 09:00:00 GMT')).toBe('2026-03-03T09:00:00.000Z');
    expect(iso('Tue,3 March, 2026 9:00 +0100')).toBe('2026-03-03T08:00:00.000Z');
    expect(iso('Tue Mar 03 2026 09:00:00 GMT+0200 (Eastern European Standard Time)')).toBe('2026-03-03T07:00:00.000Z');
    expect(iso('Tue, 03 Mar 26 09:00:00 GMT')).toBe('2026-03-03T09:00:00.000Z');
    expect(iso('Tue Mar  3 09:00:00 2026')).toBe('2026-03-03T09:00:00.000Z');
    expect(iso('Tue, 2026/03/03 09:00:00 EST')).toBe('2026-03-03T14:00:00.000Z');
  });

  it('knows named zones, and reads region clocks like ET by the date’s own offset', () => {
    expect(iso('Wed, 01 May 2024 10:00:00 CEST')).toBe('2024-05-01T08:00:00.000Z');
    expect(iso('Wed, 01 May 2024 10:00:00 MEST')).toBe('2024-05-01T08:00:00.000Z');
    expect(iso('Wed, 01 May 2024 10:00:00 MET')).toBe('2024-05-01T09:00:00.000Z');
    expect(iso('Wed, 01 May 2024 10:00:00 Etc/GMT')).toBe('2024-05-01T10:00:00.000Z');
    expect(iso('Wed, 01 May 2024 10:00:00 Europe/Madrid')).toBe('2024-05-01T08:00:00.000Z');
    expect(iso('Mon, 15 Jan 2024 10:00:00 ET')).toBe('2024-01-15T15:00:00.000Z');
    expect(iso('Mon, 15 Jul 2024 10:00:00 ET')).toBe('2024-07-15T14:00:00.000Z');
    expect(iso('Mon, 15 Jul 2024 10:00:00 PT')).toBe('2024-07-15T17:00:00.000Z');
    expect(iso('Wed, 01 May 2024 10:00:00 GMT-01:30')).toBe('2024-05-01T11:30:00.000Z');
  });

  it('reads Greek, Hungarian and Korean forms', () => {
    expect(iso('Κυρ, 11 Ιούλ 2004 12:00:00 EST')).toBe('2004-07-11T17:00:00.000Z');
    expect(iso('2004-július-13T9:15-05:00')).toBe('2004-07-13T14:15:00.000Z');
    expect(iso('2004-05-25 오후 11:23:17')).toBe('2004-05-25T14:23:17.000Z');
    expect(iso('2004년 05월 28일 01:31:15')).toBe('2004-05-27T16:31:15.000Z');
  });

  it('reads ISO 8601:1988’s two-digit years as the RFC 2822 century', () => {
    expect(iso('03-12-31')).toBe('2003-12-31T00:00:00.000Z');
    expect(iso('031231')).toBe('2003-12-31T00:00:00.000Z');
    expect(iso('-03-12')).toBe('2003-12-01T00:00:00.000Z');
  });

  it('refuses nonsense instead of guessing', () => {
    for (const raw of ['22013', '013', '2013-01-27-01', '2026-03-03T25:00:00Z', '2026-03-03T10:61:00Z', '2026-02-30', 'Sun, 16 Dec 2012 1:2:3:4 GMT', 'Sun, 16 zzz 2012 11:47:32 GMT', 'Sun, 16 Dec 2012 11:47:32 XYZ', 'Sun, 16 Dec 2012 11:47:32 +00:zz', '9999-12-31T23:59:59-99:99', 'Thu, 01 Jan 0100 00:00:01 +0100', 'next Tuesday', '']) {
      expect(readFeedDate(raw), raw).toBeUndefined();
    }
  });

  it('rolls over a leap day and a month end correctly', () => {
    expect(iso('2004-02-28T18:14:55-08:00')).toBe('2004-02-29T02:14:55.000Z');
    expect(iso('2003-02-28T18:14:55-08:00')).toBe('2003-03-01T02:14:55.000Z');
  });

  it('reads numeric dates day-first unless the feed is US English, in UTC', () => {
    expect(parseFeedDate('08/02/2013 12:00:00', 'en-gb')).toBe('2013-02-08T12:00:00.000Z');
    expect(parseFeedDate('08/02/2013', 'en-us')).toBe('2013-08-02T00:00:00.000Z');
    expect(parseFeedDate('25/02/2013', 'en-us')).toBe('2013-02-25T00:00:00.000Z');
    expect(parseFeedDate('31/02/2013')).toBeUndefined();
  });
});
