/**
 * Feed dates → ISO 8601. RFC 822 and ISO 8601 as the standards say; named US zones ("EST"); and
 * the numeric `08/02/2013 12:00:00` some CMSs write, read day-first unless the feed's language is
 * US English or the numbers only fit month-first. A date without a zone is taken as UTC.
 */

const NUMERIC = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$/;

/** True for a numeric date whose day and month could be swapped (`08/02/2013`). */
export function isAmbiguousNumericDate(raw: string | undefined): boolean {
  const m = NUMERIC.exec(raw ?? '');
  return Boolean(m && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2]);
}

/** Parses a feed date; undefined when it cannot be read. */
export function parseFeedDate(raw: string | undefined, language?: string): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const numeric = NUMERIC.exec(value);
  if (numeric) {
    const [a, b, year, hh, mm, ss] = numeric.slice(1).map((n) => (n === undefined ? 0 : Number(n))) as number[];
    const usFirst = /^en-us/i.test(language ?? '');
    let [day, month] = usFirst ? [b!, a!] : [a!, b!];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    const date = new Date(Date.UTC(year!, month - 1, day, hh, mm, ss));
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  const zoneless = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? `${value}Z` : value;
  const ms = Date.parse(zoneless);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
