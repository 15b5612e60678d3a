/**
 * How times read in chat: "Thu 26 Mar 2026, 09:00 CET" and "in 3 days".
 */

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

/** A span for progress lines: "38 s", "2 min 5 s", "1 h 12 min". */
export function spanLabel(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  const m = Math.round(s / 60);
  return `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
}
