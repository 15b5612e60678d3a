/**
 * What both engines' briefing index share: the row shapes of files and appearances, how a file row
 * reads as the port's `IndexedFile`, and how outlines and extractions are stored (deflated JSON).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { IndexedFile } from '../briefing/index-store.ts';

/** A `briefing_files` row. */
export interface FileRow {
  name: string;
  size: number;
  mtime_ms: number;
  hash: string;
  format: number;
  slug: string | null;
  indexed: number;
  problems: string | null;
  extraction_key: string | null;
  extractor: string | null;
}

/** An `actor_appearances` row, as an identity is recomputed from it. */
export interface AppearanceRow {
  name: string;
  names: string;
  role: string;
  role_text: string | null;
  weight: number;
  /** JSON: the appearance's keys as [key, 1 when a whole name else 0]. */
  keys: string;
}

/** How many vocabulary words a connection remembers having written. */
export const KNOWN_TERMS = 200_000;

/** Stores a JSON value deflated. */
export function encodeJson(value: unknown): Buffer {
  return deflateRawSync(JSON.stringify(value));
}

/** A file row as the index port returns it. */
export function fileOf(row: FileRow): IndexedFile {
  return {
    name: row.name,
    size: row.size,
    mtimeMs: row.mtime_ms,
    hash: row.hash,
    format: row.format,
    ...(row.slug ? { slug: row.slug } : {}),
    indexed: row.indexed === 1,
    problems: row.problems ? (JSON.parse(row.problems) as IndexedFile['problems']) : [],
    ...(row.extraction_key && row.extractor ? { extraction: { key: row.extraction_key, version: row.extractor } } : {}),
  };
}

/**
 * The columns of a `FileStamp` in SQL (the same on SQLite and Postgres), with the format and extractor
 * version as parameters `format` and `extractor` are written in: the flags say what `fileOf` would
 * show — `rowIsCurrent` false, problems, a slug without being indexed.
 */
export function fileStampColumns(format: string, extractor: string): string {
  const extracted = `(extraction_key IS NOT NULL AND extraction_key <> '' AND extractor IS NOT NULL AND extractor <> '')`;
  return `name, size, mtime_ms,
    (CASE WHEN format <> ${format} OR (${extracted} AND extractor <> ${extractor}) THEN 1 ELSE 0 END)
    + (CASE WHEN problems IS NOT NULL AND problems <> '' AND problems <> '[]' THEN 2 ELSE 0 END)
    + (CASE WHEN slug IS NOT NULL AND slug <> '' AND indexed <> 1 THEN 4 ELSE 0 END) AS flags`;
}

/** The distinct words of several space-separated texts, in first-seen order. */
export function unionOfWords(texts: readonly string[]): string {
  return [...new Set(texts.flatMap((t) => t.split(' ')).filter(Boolean))].join(' ');
}

/** Reads a stored JSON value (deflated UTF-8). */
export function decodeJson<T>(data: Buffer): T {
  return JSON.parse(inflateRawSync(data).toString('utf8')) as T;
}
