/**
 * Briefing durations ("7d", "12h", "2w", "30m"): reading them, saying them, and adding them to an
 * instant the way a person counts ("7 days on" keeps the hour across a DST change).
 */
import { instantOf, wallClock } from './zones.ts';

const DURATION = /^\s*(\d+)\s*(m|min|h|d|w)\s*$/i;
const UNIT_MS: Record<string, number> = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };
const UNIT_WORDS: Record<string, [string, string]> = { m: ['minute', 'minutes'], min: ['minute', 'minutes'], h: ['hour', 'hours'], d: ['day', 'days'], w: ['week', 'weeks'] };

/** A briefing duration ("7d", "12h", "2w", "30m") in ms, or undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * UNIT_MS[m[2]!.toLowerCase()]!;
}

/** "7d" → "7 days", "1w" → "1 week". */
export function durationLabel(text: string): string {
  const m = DURATION.exec(text);
  if (!m) return text;
  const [one, many] = UNIT_WORDS[m[2]!.toLowerCase()]!;
  return `${m[1]} ${Number(m[1]) === 1 ? one : many}`;
}

/**
 * Adds a duration the way a person counts it: days and weeks keep the wall-clock time across a
 * DST change ("7 days on" at the same hour), minutes and hours are elapsed time.
 */
export function addDuration(instant: number, text: string, timeZone: string): number | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  const unit = m[2]!.toLowerCase();
  const n = Number(m[1]);
  if (unit !== 'd' && unit !== 'w') return instant + n * UNIT_MS[unit]!;
  const w = wallClock(instant, timeZone);
  const days = unit === 'w' ? n * 7 : n;
  const date = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return instantOf({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: w.hour, minute: w.minute, second: w.second }, timeZone);
}
