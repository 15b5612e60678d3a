/**
 * The briefing index's tables, as named migrations for the store's `applyMigrations`: one row per
 * file of the folder, stored extractions by content key, briefings with their outlines, the
 * look-up tables (whole names and words, actor identities with their appearances and keys — kept
 * per identity, with its weight, so a name many people share still finds the heaviest first by
 * index alone), FTS5 full-text rows for
 * briefings and identities, and the vocabularies typo-tolerant look-ups correct against.
 * Text columns hold folded words (src/briefing/text.ts `fold`), so the tokenizer only splits.
 */
import type { Migration } from './migrations.ts';

export const BRIEFING_INDEX_MIGRATIONS: readonly Migration[] = [
  {
    name: 'briefings-001-index',
    up: `
      CREATE TABLE briefing_files (
        name TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mtime_ms REAL NOT NULL,
        hash TEXT NOT NULL,
        format INTEGER NOT NULL,
        slug TEXT,
        indexed INTEGER NOT NULL,
        problems TEXT,
        extraction_key TEXT,
        extractor TEXT
      ) WITHOUT ROWID;
      CREATE INDEX briefing_files_slug ON briefing_files (slug);
      CREATE INDEX briefing_files_extraction ON briefing_files (extraction_key);
      CREATE TABLE briefing_extractions (
        key TEXT PRIMARY KEY,
        version TEXT NOT NULL,
        data BLOB NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE briefings (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        file TEXT NOT NULL UNIQUE,
        sort_key TEXT NOT NULL,
        headline TEXT NOT NULL,
        ask TEXT NOT NULL,
        outline BLOB NOT NULL
      );
      CREATE INDEX briefings_order ON briefings (sort_key, slug);
      CREATE TABLE briefing_keys (
        key TEXT NOT NULL,
        briefing_id INTEGER NOT NULL,
        exact INTEGER NOT NULL,
        PRIMARY KEY (key, briefing_id)
      ) WITHOUT ROWID;
      CREATE INDEX briefing_keys_briefing ON briefing_keys (briefing_id);
      CREATE VIRTUAL TABLE briefing_text USING fts5(
        names, headline, summary, actors,
        content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
      );
      CREATE TABLE actor_identities (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT,
        names TEXT NOT NULL,
        roles TEXT NOT NULL,
        weight INTEGER NOT NULL,
        appearances INTEGER NOT NULL
      );
      CREATE TABLE actor_appearances (
        briefing_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        identity_id INTEGER NOT NULL,
        name TEXT NOT NULL,
        names TEXT NOT NULL,
        role TEXT NOT NULL,
        role_text TEXT,
        weight INTEGER NOT NULL,
        keys TEXT NOT NULL,
        PRIMARY KEY (briefing_id, position)
      ) WITHOUT ROWID;
      CREATE INDEX actor_appearances_identity ON actor_appearances (identity_id, weight);
      CREATE TABLE actor_keys (
        key TEXT NOT NULL,
        identity_id INTEGER NOT NULL,
        exact INTEGER NOT NULL,
        weight INTEGER NOT NULL,
        PRIMARY KEY (key, identity_id)
      ) WITHOUT ROWID;
      CREATE INDEX actor_keys_rank ON actor_keys (key, exact, weight);
      CREATE INDEX actor_keys_identity ON actor_keys (identity_id);
      CREATE VIRTUAL TABLE actor_text USING fts5(
        names, roles,
        content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
      );
      CREATE TABLE index_vocabulary (
        vocabulary TEXT NOT NULL,
        term TEXT NOT NULL,
        PRIMARY KEY (vocabulary, term)
      ) WITHOUT ROWID;
      CREATE TABLE index_variants (
        vocabulary TEXT NOT NULL,
        variant TEXT NOT NULL,
        term TEXT NOT NULL,
        PRIMARY KEY (vocabulary, variant, term)
      ) WITHOUT ROWID;
    `,
  },
  {
    name: 'briefings-002-meta',
    up: `
      CREATE TABLE briefing_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    // Where an identity's name and role come from (the first appearance in headline order that
    // has one, as its briefing's sort key and slug), so a batch that only adds appearances updates
    // the identity without reading the others. NULL name_at: not known yet (a full recompute sets it).
    name: 'briefings-003-identity-sources',
    up: `
      ALTER TABLE actor_identities ADD COLUMN name_at TEXT;
      ALTER TABLE actor_identities ADD COLUMN role_at TEXT;
    `,
  },
  {
    // Which briefings each revision changed (src/store/change-log.ts): one row per revision, its
    // slugs as a JSON array, so the free-question story index reads only those after a change.
    name: 'briefings-004-change-log',
    up: `
      CREATE TABLE briefing_changes (
        revision INTEGER PRIMARY KEY,
        slugs TEXT NOT NULL,
        slug_count INTEGER NOT NULL
      );
    `,
  },
];
