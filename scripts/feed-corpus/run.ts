/**
 * `npm run eval:feeds -- --corpus <dir> [--only <category prefix>] [--details]`: feedparser's test
 * suite read through Brief's own fetch → decode → parse path over loopback, each file's `Expect:`
 * checked where Brief keeps the field; then feedparser's date strings under two host time zones.
 * Prints the tables and every failure (with `--details`, the skip reasons too). Exit 1 on any
 * crash or hang.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readCorpus } from './cases.ts';
import { checkCase } from './check.ts';
import { readDateCases, scoreDates, type DateResult } from './dates.ts';
import { readAll } from './pool.ts';
import { categoryTable, dateMisses, dateTable, failureList, skipReasons, type FileResult } from './report.ts';
import { serveCorpus } from './serve.ts';

/** The host time zones the date strings are read under. */
export const DATE_ZONES = ['UTC', 'America/Los_Angeles'];
/** A file whose reading takes longer than this is a hang. */
const HANG_MS = 20_000;

const RUN = fileURLToPath(new URL('../../bin/run.js', import.meta.url));
const SELF = fileURLToPath(new URL('../eval-feeds.ts', import.meta.url));

/** Scores the date strings in a child process whose `TZ` is `zone`. */
function datesUnder(zone: string, corpusDir: string): Promise<DateResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RUN, SELF, '--dates-json', corpusDir], { env: { ...process.env, TZ: zone }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as DateResult[]) : reject(new Error(`date scoring under TZ=${zone} exited ${code}`))));
  });
}

/** `--dates-json <dir>`: the date results in this process's zone, as JSON (for `datesUnder`). */
export async function printDatesJson(corpusDir: string): Promise<number> {
  process.stdout.write(JSON.stringify(await scoreDates(await readDateCases(corpusDir))));
  return 0;
}

/** Runs the corpus evaluation and prints its report. */
export async function runCorpus(corpusDir: string, options: { only?: string; details?: boolean }): Promise<number> {
  const cases = (await readCorpus(corpusDir)).filter((c) => !options.only || c.path.startsWith(options.only));
  if (cases.length === 0) {
    console.error(`eval:feeds: no .xml files under ${corpusDir}/tests${options.only ? ` starting ${options.only}` : ''}`);
    return 2;
  }
  const server = await serveCorpus(cases);
  const started = performance.now();
  let outcomes;
  try {
    outcomes = await readAll(
      cases.map((c) => server.urlOf(c)),
      { parallel: 2, limitMs: HANG_MS, onProgress: (n) => n % 200 === 0 && process.stderr.write(`  ${n}/${cases.length} files read\n`) },
    );
  } finally {
    await server.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const results: FileResult[] = cases.map((entry, i) => ({ entry, outcome: outcomes[i]!, check: checkCase(entry, outcomes[i]!, server.origin) }));
  const slowest = [...results].sort((a, b) => b.outcome.ms - a.outcome.ms)[0];

  console.log(`## Corpus: ${cases.length} files read over loopback in ${seconds.toFixed(1)} s (slowest ${slowest?.entry.path}, ${slowest?.outcome.ms.toFixed(0)} ms)\n`);
  console.log(categoryTable(results));
  console.log('\nChecks passed counts the conditions decided by fields Brief keeps; skipped ones name a field Brief does not keep or a deliberate difference.\n');
  console.log('### Failures: what was expected, and what Brief produced\n');
  console.log(failureList(results));
  if (options.details) {
    console.log('\n### Skipped, by reason\n\n| checks | reason |\n|---:|---|');
    console.log(skipReasons(results));
  } else {
    console.log(`\n${results.filter((r) => r.check.result === 'skipped').length} checks skipped; add --details to list their reasons.`);
  }

  const dateCases = await readDateCases(corpusDir);
  const byZone = await Promise.all(DATE_ZONES.map(async (zone) => ({ zone, results: await datesUnder(zone, corpusDir) })));
  console.log(`\n## Date strings: ${dateCases.length} from feedparser's date tests, read by Brief's feed date reader\n`);
  console.log(dateTable(byZone));
  console.log('\n' + dateMisses(byZone));

  const broken = results.filter((r) => r.outcome.status === 'crashed' || r.outcome.status === 'hung').length;
  return broken ? 1 : 0;
}
