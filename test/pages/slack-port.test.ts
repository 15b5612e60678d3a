/**
 * The pages on the Slack app's own port: with Slack over HTTP, Bolt's receiver serves
 * `/briefing/<slug>` beside `/slack/events`, behind the request guard. A signed `/brief strike`
 * answers with an "Open briefing" link to the public address; the same path and query on the bot's
 * port open the page, an altered link answers 403, and an oversized review form 413 — through the
 * real receiver, not only our own small server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BriefingCatalog } from '../../src/briefing/catalog.ts';
import { openStore } from '../../src/store/index.ts';
import { Responder } from '../../src/commands/responder.ts';
import { pageLinkEnricher } from '../../src/pages/enricher.ts';
import { PageLinks } from '../../src/pages/links.ts';
import { pageRoutes } from '../../src/pages/routes.ts';
import { HARBOUR_STRIKE, tempDir, testExtractor } from '../helpers/briefings.ts';
import { startLoopbackSlack, type LoopbackSlack } from '../helpers/slack-app.ts';
import { sendSigned, slashCommand } from '../helpers/slack-signer.ts';

const SIGNING = 'slack-port-signing-secret';
const LINK_SECRET = 'slack-port-link-secret-0123456789abcdef';
const PUBLIC = 'https://brief.example.org';
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('briefing pages on the Slack app’s port', () => {
  let slack: LoopbackSlack;
  let catalog: BriefingCatalog;
  let links: PageLinks;

  beforeAll(async () => {
    catalog = new BriefingCatalog({ dir: tempDir({ 'harbour-strike.md': HARBOUR_STRIKE }), index: openStore({ url: ':memory:' }).briefings, extractor: testExtractor(), watch: false });
    await catalog.start();
    links = new PageLinks({ baseUrl: PUBLIC, secret: LINK_SECRET, ttlMs: 3_600_000, now: () => new Date() });
    const routes = pageRoutes({
      links,
      editors: ['slack:U0EDITOR'],
      logger: silent,
      now: () => new Date(),
      briefing: (slug) => catalog.library().briefing(slug),
      developments: async () => [],
      reload: () => catalog.reload(),
    });
    const responder = new Responder({ library: () => catalog.library(), enrichers: [pageLinkEnricher(links, { servedLocally: false })] });
    slack = await startLoopbackSlack({ signingSecret: SIGNING, responder, routes });
  });

  afterAll(async () => {
    await slack?.stop();
    await catalog?.stop();
  });

  /** The link's path and query on the bot's own port (the public address is a proxy in front of it). */
  const onPort = (link: string) => `${slack.base}${link.slice(PUBLIC.length)}`;

  it('opens the card’s Open briefing link there, and refuses an altered one', async () => {
    const ack = await sendSigned(slack.base, slashCommand('strike', { responseUrl: slack.api.responseUrl('page-link') }), { secret: SIGNING });
    expect(ack.status).toBe(200);
    const card = JSON.parse(ack.text);
    const open: string = card.blocks.find((b: { type: string }) => b.type === 'actions').elements.find((e: { text: { text: string } }) => e.text.text === 'Open briefing').url;
    expect(open.startsWith(`${PUBLIC}/briefing/harbour-strike?exp=`)).toBe(true);

    const page = await fetch(onPort(open));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('Dockworkers walk out at Port Aldermoor');

    const altered = new URL(onPort(open));
    altered.searchParams.set('exp', String(Number(altered.searchParams.get('exp')) + 86_400));
    const refused = await fetch(altered);
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain('Dockworkers');
  });

  it('refuses an oversized review form there before reading it, and leaves Slack’s events guarded', async () => {
    const review = onPort(links.reviewUrl('harbour-strike', 'slack:U0EDITOR'));
    const big = await fetch(review, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `base=x&${'a'.repeat(512 * 1024)}` });
    expect(big.status).toBe(413);
    const unsigned = await sendSigned(slack.base, slashCommand('strike', { responseUrl: slack.api.responseUrl('unsigned') }), { secret: SIGNING, signature: 'v0=00' });
    expect(unsigned.status).toBe(401);
  });
});
