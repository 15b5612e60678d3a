/**
 * One replica for the `replicas` benchmark: claims due deliveries from the Postgres store in
 * batches, "sends" each (a fixed wait standing in for the platform's round trip) and records it as
 * sent, until none is left; then prints its count and every claim's latency as one JSON line.
 * Run by scripts/bench/replicas.ts: `node --import tsx replica-worker.ts <url> <send-ms> <batch>`.
 */
import { performance } from 'node:perf_hooks';
import { PostgresStore } from '../../src/store/index.ts';

const [url, sendText, batchText] = process.argv.slice(2);
if (!url) throw new Error('usage: replica-worker.ts <postgres-url> <send-ms> <batch>');
const sendMs = Number(sendText ?? 5);
const batch = Number(batchText ?? 10);
const owner = `bench-${process.pid}`;
const store = new PostgresStore({ url, maxConnections: 2 });
await store.start();
const claims: number[] = [];
let sent = 0;
for (;;) {
  const started = performance.now();
  const claimed = await store.claimDeliveries({ now: Date.now(), owner, leaseMs: 60_000, limit: batch, platforms: ['terminal'] });
  claims.push(performance.now() - started);
  if (claimed.length === 0) break;
  for (const delivery of claimed) {
    await new Promise((resolve) => setTimeout(resolve, sendMs));
    if (await store.finishDelivery(delivery.id, owner, { state: 'sent' }, Date.now())) sent++;
  }
}
await store.stop();
process.stdout.write(`${JSON.stringify({ sent, claims })}\n`);
