/// <reference lib="dom" />
/**
 * The briefing page in a real browser (Debian's Chromium through playwright-core), served the way
 * `brief start` serves it: from the Slack card `brief ask --platform slack "/brief swap"` prints,
 * the "Open briefing" link opens the page with Ana María Guzmán's quote; `#s4-1` highlights its
 * sentence; a citation highlights all of its sentences; hovering an actor marks their mentions; a
 * forged or expired link is refused. An editor corrects a draft in review mode and publishes it, and
 * `/brief <topic>` answers with the correction at once. Screenshots of the page, light and dark, are
 * saved under docs/ for the README.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIncoming } from '../../src/answer/incoming.ts';
import { buildHouse } from '../../src/app/house.ts';
import { briefingPageRoutes } from '../../src/app/pages.ts';
import { main } from '../../src/cli.ts';
import { memoryIO } from '../../src/cli/io.ts';
import { readSettings } from '../../src/config/env.ts';
import { createLogger } from '../../src/log.ts';
import { OpsServer } from '../../src/ops/http.ts';
import { PageLinks } from '../../src/pages/links.ts';
import { renderText } from '../../src/render/text.ts';
import { systemClock } from '../../src/time/clock.ts';
import { browserMissing, CHROMIUM, CHROMIUM_ARGS } from '../support/browser.ts';
import { tempDir } from '../helpers/briefings.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = 'venezuela-el-salvador-prisoner-swap.md';
const SECRET = 'browser-test-secret-0123456789abcdef';

/** A draft as feed auto-ingest writes one, with a role the editor will correct. */
const DRAFT = `---
# DRAFT written by Brief on 2026-03-02 from the feed “Coastal Wire” (autoIngest), from the feed content.
# Review the actors, quotes and questions, then add aliases people will ask for it by.
slug: ferry-fares
aliases: [ferry]
headline: Island ferry fares to rise by a fifth
actors:
  - { name: Rhona Pellow, kind: person, role: spokesperson of Strait Ferries }
  - { name: Strait Ferries, kind: org, role: the island ferry company }
quotes:
  - { speaker: Strait Ferries, text: We have no other way to keep the winter sailings. }
questions:
  - { text: Will the council subsidise season tickets? }
claims: []
---
Strait Ferries will raise fares by a fifth from April, its chief executive Rhona Pellow said on Tuesday.

“We have no other way to keep the winter sailings,” said Rhona Pellow, chief executive of Strait Ferries.

It remains unclear whether the council will subsidise season tickets.
`;

const missing = browserMissing();
if (missing && !process.env.CI) process.stderr.write(`\nNOTICE: skipping the browser tests of the briefing pages: ${missing}.\n\n`);

describe.skipIf(missing !== undefined && !process.env.CI)('the briefing page in a browser', () => {
  let browser: Browser;
  let server: OpsServer;
  let house: ReturnType<typeof buildHouse>;
  let env: Record<string, string>;
  let cwd: string;
  let dir: string;

  beforeAll(async () => {
    if (missing) throw new Error(`${missing} — CI must install it`);
    cwd = tempDir();
    dir = join(cwd, 'briefings');
    mkdirSync(dir);
    copyFileSync(join(ROOT, 'briefings', SEED), join(dir, SEED));
    writeFileSync(join(dir, 'ferry-fares.md'), DRAFT);
    // The port is known once listening; links are made from the settings read after that.
    let routes: ReturnType<typeof briefingPageRoutes> = [];
    server = new OpsServer(0, [{ path: '/briefing/:slug', method: ['GET', 'HEAD'], handler: (q, s) => routes[0]!.handler(q, s) }, { path: '/briefing/:slug/review', method: ['GET', 'POST'], handler: (q, s) => routes[1]!.handler(q, s) }, { path: '/assets/:name', method: ['GET'], handler: (q, s) => routes[2]!.handler(q, s) }], '127.0.0.1');
    await server.start();
    env = { BRIEFINGS_DIR: dir, BRIEF_LINK_SECRET: SECRET, BRIEF_PUBLIC_URL: `http://127.0.0.1:${server.boundPort}`, BRIEF_EDITORS: 'slack:U0EDITOR', DATABASE_URL: join(cwd, 'brief.db') };
    house = buildHouse(readSettings(env, cwd), createLogger({ level: 'silent' }), { watch: false });
    await house.catalog.start();
    await house.store.start();
    routes = briefingPageRoutes({ pages: house.pages, library: () => house.catalog.library(), feedState: house.store.feeds, reload: () => house.catalog.reload(), clock: systemClock, logger: createLogger({ level: 'silent' }) });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await house?.store.stop();
    await house?.catalog.stop();
  });

  it('opens the Slack card’s link, shows the quote, highlights #s4-1, and refuses a forged or expired link', async () => {
    const io = memoryIO({ env, cwd });
    expect(await main(['ask', '--platform', 'slack', '/brief swap'], io)).toBe(0);
    const card = JSON.parse(io.out());
    const open: string = card.blocks.find((b: { type: string }) => b.type === 'actions').elements.find((e: { text: { text: string } }) => e.text.text === 'Open briefing').url;

    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const response = await page.goto(`${open}#s4-1`);
    expect(response?.status()).toBe(200);
    const quote = page.locator('ul.quotes li').first();
    await expect.poll(() => quote.innerText()).toContain('This prisoner exchange is more than a humanitarian gesture');
    expect(await quote.innerText()).toContain('Ana María Guzmán');
    const background = (id: string) => page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('s4-1')).not.toBe('rgba(0, 0, 0, 0)');
    expect(await background('s4-2')).toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('#s4-1').innerText()).toContain('said Ana María Guzmán');

    // The quote's citation [¶4.1 ¶4.2] highlights both of its sentences.
    await quote.locator('a.cite', { hasText: '¶4.2' }).click();
    await expect.poll(() => page.locator('.s.hl').evaluateAll((els) => els.map((e) => e.id))).toEqual(['s4-1', 's4-2']);
    // Hovering an actor marks their mentions in the article.
    await page.locator('ul.actors li', { hasText: 'Nayib Bukele' }).hover();
    const marked = await page.locator('.s.mention').evaluateAll((els) => els.map((e) => e.id));
    expect(marked).toContain('s1-1');
    expect(marked).not.toContain('s4-1');

    const shot = (scheme: 'light' | 'dark') => page.screenshot({ path: join(ROOT, 'docs', `briefing-page-${scheme}.png`), clip: { x: 0, y: 0, width: 1100, height: 1400 } });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('#s4-1').evaluate(() => document.querySelectorAll('.hl,.mention').forEach((e) => e.classList.remove('hl', 'mention')));
    await page.mouse.move(1090, 5);
    await page.emulateMedia({ colorScheme: 'light' });
    await shot('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot('dark');

    const forged = new URL(open);
    forged.searchParams.set('exp', String(Number(forged.searchParams.get('exp')) + 3600));
    const refused = await page.goto(forged.href);
    expect(refused?.status()).toBe(403);
    expect(await page.locator('body').innerText()).not.toContain('Venezuela');
    // A link made with the same secret an hour ago, valid for a minute, has expired.
    const stale = new PageLinks({ baseUrl: env.BRIEF_PUBLIC_URL!, secret: SECRET, ttlMs: 60_000, now: () => new Date(Date.now() - 3_600_000) });
    const expired = await page.goto(stale.pageUrl('venezuela-el-salvador-prisoner-swap'));
    expect(expired?.status()).toBe(403);
    expect(await page.locator('h1').innerText()).toBe('This link has expired');
    expect(await page.locator('body').innerText()).not.toContain('Venezuela');
    await page.close();
  });

  it('reads on a phone, works by keyboard, prints without its controls, and keeps text contrast at WCAG AA in light and dark', async () => {
    const link = house.pages.links.pageUrl('venezuela-el-salvador-prisoner-swap');
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true });
    await page.goto(link);
    // Nothing wider than the phone's screen: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.locator('main, nav, header, footer').count()).toBeGreaterThanOrEqual(4);

    // Tab from the top reaches an actor; focusing it marks their mentions, Enter on a citation highlights its sentence.
    const actor = page.locator('ul.actors li').first();
    for (let i = 0; i < 80 && !(await actor.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await actor.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('.s.mention').count()).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    const cite = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(cite).toMatch(/^#s\d+-\d+$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${cite}.hl`).count()).toBe(1);

    const ratios = () =>
      page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const bg = getComputedStyle(document.body).backgroundColor;
        const ratio = (sel: string) => {
          const el = document.querySelector(sel);
          if (!el) return 0;
          const [a, b] = [lum(getComputedStyle(el).color), lum(bg)].sort((x, y) => y - x);
          return (a! + 0.05) / (b! + 0.05);
        };
        return { text: ratio('.summary'), muted: ratio('.meta'), link: ratio('nav.toc a'), cite: ratio('.cites a'), note: ratio('figcaption') };
      });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [what, ratio] of Object.entries(await ratios())) expect(ratio, `${scheme} ${what}`).toBeGreaterThanOrEqual(4.5);
    }

    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    expect(await page.locator('#s4-1').isVisible()).toBe(true);
    await page.close();
  });

  it('lets an editor correct a draft and publish it; the file and /brief answer with it at once', async () => {
    const page = await browser.newPage();
    await page.goto(house.pages.links.reviewUrl('ferry-fares', 'slack:U0EDITOR'));
    expect(await page.locator('.badge.draft').textContent()).toContain('Draft — not yet published');
    await page.locator('input[name="actor.0.role"]').fill('chief executive of Strait Ferries');
    await page.locator('select[name="quote.0.speaker"]').selectOption('Rhona Pellow');
    await Promise.all([page.waitForURL(/published=2/), page.locator('form#review button[type=submit]').click()]);
    expect(await page.locator('.banner.ok').innerText()).toContain('Published: 2 corrections');

    const text = readFileSync(join(dir, 'ferry-fares.md'), 'utf8');
    expect(text.slice(text.indexOf('\n---\n', 4))).toBe(DRAFT.slice(DRAFT.indexOf('\n---\n', 4)));
    expect(text).not.toContain('# DRAFT');
    expect(text).toContain('role: chief executive of Strait Ferries');
    const answer = renderText(await house.responder.respond(makeIncoming('/brief ferry')));
    expect(answer).toContain('Rhona Pellow — chief executive of Strait Ferries');
    expect(answer).toContain('— Rhona Pellow, chief executive of Strait Ferries');
    await page.close();
  });
});
