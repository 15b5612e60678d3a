/**
 * Reads `remind <topic> <when> [note]`: chrono-node finds where the date starts, which splits the
 * topic from the time and the note; the date is read as wall-clock time in the channel's zone.
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node/en';
import { instantOf, offsetMinutes, wallClock } from './zones.ts';

let english: typeof Chrono | undefined;

/**
 * chrono-node's English parser, loaded on the first reminder: the package is a few hundred
 * modules, and every `brief ask` that sets no reminder would otherwise load them at start.
 */
function chrono(): typeof Chrono {
  english ??= createRequire(import.meta.url)('chrono-node/en') as typeof Chrono;
  return english;
}

export interface WhenParts {
  /** The words before the date ("swap"), or after it when the date came first. */
  topic: string;
  note?: string;
  /** The date as written ("tomorrow 9am"). */
  whenText: string;
  /** Epoch ms. */
  at: number;
  /** True when the date came before the topic ("in 3 days swap …"): topic and note are not yet split. */
  dateFirst: boolean;
}

/** Hour used when only a day is given ("on Friday", "tomorrow"). */
export const DEFAULT_HOUR = 9;

const LEADING = /^(?:about|on|for|re|regarding|of)\s+/i;
const TRAILING = /\s+(?:on|at|in|by|for|from|until|till|,|-|—)$/i;
const NOTE_LEAD = /^(?:(?:to|that)\s+|note\s*:\s*|[:—–,-]\s*)/i;

/**
 * Finds the date in a reminder's text and splits around it.
 * Returns undefined when no date is found.
 *
 * @example readWhen('swap tomorrow 9am check the terms', now, 'Europe/Madrid')
 *   → { topic: 'swap', whenText: 'tomorrow 9am', note: 'check the terms', at: … }
 */
export function readWhen(text: string, now: number, timeZone: string): WhenParts | undefined {
  const reference = { instant: new Date(now), timezone: offsetMinutes(now, timeZone) };
  const results = chrono().casual.parse(text, reference, { forwardDate: true });
  const result = results[0];
  if (!result) return undefined;
  const before = tidy(text.slice(0, result.index).replace(TRAILING, ''));
  const after = tidy(text.slice(result.index + result.text.length));
  const at = instantFromResult(result, now, timeZone);
  const [topic, note] = before ? [before, after] : [after, ''];
  return {
    topic: topic.replace(LEADING, '').trim(),
    ...(note ? { note: note.replace(NOTE_LEAD, '').trim() } : {}),
    whenText: result.text.trim(),
    at,
    dateFirst: !before,
  };
}

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s,:;—-]+|[\s,:;—-]+$/g, '').trim();
}

/**
 * The instant a chrono result names in `timeZone`. Elapsed-time phrases ("in 2 hours") and ones
 * with their own zone ("9am UTC") use chrono's instant; calendar phrases are rebuilt from their
 * wall-clock fields so a date across a DST change keeps the hour the person said.
 */
function instantFromResult(result: Chrono.ParsedResult, now: number, timeZone: string): number {
  const start = result.start;
  const tags = start.tags();
  if (tags.has('result/relativeDateAndTime') || start.isCertain('timezoneOffset')) return start.date().getTime();
  const wall = wallClock(now, timeZone);
  const hourGiven = start.isCertain('hour');
  const relativeDays = tags.has('result/relativeDate');
  const get = (c: Chrono.Component, fallback: number) => start.get(c) ?? fallback;
  return instantOf(
    {
      year: get('year', wall.year),
      month: get('month', wall.month),
      day: get('day', wall.day),
      // "in 3 days" keeps the time of day; a bare day ("on Friday") means the morning.
      hour: hourGiven || relativeDays ? get('hour', wall.hour) : DEFAULT_HOUR,
      minute: hourGiven || relativeDays ? get('minute', wall.minute) : 0,
      second: hourGiven ? get('second', 0) : relativeDays ? wall.second : 0,
    },
    timeZone,
  );
}
