/**
 * The briefing index's change log (`briefing_changes`), on either engine: one row per revision,
 * written in the transaction that moves the revision, with the slugs that write added, edited,
 * renamed or removed. What is derived from every briefing at one revision (the free-question story
 * index) is brought to a later one by reading the briefings the rows after it name. Only the newest
 * rows are kept (`CHANGE_LOG`); a revision with no row — trimmed, or written by a Brief that kept
 * no log — means the log does not reach back to it.
 */
import { CHANGE_LOG } from '../briefing/index-store.ts';

/** Drops the oldest rows beyond the last `CHANGE_LOG.revisions`, and those beyond about `CHANGE_LOG.slugs` slugs (the row that crosses it stays). */
export const TRIM_CHANGES = `DELETE FROM briefing_changes WHERE revision < (
  SELECT min(revision) FROM (
    SELECT revision, slug_count, sum(slug_count) OVER (ORDER BY revision DESC) AS total
    FROM briefing_changes ORDER BY revision DESC LIMIT ${CHANGE_LOG.revisions}
  ) newest WHERE total - slug_count < ${CHANGE_LOG.slugs})`;

/** Up to how many changed briefings each is placed by counting those before it; more are placed by one pass over the headline order. */
export const COUNTED_POSITIONS = 16;

/**
 * The slugs logged for every revision after `since` up to `now`, each once; undefined when a
 * revision between has no row, or when more than `limit` slugs changed.
 */
export function loggedSlugs(rows: ReadonlyArray<{ revision: number | string; slugs: string }>, since: number, now: number, limit: number): string[] | undefined {
  if (rows.length !== now - since) return undefined;
  const slugs = new Set<string>();
  for (const [i, row] of rows.entries()) {
    if (Number(row.revision) !== since + 1 + i) return undefined;
    for (const slug of JSON.parse(row.slugs) as string[]) slugs.add(slug);
    if (slugs.size > limit) return undefined;
  }
  return [...slugs];
}
