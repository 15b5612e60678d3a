/**
 * Replicas benchmark section: deliveries per second through one PostgreSQL database with 1, 2 and
 * 4 replica processes, and how long a claim takes (`SELECT … FOR UPDATE SKIP LOCKED` and the
 * update, one round trip each way). Each run queues N posts, starts the replicas together and
 * times until every post is sent; each send waits a fixed time standing in for the platform's
 * round trip, so the figure shows how claims share out work, not this machine's CPU. Three runs per
 * replica count; medians. The server is a throwaway one (scripts/postgres-server.ts).
 *
 * Run alone: `node bin/run.js scripts/bench/replicas.ts`; or as `npm run bench -- replicas`.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PostgresStore } from '../../src/store/index.ts';
import { startPostgres } from '../postgres-server.ts';

const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'replica-worker.ts');
const POSTS = 2000;
const SEND_MS = 5;
const BATCH = 10;
const RUNS = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : NaN;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function freshDatabase(admin: string, name: string): Promise<string> {
  const client = new pg.Client(admin);
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

function runWorker(url: string): Promise<{ sent: number; claims: number[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, url, String(SEND_MS), String(BATCH)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`a replica exited with ${code}`))));
  });
}

/** One run: queue the posts, start `replicas` workers together, time until all are sent. */
async function run(admin: string, replicas: number, round: number): Promise<{ perSecond: number; claims: number[]; sent: number }> {
  const url = await freshDatabase(admin, `bench_${replicas}_${round}_${process.pid}`);
  const store = new PostgresStore({ url });
  await store.start();
  const now = Date.now();
  await store.pool.query(
    `INSERT INTO deliveries (key, platform, conversation, item_kind, scheduled_at, state, next_attempt_at, reply, created_at)
     SELECT 'terminal:desk|post:bench-' || i, 'terminal', 'desk', 'post', $1, 'pending', $1, '{}', $1 FROM generate_series(1, $2) AS i`,
    [now, POSTS],
  );
  await store.stop();
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: replicas }, () => runWorker(url)));
  const seconds = (performance.now() - started) / 1000;
  const sent = results.reduce((sum, r) => sum + r.sent, 0);
  return { perSecond: sent / seconds, claims: results.flatMap((r) => r.claims), sent };
}

/** The section's lines. */
export async function benchReplicas(): Promise<string[]> {
  const server = await startPostgres();
  const lines = [
    '## replicas',
    '',
    `${POSTS} posts queued in one Postgres, claimed ${BATCH} at a time; each send waits ${SEND_MS} ms (the platform's round trip). Medians of ${RUNS} runs; wall time includes starting the replica processes.`,
    '',
    '| replicas | deliveries/s | vs 1 replica | claim p50 | claim p95 | every post sent once |',
    '|---|---|---|---|---|---|',
  ];
  try {
    let base = 0;
    for (const replicas of [1, 2, 4]) {
      const runs = [];
      for (let round = 0; round < RUNS; round++) runs.push(await run(server.url, replicas, round));
      const perSecond = median(runs.map((r) => r.perSecond));
      if (replicas === 1) base = perSecond;
      const claims = runs.flatMap((r) => r.claims);
      lines.push(
        `| ${replicas} | ${perSecond.toFixed(0)} | ${(perSecond / base).toFixed(2)}× | ${median(claims).toFixed(2)} ms | ${percentile(claims, 0.95).toFixed(2)} ms | ${runs.every((r) => r.sent === POSTS) ? 'yes' : 'NO'} |`,
      );
    }
  } finally {
    await server.stop();
  }
  return [...lines, ''];
}


if (process.argv[1]?.endsWith('replicas.ts')) console.log((await benchReplicas()).join('\n'));
