/**
 * The briefing index's look-ups on Postgres: whole names and completions through B-tree keys (byte
 * order, as on SQLite), full text through weighted `tsvector`s with a GIN index and `ts_rank`,
 * typo candidates through the deletion-variant table. The same answers as `SqliteBriefingLookup`;
 * full-text ranks may order near-ties differently (bm25 there, ts_rank here).
 */
import type { ActorField, BriefingChanges, BriefingRef, IdentityHit, IndexLookup, KeyMatch, TextQuery, TopicField, Vocabulary, WholeKeyMatch } from '../briefing/index-store.ts';
import type { BriefingOutline } from '../briefing/model.ts';
import { COUNTED_POSITIONS, loggedSlugs } from './change-log.ts';
import { decodeJson } from './index-rows.ts';
import type { PgConnection } from './pg-connection.ts';
import { rankWeights, tsqueryOf } from './pg-text.ts';
import { ACTOR_FIELDS, byTerm, DERIVED, IDENTITY, identityOf, MAX_CHAR, packDerived, REF, REVISION, TOPIC_FIELDS, unpackDerived, type IdentityRow } from './sqlite-briefing-lookup.ts';

/** Look-ups over the index tables of the Postgres migrations. */
export class PgBriefingLookup implements IndexLookup {
  constructor(protected readonly conn: PgConnection) {}

  private async rows<T extends object>(sql: string, values: unknown[]): Promise<T[]> {
    return (await this.conn.pool.query<T>(sql, values)).rows;
  }

  async count(): Promise<number> {
    return (await this.rows<{ n: number }>('SELECT count(*) AS n FROM briefings', []))[0]!.n;
  }

  async revision(): Promise<number> {
    return Number((await this.rows<{ value: string }>('SELECT value FROM briefing_meta WHERE key = $1', [REVISION]))[0]?.value ?? 0);
  }

  // briefing_meta holds text here: a derived value is kept in base64.
  async derived(name: string): Promise<{ revision: number; data: Buffer } | undefined> {
    const value = (await this.rows<{ value: string }>('SELECT value FROM briefing_meta WHERE key = $1', [DERIVED + name]))[0]?.value;
    return value === undefined ? undefined : unpackDerived(Buffer.from(value, 'base64'));
  }

  async keepDerived(name: string, revision: number, data: Buffer): Promise<void> {
    await this.keepMeta(DERIVED + name, packDerived(revision, data).toString('base64'));
  }

  /** Sets one `briefing_meta` value. */
  protected async keepMeta(key: string, value: string): Promise<void> {
    await this.conn.pool.query('INSERT INTO briefing_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  async list(limit: number, offset = 0): Promise<BriefingRef[]> {
    return this.rows<BriefingRef>(`SELECT ${REF} FROM briefings b ORDER BY b.sort_key, b.slug LIMIT $1 OFFSET $2`, [limit, offset]);
  }

  async changesSince(since: number, limit: number): Promise<BriefingChanges | undefined> {
    // One snapshot for the log, the revision and the briefings (each statement alone would see its own).
    return this.conn.transaction(async (client) => {
      await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const rows = async <T extends object>(sql: string, values: unknown[]) => (await client.query<T>(sql, values)).rows;
      const revision = Number((await rows<{ value: string }>('SELECT value FROM briefing_meta WHERE key = $1', [REVISION]))[0]?.value ?? 0);
      if (revision < since) return undefined;
      const logged = revision > since ? await rows<{ revision: string; slugs: string }>('SELECT revision, slugs FROM briefing_changes WHERE revision > $1 ORDER BY revision', [since]) : [];
      const slugs = loggedSlugs(logged, since, revision, limit);
      if (!slugs) return undefined;
      const few = slugs.length <= COUNTED_POSITIONS;
      const position = few ? '(SELECT count(*) FROM briefings o WHERE (o.sort_key, o.slug) < (b.sort_key, b.slug))::int' : '-1';
      const found = await rows<{ slug: string; outline: Buffer; position: number }>(`SELECT slug, outline, ${position} AS position FROM briefings b WHERE slug = ANY($1)`, [slugs]);
      const order = few ? undefined : new Map((await client.query<[string]>({ text: 'SELECT slug FROM briefings ORDER BY sort_key, slug', rowMode: 'array' })).rows.map(([slug], i) => [slug, i]));
      const now = new Map(found.map((row) => [row.slug, { outline: decodeJson<BriefingOutline>(row.outline), position: order?.get(row.slug) ?? row.position }]));
      return { revision, changed: slugs.map((slug) => (now.has(slug) ? { slug, now: now.get(slug)! } : { slug })) };
    });
  }

  async outlines(limit: number, offset: number): Promise<BriefingOutline[]> {
    const rows = await this.rows<{ outline: Buffer }>('SELECT outline FROM briefings ORDER BY sort_key, slug LIMIT $1 OFFSET $2', [limit, offset]);
    return rows.map((row) => decodeJson<BriefingOutline>(row.outline));
  }

  async outline(slug: string): Promise<{ outline: BriefingOutline; file: string } | undefined> {
    const row = (await this.rows<{ outline: Buffer; file: string }>('SELECT outline, file FROM briefings WHERE slug = $1', [slug]))[0];
    return row ? { outline: decodeJson<BriefingOutline>(row.outline), file: row.file } : undefined;
  }

  async briefingsByKey(key: string, match: KeyMatch): Promise<BriefingRef[]> {
    const exact = match.exact ? 1 : 0;
    return match.prefix
      ? this.rows<BriefingRef>(
          `SELECT ${REF} FROM briefing_keys k JOIN briefings b ON b.id = k.briefing_id WHERE k.key >= $1 AND k.key < $2 AND k.exact >= $3 ORDER BY k.key, b.sort_key LIMIT $4`,
          [key, key + MAX_CHAR, exact, match.limit],
        )
      : this.rows<BriefingRef>(
          `SELECT ${REF} FROM briefing_keys k JOIN briefings b ON b.id = k.briefing_id WHERE k.key = $1 AND k.exact >= $2 ORDER BY b.sort_key, b.slug LIMIT $3`,
          [key, exact, match.limit],
        );
  }

  async briefingsByKeys(keys: readonly string[], match: WholeKeyMatch): Promise<Map<string, BriefingRef[]>> {
    if (keys.length === 0) return new Map();
    const rows = await this.rows<BriefingRef & { term: string }>(
      `SELECT term, slug, headline, ask, file FROM (
         SELECT t.term, ${REF}, row_number() OVER (PARTITION BY t.term ORDER BY b.sort_key, b.slug) AS n
         FROM unnest($1::text[]) AS t(term) JOIN briefing_keys k ON k.key = t.term JOIN briefings b ON b.id = k.briefing_id WHERE k.exact >= $2) ranked
       WHERE n <= $3 ORDER BY term, n`,
      [keys, match.exact ? 1 : 0, match.limit],
    );
    return byTerm(rows, (row) => row);
  }

  async searchBriefings(query: TextQuery<TopicField>, limit: number): Promise<BriefingRef[]> {
    const match = tsqueryOf(query, TOPIC_FIELDS);
    if (!match) return [];
    return this.rows<BriefingRef>(
      `SELECT ${REF} FROM (SELECT id, ts_rank($1::real[], doc, $2::tsquery) AS score FROM briefing_text WHERE doc @@ $2::tsquery ORDER BY score DESC LIMIT $3) hit
       JOIN briefings b ON b.id = hit.id ORDER BY hit.score DESC, b.sort_key`,
      [rankWeights(TOPIC_FIELDS, query), match, limit],
    );
  }

  async identitiesByKey(key: string, match: KeyMatch): Promise<IdentityHit[]> {
    const from = `FROM actor_keys k JOIN actor_identities i ON i.id = k.identity_id`;
    const rows = match.prefix
      ? await this.rows<IdentityRow>(`SELECT ${IDENTITY} ${from} WHERE k.key >= $1 AND k.key < $2 AND k.exact >= $3 ORDER BY k.key, k.weight DESC LIMIT $4`, [
          key,
          key + MAX_CHAR,
          match.exact ? 1 : 0,
          match.limit,
        ])
      : await this.rows<IdentityRow>(`SELECT ${IDENTITY} ${from} WHERE k.key = $1 AND k.exact >= $2 ORDER BY k.weight DESC, i.key LIMIT $3`, [key, match.exact ? 1 : 0, match.limit]);
    return rows.map(identityOf);
  }

  async identitiesByKeys(keys: readonly string[], match: WholeKeyMatch): Promise<Map<string, IdentityHit[]>> {
    if (keys.length === 0) return new Map();
    // As on SQLite: each key's identities down to the weight of its `limit`-th heaviest, then joined and ranked.
    const rows = await this.rows<IdentityRow & { term: string }>(
      `WITH cut AS (
         SELECT t.term, (SELECT min(top.weight) FROM (SELECT c.weight FROM actor_keys c WHERE c.key = t.term AND c.exact >= $2 ORDER BY c.weight DESC LIMIT $3) top) AS floor
         FROM (SELECT DISTINCT term FROM unnest($1::text[]) AS u(term)) t)
       SELECT term, key, name, role, weight, appearances FROM (
         SELECT cut.term, ${IDENTITY}, row_number() OVER (PARTITION BY cut.term ORDER BY k.weight DESC, i.key) AS n
         FROM cut JOIN actor_keys k ON k.key = cut.term AND k.exact >= $2 AND k.weight >= cut.floor JOIN actor_identities i ON i.id = k.identity_id) ranked
       WHERE n <= $3 ORDER BY term, n`,
      [keys, match.exact ? 1 : 0, match.limit],
    );
    return byTerm(rows, identityOf);
  }

  async searchIdentities(query: TextQuery<ActorField>, limit: number): Promise<IdentityHit[]> {
    const match = tsqueryOf(query, ACTOR_FIELDS);
    if (!match) return [];
    // As on SQLite: when no more match than asked, all of them are the answer, unranked.
    const all = await this.rows<IdentityRow>(`SELECT ${IDENTITY} FROM (SELECT id FROM actor_text WHERE doc @@ $1::tsquery LIMIT $2) hit JOIN actor_identities i ON i.id = hit.id`, [match, limit + 1]);
    if (all.length <= limit) return all.map(identityOf);
    const rows = await this.rows<IdentityRow>(
      `SELECT ${IDENTITY} FROM (SELECT id, ts_rank($1::real[], doc, $2::tsquery) AS score FROM actor_text WHERE doc @@ $2::tsquery ORDER BY score DESC LIMIT $3) hit
       JOIN actor_identities i ON i.id = hit.id ORDER BY hit.score DESC, i.weight DESC`,
      [rankWeights(ACTOR_FIELDS, query), match, limit],
    );
    return rows.map(identityOf);
  }

  async identityWords(keys: readonly string[]): Promise<Map<string, { names: string[]; roles: string[] }>> {
    const out = new Map<string, { names: string[]; roles: string[] }>();
    if (keys.length === 0) return out;
    for (const row of await this.rows<{ key: string; names: string; roles: string }>('SELECT key, names, roles FROM actor_identities WHERE key = ANY($1)', [keys])) {
      out.set(row.key, { names: row.names.split(' ').filter(Boolean), roles: row.roles.split(' ').filter(Boolean) });
    }
    return out;
  }

  async appearancesOf(key: string, limit: number): Promise<Array<{ briefing: BriefingRef; position: number }>> {
    const rows = await this.rows<BriefingRef & { position: number }>(
      `SELECT ${REF}, a.position FROM actor_identities i JOIN actor_appearances a ON a.identity_id = i.id JOIN briefings b ON b.id = a.briefing_id
       WHERE i.key = $1 ORDER BY a.weight DESC LIMIT $2`,
      [key, limit],
    );
    return rows.map(({ position, ...briefing }) => ({ briefing, position }));
  }

  // GIN indexes take new rows into a pending list that every search scans; clean it into the index.
  async compactText(): Promise<void> {
    await this.conn.pool.query("SELECT gin_clean_pending_list('actor_text_doc'::regclass), gin_clean_pending_list('briefing_text_doc'::regclass)");
  }

  // Cleaning a pending list is cheap (it holds only the rows written since the last clean-up), so a
  // step does it all; GIN has no pieces to merge beyond it.
  async tidyText(): Promise<boolean> {
    await this.compactText();
    return false;
  }

  async similarTerms(vocabulary: Vocabulary, variants: readonly string[]): Promise<string[]> {
    if (variants.length === 0) return [];
    const rows = await this.rows<{ term: string }>('SELECT DISTINCT term FROM index_variants WHERE vocabulary = $1 AND variant = ANY($2)', [vocabulary, variants]);
    return rows.map((r) => r.term);
  }
}
