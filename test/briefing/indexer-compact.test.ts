/**
 * A run that writes many briefings merges the full-text indexes at its end: written a batch at a
 * time, each batch leaves a piece (an FTS5 segment) that every later search reads. A running bot's
 * single-file writes leave pieces too; it merges them a bounded step at a time once writes pause.
 */
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BriefingCatalog } from '../../src/briefing/catalog.ts';
import { FolderIndexer } from '../../src/briefing/indexer.ts';
import { openStore, type SqliteStore } from '../../src/store/index.ts';
import { BRIDGE_CLOSURE, HARBOUR_STRIKE, tempDir, testExtractor } from '../helpers/briefings.ts';

const PLAIN = (headline: string) => `---\nheadline: ${headline}\n---\nThe council met on Monday.\n`;
const FILES = { 'a.md': HARBOUR_STRIKE, 'b.md': BRIDGE_CLOSURE, 'c.md': PLAIN('Council budget vote delayed'), 'd.md': PLAIN('Ferry timetable changes') };

const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.stop();
});

/** How many segments each full-text table has, read beside the store. */
function segments(db: string): { actors: number; briefings: number } {
  const reader = new Database(db, { readonly: true });
  try {
    const count = (table: string) => (reader.prepare(`SELECT count(DISTINCT segid) AS n FROM ${table}_idx`).get() as { n: number }).n;
    return { actors: count('actor_text'), briefings: count('briefing_text') };
  } finally {
    reader.close();
  }
}

async function indexed(compactAfter: number) {
  const dir = tempDir(FILES);
  const db = join(tempDir(), 'brief.db');
  const store = openStore({ url: db });
  stores.push(store);
  const indexer = new FolderIndexer({ dir, store: store.briefings, extractor: testExtractor(), cwd: dir, batchSize: 1, compactAfter });
  const result = await indexer.sync();
  return { db, store, result };
}

describe('merging the full-text indexes after a large run', () => {
  it('leaves one piece per table once a run wrote as many files as asked, and the same searches', async () => {
    const many = await indexed(10);
    expect(many.result.read).toBe(4);
    expect(segments(many.db).briefings).toBeGreaterThan(1);
    const merged = await indexed(4);
    expect(segments(merged.db)).toEqual({ actors: 1, briefings: 1 });
    const search = (store: SqliteStore) => store.briefings.searchBriefings({ words: [[{ term: 'council' }]], combine: 'all' }, 10);
    expect((await search(merged.store)).map((b) => b.slug).sort()).toEqual((await search(many.store)).map((b) => b.slug).sort());
    expect(await search(merged.store)).toHaveLength(3);
  });
});

const EDITED = (n: number) => `---\nheadline: Council budget vote delayed\n---\nThe council met on Monday${' and again'.repeat(n)}.\n`;
const searches = async (store: SqliteStore) => ({
  stories: (await store.briefings.searchBriefings({ words: [[{ term: 'council' }]], combine: 'all' }, 10)).map((b) => b.slug).sort(),
  people: (await store.briefings.searchIdentities({ words: [[{ term: 'soren' }]], combine: 'all' }, 10)).map((i) => i.key).sort(),
});

describe('tidying the full-text indexes after single-file writes', () => {
  it('merges the pieces in bounded steps, each saying whether more is left, without changing a search', async () => {
    const { db, store } = await indexed(100);
    const before = await searches(store);
    expect(before.stories).toHaveLength(3);
    const pieces = segments(db);
    expect(pieces.briefings).toBeGreaterThan(2);
    let steps = 0;
    while (await store.briefings.tidyText(1)) {
      steps++;
      expect(steps).toBeLessThan(200);
    }
    // A step merges one table at most: one step at least for each table in pieces.
    expect(steps).toBeGreaterThanOrEqual(Number(pieces.actors > 1) + Number(pieces.briefings > 1));
    expect(segments(db)).toEqual({ actors: 1, briefings: 1 });
    expect(await searches(store)).toEqual(before);
    expect(await store.briefings.tidyText(1)).toBe(false);
  });

  it('keeps a watching catalog\'s index in one piece per table across many single-file edits; without tidying it drifts', async () => {
    const run = async (tidyMs: number) => {
      const dir = tempDir(FILES);
      const db = join(tempDir(), 'brief.db');
      const store = openStore({ url: db });
      stores.push(store);
      const catalog = new BriefingCatalog({ dir, index: store.briefings, extractor: testExtractor(), watch: false, cwd: dir, tidyMs, tidyPages: 2 });
      await catalog.start();
      const most = { actors: 0, briefings: 0 };
      for (let n = 1; n <= 12; n++) {
        writeFileSync(join(dir, n % 2 ? 'c.md' : 'a.md'), n % 2 ? EDITED(n) : HARBOUR_STRIKE.replace('\n---\n', `\n---\nEdit ${n}.\n`));
        await catalog.reload();
        if (tidyMs === 0) await vi.waitFor(() => expect(segments(db)).toEqual({ actors: 1, briefings: 1 }), { timeout: 5000, interval: 20 });
        const now = segments(db);
        most.actors = Math.max(most.actors, now.actors);
        most.briefings = Math.max(most.briefings, now.briefings);
      }
      const found = await searches(store);
      await catalog.stop();
      return { most, found };
    };
    const drifted = await run(3_600_000);
    const tidied = await run(0);
    expect(drifted.most.actors + drifted.most.briefings).toBeGreaterThan(4);
    expect(tidied.most).toEqual({ actors: 1, briefings: 1 });
    expect(tidied.found).toEqual(drifted.found);
    expect(tidied.found.stories).toHaveLength(3);
  });

  it('tidies at start the pieces an earlier process left, though nothing changed since', async () => {
    const { db, store } = await indexed(10);
    expect(segments(db).briefings).toBeGreaterThan(1);
    const before = await searches(store);
    const dir = tempDir(FILES);
    const catalog = new BriefingCatalog({ dir, index: store.briefings, extractor: testExtractor(), cwd: dir, tidyMs: 0, tidyPages: 2 });
    await catalog.start();
    try {
      await vi.waitFor(() => expect(catalog.tidying).toBe(false), { timeout: 5000, interval: 20 });
      expect(segments(db)).toEqual({ actors: 1, briefings: 1 });
      expect(await searches(store)).toEqual(before);
    } finally {
      await catalog.stop();
    }
  });
});
