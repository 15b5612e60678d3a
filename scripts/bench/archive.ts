/**
 * `npm run bench -- archive [--sizes 1000,10000,100000] [--runs 5] [--cold-runs N] [--dir D] [--keep]`:
 * an archive of N briefings with real-length bodies (archive-corpus.ts, fixed seed), and how Brief
 * lives with it — medians of `--runs` runs (`--cold-runs`, default the same up to 10,000 and 1
 * above, for the first index, which extracts every article):
 *   - `brief start` to ready, cold (no index) and warm (index current), and resident memory then;
 *   - a whole `brief ask "who is …"` process, wall time and peak memory;
 *   - answer latency in process (p50/p99 of 2,000 mixed questions, median of 5 rounds);
 *   - one changed file re-indexed and answerable while the bot runs, and the first free question
 *     ("why …", which ranks stories by the story index) after it, in the bot and as a lone `brief ask`;
 *   - the index's size on disk.
 * Processes run the compiled build (built first when dist/ is not current).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseRuntime } from '../../bin/runtime.js';
import { makeIncoming } from '../../src/answer/incoming.ts';
import { buildHouse } from '../../src/app/house.ts';
import { readSettings } from '../../src/config/env.ts';
import { createLogger } from '../../src/log.ts';
import { writeArchive } from './archive-corpus.ts';
import { KINDS, questionsFor } from './archive-questions.ts';
import { median, percentile, startBot, timeAsk, timeStart } from './archive-process.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ROUNDS = 5;
/** The briefing the benchmark edits, and a free question about another story. */
const EDITED = 'story-000007.md';
const FREE_QUESTION = 'why was the utility review ordered after the blackouts';
/** The briefing's text with `word` added to its headline and article (so it is extracted again). */
const edited = (original: string, word: string) => original.replace(/^headline: "/m, `headline: "${word} `).replace(/\n$/, ` A late statement named ${word}.\n`);
/** The kinds of question in the mix, in the order `questionsFor` repeats them. */

interface SizeResult {
  size: number;
  folderMb: number;
  indexMb: number;
  cold: number[];
  coldCpu: number[];
  coldRate: number;
  warm: number[];
  warmCpu: number[];
  rss: number[];
  ask: number[];
  askCpu: number[];
  askBesideBot: number[];
  askPeak: number[];
  p50: number;
  p99: number;
  cpuP50: number;
  cpuP99: number;
  reindex: number[];
  /** The first free question after an edit, in the running bot: wall and CPU time (ms). */
  freeAfterEdit: number[];
  freeAfterEditCpu: number[];
  /** Seconds from the in-process start until the bot's tidying of the full-text tables ended (before answers are timed). */
  tidied: number;
  /** A lone `brief ask "why …"` after an edit (re-indexing the file, then answering): wall and CPU time (s). */
  loneFree: number[];
  loneFreeCpu: number[];
  /** Per kind of question, over every round: p50, p99 and the slowest in ms (wall), and the p99 of its CPU time. */
  kinds: Array<{ kind: string; p50: number; p99: number; max: number; cpuP99: number }>;
}

function ensureCompiled(): string {
  const choice = chooseRuntime(ROOT);
  if (choice.runtime === 'dist') return 'compiled (dist/ current)';
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('npm run build failed; the archive benchmark measures the compiled build');
  return `compiled (built now: ${choice.why})`;
}

/** The archive of this size in `root`, written once and reused (it is the same every time). */
function archiveFor(root: string, size: number): { dir: string; bytes: number } {
  const dir = join(root, `archive-${size}`);
  const marker = join(dir, '.archive.json');
  if (existsSync(marker)) return { dir, bytes: (JSON.parse(readFileSync(marker, 'utf8')) as { bytes: number }).bytes };
  rmSync(dir, { recursive: true, force: true });
  const bytes = writeArchive(dir, { count: size });
  writeFileSync(marker, JSON.stringify({ count: size, bytes }));
  return { dir, bytes };
}

function indexBytes(db: string): number {
  return ['', '-wal', '-shm'].reduce((sum, suffix) => sum + (existsSync(db + suffix) ? statSync(db + suffix).size : 0), 0);
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const started = performance.now();
  while (!(await check())) {
    if (performance.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** In process, on the warm index: answer latency, the question for `brief ask`, and re-indexing one file. */
async function inProcess(
  dir: string,
  db: string,
  size: number,
  runs: number,
): Promise<Pick<SizeResult, 'p50' | 'p99' | 'cpuP50' | 'cpuP99' | 'reindex' | 'kinds' | 'freeAfterEdit' | 'freeAfterEditCpu' | 'tidied'> & { who: string }> {
  const settings = readSettings({ BRIEFINGS_DIR: dir, DATABASE_URL: db }, ROOT);
  const house = buildHouse(settings, createLogger({ level: 'silent' }), { watch: true });
  await house.store.start();
  const started = performance.now();
  await house.catalog.start();
  try {
    // Answers are timed on the index as a running bot keeps it: its full-text tables tidied (a
    // first index by the bot leaves them in pieces, which it merges in steps once started).
    await until(async () => !house.catalog.tidying, 30 * 60_000);
    const tidied = (performance.now() - started) / 1000;
    const library = house.catalog.library();
    const { mix, who } = await questionsFor(library, size);
    const ask = (q: string) => house.responder.respond(makeIncoming(q, { platform: 'terminal', conversation: 'bench', user: 'bench' }));
    for (const q of mix.slice(0, 200)) await ask(q);
    // Wall time, and CPU time: on a shared machine the wall clock also counts waiting for a core.
    const rounds: Array<{ p50: number; p99: number; cpuP50: number; cpuP99: number }> = [];
    const byKind: number[][] = KINDS.map(() => []);
    const cpuByKind: number[][] = KINDS.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      const times: number[] = [];
      const cpu: number[] = [];
      for (const [i, q] of mix.entries()) {
        const t = performance.now();
        const c = process.cpuUsage();
        await ask(q);
        const used = process.cpuUsage(c);
        times.push(performance.now() - t);
        byKind[i % KINDS.length]!.push(times.at(-1)!);
        cpu.push((used.user + used.system) / 1000);
        cpuByKind[i % KINDS.length]!.push(cpu.at(-1)!);
      }
      times.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      rounds.push({ p50: percentile(times, 50), p99: percentile(times, 99), cpuP50: percentile(cpu, 50), cpuP99: percentile(cpu, 99) });
    }
    // Edit one briefing's headline and article (so it is extracted again), as an editor would; then
    // a free question, which ranks stories by the story index (held since the first one, below).
    await ask(FREE_QUESTION);
    const file = join(dir, EDITED);
    const original = readFileSync(file, 'utf8');
    const reindex: number[] = [];
    const freeAfterEdit: number[] = [];
    const freeAfterEditCpu: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const word = `zanzibarite${run}`;
      const t = performance.now();
      writeFileSync(file, edited(original, word));
      await until(async () => (await library.findBriefing(word))?.slug === 'story-000007', 30_000);
      if (run > 0) reindex.push((performance.now() - t) / 1000); // run 0 loads the extractor
      const free = performance.now();
      const c = process.cpuUsage();
      await ask(`why did the ${word} matter`);
      const used = process.cpuUsage(c);
      if (run > 0) {
        freeAfterEdit.push(performance.now() - free);
        freeAfterEditCpu.push((used.user + used.system) / 1000);
      }
      writeFileSync(file, original);
      await until(async () => (await library.findBriefing(word)) === undefined, 30_000);
    }
    const mid = (key: 'p50' | 'p99' | 'cpuP50' | 'cpuP99') => median(rounds.map((r) => r[key]));
    const kinds = KINDS.map((kind, i) => {
      const sorted = byKind[i]!.sort((a, b) => a - b);
      const cpu = cpuByKind[i]!.sort((a, b) => a - b);
      return { kind, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1)!, cpuP99: percentile(cpu, 99) };
    });
    return { p50: mid('p50'), p99: mid('p99'), cpuP50: mid('cpuP50'), cpuP99: mid('cpuP99'), who, reindex, kinds, freeAfterEdit, freeAfterEditCpu, tidied };
  } finally {
    await house.catalog.stop();
    await house.store.stop();
  }
}

async function benchSize(root: string, size: number, runs: number, coldRuns: number): Promise<SizeResult> {
  const { dir, bytes } = archiveFor(root, size);
  const db = join(root, `index-${size}`, 'brief.db');
  const env = { BRIEFINGS_DIR: dir, DATABASE_URL: db };
  const timeout = Math.max(120_000, size * 200);
  const cold: number[] = [];
  const coldCpu: number[] = [];
  for (let run = 0; run < coldRuns; run++) {
    rmSync(join(root, `index-${size}`), { recursive: true, force: true });
    const started = await timeStart(env, timeout);
    cold.push(started.seconds);
    if (started.cpuSeconds !== undefined) coldCpu.push(started.cpuSeconds);
  }
  const warm: number[] = [];
  const warmCpu: number[] = [];
  const rss: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = await timeStart(env, timeout);
    warm.push(started.seconds);
    if (started.cpuSeconds !== undefined) warmCpu.push(started.cpuSeconds);
    if (started.rssMb !== undefined) rss.push(started.rssMb);
  }
  const measured = await inProcess(dir, db, size, runs);
  const asks = Array.from({ length: runs }, () => timeAsk(`who is ${measured.who}`, env));
  if (!asks[0]!.output.includes(measured.who)) throw new Error(`brief ask did not answer who is ${measured.who}: ${asks[0]!.output.slice(0, 200)}`);
  // Beside a running bot, `brief ask` answers from the index the bot keeps, without comparing the folder.
  const bot = await startBot(env, timeout);
  const besideBot = Array.from({ length: runs }, () => timeAsk(`who is ${measured.who}`, env));
  await bot.stop();
  // A lone free question after each edit: the process re-indexes the file, then answers.
  const file = join(dir, EDITED);
  const original = readFileSync(file, 'utf8');
  const lone = Array.from({ length: runs }, (_, run) => {
    writeFileSync(file, edited(original, `zanzibarite${run}`));
    return timeAsk(`why did the zanzibarite${run} matter`, env);
  });
  writeFileSync(file, original);
  return {
    size,
    folderMb: bytes / 2 ** 20,
    indexMb: indexBytes(db) / 2 ** 20,
    cold,
    coldCpu,
    coldRate: size / median(cold),
    warm,
    warmCpu,
    rss,
    ask: asks.map((a) => a.seconds),
    askCpu: asks.flatMap((a) => (a.cpuSeconds === undefined ? [] : [a.cpuSeconds])),
    askBesideBot: besideBot.map((a) => a.seconds),
    askPeak: asks.flatMap((a) => (a.peakMb === undefined ? [] : [a.peakMb])),
    p50: measured.p50,
    p99: measured.p99,
    cpuP50: measured.cpuP50,
    cpuP99: measured.cpuP99,
    reindex: measured.reindex,
    freeAfterEdit: measured.freeAfterEdit,
    freeAfterEditCpu: measured.freeAfterEditCpu,
    tidied: measured.tidied,
    loneFree: lone.map((a) => a.seconds),
    loneFreeCpu: lone.flatMap((a) => (a.cpuSeconds === undefined ? [] : [a.cpuSeconds])),
    kinds: measured.kinds,
  };
}

const f = (n: number, digits = 2) => n.toFixed(digits);
const m = (values: number[], digits = 2) => (values.length ? f(median(values), digits) : 'n/a');

/** Runs the section and returns printable lines. */
export async function benchArchive(options: Record<string, string> = {}): Promise<string[]> {
  const sizes = (options.sizes ?? '1000,10000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
  const runs = Number(options.runs ?? ROUNDS);
  const root = options.dir ?? join(tmpdir(), 'brief-bench-archive');
  const runtime = ensureCompiled();
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const coldRuns = Number(options['cold-runs'] ?? (size <= 10_000 ? runs : 1));
    results.push(await benchSize(root, size, runs, coldRuns));
    if (options.keep !== 'true') rmSync(join(root, `index-${size}`), { recursive: true, force: true });
  }
  return [
    '## The archive: start-up, a whole `brief ask`, answers and re-indexing at scale',
    '',
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${load} at start, ${loadavg().map((l) => l.toFixed(1)).join(' ')} at end; ${runtime}; medians of ${runs} runs (cold: as shown).`,
    '',
    '| briefings | folder (MB) | index (MB) | cold start → ready, wall (CPU) (s) | warm start → ready, wall (CPU) (s) | resident after start (MB) | whole `brief ask`, wall (CPU) (s) | beside a running bot (s) | its peak (MB) | answer p50 / p99, wall (CPU) (ms) | one changed file answerable (s) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.size.toLocaleString('en')} | ${f(r.folderMb, 0)} | ${f(r.indexMb, 0)} | ${r.cold.length ? `${m(r.cold, 1)} (${m(r.coldCpu, 1)}; ${r.cold.length} run${r.cold.length === 1 ? '' : 's'}, ${f(r.coldRate, 0)}/s)` : 'not run (--cold-runs 0)'} | ${m(r.warm)} (${m(r.warmCpu)}) | ${m(r.rss, 0)} | ${m(r.ask)} (${m(r.askCpu)}) | ${m(r.askBesideBot)} | ${m(r.askPeak, 0)} | ${f(r.p50, 3)} / ${f(r.p99, 3)} (${f(r.cpuP50, 3)} / ${f(r.cpuP99, 3)}) | ${m(r.reindex)} |`,
    ),
    '',
    '| briefings | first free question after an edit, in the bot, wall (CPU) (ms) | lone `brief ask "why …"` after an edit, wall (CPU) (s) |',
    '|---:|---:|---:|',
    ...results.map((r) => `| ${r.size.toLocaleString('en')} | ${m(r.freeAfterEdit, 0)} (${m(r.freeAfterEditCpu, 0)}) | ${m(r.loneFree)} (${m(r.loneFreeCpu)}) |`),
    '',
    ...results.flatMap((r) => [
      `Answers at ${r.size.toLocaleString('en')} were timed once the bot's tidying of the full-text tables had ended, ${f(r.tidied, 1)} s after its start. Answer latency by kind of question (ms, every round): ` + r.kinds.map((k) => `${k.kind} ${f(k.p50)} / ${f(k.p99)} / ${f(k.max)} (CPU p99 ${f(k.cpuP99)})`).join('; ') + ' (wall p50 / p99 / max).',
      '',
    ]),
    'Targets: at 10,000 a whole `brief ask` ≤ 0.5 s and ≤ 150 MB, start-up ≤ 1 s, resident ≤ 200 MB; at 100,000 `brief ask` ≤ 1 s, start-up ≤ 3 s, resident ≤ 400 MB, p99 ≤ 5 ms; one changed file answerable within 1 s.',
    '',
  ];
}
