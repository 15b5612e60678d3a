/**
 * The briefing index on Postgres: the same file rows, stored extractions, outlines and look-up rows
 * as the SQLite index (src/store/sqlite-briefing-index.ts), written in one transaction per batch.
 * Replicas indexing the same folder at once take turns on an advisory lock, so identities — which
 * are recomputed from their appearances after each batch — never see half of another's batch.
 */
import type { PoolClient } from 'pg';
import type { Extraction } from '../briefing/extraction.ts';
import type { BriefingIndexStore, FileStamp, IndexedBriefing, IndexedFile, IndexEntry, IndexWatcher, TouchedFile, Vocabulary } from '../briefing/index-store.ts';
import { deletionVariants } from '../briefing/terms.ts';
import { decodeJson, encodeJson, fileOf, fileStampColumns, unionOfWords, type AppearanceRow, type FileRow } from './index-rows.ts';
import { TRIM_CHANGES } from './change-log.ts';
import { PgBriefingLookup } from './pg-briefing-lookup.ts';
import { tsvectorOf } from './pg-text.ts';
import { ACTOR_FIELDS, REVISION, TOPIC_FIELDS } from './sqlite-briefing-lookup.ts';

/** Any number no other part of Brief locks. */
const INDEX_LOCK = 727_002;

/** One batch of index writes, on one transaction's client. */
class IndexBatch {
  readonly dirty = new Set<number>();
  readonly oldExtractions = new Set<string>();
  /** The slugs of the briefings removed and written, for the change log. */
  readonly slugs = new Set<string>();

  constructor(private readonly client: PoolClient) {}

  private async one<T extends object>(sql: string, values: unknown[]): Promise<T | undefined> {
    return (await this.client.query<T>(sql, values)).rows[0];
  }

  async remove(name: string): Promise<void> {
    const row = await this.one<FileRow>('SELECT * FROM briefing_files WHERE name = $1', [name]);
    if (row?.extraction_key) this.oldExtractions.add(row.extraction_key);
    await this.removeBriefingOf(name);
    await this.client.query('DELETE FROM briefing_files WHERE name = $1', [name]);
  }

  async put(entry: IndexEntry): Promise<void> {
    const { file } = entry;
    const previous = await this.one<FileRow>('SELECT * FROM briefing_files WHERE name = $1', [file.name]);
    if (previous?.extraction_key && previous.extraction_key !== file.extraction?.key) this.oldExtractions.add(previous.extraction_key);
    await this.removeBriefingOf(file.name);
    if (entry.extraction) {
      await this.client.query(
        'INSERT INTO briefing_extractions (key, version, data) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET version = excluded.version, data = excluded.data',
        [entry.extraction.key, entry.extraction.version, encodeJson(entry.extraction.value)],
      );
    }
    if (entry.briefing) {
      // The slug went to another file meanwhile (another replica): that file is read again next sync.
      const holder = await this.one<{ file: string }>('SELECT file FROM briefings WHERE slug = $1', [entry.briefing.outline.slug]);
      if (holder) {
        await this.removeBriefingOf(holder.file);
        await this.client.query('UPDATE briefing_files SET indexed = 0, format = 0 WHERE name = $1', [holder.file]);
      }
      await this.insertBriefing(file.name, entry.briefing);
    }
    await this.client.query(
      `INSERT INTO briefing_files (name, size, mtime_ms, hash, format, slug, indexed, problems, extraction_key, extractor) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (name) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, hash = excluded.hash, format = excluded.format,
         slug = excluded.slug, indexed = excluded.indexed, problems = excluded.problems, extraction_key = excluded.extraction_key, extractor = excluded.extractor`,
      [file.name, file.size, file.mtimeMs, file.hash, file.format, file.slug ?? null, entry.briefing ? 1 : 0, file.problems.length ? JSON.stringify(file.problems) : null, file.extraction?.key ?? null, file.extraction?.version ?? null],
    );
  }

  async touch(t: TouchedFile): Promise<void> {
    await this.client.query('UPDATE briefing_files SET size = $1, mtime_ms = $2 WHERE name = $3', [t.size, t.mtimeMs, t.name]);
  }

  /** Recomputes the identities the batch touched and drops extractions no file uses any more. */
  async finish(): Promise<void> {
    for (const id of this.dirty) await this.refreshIdentity(id);
    for (const key of this.oldExtractions) {
      await this.client.query('DELETE FROM briefing_extractions WHERE key = $1 AND NOT EXISTS (SELECT 1 FROM briefing_files WHERE extraction_key = $1)', [key]);
    }
  }

  private async removeBriefingOf(fileName: string): Promise<void> {
    const briefing = await this.one<{ id: number; slug: string }>('SELECT id, slug FROM briefings WHERE file = $1', [fileName]);
    if (!briefing) return;
    this.slugs.add(briefing.slug);
    const { rows } = await this.client.query<{ identity_id: number }>('SELECT DISTINCT identity_id FROM actor_appearances WHERE briefing_id = $1', [briefing.id]);
    for (const { identity_id } of rows) this.dirty.add(identity_id);
    for (const table of ['actor_appearances', 'briefing_keys']) await this.client.query(`DELETE FROM ${table} WHERE briefing_id = $1`, [briefing.id]);
    for (const table of ['briefing_text', 'briefings']) await this.client.query(`DELETE FROM ${table} WHERE id = $1`, [briefing.id]);
  }

  private async insertBriefing(fileName: string, entry: IndexedBriefing): Promise<void> {
    const { outline } = entry;
    this.slugs.add(outline.slug);
    const { id } = (await this.one<{ id: number }>('INSERT INTO briefings (slug, file, sort_key, headline, ask, outline) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id', [
      outline.slug,
      fileName,
      entry.sortKey,
      outline.headline,
      entry.ask,
      encodeJson(outline),
    ]))!;
    const keys = new Map<string, number>();
    for (const k of entry.keys) keys.set(k.key, Math.max(keys.get(k.key) ?? 0, k.exact ? 1 : 0));
    await this.client.query('INSERT INTO briefing_keys (key, briefing_id, exact) SELECT k, $2, e FROM unnest($1::text[], $3::int[]) AS t(k, e)', [[...keys.keys()], id, [...keys.values()]]);
    await this.client.query('INSERT INTO briefing_text (id, doc) VALUES ($1, $2::tsvector)', [id, tsvectorOf(TOPIC_FIELDS, entry.text)]);
    for (const actor of entry.actors) {
      const found = await this.one<{ id: number }>('SELECT id FROM actor_identities WHERE key = $1', [actor.identity]);
      const identity = found?.id ?? (await this.one<{ id: number }>("INSERT INTO actor_identities (key, name, names, roles, weight, appearances) VALUES ($1, $2, '', '', 0, 0) RETURNING id", [actor.identity, actor.name]))!.id;
      this.dirty.add(identity);
      const actorKeys = JSON.stringify(actor.keys.map((k) => [k.key, k.exact ? 1 : 0]));
      await this.client.query(
        'INSERT INTO actor_appearances (briefing_id, position, identity_id, name, names, role, role_text, weight, keys) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
        [id, actor.position, identity, actor.name, actor.names, actor.role, actor.roleText ?? null, actor.weight, actorKeys],
      );
    }
    await this.addTerms('topic', entry.terms.topic);
    await this.addTerms('actor', entry.terms.actor);
  }

  /** Adds words to a vocabulary; words new to it also get their deletion variants. */
  private async addTerms(vocabulary: Vocabulary, terms: readonly string[]): Promise<void> {
    if (terms.length === 0) return;
    const { rows } = await this.client.query<{ term: string }>(
      'INSERT INTO index_vocabulary (vocabulary, term) SELECT $1, t FROM unnest($2::text[]) AS t ON CONFLICT DO NOTHING RETURNING term',
      [vocabulary, [...new Set(terms)]],
    );
    const variants: string[] = [];
    const of: string[] = [];
    for (const { term } of rows) {
      for (const variant of deletionVariants(term)) {
        variants.push(variant);
        of.push(term);
      }
    }
    if (variants.length === 0) return;
    await this.client.query('INSERT INTO index_variants (vocabulary, variant, term) SELECT $1, v, t FROM unnest($2::text[], $3::text[]) AS x(v, t) ON CONFLICT DO NOTHING', [vocabulary, variants, of]);
  }

  /** Recomputes an identity's name, role, words, keys and weight from its appearances; drops it when none is left. */
  private async refreshIdentity(id: number): Promise<void> {
    const { rows } = await this.client.query<AppearanceRow>(
      'SELECT a.name, a.names, a.role, a.role_text, a.weight, a.keys FROM actor_appearances a JOIN briefings b ON b.id = a.briefing_id WHERE a.identity_id = $1 ORDER BY b.sort_key, b.slug',
      [id],
    );
    await this.client.query('DELETE FROM actor_text WHERE id = $1', [id]);
    await this.client.query('DELETE FROM actor_keys WHERE identity_id = $1', [id]);
    if (rows.length === 0) {
      await this.client.query('DELETE FROM actor_identities WHERE id = $1', [id]);
      return;
    }
    const names = unionOfWords(rows.map((r) => r.names));
    const roles = unionOfWords(rows.map((r) => r.role));
    const weight = rows.reduce((sum, r) => sum + r.weight, 0);
    await this.client.query('UPDATE actor_identities SET name = $1, role = $2, names = $3, roles = $4, weight = $5, appearances = $6, name_at = NULL, role_at = NULL WHERE id = $7', [
      rows[0]!.name,
      rows.find((r) => r.role_text)?.role_text ?? null,
      names,
      roles,
      weight,
      rows.length,
      id,
    ]);
    await this.client.query('INSERT INTO actor_text (id, doc) VALUES ($1, $2::tsvector)', [id, tsvectorOf(ACTOR_FIELDS, { names, roles })]);
    const keys = new Map<string, number>();
    for (const row of rows) for (const [key, exact] of JSON.parse(row.keys) as Array<[string, number]>) keys.set(key, Math.max(keys.get(key) ?? 0, exact));
    await this.client.query('INSERT INTO actor_keys (key, identity_id, exact, weight) SELECT k, $2, e, $4 FROM unnest($1::text[], $3::int[]) AS t(k, e)', [[...keys.keys()], id, [...keys.values()], weight]);
  }
}

/** The briefing index: `IndexWriter` here, `IndexLookup` from `PgBriefingLookup`. */
export class PgBriefingIndex extends PgBriefingLookup implements BriefingIndexStore {
  async fileStamps(current: { format: number; extractor: string }): Promise<FileStamp[]> {
    const text = `SELECT ${fileStampColumns('$1::int', '$2::text')} FROM briefing_files`;
    return (await this.conn.pool.query<[string, number, number, number]>({ text, values: [current.format, current.extractor], rowMode: 'array' })).rows;
  }

  async filesNamed(names: readonly string[]): Promise<IndexedFile[]> {
    return names.length ? (await this.conn.pool.query<FileRow>('SELECT * FROM briefing_files WHERE name = ANY($1)', [names])).rows.map(fileOf) : [];
  }

  async filesWithSlugs(slugs: readonly string[]): Promise<IndexedFile[]> {
    return slugs.length ? (await this.conn.pool.query<FileRow>('SELECT * FROM briefing_files WHERE slug = ANY($1)', [slugs])).rows.map(fileOf) : [];
  }

  async storedExtraction(key: string, version: string): Promise<Extraction | undefined> {
    const row = (await this.conn.pool.query<{ data: Buffer }>('SELECT data FROM briefing_extractions WHERE key = $1 AND version = $2', [key, version])).rows[0];
    return row ? decodeJson<Extraction>(row.data) : undefined;
  }

  async watcher(): Promise<IndexWatcher | undefined> {
    const row = (await this.conn.pool.query<{ value: string }>("SELECT value FROM briefing_meta WHERE key = 'watcher'")).rows[0];
    return row ? (JSON.parse(row.value) as IndexWatcher) : undefined;
  }

  async setWatcher(watcher: IndexWatcher | undefined): Promise<void> {
    if (watcher) {
      await this.keepMeta('watcher', JSON.stringify(watcher));
    } else await this.conn.pool.query("DELETE FROM briefing_meta WHERE key = 'watcher'");
  }

  async apply(change: { put: readonly IndexEntry[]; touch?: readonly TouchedFile[]; remove: readonly string[] }): Promise<void> {
    await this.conn.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [INDEX_LOCK]);
      const batch = new IndexBatch(client);
      for (const name of change.remove) await batch.remove(name);
      for (const entry of change.put) await batch.put(entry);
      for (const t of change.touch ?? []) await batch.touch(t);
      await batch.finish();
      if (change.put.length || change.remove.length) {
        const [{ value }] = (await client.query<{ value: string }>(
          `INSERT INTO briefing_meta (key, value) VALUES ('${REVISION}', '1') ON CONFLICT (key) DO UPDATE SET value = (briefing_meta.value::bigint + 1)::text RETURNING value`,
        )).rows as [{ value: string }];
        await client.query('INSERT INTO briefing_changes (revision, slugs, slug_count) VALUES ($1, $2, $3)', [Number(value), JSON.stringify([...batch.slugs]), batch.slugs.size]);
        await client.query(TRIM_CHANGES);
      }
    });
  }
}
