/**
 * A run that writes many briefings merges the full-text indexes at its end: written a batch at a
 * time, each batch leaves a piece (an FTS5 segment) that every later search reads.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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
