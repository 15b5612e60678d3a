/**
 * Feed dates → ISO 8601. The standard forms (RFC 822, W3CDTF, ISO 8601 and their common
 * variants) are read by `readFeedDate` (src/time/feed-date.ts), independently of the host's zone;
 * this adds the numeric `08/02/2013 12:00:00` some CMSs write, read day-first unless the feed's
 * language is US English or the numbers only fit month-first. A date without a zone is UTC.
 */
import { readFeedDate } from '../time/feed-date.ts';

const NUMERIC = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$/;

/** True for a numeric date whose day and month could be swapped (`08/02/2013`). */
export function isAmbiguousNumericDate(raw: string | undefined): boolean {
  const m = NUMERIC.exec(raw ?? '');
  return Boolean(m && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2]);
}

/** Parses a feed date to ISO 8601; undefined when it cannot be read. */
export function parseFeedDate(raw: string | undefined, language?: string): string | undefined {
  let value = raw?.trim();
  if (!value) return undefined;
  const numeric = NUMERIC.exec(value);
  if (numeric) {
    const [a, b, year, hh, mm, ss] = numeric.slice(1).map((n) => (n === undefined ? 0 : Number(n))) as number[];
    const usFirst = /^en-us/i.test(language ?? '');
    let [day, month] = usFirst ? [b!, a!] : [a!, b!];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    const pad = (n: number) => String(n).padStart(2, '0');
    value = `${year}-${pad(month)}-${pad(day)}T${pad(hh!)}:${pad(mm!)}:${pad(ss!)}Z`;
  }
  const instant = readFeedDate(value);
  return instant === undefined ? undefined : new Date(instant).toISOString();
}
