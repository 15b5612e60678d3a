/**
 * Digest schedules: friendly words ("weekday 8:00", "daily 9:00", "monday 8:30") or a cron
 * expression, and the next run of a schedule in a time zone after any instant.
 *
 * Two libraries, each in the role it fits:
 * - node-cron (one of the product's named packages) validates an expression and says what is wrong
 *   with it field by field. It does not tick here: the scheduler's clock is injected and its next
 *   runs are kept in the store, so a timer library that keeps nothing across restarts cannot own them.
 * - croner computes next runs with crontab's meaning — when both day-of-month and day-of-week are
 *   restricted, a day matching either runs (`0 8 1 * 1`: the 1st and every Monday) — and does the
 *   calendar stepping (month lengths, leap years, ranges and steps).
 * The zone mapping stays ours (`instantOf`): croner walks wall-clock time, and Brief's one DST rule
 * (a skipped 02:30 runs at 03:30, a repeated one runs once) then names the instant, as it does for
 * reminders.
 */
import { Cron } from 'croner';
import { validateDetailed } from 'node-cron';
import { canonicalTimeZone, instantOf, wallClock } from './zones.ts';

/** A schedule read from chat or configuration. */
export interface ParsedSchedule {
  cron: string;
  /** How to show it: "weekdays at 08:00" or the cron expression. */
  label: string;
  /** A time zone written after the schedule ("daily 9:00 Europe/Madrid"), if any. */
  timeZone?: string;
}

export type ScheduleResult = { ok: true; schedule: ParsedSchedule } | { ok: false; message: string };

const DAY_WORDS: Record<string, { dow: string; label: string }> = {
  daily: { dow: '*', label: 'every day' },
  day: { dow: '*', label: 'every day' },
  'every day': { dow: '*', label: 'every day' },
  weekday: { dow: '1-5', label: 'weekdays' },
  weekdays: { dow: '1-5', label: 'weekdays' },
  workday: { dow: '1-5', label: 'weekdays' },
  workdays: { dow: '1-5', label: 'weekdays' },
  weekend: { dow: '0,6', label: 'weekends' },
  weekends: { dow: '0,6', label: 'weekends' },
  sunday: { dow: '0', label: 'Sundays' },
  monday: { dow: '1', label: 'Mondays' },
  tuesday: { dow: '2', label: 'Tuesdays' },
  wednesday: { dow: '3', label: 'Wednesdays' },
  thursday: { dow: '4', label: 'Thursdays' },
  friday: { dow: '5', label: 'Fridays' },
  saturday: { dow: '6', label: 'Saturdays' },
};
const SHORT_DAYS: Record<string, string> = { sun: 'sunday', mon: 'monday', tue: 'tuesday', tues: 'tuesday', wed: 'wednesday', thu: 'thursday', thur: 'thursday', thurs: 'thursday', fri: 'friday', sat: 'saturday' };

const EXAMPLES = '`weekday 8:00`, `daily 9:00`, `monday 8:30` or a cron expression such as `0 8 * * 1-5`';
/** Digests more often than this are refused: a digest is a summary, not a feed. */
export const MIN_DIGEST_INTERVAL_MS = 60 * 60_000;

/** Reads a digest schedule. */
export function parseSchedule(input: string): ScheduleResult {
  let text = input.trim().replace(/\s+/g, ' ');
  let timeZone: string | undefined;
  const zoneMatch = /\s+(\S*\/\S+|utc|gmt)$/i.exec(text);
  if (zoneMatch) {
    const zone = canonicalTimeZone(zoneMatch[1]!);
    if (!zone) return { ok: false, message: `\`${zoneMatch[1]}\` is not a time zone — use a name such as Europe/Madrid or America/New_York.` };
    timeZone = zone;
    text = text.slice(0, zoneMatch.index).trim();
  }
  const friendly = parseFriendly(text);
  const parsed = friendly ?? parseCronText(text);
  if (!parsed.ok) return parsed;
  return { ok: true, schedule: { ...parsed.schedule, ...(timeZone ? { timeZone } : {}) } };
}

function parseFriendly(text: string): ScheduleResult | undefined {
  const m = /^(?:(?:every\s+)?([a-z]+(?:\s+day)?)(?:\s+at)?\s+)?(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?$/i.exec(text);
  if (!m) return undefined;
  // A bare time ("digest at 9:00") means every day.
  const said = (m[1] ?? 'daily').toLowerCase();
  const word = SHORT_DAYS[said] ?? said;
  const day = DAY_WORDS[word] ?? DAY_WORDS[word.replace(/s$/, '')];
  if (!day) return undefined;
  let hour = Number(m[2]);
  const minute = m[3] ? Number(m[3]) : 0;
  const meridiem = m[4]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return { ok: false, message: `\`${text}\`: ${hour}${meridiem} is not a time — use 1–12 with am/pm, or 0–23.` };
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return { ok: false, message: `\`${text}\`: ${m[2]}:${m[3] ?? '00'} is not a time of day — use 0:00 to 23:59.` };
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  return { ok: true, schedule: { cron: `${minute} ${hour} * * ${day.dow}`, label: `${day.label} at ${hh}:${mm}` } };
}

function parseCronText(text: string): ScheduleResult {
  if (/^[a-z]/i.test(text)) {
    return { ok: false, message: `\`${text}\` is not a schedule I can read. Try ${EXAMPLES}.` };
  }
  const check = validateDetailed(text);
  if (!check.valid || !check.fields) {
    const why = check.errors.map((e) => e.message).join('; ') || 'not a schedule';
    return { ok: false, message: `\`${text}\` is not a schedule (${why}). Try ${EXAMPLES}.` };
  }
  const fields = check.fields;
  if ([...fields.dayOfMonth, ...fields.dayOfWeek].some((v) => typeof v !== 'number')) {
    return { ok: false, message: `\`${text}\`: day tokens such as L, W or # are not supported for digests — use plain numbers, e.g. ${EXAMPLES}.` };
  }
  try {
    const first = nextCronRun(text, 'UTC', Date.UTC(2026, 0, 1));
    const second = nextCronRun(text, 'UTC', first);
    const third = nextCronRun(text, 'UTC', second);
    if (Math.min(second - first, third - second) < MIN_DIGEST_INTERVAL_MS) {
      return { ok: false, message: `\`${text}\` would post a digest more than once an hour — a digest summarises; pick something like ${EXAMPLES}.` };
    }
  } catch {
    return { ok: false, message: `\`${text}\` never runs (no date matches every field). Try ${EXAMPLES}.` };
  }
  return { ok: true, schedule: { cron: text, label: `cron \`${text}\`` } };
}

/** Wall-clock steppers by expression: croner parses an expression once. */
const steppers = new Map<string, Cron>();

function stepperFor(cron: string): Cron {
  let stepper = steppers.get(cron);
  if (!stepper) {
    // Paused and in UTC: it only computes, over wall-clock times written as UTC instants.
    stepper = new Cron(cron, { paused: true, timezone: 'UTC' });
    steppers.set(cron, stepper);
  }
  return stepper;
}

/** Wall-clock runs looked at before a schedule is declared never to run after `after`. */
const MAX_STEPS = 20_000;
/** How far before `after` the wall-clock walk begins: more than any DST shift. */
const LOOK_BACK_MS = 3 * 3_600_000;

/**
 * The first run of `cron` in `timeZone` strictly after `after` (epoch ms). Day-of-month and
 * day-of-week are ORed when both are restricted, as in crontab. A run whose wall-clock time a DST
 * change skips happens at the same clock time an hour later; a time that happens twice runs once,
 * at the first.
 *
 * @example nextCronRun('0 8 * * 1-5', 'Europe/Madrid', Date.parse('2026-03-27T08:00:00Z')) // Mon 30 Mar 08:00 CEST
 * @example nextCronRun('0 8 1 * 1', 'UTC', Date.parse('2026-01-27T09:00:00Z'))            // Sun 1 Feb 08:00 (the 1st)
 */
export function nextCronRun(cron: string, timeZone: string, after: number): number {
  const stepper = stepperFor(cron);
  const start = wallClock(after, timeZone);
  // Wall-clock time written as a UTC instant; start a little early, since a run moved by a DST gap
  // can fall on the clock after `after` although its written time is before it.
  let wall = new Date(Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute, start.second) - LOOK_BACK_MS);
  for (let i = 0; i < MAX_STEPS; i++) {
    const next = stepper.nextRun(wall);
    if (!next) break;
    const at = instantOf(
      { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: next.getUTCHours(), minute: next.getUTCMinutes(), second: next.getUTCSeconds() },
      timeZone,
    );
    if (at > after) return at;
    wall = next;
  }
  throw new Error(`cron \`${cron}\` never runs`);
}

/** A schedule's runs, for showing "next: …" and for tests. */
export function nextCronRuns(cron: string, timeZone: string, after: number, count: number): number[] {
  const runs: number[] = [];
  let t = after;
  for (let i = 0; i < count; i++) runs.push((t = nextCronRun(cron, timeZone, t)));
  return runs;
}
