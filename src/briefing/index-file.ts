/**
 * One briefing file → what the index should hold for it: read, hashed, parsed, extracted (or its
 * stored extraction reused) and built. A file whose text is unchanged only has its size and time
 * recorded; a bad file is kept with its problems so they are reported on every start.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describeError } from '../errors.ts';
import { buildBriefingFrom, hashOf, needsExtraction, noExtraction, outlineOf, type Extractor } from './build.ts';
import type { Extraction } from './extraction.ts';
import { readBriefingFile, UnreadableFile } from './files.ts';
import type { FolderFile } from './folder-scan.ts';
import { indexedBriefing } from './index-entry.ts';
import type { FileProblem, IndexedBriefing, IndexedFile, IndexWriter } from './index-store.ts';
import { displayPath } from './loader.ts';
import { parseBriefingFile } from './parse.ts';

/**
 * The index format: bump it when what the index derives from a file changes (the outline, the
 * look-up keys, folding), and every file is re-read on the next start — its stored extraction reused.
 */
export const INDEX_FORMAT = 1;

/**
 * The extractor the index uses: its version (stored with every extraction; a new version re-reads
 * every extracted file) and a loader. Both are async so a start with nothing to extract never loads
 * the language model.
 */
export interface IndexExtractor {
  version(): Promise<string>;
  load(): Promise<Extractor>;
}

/** What reading one file produced. */
export type FileReading =
  | { kind: 'touch'; stat: FolderFile }
  | {
      kind: 'read';
      file: IndexedFile;
      briefing?: IndexedBriefing;
      /** An extraction made now, to store for reuse. */
      extraction?: { key: string; version: string; value: Extraction };
    };

/** What `readIndexFile` needs. */
export interface ReadContext {
  dir: string;
  /** The folder's real path: a link that leads out of it is not read. */
  realDir: string;
  cwd: string;
  store: IndexWriter;
  /** The extractor's version. */
  version: string;
  /** The extractor, loaded on first use. */
  extract: () => Promise<Extractor>;
}

/** The key a body's extraction is stored under: its text and its title. */
export function extractionKey(body: string, title: string): string {
  return createHash('sha256').update(title).update('\u0000').update(body).digest('hex');
}

/** True when the row was written by this index format and, if extracted, by this extractor. */
export function rowIsCurrent(row: IndexedFile, extractorVersion: string): boolean {
  return row.format === INDEX_FORMAT && (!row.extraction || row.extraction.version === extractorVersion);
}

function problemsOf(errors: ReadonlyArray<{ line: number; problem: string }>): FileProblem[] {
  return errors.map((e) => ({ line: e.line, message: e.problem }));
}

/**
 * Reads one file for the index. `row` is what the index holds for it; with `force` the file is
 * built even when its text is unchanged (it is about to take a slug another file gave up).
 */
export async function readIndexFile(stat: FolderFile, row: IndexedFile | undefined, ctx: ReadContext, force = false): Promise<FileReading> {
  const base = { name: stat.name, size: stat.size, mtimeMs: stat.mtimeMs, format: INDEX_FORMAT, indexed: false };
  let text: string;
  try {
    // Only what is inside the folder, and nothing larger than a briefing can be (files.ts).
    text = await readBriefingFile(join(ctx.dir, stat.name), ctx.realDir);
  } catch (error) {
    const message = error instanceof UnreadableFile ? error.reason : `could not be read: ${describeError(error)}`;
    return { kind: 'read', file: { ...base, hash: '', problems: [{ line: 0, message }] } };
  }
  const hash = hashOf(text);
  if (!force && row && row.hash === hash && rowIsCurrent(row, ctx.version)) return { kind: 'touch', stat };

  const path = displayPath(join(ctx.dir, stat.name), ctx.cwd);
  // Nothing one file holds may escape as an exception: it would stop every other file being indexed.
  let line = 1;
  try {
    const parsed = parseBriefingFile(path, text);
    if (!parsed.ok) return { kind: 'read', file: { ...base, hash, problems: problemsOf(parsed.problems) } };
    const { file } = parsed;
    line = file.bodyLine;
    let extraction: { key: string; version: string; value: Extraction } | undefined;
    let made = false;
    if (needsExtraction(file)) {
      const key = extractionKey(file.body, file.frontMatter.headline);
      const version = ctx.version;
      const stored = await ctx.store.storedExtraction(key, version);
      made = !stored;
      const value = stored ?? (await ctx.extract())(file.body, { title: file.frontMatter.headline });
      extraction = { key, version, value };
    }
    const built = buildBriefingFrom(path, text, file, extraction?.value ?? noExtraction(''));
    return {
      kind: 'read',
      file: { ...base, hash, slug: built.slug, problems: [], ...(extraction ? { extraction: { key: extraction.key, version: extraction.version } } : {}) },
      briefing: indexedBriefing(outlineOf(built)),
      ...(extraction && made ? { extraction } : {}),
    };
  } catch (error) {
    // Format 0: the next comparison reads it again, in case what failed was not the file (a store or model error).
    return { kind: 'read', file: { ...base, format: 0, hash, problems: [{ line, message: `could not be read: ${describeError(error)}` }] } };
  }
}
