/**
 * The briefing index on SQLite, as an aggregate of the store: the file rows the indexer compares
 * the folder with, stored extractions (deflated JSON, by content key and extractor version), and
 * each briefing's outline and look-up rows, written in one transaction per batch so an interrupted
 * index resumes where it stopped. An identity (one actor across briefings) that a batch only adds
 * appearances to is updated from those alone — a first index adds to the same famous people batch
 * after batch — and one that lost an appearance is recomputed from all it has left, so removing a
 * briefing never leaves a stale name or weight behind; unless the batch put that appearance back
 * unchanged (an edit that kept the briefing's actors), which only moves where it sorts
 * (sqlite-identity-upkeep.ts).
 */
import type { Database } from 'better-sqlite3';
import type { Extraction } from '../briefing/extraction.ts';
import type { BriefingIndexStore, FileStamp, IndexedBriefing, IndexedFile, IndexEntry, IndexWatcher, TouchedFile, Vocabulary } from '../briefing/index-store.ts';
import { deletionVariants } from '../briefing/terms.ts';
import type { SqliteConnection } from './connection.ts';
import { decodeJson, encodeJson, fileOf, fileStampColumns, KNOWN_TERMS, unionOfWords, type AppearanceRow, type FileRow } from './index-rows.ts';
import { TRIM_CHANGES } from './change-log.ts';
import { REVISION, SqliteBriefingLookup } from './sqlite-briefing-lookup.ts';
import { compareSorted, firstNameAndRole, keysOf, sameAppearances, sortPosition, type Gained, type IdentityState, type Lost, type TouchedIdentities } from './sqlite-identity-upkeep.ts';


function prepareWrites(db: Database) {
  return {
    // Rows as arrays: a whole-folder comparison reads every row, and objects cost several times as much.
    fileStamps: db.prepare<[{ format: number; extractor: string }], FileStamp>(`SELECT ${fileStampColumns('@format', '@extractor')} FROM briefing_files`).raw(),
    file: db.prepare<[string], FileRow>('SELECT * FROM briefing_files WHERE name = ?'),
    filesNamed: db.prepare<[string], FileRow>('SELECT * FROM briefing_files WHERE name IN (SELECT value FROM json_each(?))'),
    filesWithSlugs: db.prepare<[string], FileRow>('SELECT * FROM briefing_files WHERE slug IN (SELECT value FROM json_each(?))'),
    touchFile: db.prepare('UPDATE briefing_files SET size = ?, mtime_ms = ? WHERE name = ?'),
    putFile: db.prepare(
      `INSERT INTO briefing_files (name, size, mtime_ms, hash, format, slug, indexed, problems, extraction_key, extractor)
       VALUES (@name, @size, @mtime_ms, @hash, @format, @slug, @indexed, @problems, @extraction_key, @extractor)
       ON CONFLICT (name) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, hash = excluded.hash, format = excluded.format,
         slug = excluded.slug, indexed = excluded.indexed, problems = excluded.problems, extraction_key = excluded.extraction_key, extractor = excluded.extractor`,
    ),
    dropFile: db.prepare('DELETE FROM briefing_files WHERE name = ?'),
    demoteFile: db.prepare('UPDATE briefing_files SET indexed = 0, format = 0 WHERE name = ?'),
    extraction: db.prepare<[string, string], { data: Buffer }>('SELECT data FROM briefing_extractions WHERE key = ? AND version = ?'),
    putExtraction: db.prepare('INSERT INTO briefing_extractions (key, version, data) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET version = excluded.version, data = excluded.data'),
    dropUnusedExtraction: db.prepare('DELETE FROM briefing_extractions WHERE key = @key AND NOT EXISTS (SELECT 1 FROM briefing_files WHERE extraction_key = @key)'),
    briefingOfFile: db.prepare<[string], { id: number; slug: string; sort_key: string }>('SELECT id, slug, sort_key FROM briefings WHERE file = ?'),
    briefingOfSlug: db.prepare<[string], { id: number; file: string }>('SELECT id, file FROM briefings WHERE slug = ?'),
    insertBriefing: db.prepare('INSERT INTO briefings (slug, file, sort_key, headline, ask, outline) VALUES (?, ?, ?, ?, ?, ?)'),
    insertKey: db.prepare('INSERT INTO briefing_keys (key, briefing_id, exact) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET exact = max(exact, excluded.exact)'),
    insertText: db.prepare('INSERT INTO briefing_text (rowid, names, headline, summary, actors) VALUES (?, ?, ?, ?, ?)'),
    identityId: db.prepare<[string], { id: number }>('SELECT id FROM actor_identities WHERE key = ?'),
    insertIdentity: db.prepare("INSERT INTO actor_identities (key, name, names, roles, weight, appearances) VALUES (?, ?, '', '', 0, 0)"),
    insertAppearance: db.prepare(
      'INSERT INTO actor_appearances (briefing_id, position, identity_id, name, names, role, role_text, weight, keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    deleteActorKeys: db.prepare('DELETE FROM actor_keys WHERE identity_id = ?'),
    insertActorKey: db.prepare('INSERT INTO actor_keys (key, identity_id, exact, weight) VALUES (?, ?, ?, ?)'),
    appearancesOfBriefing: db.prepare<[number], Lost & { identity_id: number }>('SELECT identity_id, name, names, role, role_text, weight, keys FROM actor_appearances WHERE briefing_id = ?'),
    deleteBriefing: [
      db.prepare('DELETE FROM actor_appearances WHERE briefing_id = ?'),
      db.prepare('DELETE FROM briefing_keys WHERE briefing_id = ?'),
      db.prepare('DELETE FROM briefing_text WHERE rowid = ?'),
      db.prepare('DELETE FROM briefings WHERE id = ?'),
    ],
    appearancesOfIdentity: db.prepare<[number], AppearanceRow & { sort_key: string; slug: string }>(
      'SELECT a.name, a.names, a.role, a.role_text, a.weight, a.keys, b.sort_key, b.slug FROM actor_appearances a JOIN briefings b ON b.id = a.briefing_id WHERE a.identity_id = ? ORDER BY b.sort_key, b.slug',
    ),
    identityState: db.prepare<[number], IdentityState>('SELECT name, role, names, roles, weight, appearances, name_at, role_at FROM actor_identities WHERE id = ?'),
    updateIdentity: db.prepare('UPDATE actor_identities SET name = ?, role = ?, names = ?, roles = ?, weight = ?, appearances = ?, name_at = ?, role_at = ? WHERE id = ?'),
    reweighActorKeys: db.prepare('UPDATE actor_keys SET weight = ? WHERE identity_id = ?'),
    addActorKey: db.prepare('INSERT INTO actor_keys (key, identity_id, exact, weight) VALUES (?, ?, ?, ?) ON CONFLICT (key, identity_id) DO UPDATE SET exact = max(exact, excluded.exact)'),
    deleteIdentity: db.prepare('DELETE FROM actor_identities WHERE id = ?'),
    deleteIdentityText: db.prepare('DELETE FROM actor_text WHERE rowid = ?'),
    insertIdentityText: db.prepare('INSERT INTO actor_text (rowid, names, roles) VALUES (?, ?, ?)'),
    dropMeta: db.prepare('DELETE FROM briefing_meta WHERE key = ?'),
    nextRevision: db.prepare(`INSERT INTO briefing_meta (key, value) VALUES ('${REVISION}', '1') ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`),
    logChange: db.prepare<[string, number]>(`INSERT INTO briefing_changes (revision, slugs, slug_count) SELECT CAST(value AS INTEGER), ?, ? FROM briefing_meta WHERE key = '${REVISION}'`),
    trimChanges: db.prepare(TRIM_CHANGES),
    addTerm: db.prepare('INSERT OR IGNORE INTO index_vocabulary (vocabulary, term) VALUES (?, ?)'),
    addVariant: db.prepare('INSERT OR IGNORE INTO index_variants (vocabulary, variant, term) VALUES (?, ?, ?)'),
  };
}

/** The briefing index: `IndexWriter` here, `IndexLookup` from `SqliteBriefingLookup`. */
export class SqliteBriefingIndex extends SqliteBriefingLookup implements BriefingIndexStore {
  private writes?: { db: Database; statements: ReturnType<typeof prepareWrites> };
  /** Vocabulary words this connection has already written: most words of a batch are, and asking costs a statement each. */
  private readonly knownTerms = new Set<string>();

  constructor(conn: SqliteConnection) {
    super(conn);
  }

  private get w(): ReturnType<typeof prepareWrites> {
    const db = this.conn.db;
    if (this.writes?.db !== db) this.writes = { db, statements: prepareWrites(db) };
    return this.writes.statements;
  }

  async fileStamps(current: { format: number; extractor: string }): Promise<FileStamp[]> {
    return this.w.fileStamps.all(current) as unknown as FileStamp[];
  }

  async filesNamed(names: readonly string[]): Promise<IndexedFile[]> {
    return names.length ? this.w.filesNamed.all(JSON.stringify(names)).map(fileOf) : [];
  }

  async filesWithSlugs(slugs: readonly string[]): Promise<IndexedFile[]> {
    return slugs.length ? this.w.filesWithSlugs.all(JSON.stringify(slugs)).map(fileOf) : [];
  }

  async storedExtraction(key: string, version: string): Promise<Extraction | undefined> {
    const row = this.w.extraction.get(key, version);
    return row ? decodeJson<Extraction>(row.data) : undefined;
  }

  async watcher(): Promise<IndexWatcher | undefined> {
    const value = this.statements.meta.get('watcher')?.value;
    return typeof value === 'string' ? (JSON.parse(value) as IndexWatcher) : undefined;
  }

  async setWatcher(watcher: IndexWatcher | undefined): Promise<void> {
    if (watcher) this.statements.keepMeta.run('watcher', JSON.stringify(watcher));
    else this.w.dropMeta.run('watcher');
  }

  async apply(change: { put: readonly IndexEntry[]; touch?: readonly TouchedFile[]; remove: readonly string[] }): Promise<void> {
    const dirty: TouchedIdentities = { lost: new Map(), gained: new Map(), slugs: new Set() };
    const oldExtractions = new Set<string>();
    const write = this.conn.db.transaction(() => {
      for (const name of change.remove) {
        const row = this.w.file.get(name);
        if (row?.extraction_key) oldExtractions.add(row.extraction_key);
        this.removeBriefingOf(name, dirty);
        this.w.dropFile.run(name);
      }
      for (const entry of change.put) this.put(entry, dirty, oldExtractions);
      for (const t of change.touch ?? []) this.w.touchFile.run(t.size, t.mtimeMs, t.name);
      // Recomputing an identity reads all its appearances — thousands for a country or a large
      // company at 100,000 briefings, about a second for one edited briefing — so an edit that
      // kept an identity's appearances as they were only moves where they sort.
      for (const [id, lost] of dirty.lost) {
        const gained = dirty.gained.get(id) ?? [];
        const state = this.w.identityState.get(id);
        if (sameAppearances(lost, gained, state)) this.moveAppearances(id, gained, state!);
        else this.refreshIdentity(id);
      }
      for (const [id, gained] of dirty.gained) if (!dirty.lost.has(id)) this.addAppearances(id, gained);
      for (const key of oldExtractions) this.w.dropUnusedExtraction.run({ key });
      if (change.put.length || change.remove.length) {
        this.w.nextRevision.run();
        this.w.logChange.run(JSON.stringify([...dirty.slugs]), dirty.slugs.size);
        this.w.trimChanges.run();
      }
    });
    try {
      write();
    } catch (error) {
      // Rolled back: words remembered as written in it were not.
      this.knownTerms.clear();
      throw error;
    }
  }

  private put(entry: IndexEntry, dirty: TouchedIdentities, oldExtractions: Set<string>): void {
    const { file } = entry;
    const previous = this.w.file.get(file.name);
    if (previous?.extraction_key && previous.extraction_key !== file.extraction?.key) oldExtractions.add(previous.extraction_key);
    this.removeBriefingOf(file.name, dirty);
    if (entry.extraction) this.w.putExtraction.run(entry.extraction.key, entry.extraction.version, encodeJson(entry.extraction.value));
    if (entry.briefing) {
      // The indexer gives each slug to one file; if another process gave it elsewhere meanwhile,
      // that file is marked stale so the next sync reads it again.
      const holder = this.w.briefingOfSlug.get(entry.briefing.outline.slug);
      if (holder) {
        this.removeBriefingOf(holder.file, dirty);
        this.w.demoteFile.run(holder.file);
      }
      this.insertBriefing(file.name, entry.briefing, dirty);
    }
    this.w.putFile.run({
      name: file.name,
      size: file.size,
      mtime_ms: file.mtimeMs,
      hash: file.hash,
      format: file.format,
      slug: file.slug ?? null,
      indexed: entry.briefing ? 1 : 0,
      problems: file.problems.length ? JSON.stringify(file.problems) : null,
      extraction_key: file.extraction?.key ?? null,
      extractor: file.extraction?.version ?? null,
    });
  }

  private removeBriefingOf(fileName: string, dirty: TouchedIdentities): void {
    const briefing = this.w.briefingOfFile.get(fileName);
    if (!briefing) return;
    dirty.slugs.add(briefing.slug);
    const at = sortPosition(briefing.sort_key, briefing.slug);
    for (const { identity_id: id, ...row } of this.w.appearancesOfBriefing.all(briefing.id)) {
      const lost = dirty.lost.get(id) ?? [];
      lost.push({ ...row, at });
      dirty.lost.set(id, lost);
    }
    for (const statement of this.w.deleteBriefing) statement.run(briefing.id);
  }

  private insertBriefing(fileName: string, entry: IndexedBriefing, dirty: TouchedIdentities): void {
    const { outline } = entry;
    const id = Number(this.w.insertBriefing.run(outline.slug, fileName, entry.sortKey, outline.headline, entry.ask, encodeJson(outline)).lastInsertRowid);
    dirty.slugs.add(outline.slug);
    for (const k of entry.keys) this.w.insertKey.run(k.key, id, k.exact ? 1 : 0);
    this.w.insertText.run(id, entry.text.names, entry.text.headline, entry.text.summary, entry.text.actors);
    for (const actor of entry.actors) {
      let identity = this.w.identityId.get(actor.identity)?.id;
      identity ??= Number(this.w.insertIdentity.run(actor.identity, actor.name).lastInsertRowid);
      const gained = dirty.gained.get(identity) ?? [];
      gained.push({ ...actor, at: sortPosition(entry.sortKey, outline.slug) });
      dirty.gained.set(identity, gained);
      this.w.insertAppearance.run(id, actor.position, identity, actor.name, actor.names, actor.role, actor.roleText ?? null, actor.weight, keysOf(actor));
    }
    this.addTerms('topic', entry.terms.topic);
    this.addTerms('actor', entry.terms.actor);
  }

  /** Adds words to a vocabulary; a word seen for the first time also gets its deletion variants. */
  private addTerms(vocabulary: Vocabulary, terms: readonly string[]): void {
    // Bounded: past this many words, the table's own uniqueness check does the work alone.
    if (this.knownTerms.size > KNOWN_TERMS) this.knownTerms.clear();
    for (const term of terms) {
      const known = `${vocabulary}\u0000${term}`;
      if (this.knownTerms.has(known)) continue;
      this.knownTerms.add(known);
      if (this.w.addTerm.run(vocabulary, term).changes === 0) continue;
      for (const variant of deletionVariants(term)) this.w.addVariant.run(vocabulary, variant, term);
    }
  }

  /** Recomputes an identity's name, role, words, keys and weight from its appearances; drops it when none is left. */
  private refreshIdentity(id: number): void {
    const rows = this.w.appearancesOfIdentity.all(id);
    this.w.deleteIdentityText.run(id);
    this.w.deleteActorKeys.run(id);
    if (rows.length === 0) {
      this.w.deleteIdentity.run(id);
      return;
    }
    const names = unionOfWords(rows.map((r) => r.names));
    const roles = unionOfWords(rows.map((r) => r.role));
    const withRole = rows.find((r) => r.role_text);
    const weight = rows.reduce((sum, r) => sum + r.weight, 0);
    const first = rows[0]!;
    const roleAt = withRole ? sortPosition(withRole.sort_key, withRole.slug) : null;
    this.w.updateIdentity.run(first.name, withRole?.role_text ?? null, names, roles, weight, rows.length, sortPosition(first.sort_key, first.slug), roleAt, id);
    this.w.insertIdentityText.run(id, names, roles);
    const keys = new Map<string, number>();
    for (const row of rows) for (const [key, exact] of JSON.parse(row.keys) as Array<[string, number]>) keys.set(key, Math.max(keys.get(key) ?? 0, exact));
    for (const [key, exact] of keys) this.w.insertActorKey.run(key, id, exact, weight);
  }

  /** Where an identity's name and role come from after its appearances moved (`sameAppearances`): the first in headline order, as `addAppearances` keeps it. */
  private moveAppearances(id: number, moved: readonly Gained[], state: IdentityState): void {
    const { name, role, nameAt, roleAt } = firstNameAndRole(state, moved);
    if (name !== state.name || role !== state.role || nameAt !== state.name_at || roleAt !== state.role_at) {
      this.w.updateIdentity.run(name, role, state.names, state.roles, state.weight, state.appearances, nameAt, roleAt, id);
    }
  }

  /**
   * Adds a batch's new appearances to an identity without reading its others: the name and role of
   * the first in headline order (compared with where the current ones come from), the union of
   * words, the summed weight — the same as `refreshIdentity` would compute, at the cost of the
   * batch's appearances rather than all of them.
   */
  private addAppearances(id: number, gained: Gained[]): void {
    const state = this.w.identityState.get(id);
    // Written before identities knew where their name came from: recompute once, which records it.
    if (!state || (state.appearances > 0 && state.name_at === null)) return this.refreshIdentity(id);
    const from = state.appearances === 0 ? { ...state, role: null, name_at: null, role_at: null } : state;
    const { name, role, nameAt, roleAt } = firstNameAndRole(from, gained);
    const ordered = gained.length > 1 ? [...gained].sort((a, b) => compareSorted(a.at, b.at)) : gained;
    const names = unionOfWords([state.names, ...ordered.map((a) => a.names)]);
    const roles = unionOfWords([state.roles, ...ordered.map((a) => a.role)]);
    const weight = gained.reduce((sum, a) => sum + a.weight, state.weight);
    this.w.updateIdentity.run(name, role, names, roles, weight, state.appearances + gained.length, nameAt, roleAt, id);
    if (state.appearances === 0 || names !== state.names || roles !== state.roles) {
      if (state.appearances > 0) this.w.deleteIdentityText.run(id);
      this.w.insertIdentityText.run(id, names, roles);
    }
    // A new identity has no keys yet; an existing one's all carry its weight.
    if (state.appearances > 0) this.w.reweighActorKeys.run(weight, id);
    for (const actor of gained) for (const k of actor.keys) this.w.addActorKey.run(k.key, id, k.exact ? 1 : 0, weight);
  }
}
