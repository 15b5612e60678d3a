/**
 * feedparser's date strings (its `tests/test_date_parsers.py`, kept beside the corpus) read by
 * Brief's feed date reader: each string with the instant feedparser expects — a UTC
 * `time.struct_time`, or None for a string that must not be read — grouped by the feedparser parser
 * that the case was written for. The evaluation runs this under two host time zones.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeedDate } from '../../src/feeds/dates.ts';
import { parseFeed } from '../../src/feeds/parse.ts';
import { parsePython, type Expr } from './python-expr.ts';

/** One date string and what it must read as. */
export interface DateCase {
  /** The feedparser parser it tests, without `_parse_date_` (`rfc822`, `w3dtf`, `greek`…). */
  group: string;
  input: string;
  /** ISO instant (whole seconds), or null when the string must not be read. */
  expected: string | null;
}

/** How Brief read one date string. */
export interface DateResult extends DateCase {
  got: string | null;
  ok: boolean;
  /** An Atom feed whose one entry has this string in `<updated>` was refused (it must never be). */
  feedRefused: boolean;
}

function literal(expr: Expr): unknown {
  if (expr.kind === 'const') return expr.value;
  if (expr.kind === 'tuple' || expr.kind === 'list') return expr.items.map(literal);
  if (expr.kind === 'neg') return -(literal(expr.operand) as number);
  throw new Error(`not a literal: ${expr.kind}`);
}

function instantOf(tuple: number[]): string {
  const [y, mo, d, h, mi, s] = tuple as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(2000, 0, 1, h, mi, s));
  date.setUTCFullYear(y, mo - 1, d);
  return date.toISOString();
}

const STRING = String.raw`"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'`;
const CASE = new RegExp(String.raw`\(\s*_parse_date_(\w+),\s*(${STRING}),\s*(None|\([^()]*\)),?\s*\)`, 'g');
const NONE_CASE = new RegExp(String.raw`_parse_date_(\w+)\((${STRING})\)\s*\n\s*assert \w+ is None`, 'g');

/** Reads the date cases from the corpus's copy of feedparser's date tests. */
export async function readDateCases(corpusDir: string): Promise<DateCase[]> {
  const source = await readFile(join(corpusDir, 'tests', 'test_date_parsers.py'), 'utf8');
  const cases: DateCase[] = [];
  for (const match of source.matchAll(CASE)) {
    const expected = literal(parsePython(match[3]!));
    cases.push({ group: match[1]!, input: literal(parsePython(match[2]!)) as string, expected: expected === null ? null : instantOf(expected as number[]) });
  }
  for (const match of source.matchAll(NONE_CASE)) cases.push({ group: match[1]!, input: literal(parsePython(match[2]!)) as string, expected: null });
  return cases;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** True when Brief refuses an Atom feed whose one entry has `date` in `<updated>`. */
async function refusesFeedWith(date: string): Promise<boolean> {
  const doc = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>e</title><id>urn:e</id><updated>${escapeXml(date)}</updated></entry></feed>`;
  try {
    return (await parseFeed(doc)).items.length !== 1;
  } catch {
    return true;
  }
}

/** Reads each case with Brief's feed date reader in this process (whose `TZ` the caller chose). */
export async function scoreDates(cases: readonly DateCase[]): Promise<DateResult[]> {
  return Promise.all(
    cases.map(async (c) => {
      const read = parseFeedDate(c.input);
      const got = read === undefined ? null : new Date(Math.floor(Date.parse(read) / 1000) * 1000).toISOString();
      return { ...c, got, ok: got === c.expected, feedRefused: await refusesFeedWith(c.input) };
    }),
  );
}
