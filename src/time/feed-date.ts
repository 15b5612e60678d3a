/**
 * Dates as feeds write them → instants, by grammar rather than by the runtime's `Date.parse`
 * (whose reading depends on the host's time zone and accepts nonsense such as `22013`):
 * - W3CDTF / ISO 8601 (`2003-12-31T10:14:55.12-08:00`, `2004-07-08 23:56:58`, `2003-12`,
 *   and ISO 8601:1988's two-digit-year forms `03-12-31`, `031231`, `-03-12`);
 * - RFC 822 / 2822 / 1123 and what publishers make of it: optional weekday, full month names,
 *   stray commas, one-digit days, two-digit years, no seconds or no time, month before day, zones
 *   as offsets (`+0100`, `-01:01`, `GMT-01:01`), abbreviations (`CEST`, `PT`), or IANA names
 *   (`Etc/GMT`, `Europe/Madrid`); asctime (`Sun Jan  4 16:29:06 2004`) and Perforce's
 *   `2006/09/15 08:19:53 EDT`;
 * - Greek and Hungarian month names, and the Korean forms of two blog platforms (KST).
 * A date without a zone is UTC. Every field is range-checked (no 25:00, no 31 April) and years
 * outside 1900–2999 are refused: no feed item was published then, so such a year is a typo.
 */
import { isWeekday, monthNumber } from './date-names.ts';
import { zoneAbbreviation } from './zone-abbreviations.ts';
import { canonicalTimeZone, instantOf, type LocalTime } from './zones.ts';

/** The parts of a date as written, before its zone is applied. */
interface Written extends LocalTime {
  millisecond: number;
  /** Minutes east of UTC, or an IANA zone to look the offset up in; undefined means UTC. */
  zone?: number | string;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

/** A two-digit year the RFC 2822 way: 00–49 are 2000–2049, 50–99 are 1950–1999. */
const fullYear = (digits: string) => (digits.length === 2 ? (Number(digits) < 50 ? 2000 : 1900) + Number(digits) : Number(digits));

/** Days in a month of a year from 1900 on (Date.UTC reads years below 100 as 19xx). */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A numeric zone: `Z`, `+hh`, `+hhmm`, `+hh:mm` (optionally after GMT/UTC/UT); minutes east of UTC. */
function numericZone(text: string): number | undefined {
  if (/^(z|gmt|utc|ut)$/i.test(text)) return 0;
  const m = /^(?:gmt|utc|ut)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(text);
  if (!m) return undefined;
  const [hours, minutes] = [Number(m[2]), Number(m[3] ?? 0)];
  if (hours > 14 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Any zone a feed writes after a time; undefined when it is not a zone (the date is then unreadable). */
function zoneOf(text: string): number | string | undefined {
  const numeric = numericZone(text);
  if (numeric !== undefined) return numeric;
  const meaning = zoneAbbreviation(text);
  if (meaning) return 'offsetMinutes' in meaning ? meaning.offsetMinutes : meaning.timeZone;
  return text.includes('/') ? canonicalTimeZone(text) : undefined;
}

/** `H:MM`, `HH:MM:SS`, `HH:MM:SS.fff`. */
function timeOf(text: string | undefined): Pick<Written, 'hour' | 'minute' | 'second' | 'millisecond'> | undefined {
  const m = text && /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?$/.exec(text);
  if (!m) return undefined;
  return { hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3] ?? 0), millisecond: m[4] ? Math.floor(Number(`0.${m[4]}`) * 1000) : 0 };
}

const W3CDTF = /^(\d{4})(?:-(\d{2}|0\d{2})(?:-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

/** W3CDTF and ISO 8601 extended forms, and ISO 8601:1988's two-digit-year forms. */
function readIso(text: string): Written | undefined {
  // A month written as a name between the hyphens (`2004-július-13T9:15-05:00`).
  const named = /^(\d{4})-([^\d\s-]+)-/.exec(text);
  if (named && monthNumber(named[2]) !== undefined) text = `${named[1]}-${String(monthNumber(named[2])).padStart(2, '0')}-${text.slice(named[0].length)}`;
  const m = W3CDTF.exec(text);
  if (m) {
    const zone = m[8] === undefined ? undefined : numericZone(m[8]);
    if (m[8] !== undefined && zone === undefined) return undefined;
    return {
      year: Number(m[1]),
      month: Number(m[2] ?? 1),
      day: Number(m[3] ?? 1),
      hour: Number(m[4] ?? 0),
      minute: Number(m[5] ?? 0),
      second: Number(m[6] ?? 0),
      millisecond: m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0,
      ...(zone !== undefined ? { zone } : {}),
    };
  }
  const short = /^(?:(\d{2})-?(\d{2})-?(\d{2})|-(\d{2})-?(\d{2}))$/.exec(text);
  if (!short || (short[1] && text.length === 7)) return undefined;
  const [yy, mm, dd] = short[1] ? [short[1], short[2]!, short[3]!] : [short[4]!, short[5]!, '01'];
  return { year: fullYear(yy), month: Number(mm), day: Number(dd), hour: 0, minute: 0, second: 0, millisecond: 0 };
}

/** RFC 822 and its relatives, read as tokens: weekday? (day month | month day) year? time? zone? year?. */
function readRfc822(text: string): Written | undefined {
  const tokens = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/,/g, ' ')
    .trim()
    .split(/\s+/);
  let i = isWeekday(tokens[0]) ? 1 : 0;
  let day: string | undefined;
  let month: number | undefined;
  let year: string | undefined;
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(tokens[i] ?? '');
  if (slashed) [year, month, day, i] = [slashed[1], Number(slashed[2]), slashed[3], i + 1];
  else if (/^\d{1,2}$/.test(tokens[i] ?? '') && monthNumber(tokens[i + 1]) !== undefined) [day, month, i] = [tokens[i], monthNumber(tokens[i + 1]), i + 2];
  else if (monthNumber(tokens[i]) !== undefined && /^\d{1,2}$/.test(tokens[i + 1] ?? '')) [month, day, i] = [monthNumber(tokens[i]), tokens[i + 1], i + 2];
  else return undefined;
  const isYear = (t: string | undefined) => t !== undefined && /^(\d{4}|\d{2})$/.test(t);
  if (year === undefined && isYear(tokens[i]) && !timeOf(tokens[i])) year = tokens[i++];
  const time = timeOf(tokens[i]);
  if (time) i++;
  else if (tokens[i] !== undefined && /:/.test(tokens[i]!)) return undefined;
  let zone: number | string | undefined;
  if (tokens[i] !== undefined && !(year === undefined && isYear(tokens[i]) && i === tokens.length - 1)) {
    zone = zoneOf(tokens[i]!);
    if (zone === undefined) return undefined;
    i++;
  }
  // asctime puts the year last: `Sun Jan  4 16:29:06 2004`, `Sun Jul 15 01:16:00 +0000 2012`.
  if (year === undefined && isYear(tokens[i])) year = tokens[i++];
  if (year === undefined || i !== tokens.length) return undefined;
  return { year: fullYear(year), month: month!, day: Number(day), hour: 0, minute: 0, second: 0, millisecond: 0, ...time, ...(zone !== undefined ? { zone } : {}) };
}

/** Two Korean blog platforms' forms, in Korea Standard Time: `2004-05-25 오후 11:23:17`, `2004년 05월 28일 01:31:15`. */
function readKorean(text: string): Written | undefined {
  const ampm = /^(\d{4})-(\d{2})-(\d{2})\s+(오전|오후)\s+(\d{1,2}):(\d{2}):(\d{2})$/.exec(text);
  const words = /^(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일\s+(\d{1,2}):(\d{2}):(\d{2})$/.exec(text);
  const m = ampm ?? words;
  if (!m) return undefined;
  const parts = (ampm ? [m[1], m[2], m[3], m[5], m[6], m[7]] : m.slice(1, 7)).map(Number) as [number, number, number, number, number, number];
  const hour = ampm && m[4] === '오후' && parts[3] < 12 ? parts[3] + 12 : ampm && m[4] === '오전' && parts[3] === 12 ? 0 : parts[3];
  return { year: parts[0], month: parts[1], day: parts[2], hour, minute: parts[4], second: parts[5], millisecond: 0, zone: 9 * 60 };
}

/** The instant (epoch ms) of checked parts; undefined when a field is out of range. */
function instantOfWritten(w: Written): number | undefined {
  if (w.year < MIN_YEAR || w.year > MAX_YEAR || w.month < 1 || w.month > 12 || w.day < 1 || w.day > daysIn(w.year, w.month)) return undefined;
  if (w.hour > 24 || w.minute > 59 || w.second > 59 || (w.hour === 24 && (w.minute || w.second))) return undefined;
  if (typeof w.zone === 'string') {
    const { year, month, day, hour, minute, second } = w;
    return instantOf({ year, month, day, hour, minute, second }, w.zone) + w.millisecond;
  }
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond) - (w.zone ?? 0) * 60_000;
}

/**
 * Reads a date as a feed writes it; undefined when it is not one of the forms above or names an
 * impossible time. Independent of the host's time zone.
 *
 * @example readFeedDate('Wed, 01 May 2024 10:00:00 CEST') // Date.UTC(2024, 4, 1, 8)
 */
export function readFeedDate(raw: string | undefined): number | undefined {
  const text = raw?.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!text) return undefined;
  const written = readIso(text) ?? readKorean(text) ?? readRfc822(text);
  return written ? instantOfWritten(written) : undefined;
}
