/**
 * Whole `brief` processes for the archive benchmark, as a person or an orchestrator runs them:
 * `brief start` timed from spawn to a 200 from /readyz (its CPU time and resident memory then read from /proc),
 * and `brief ask` timed to exit with its peak resident memory (GNU time's %M).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const BIN = new URL('../../bin/brief.js', import.meta.url).pathname;
const TIME = '/usr/bin/time';
/** Processes run the compiled build even if a source is edited while the benchmark runs. */
const COMPILED = { BRIEF_RUNTIME: 'dist' };
/** The kernel's clock ticks per second, for /proc CPU times. */
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function get(url: string): Promise<{ status: number; text: string } | undefined> {
  try {
    const res = await fetch(url);
    return { status: res.status, text: await res.text() };
  } catch {
    return undefined;
  }
}

/** A running `brief start` (the terminal chat, with PORT for /readyz). */
export interface RunningBot {
  /** Seconds from spawn until /readyz answered 200, and CPU time and resident memory then. */
  ready: { seconds: number; cpuSeconds?: number; rssMb?: number };
  /** Ends the bot by closing its input, as the end of a piped conversation does. */
  stop(): Promise<void>;
}

/**
 * Starts `brief start` and waits until /readyz answers 200 — with the terminal chat the first index
 * runs before it answers.
 */
export async function startBot(env: Record<string, string>, timeoutMs: number): Promise<RunningBot> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'start'], { env: { ...process.env, ...env, ...COMPILED, PORT: String(port), NO_COLOR: '1' }, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + String(d)).slice(-4000)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const stop = async () => {
    child.stdin.end();
    await exited;
  };
  try {
    for (;;) {
      if (performance.now() - started > timeoutMs) throw new Error(`brief start was not ready within ${timeoutMs / 1000} s: ${stderr}`);
      if (child.exitCode !== null) throw new Error(`brief start exited ${child.exitCode}: ${stderr}`);
      const ready = await get(`http://127.0.0.1:${port}/readyz`);
      if (ready?.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { ready: { seconds: (performance.now() - started) / 1000, ...processUsage(child.pid) }, stop };
}

/** `brief start` timed to ready, then stopped. */
export async function timeStart(env: Record<string, string>, timeoutMs: number): Promise<RunningBot['ready']> {
  const bot = await startBot(env, timeoutMs);
  await bot.stop();
  return bot.ready;
}

/** CPU seconds (user + system) and resident memory of a running process, from /proc (Linux). */
function processUsage(pid: number | undefined): { cpuSeconds?: number; rssMb?: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return { cpuSeconds: ticks / CLOCK_TICKS, ...(Number.isFinite(rssKb) ? { rssMb: rssKb / 1024 } : {}) };
  } catch {
    return {};
  }
}

/** One whole `brief ask`: wall seconds, CPU seconds (user + system) and peak resident memory. */
export function timeAsk(question: string, env: Record<string, string>): { seconds: number; cpuSeconds?: number; peakMb?: number; output: string } {
  const started = performance.now();
  const viaTime = existsSync(TIME);
  const args = viaTime ? ['-f', '%U %S %M', process.execPath, BIN, 'ask', question] : [BIN, 'ask', question];
  const result = spawnSync(viaTime ? TIME : process.execPath, args, { env: { ...process.env, ...env, ...COMPILED, NO_COLOR: '1' }, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`brief ask exited ${result.status}: ${result.stderr}`);
  const [user, system, kb] = viaTime ? (result.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) : [];
  return {
    seconds,
    ...(user !== undefined && system !== undefined && Number.isFinite(user + system) ? { cpuSeconds: user + system } : {}),
    ...(kb !== undefined && Number.isFinite(kb) ? { peakMb: kb / 1024 } : {}),
    output: result.stdout,
  };
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile of sorted numbers. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
