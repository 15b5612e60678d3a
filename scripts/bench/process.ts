/**
 * A whole `brief ask` process, as a person runs it: wall time and peak memory (GNU time's maximum
 * resident set), on the repository's briefings and on a folder of 10,000 synthetic briefings
 * (first run extracts and fills the cache; later runs read it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../../bin/brief.js', import.meta.url).pathname;
const TIME = '/usr/bin/time';

function runOnce(args: string[], env: Record<string, string>, cwd: string): { seconds: number; mb?: number } {
  const started = performance.now();
  if (existsSync(TIME)) {
    const result = spawnSync(TIME, ['-f', '%M', 'node', BIN, ...args], { env: { ...process.env, ...env }, cwd, encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    const kb = Number(result.stderr.trim().split('\n').pop());
    return { seconds, ...(Number.isFinite(kb) ? { mb: kb / 1024 } : {}) };
  }
  execFileSync('node', [BIN, ...args], { env: { ...process.env, ...env }, cwd, stdio: 'ignore' });
  return { seconds: (performance.now() - started) / 1000 };
}

function syntheticFolder(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'brief-bench-'));
  const places = ['Aldermoor', 'Brightwater', 'Corvale', 'Dunmere', 'Eastholm'];
  for (let i = 0; i < count; i++) {
    const place = places[i % places.length]!;
    writeFileSync(
      join(dir, `story-${i}.md`),
      `---\nheadline: ${place} council votes on budget plan number ${i}\n---\n` +
        `The ${place} council voted on Tuesday to approve budget plan ${i}, said Mayor Dana Whitfield${i}, the city's mayor.\n\n` +
        `"We had no choice," Whitfield${i} said. It remains unclear how the cuts will be shared.\n`,
    );
  }
  return dir;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs the section and returns printable lines. */
export function benchProcess(): string[] {
  const lines = ['## A whole `brief ask` process', '', '| briefings | run | wall (s, median) | peak RSS (MB, median) |', '|---|---|---:|---:|'];
  const work = mkdtempSync(join(tmpdir(), 'brief-bench-cwd-'));
  mkdirSync(join(work, 'data'), { recursive: true });
  const repo = new URL('../../', import.meta.url).pathname;
  const row = (label: string, run: string, results: Array<{ seconds: number; mb?: number }>) => {
    const mbs = results.map((r) => r.mb).filter((m): m is number => m !== undefined);
    lines.push(`| ${label} | ${run} | ${median(results.map((r) => r.seconds)).toFixed(2)} | ${mbs.length ? median(mbs).toFixed(0) : 'n/a'} |`);
  };
  const seedRuns = Array.from({ length: 5 }, () => runOnce(['ask', '/brief swap'], { BRIEFINGS_DIR: join(repo, 'briefings') }, work));
  row('the repository’s', '5 runs', seedRuns);
  const big = syntheticFolder(10_000);
  const cold = [runOnce(['ask', 'who is Dana Whitfield42'], { BRIEFINGS_DIR: big }, work)];
  row('10,000 (headline + body only)', 'first (extracts, fills the cache)', cold);
  const warm = Array.from({ length: 3 }, () => runOnce(['ask', 'who is Dana Whitfield42'], { BRIEFINGS_DIR: big }, work));
  row('10,000 (headline + body only)', '3 runs, cache warm', warm);
  lines.push('', 'Targets: ≤ 3 s and ≤ 500 MB for a whole `brief ask` process.');
  return lines;
}

if (process.argv[1]?.endsWith('process.ts')) console.log(benchProcess().join('\n'));
