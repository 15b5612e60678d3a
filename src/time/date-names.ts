/**
 * Month and weekday names as feeds write them: English (short and long, any case), and the Greek
 * and Hungarian forms some older blog platforms publish. Greek is compared without accents, so
 * "Ιούλ" and "Ιουλ" are both July.
 */

const MONTHS: ReadonlyArray<readonly string[]> = [
  ['jan', 'january', 'ιαν', 'ιανουαριος', 'január', 'januar'],
  ['feb', 'february', 'φεβ', 'φεβρουαριος', 'február', 'februar'],
  ['mar', 'march', 'μαρ', 'μαρτιος', 'március', 'marcius'],
  ['apr', 'april', 'απρ', 'απριλιος', 'április', 'aprilis'],
  ['may', 'μαι', 'μαιος', 'május', 'majus'],
  ['jun', 'june', 'ιουν', 'ιουνιος', 'június', 'junius'],
  ['jul', 'july', 'ιουλ', 'ιουλιος', 'július', 'julius'],
  ['aug', 'august', 'αυγ', 'αυγουστος', 'augusztus'],
  ['sep', 'sept', 'september', 'σεπ', 'σεπτεμβριος', 'szeptember'],
  ['oct', 'october', 'οκτ', 'οκτωβριος', 'október', 'oktober'],
  ['nov', 'november', 'νοε', 'νοεμβριος'],
  ['dec', 'december', 'δεκ', 'δεκεμβριος'],
];

const WEEKDAYS = ['sun', 'sunday', 'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday', 'sat', 'saturday', 'κυρ', 'δευ', 'τρι', 'τετ', 'πεμ', 'παρ', 'σαβ'];

/** Lower case without Greek accents (and the final sigma as a plain sigma). */
function fold(word: string): string {
  const lower = word.toLowerCase().replace(/ς/g, 'σ');
  return /[\u0370-\u03ff\u1f00-\u1fff]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

const MONTH_INDEX = new Map<string, number>(MONTHS.flatMap((names, i) => names.map((n) => [fold(n), i + 1] as [string, number])));
const WEEKDAY_SET = new Set(WEEKDAYS.map(fold));

/** 1–12 for a month name ("Jul", "July", "Ιούλ", "július"), ignoring a trailing dot; else undefined. */
export function monthNumber(word: string | undefined): number | undefined {
  return word ? MONTH_INDEX.get(fold(word.replace(/\.$/, ''))) : undefined;
}

/** True for a weekday name in any of the known languages. */
export function isWeekday(word: string | undefined): boolean {
  return word !== undefined && WEEKDAY_SET.has(fold(word.replace(/\.$/, '')));
}
