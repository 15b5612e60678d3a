import { afterEach, describe, expect, it } from 'vitest';
import { Metrics } from '../../src/ops/metrics.ts';
import { OpsServer, opsRoutes, Readiness } from '../../src/ops/http.ts';

let server: OpsServer | undefined;
afterEach(async () => server?.stop());

async function serve(readiness: Readiness, metrics = new Metrics()) {
  server = new OpsServer(0, opsRoutes(readiness, metrics), '127.0.0.1');
  await server.start();
  return `http://127.0.0.1:${server.boundPort}`;
}

describe('health and metrics endpoints', () => {
  it('answers /healthz while alive, and /readyz only when every check passes', async () => {
    let connected = false;
    const readiness = new Readiness();
    readiness.set('briefings', () => true);
    readiness.set('slack', () => connected);
    const base = await serve(readiness);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: 'not ready', checks: { briefings: true, slack: false } });
    connected = true;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('says in /readyz how a check stands while it is ready but not finished (a first index)', async () => {
    let indexing = true;
    const readiness = new Readiness();
    readiness.set('briefings', () => true, () => (indexing ? 'indexing 40 of 100 briefings (40%); answering from the briefings indexed so far' : undefined));
    const base = await serve(readiness);
    const during = await fetch(`${base}/readyz`);
    expect(during.status).toBe(200);
    expect(await during.json()).toEqual({
      status: 'ready',
      checks: { briefings: true },
      details: { briefings: 'indexing 40 of 100 briefings (40%); answering from the briefings indexed so far' },
    });
    indexing = false;
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready', checks: { briefings: true } });
  });

  it('serves Prometheus metrics with the commands counted', async () => {
    const metrics = new Metrics();
    metrics.commands.inc({ intent: 'briefing', platform: 'slack' });
    metrics.briefingsLoaded.set(3);
    const base = await serve(new Readiness(), metrics);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('brief_commands_total{intent="briefing",platform="slack"} 1');
    expect(text).toContain('brief_briefings_loaded 3');
  });

  it('answers 404 with the routes for anything else', async () => {
    const base = await serve(new Readiness());
    const res = await fetch(`${base}/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ routes: ['/healthz', '/readyz', '/metrics'] });
  });
});
