/**
 * `brief migrate-store`: a SQLite store with every kind of row — subscriptions, reminders, digests,
 * deliveries in several states, feed state and developments, a briefing index — moves to an empty
 * Postgres database with nothing lost (counts and a sample compared), and the copy works as a store.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { memoryIO } from '../../src/cli/io.ts';
import { outlineOf } from '../../src/briefing/build.ts';
import { INDEX_FORMAT } from '../../src/briefing/index-file.ts';
import { indexedBriefing } from '../../src/briefing/index-entry.ts';
import { openAnyStore, openStore } from '../../src/store/index.ts';
import { makeBriefings } from '../helpers/briefings.ts';
import { freshDatabase } from '../helpers/postgres.ts';

const desk = { platform: 'slack' as const, conversation: 'C0DESK', thread: '1700000000.000200' };
const story = (slug: string, headline: string, actor: string) => `---
slug: ${slug}
headline: ${headline}
actors:
  - { name: ${actor}, kind: person, role: harbour master }
quotes: []
questions: []
claims: []
---
${actor} spoke on Monday about the ${headline.toLowerCase()}.
`;

/** A SQLite store holding rows in every table Brief keeps. */
async function filledSqlite(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'brief-migrate-')), 'brief.db');
  const store = openStore({ url: path });
  await store.follow({ target: desk, slug: 'ferry-fire', createdBy: 'U1', createdAt: 1 });
  await store.setChannelTimeZone(desk, 'Europe/Lisbon', 1);
  await store.addReminders(Array.from({ length: 30 }, (_, i) => ({ target: desk, slug: 'ferry-fire', kind: 'reminder' as const, note: `note ${i} — “quoted”`, dueAt: 1000 + i, timeZone: 'UTC', createdBy: 'U1', createdAt: 0 })));
  await store.setDigest({ target: desk, schedule: 'weekday 8:00', cron: '0 8 * * 1-5', timeZone: 'Europe/Lisbon', origin: 'chat', nextRunAt: 99_000_000, createdBy: 'U1', createdAt: 2 });
  await store.recordDueWork({ now: 1010, graceMs: 0, nextRun: () => Infinity });
  const claimed = await store.claimDeliveries({ now: 1010, owner: 'old', leaseMs: 1000, limit: 5, platforms: ['slack'] });
  await store.finishDelivery(claimed[0]!.id, 'old', { state: 'sent' }, 1011);
  await store.finishDelivery(claimed[1]!.id, 'old', { state: 'failed', reason: 'channel_not_found' }, 1011);
  await store.enqueuePost({ key: 'feed:x', target: desk, reply: '{"kind":"notice","title":"Update"}', at: 5, now: 5 });
  await store.feeds.saveFeed({ url: 'https://news.example/rss', failures: 2, nextPollAt: new Date(9000).toISOString(), baselined: true, failureReported: false });
  await store.feeds.rememberKeys('https://news.example/rss', ['g:1', 'g:2', 'g:3'], new Date(100));
  await store.feeds.saveDevelopment({ id: 'dev-1', slug: 'ferry-fire', at: new Date(200).toISOString(), sources: [] } as never);
  await store.briefings.apply({
    put: makeBriefings({ 'a.md': story('ferry-fire', 'Ferry fire in the harbour', 'Inés Castaño'), 'b.md': story('dock-vote', 'Dock workers vote', 'Pablo Ruiz') }).map((b) => ({
      file: { name: `${b.slug}.md`, size: 10, mtimeMs: 1234.5, hash: b.hash, format: INDEX_FORMAT, slug: b.slug, indexed: true, problems: [] },
      briefing: indexedBriefing(outlineOf(b)),
    })),
    remove: [],
  });
  // A kept story index (bytes): a cache, left behind.
  await store.briefings.keepDerived('story-index', await store.briefings.revision(), Buffer.from([0, 1, 2, 255]));
  await store.close();
  return path;
}

describe('brief migrate-store', () => {
  it('copies every row into an empty Postgres database, verifies counts and a sample, and the copy serves as the store', async () => {
    const from = await filledSqlite();
    const to = await freshDatabase();
    const io = memoryIO();
    const code = await main(['migrate-store', '--from', from, '--to', to], io);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const out = io.out();
    expect(out).toMatch(/^reminders\s+30\s+30\s+20\/20 equal$/m);
    expect(out).toMatch(/^deliveries\s+12\s+12\s+\d+\/\d+ equal$/m);
    expect(out).toMatch(/^briefings\s+2\s+2\s+2\/2 equal$/m);
    expect(out).toMatch(/^feed_items\s+3\s+3\s+3\/3 equal$/m);
    expect(out).toMatch(/^briefing_meta\s+1\s+1\s+1\/1 equal$/m);
    expect(out).not.toContain('differs');
    expect(out).not.toContain('brief-test@');
    expect(out).toContain('Verified: every table has the same rows on both sides.');

    const pg = await openAnyStore({ url: to });
    try {
      expect(await pg.channelTimeZone(desk)).toBe('Europe/Lisbon');
      expect(await pg.deliveryOf('reminder', 2)).toMatchObject({ state: 'failed', reason: 'channel_not_found', attempts: 1, target: desk });
      expect((await pg.digest(desk))?.cron).toBe('0 8 * * 1-5');
      expect(await pg.briefings.revision()).toBe(1);
      expect(await pg.briefings.derived('story-index')).toBeUndefined();
      expect((await pg.briefings.searchBriefings({ words: [[{ term: 'harbour' }]], combine: 'all' }, 5)).map((b) => b.slug)).toEqual(['ferry-fire']);
      expect((await pg.briefings.searchIdentities({ words: [[{ term: 'castano' }]], combine: 'all' }, 5)).map((i) => i.name)).toEqual(['Inés Castaño']);
      // New rows get ids after the copied ones.
      const [added] = await pg.addReminders([{ target: desk, slug: 'dock-vote', kind: 'reminder', dueAt: 1, timeZone: 'UTC', createdBy: 'U2', createdAt: 3 }]);
      expect(added!.id).toBe(31);
    } finally {
      await pg.close();
    }

    const again = memoryIO();
    expect(await main(['migrate-store', '--from', from, '--to', to], again)).toBe(1);
    expect(again.err()).toMatch(/already has rows in `channels` — migrate into an empty database/);
  });

  it('says what is wrong with its arguments', async () => {
    const io = memoryIO();
    expect(await main(['migrate-store', '--from', '/nowhere/brief.db', '--to', 'postgres://u:p@127.0.0.1:1/x'], io)).toBe(2);
    expect(io.err()).toMatch(/there is no SQLite store at \/nowhere\/brief\.db/);
    const wrong = memoryIO();
    expect(await main(['migrate-store', '--to', './other.db'], wrong)).toBe(2);
    expect(wrong.err()).toMatch(/--to must be a postgres:\/\/ URL/);
  });
});
