/**
 * The corpus evaluation's tables: per category, files, parsed, rejected, crashes, hangs and checks
 * passed of those decided (skipped counted apart, with their reasons); then the failures with what
 * was expected and what Brief produced; then the date strings per host time zone.
 */
import type { CorpusCase } from './cases.ts';
import type { CheckResult } from './check.ts';
import type { DateResult } from './dates.ts';
import type { BriefOutcome } from './outcome.ts';

/** One file: the case, what Brief made of it, and its check. */
export interface FileResult {
  entry: CorpusCase;
  outcome: BriefOutcome;
  check: CheckResult;
}

interface Tally {
  files: number;
  parsed: number;
  rejected: number;
  crashes: number;
  hangs: number;
  passed: number;
  failed: number;
  skipped: number;
}

function tally(results: readonly FileResult[]): Tally {
  const t: Tally = { files: 0, parsed: 0, rejected: 0, crashes: 0, hangs: 0, passed: 0, failed: 0, skipped: 0 };
  for (const { outcome, check } of results) {
    t.files++;
    if (outcome.status === 'parsed') t.parsed++;
    else if (outcome.status === 'rejected') t.rejected++;
    else if (outcome.status === 'crashed') t.crashes++;
    else t.hangs++;
    if (check.result === 'passed') t.passed++;
    else if (check.result === 'failed') t.failed++;
    else if (check.result === 'skipped') t.skipped++;
  }
  return t;
}

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '–');

function row(name: string, t: Tally): string {
  const decided = t.passed + t.failed;
  return `| ${name} | ${t.files} | ${t.parsed} | ${t.rejected} | ${t.crashes} | ${t.hangs} | ${t.passed}/${decided} | ${percent(t.passed, decided)} | ${t.skipped} |`;
}

/** The per-category table, with a total row. */
export function categoryTable(results: readonly FileResult[]): string {
  const categories = [...new Set(results.map((r) => r.entry.category))].sort();
  const lines = ['| category | files | parsed | rejected | crashes | hangs | checks passed | % | skipped |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const category of categories) lines.push(row(category, tally(results.filter((r) => r.entry.category === category))));
  lines.push(row('**all**', tally(results)));
  return lines.join('\n');
}

/** Each failure: file, what it tests, the condition and what Brief gave. */
export function failureList(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const { entry, check, outcome } of results) {
    if (check.result !== 'failed' && outcome.status !== 'crashed' && outcome.status !== 'hung') continue;
    lines.push(`- ${entry.path} (${entry.description})`, `    expected: ${entry.expect ?? '(no condition)'}`, `    ${check.result === 'failed' ? check.why : `${outcome.status}: ${outcome.reason}`}`);
  }
  return lines.length ? lines.join('\n') : '(none)';
}

/** Skip reasons with their counts, most frequent first. */
export function skipReasons(results: readonly FileResult[]): string {
  const counts = new Map<string, number>();
  for (const { check } of results) if (check.result === 'skipped') counts.set(check.reason, (counts.get(check.reason) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `| ${n} | ${reason} |`).join('\n');
}

/** The date strings' table: per feedparser parser, read right under each time zone. */
export function dateTable(byZone: ReadonlyArray<{ zone: string; results: DateResult[] }>): string {
  const groups = [...new Set(byZone[0]?.results.map((r) => r.group) ?? [])];
  const lines = [`| parser | strings | ${byZone.map((z) => `right, TZ=${z.zone}`).join(' | ')} |`, `|---|---:|${byZone.map(() => '---:').join('|')}|`];
  for (const group of [...groups, undefined]) {
    const pick = (results: DateResult[]) => results.filter((r) => group === undefined || r.group === group);
    const total = pick(byZone[0]!.results).length;
    lines.push(`| ${group ?? '**all**'} | ${total} | ${byZone.map((z) => `${pick(z.results).filter((r) => r.ok).length} (${percent(pick(z.results).filter((r) => r.ok).length, total)})`).join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The date strings read wrong, per zone, after how many feeds a date string made Brief refuse. */
export function dateMisses(byZone: ReadonlyArray<{ zone: string; results: DateResult[] }>): string {
  const lines: string[] = byZone.map(({ zone, results }) => `Feeds refused because of the date in an entry's <updated>, TZ=${zone}: ${results.filter((r) => r.feedRefused).length} of ${results.length}`);
  lines.push('');
  for (const { zone, results } of byZone) {
    for (const r of results.filter((x) => !x.ok)) lines.push(`- TZ=${zone} ${r.group} ${JSON.stringify(r.input)}: expected ${r.expected ?? 'no date'}, Brief read ${r.got ?? 'no date'}`);
  }
  return lines.join('\n');
}
