/**
 * Wall-clock time in IANA time zones, on the runtime's own zone data (`Intl`): what a clock in
 * Madrid reads at an instant, and which instant a Madrid wall-clock time is. One rule for DST
 * everywhere (reminders, check-ins, digests): a time skipped by spring-forward happens at the same
 * clock time an hour later, and a time that happens twice is the first of the two. Also the one
 * time-zone check (`canonicalTimeZone`) that settings, chat commands and schedules share.
 */

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
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The canonical spelling of a time zone name ("europe/madrid" → "Europe/Madrid"), or undefined. */
export function canonicalTimeZone(name: string): string | undefined {
  // The default zone, known without asking Intl: a first Intl time-zone look-up loads the zone data
  // (about 15 ms at every start of a command that only checks its settings).
  if (name === 'UTC') return name;
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
