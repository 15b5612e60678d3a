/**
 * The pages over real HTTP on loopback: a signed link opens its page with a strict policy; a forged,
 * altered or expired one answers 403 with nothing of the briefing; without a secret only this
 * machine is served; a review published through the form changes the file and the answers.
 */
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BriefingCatalog } from '../../src/briefing/catalog.ts';
import { openStore } from '../../src/store/index.ts';
import { makeIncoming } from '../../src/answer/incoming.ts';
import { Responder } from '../../src/commands/responder.ts';
import { OpsServer } from '../../src/ops/http.ts';
import { isLocalRequest } from '../../src/pages/access.ts';
import { PageLinks } from '../../src/pages/links.ts';
import { CONTENT_SECURITY_POLICY, pageRoutes } from '../../src/pages/routes.ts';
import { HARBOUR_STRIKE, tempDir, testExtractor } from '../helpers/briefings.ts';
import { renderText } from '../../src/render/text.ts';

const SECRET = 'routes-test-secret-0123456789abcdef';
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
let stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.reverse()) await stop();
  stops = [];
});

async function serve(options: { secret?: string; now?: () => Date; editors?: string[] } = {}) {
  const dir = tempDir({ 'harbour-strike.md': HARBOUR_STRIKE });
  const catalog = new BriefingCatalog({ dir, index: openStore({ url: ':memory:' }).briefings, extractor: testExtractor(), watch: false });
  await catalog.start();
  const now = options.now ?? (() => new Date());
  const links = () => new PageLinks({ baseUrl: `http://127.0.0.1:${server.boundPort}`, ...(options.secret ? { secret: options.secret } : {}), ttlMs: 3_600_000, now });
  let made: PageLinks | undefined;
  const routes = pageRoutes({
    get links() {
      return (made ??= links());
    },
    editors: options.editors ?? ['slack:U0EDITOR'],
    logger: silent,
    now,
    briefing: (slug) => catalog.library().briefing(slug),
    developments: async () => [],
    reload: () => catalog.reload(),
  });
  // Links are made on first use, once the server knows its port.
  const server = new OpsServer(0, routes, '127.0.0.1');
  await server.start();
  stops.push(() => server.stop(), () => catalog.stop());
  return { dir, catalog, base: `http://127.0.0.1:${server.boundPort}`, links: () => (made ??= links()) };
}

/** A GET or POST with headers fetch would not let a test set (Host). */
function call(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('briefing pages over HTTP', () => {
  it('opens a signed link with a strict policy, and refuses forged, altered and expired ones showing nothing', async () => {
    const { links } = await serve({ secret: SECRET });
    const url = links().pageUrl('harbour-strike');
    const ok = await call(url);
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('Dockworkers walk out at Port Aldermoor');
    expect(ok.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers['referrer-policy']).toBe('no-referrer');
    expect(ok.headers['cache-control']).toBe('no-store');

    const changed = new URL(url);
    changed.searchParams.set('exp', String(Number(changed.searchParams.get('exp')) + 60));
    const forged = new URL(url);
    forged.searchParams.set('sig', 'AAAAAAAAAAAAAAAAAAAAAA');
    const other = new URL(url.replace('harbour-strike', 'old-mill-bridge'));
    const bare = url.split('?')[0]!;
    for (const bad of [changed.href, forged.href, other.href, bare]) {
      const res = await call(bad);
      expect(res.status, bad).toBe(403);
      expect(res.body).toContain('This link is not valid');
      for (const word of ['Dockworkers', 'Kjærgaard', 'Aldermoor', 'harbour']) expect(res.body.toLowerCase()).not.toContain(word.toLowerCase());
    }
  });

  it('says an expired link expired, and shows nothing of the briefing', async () => {
    let now = new Date('2026-03-01T10:00:00Z');
    const { links } = await serve({ secret: SECRET, now: () => now });
    const url = links().pageUrl('harbour-strike');
    now = new Date('2026-03-01T11:00:01Z');
    const res = await call(url);
    expect(res.status).toBe(403);
    expect(res.body).toContain('This link expired on 2026-03-01 11:00 UTC');
    expect(res.body).not.toContain('Dockworkers');
  });

  it('without a secret serves only this machine: not to another host name, nor through a proxy', async () => {
    const { base } = await serve();
    expect((await call(`${base}/briefing/harbour-strike`)).status).toBe(200);
    const rebound = await call(`${base}/briefing/harbour-strike`, { headers: { host: 'evil.example.org' } });
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain('Dockworkers');
    expect((await call(`${base}/briefing/harbour-strike`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(403);
    expect(isLocalRequest({ headers: { host: '127.0.0.1:3000' }, socket: { remoteAddress: '192.0.2.10' } } as never)).toBe(false);
    expect(isLocalRequest({ headers: { host: 'localhost:3000' }, socket: { remoteAddress: '::ffff:127.0.0.1' } } as never)).toBe(true);
  });

  it('serves the stylesheet and script, cached by version', async () => {
    const { base } = await serve();
    const page = (await call(`${base}/briefing/harbour-strike`)).body;
    const css = page.match(/href="(\/assets\/page\.css\?v=[0-9a-f]+)"/)![1]!;
    const res = await call(`${base}${css}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.body).toContain('prefers-color-scheme:dark');
    expect((await call(`${base}/assets/../../etc/passwd`)).status).toBe(404);
  });

  it('publishes a review from its form: the file changes and the answer with it', async () => {
    const { dir, catalog, links } = await serve({ secret: SECRET });
    const review = links().reviewUrl('harbour-strike', 'slack:U0EDITOR');
    const page = (await call(review)).body;
    const field = (name: string) => page.match(new RegExp(`name="${name.replace(/\./g, '\\.')}" value="([^"]*)"`))![1]!.replace(/&#39;/g, "'");
    const form = new URLSearchParams({ base: field('base'), token: field('token'), 'actor.2.name': 'Marta Oyelaran', 'actor.2.kind.was': 'person', 'actor.2.kind': 'person', 'actor.2.role.was': field('actor.2.role.was'), 'actor.2.role': 'shipping economist' });
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };

    expect((await call(review, { method: 'POST', headers: { ...headers, 'sec-fetch-site': 'cross-site' }, body: form.toString() })).status).toBe(403);
    const badToken = new URLSearchParams(form);
    badToken.set('token', 'x');
    expect((await call(review, { method: 'POST', headers, body: badToken.toString() })).status).toBe(403);
    expect(readFileSync(join(dir, 'harbour-strike.md'), 'utf8')).toBe(HARBOUR_STRIKE);

    const published = await call(review, { method: 'POST', headers, body: form.toString() });
    expect(published.status).toBe(303);
    expect(published.headers.location).toMatch(/\/briefing\/harbour-strike\/review\?exp=\d+&editor=slack%3AU0EDITOR&sig=[\w-]+&published=1$/);
    expect(readFileSync(join(dir, 'harbour-strike.md'), 'utf8')).toContain('role: shipping economist');
    const answer = await new Responder({ library: () => catalog.library() }).respond(makeIncoming('who is Marta Oyelaran'));
    expect(renderText(answer)).toContain('shipping economist');
    expect((await call(`http://127.0.0.1${new URL(review).port ? `:${new URL(review).port}` : ''}${published.headers.location}`)).body).toContain('Published: 1 correction written to the front matter');
  });

  it('refuses a review form that is too large or not a form, and writes nothing', async () => {
    const { dir, links } = await serve({ secret: SECRET });
    const review = links().reviewUrl('harbour-strike', 'slack:U0EDITOR');
    const form = 'application/x-www-form-urlencoded';
    const huge = `base=x&token=y&actor.0.role=${'a'.repeat(300 * 1024)}`;
    const declared = await call(review, { method: 'POST', headers: { 'content-type': form }, body: huge });
    expect(declared.status).toBe(413);
    expect(declared.body).toContain('at most 256 KB');
    // The same body sent in chunks, with no length declared up front.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(review, { method: 'POST', headers: { 'content-type': form, 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      for (let i = 0; i < 30; i++) req.write('a'.repeat(10 * 1024));
      req.end();
    });
    expect(streamed).toBe(413);
    const json = await call(review, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(415);
    expect(readFileSync(join(dir, 'harbour-strike.md'), 'utf8')).toBe(HARBOUR_STRIKE);
  });

  it('answers 404 for a slug that is not a plain slug, reading no file outside the library', async () => {
    const { base } = await serve();
    for (const path of ['/briefing/..%2F..%2Fetc%2Fpasswd', '/briefing/%2e%2e', '/briefing/Harbour-Strike', '/briefing/harbour-strike%00', '/briefing/..%5Cbriefings/review']) {
      const res = await call(`${base}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('Dockworkers');
    }
  });

  it('refuses a review link once its editor is no longer listed', async () => {
    const { links } = await serve({ secret: SECRET, editors: [] });
    const res = await call(links().reviewUrl('harbour-strike', 'slack:U0EDITOR'));
    expect(res.status).toBe(403);
    expect(res.body).toContain('slack:U0EDITOR is not among the editors');
  });
});
