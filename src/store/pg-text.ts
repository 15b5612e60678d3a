/**
 * Full text on Postgres without a parser in the way: the index already holds folded words split by
 * spaces (src/briefing/text.ts), so a document becomes a `tsvector` literal with each field's words
 * at their own weight, and a `TextQuery` a `tsquery` literal whose lexemes are quoted — nothing a
 * person types is read as query syntax. Fields map to weights A–D in column order; a query limited
 * to some fields restricts its lexemes to those weights, and per-field ranking weights become
 * `ts_rank`'s weight array.
 *
 * @example tsqueryOf({ words: [[{ term: 'dock', prefix: true }], [{ term: 'strike' }]], combine: 'all', fields: ['names'] }, ['names', 'headline'])
 *   → "('dock':*A) & ('strike':A)"
 */
import type { TextQuery } from '../briefing/index-store.ts';

const LETTERS = ['A', 'B', 'C', 'D'] as const;
/** tsvector positions stop at 16383. */
const MAX_POSITION = 16_383;

function lexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The `tsvector` literal of a row: each column's words at the weight of its place in `columns`. */
export function tsvectorOf<F extends string>(columns: readonly F[], text: Record<F, string>): string {
  const parts: string[] = [];
  let position = 0;
  columns.forEach((column, i) => {
    for (const word of text[column].split(' ')) {
      if (!word) continue;
      position = Math.min(position + 1, MAX_POSITION);
      parts.push(`${lexeme(word)}:${position}${LETTERS[i]}`);
    }
  });
  return parts.join(' ');
}

/** The `tsquery` literal, or undefined when the query can match nothing (a word with no spelling). */
export function tsqueryOf<F extends string>(query: TextQuery<F>, columns: readonly F[]): string | undefined {
  const letters = query.fields?.length ? query.fields.map((f) => LETTERS[columns.indexOf(f)]).join('') : '';
  const groups = query.words.map((word) => word.filter((t) => t.term.length > 0).map((t) => `${lexeme(t.term)}${t.prefix || letters ? `:${t.prefix ? '*' : ''}${letters}` : ''}`));
  const usable = groups.filter((g) => g.length > 0);
  if (usable.length === 0 || (query.combine === 'all' && usable.length < groups.length)) return undefined;
  return usable.map((g) => `(${g.join(' | ')})`).join(query.combine === 'all' ? ' & ' : ' | ');
}

/** `ts_rank`'s weights, in its order {D, C, B, A}, from the query's per-field weights (default 1). */
export function rankWeights<F extends string>(columns: readonly F[], query: TextQuery<F>): number[] {
  const byLetter = columns.map((c) => query.weights?.[c] ?? 1);
  const top = Math.max(...byLetter, 1e-9);
  return LETTERS.map((_, i) => (byLetter[i] ?? 0) / top).reverse();
}
