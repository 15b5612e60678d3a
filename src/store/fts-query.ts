/**
 * A `TextQuery` → an FTS5 MATCH expression and bm25 weights. Every term is quoted, so nothing a
 * person types is read as FTS5 syntax; a word with several spellings becomes an OR group.
 *
 * @example matchExpression({ words: [[{ term: 'dock' }, { term: 'dock', prefix: true }], [{ term: 'strike' }]], combine: 'all', fields: ['names'] })
 *   → '{names} : (("dock" OR "dock"*) AND ("strike"))'
 */
import type { TextQuery } from '../briefing/index-store.ts';

function quoted(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** The MATCH expression, or undefined when the query can match nothing (a word with no spelling). */
export function matchExpression<F extends string>(query: TextQuery<F>): string | undefined {
  const groups = query.words.map((word) => word.filter((t) => t.term.length > 0).map((t) => `${quoted(t.term)}${t.prefix ? '*' : ''}`));
  const usable = groups.filter((g) => g.length > 0);
  if (usable.length === 0 || (query.combine === 'all' && usable.length < groups.length)) return undefined;
  const body = usable.map((g) => `(${g.join(' OR ')})`).join(query.combine === 'all' ? ' AND ' : ' OR ');
  return query.fields?.length ? `{${query.fields.join(' ')}} : (${body})` : body;
}

/** bm25's per-column weights, in the table's column order. */
export function bm25Weights<F extends string>(columns: readonly F[], query: TextQuery<F>): number[] {
  return columns.map((c) => query.weights?.[c] ?? 1);
}
