/**
 * Extraction cached by content hash, so a restart never redoes it. Results live in memory and,
 * when a directory is given, on disk as `<dir>/<sha256>-<EXTRACTOR_VERSION>.json`. A cache file
 * that cannot be read or parsed is ignored and rewritten; a directory that cannot be written
 * only costs the disk layer (extraction still works).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { EXTRACTOR_VERSION, extractArticle, type ExtractOptions } from './extract.ts';
import type { Extraction } from '../briefing/extraction.ts';

/** Extracts an article, reusing an earlier result for the same text. */
export type CachedExtractor = (body: string, options?: ExtractOptions) => Extraction;

const Cites = z.array(z.string());
const CachedExtraction = z.object({
  actors: z.array(z.object({
    name: z.string(), aliases: z.array(z.string()), kind: z.enum(['person', 'place', 'org', 'group']),
    role: z.string().nullable(), cites: Cites,
  })),
  quotes: z.array(z.object({
    speaker: z.string().nullable(), speakerDescription: z.string().optional(), text: z.string(),
    partial: z.boolean().optional(), cites: Cites,
  })),
  questions: z.array(z.object({ text: z.string(), why: z.string().optional(), cites: Cites })),
  claims: z.array(z.object({ text: z.string(), sourcing: z.enum(['on-record', 'unnamed']), source: z.string().optional(), cites: Cites })),
});

/** How many results the in-memory layer keeps. */
const MEMORY_ENTRIES = 2000;

/** The content hash that names a cached result. */
export function extractionKey(body: string, options: ExtractOptions = {}): string {
  return createHash('sha256').update(options.title ?? '').update('\u0000').update(body).digest('hex');
}

/**
 * Creates a cached extractor. `dir` undefined keeps results in memory only.
 *
 * @example const extract = createCachedExtractor('data/extract-cache'); extract(body).actors
 */
export function createCachedExtractor(
  dir: string | undefined,
  extract: (body: string, options?: ExtractOptions) => Extraction = extractArticle,
): CachedExtractor {
  const memory = new Map<string, Extraction>();
  let diskUsable = dir !== undefined;
  if (dir !== undefined) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      diskUsable = false;
    }
  }

  const readDisk = (file: string): Extraction | undefined => {
    try {
      const parsed = CachedExtraction.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? (parsed.data as Extraction) : undefined;
    } catch {
      return undefined;
    }
  };

  const writeDisk = (file: string, value: Extraction): void => {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, file);
    } catch {
      diskUsable = false;
    }
  };

  const remember = (key: string, value: Extraction): void => {
    if (memory.size >= MEMORY_ENTRIES) memory.delete(memory.keys().next().value!);
    memory.set(key, value);
  };

  return (body, options = {}) => {
    const key = extractionKey(body, options);
    const hit = memory.get(key);
    if (hit) return hit;
    const file = dir !== undefined ? join(dir, `${key}-${EXTRACTOR_VERSION}.json`) : undefined;
    if (file && diskUsable) {
      const stored = readDisk(file);
      if (stored) {
        remember(key, stored);
        return stored;
      }
    }
    const value = extract(body, options);
    remember(key, value);
    if (file && diskUsable) writeDisk(file, value);
    return value;
  };
}
