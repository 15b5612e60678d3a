/**
 * Wall-clock time in IANA time zones, without a date library: what a clock in Madrid reads at an
 * instant, and which instant a Madrid wall-clock time is (DST gaps move forward, overlaps take the
 * earlier instant). Also durations ("7d") and how times are shown in chat.
 */

/** A clock the scheduler reads; tests pass a fake one. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the name is a time zone this runtime knows ("Europe/Madrid", "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The canonical spelling of a time zone name ("europe/madrid" → "Europe/Madrid"), or undefined. */
export function canonicalTimeZone(name: string): string | undefined {
  if (!isTimeZone(name)) return undefined;
  return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
}

/** What a clock in `timeZone` reads at `instant` (epoch ms). */
export function wallClock(instant: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of partsFormatter(timeZone).formatToParts(new Date(instant))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday!] ?? 0,
  };
}

/** Minutes the zone is ahead of UTC at an instant (Madrid in summer: 120). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

export type LocalTime = Omit<WallClock, 'weekday'>;

/**
 * The instant a wall-clock time in `timeZone` names. A time skipped by a DST change (02:30 on the
 * spring-forward night) becomes the instant an hour later on the same clock (03:30); a time that
 * happens twice (autumn) is the first of the two.
 */
export function instantOf(local: LocalTime, timeZone: string): number {
  const naive = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  const candidates = new Set<number>();
  for (const probe of [naive - 36 * 3_600_000, naive, naive + 36 * 3_600_000]) {
    candidates.add(naive - offsetMinutes(probe, timeZone) * 60_000);
  }
  const exact = [...candidates].filter((t) => sameLocal(wallClock(t, timeZone), local)).sort((a, b) => a - b);
  if (exact.length) return exact[0]!;
  // In a gap: keep the offset from before the change, which lands after it on the clock.
  return naive - offsetMinutes(naive - 36 * 3_600_000, timeZone) * 60_000;
}

function sameLocal(a: LocalTime, b: LocalTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second;
}

/** The calendar day after a date (no time zone involved). */
export function nextDate(year: number, month: number, day: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(year, month - 1, day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const UNIT_MS: Record<string, number> = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };
const UNIT_WORDS: Record<string, [string, string]> = { m: ['minute', 'minutes'], min: ['minute', 'minutes'], h: ['hour', 'hours'], d: ['day', 'days'], w: ['week', 'weeks'] };

/** A briefing duration ("7d", "12h", "2w", "30m") in ms, or undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d+)\s*(m|min|h|d|w)\s*$/i.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * UNIT_MS[m[2]!.toLowerCase()]!;
}

/** "7d" → "7 days", "1w" → "1 week". */
export function durationLabel(text: string): string {
  const m = /^\s*(\d+)\s*(m|min|h|d|w)\s*$/i.exec(text);
  if (!m) return text;
  const [one, many] = UNIT_WORDS[m[2]!.toLowerCase()]!;
  return `${m[1]} ${Number(m[1]) === 1 ? one : many}`;
}

/**
 * Adds a duration the way a person counts it: days and weeks keep the wall-clock time across a
 * DST change ("7 days on" at the same hour), minutes and hours are elapsed time.
 */
export function addDuration(instant: number, text: string, timeZone: string): number | undefined {
  const m = /^\s*(\d+)\s*(m|min|h|d|w)\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = m[2]!.toLowerCase();
  const n = Number(m[1]);
  if (unit !== 'd' && unit !== 'w') return instant + n * UNIT_MS[unit]!;
  const w = wallClock(instant, timeZone);
  const days = unit === 'w' ? n * 7 : n;
  const date = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return instantOf({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: w.hour, minute: w.minute, second: w.second }, timeZone);
}

/** How a time reads in chat: "Thu 26 Mar 2026, 09:00 CET". */
export function formatInstant(instant: number, timeZone: string): string {
  const parts: Record<string, string> = {};
  const date = new Date(instant);
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  for (const p of format.formatToParts(date)) parts[p.type] = p.value;
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} ${zoneAbbreviation(date, timeZone)}`;
}

/** "CET", "EDT", "UTC"; English locales know different abbreviations, so ask both before "GMT+3". */
function zoneAbbreviation(date: Date, timeZone: string): string {
  let fallback = '';
  for (const locale of ['en-GB', 'en-US']) {
    const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (name && !/^GMT[+-]/.test(name)) return name;
    fallback ||= name;
  }
  return fallback;
}

/** "in 3 days", "in 2 hours", "5 minutes ago": a rough distance for lists. */
export function relativeLabel(instant: number, now: number): string {
  const diff = instant - now;
  const abs = Math.abs(diff);
  const [n, unit] =
    abs < 3_600_000 ? [Math.round(abs / 60_000), 'minute'] : abs < 48 * 3_600_000 ? [Math.round(abs / 3_600_000), 'hour'] : [Math.round(abs / 86_400_000), 'day'];
  const label = `${n} ${unit}${n === 1 ? '' : 's'}`;
  return diff >= 0 ? `in ${label}` : `${label} ago`;
}
