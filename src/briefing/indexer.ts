/**
 * Keeps the index in step with the folder: compares every file's size and modification time with
 * the index, reads only the files that changed (or were written by another index format or
 * extractor version), and writes them in batches, each in one transaction — so an interrupted
 * first index resumes where it stopped, and answers can use what is indexed so far.
 */
import { join } from 'node:path';
import { BriefingFormatError, describeError } from '../errors.ts';
import type { Extractor } from './build.ts';
import { scanFolder, type FolderFile } from './folder-scan.ts';
import { readIndexFile, rowIsCurrent, type FileReading, type IndexExtractor } from './index-file.ts';
import type { IndexedFile, IndexWriter, TouchedFile } from './index-store.ts';
import { displayPath } from './loader.ts';
import { settleSlugs } from './slug-claims.ts';

/** How far an index run has come. */
export interface IndexProgress {
  /** Files read so far, of `total` that changed. */
  done: number;
  total: number;
  /** Of those, how many needed extraction (the slow part). */
  extracted: number;
  /** Milliseconds since the run started. */
  elapsedMs: number;
}

/** What one run did. */
export interface SyncResult {
  /** True when the whole folder was compared (not just the files named). */
  full: boolean;
  /** Files in the folder (or of those named) now. */
  files: number;
  read: number;
  extracted: number;
  removed: number;
  /** Problems by file name, for every file the run looked at (an empty list: the file is fine now). */
  problems: Map<string, BriefingFormatError[]>;
  /** A problem with the folder itself (it does not exist). */
  folderProblem?: BriefingFormatError;
  interrupted: boolean;
  ms: number;
}

export interface IndexerOptions {
  dir: string;
  store: IndexWriter;
  extractor: IndexExtractor;
  cwd?: string;
  /** Files per transaction (default 100), and the longest a batch waits to be written (default 500 ms). */
  batchSize?: number;
  batchMs?: number;
}

export interface SyncOptions {
  /** Compare only these file names (a change the watcher saw). */
  only?: readonly string[];
  signal?: AbortSignal;
  onProgress?: (progress: IndexProgress) => void;
  /** Called after each batch is written, so answers see it. */
  onBatch?: () => void;
}

/** Syncs one folder with the index. Runs may overlap only through the catalog, which queues them. */
export class FolderIndexer {
  private extractor?: Promise<Extractor>;
  private version?: Promise<string>;

  constructor(private readonly options: IndexerOptions) {}

  private get cwd(): string {
    return this.options.cwd ?? process.cwd();
  }

  /** Compares the folder (or the files named) with the index and writes what changed. */
  async sync(options: SyncOptions = {}): Promise<SyncResult> {
    const started = performance.now();
    const { dir, store } = this.options;
    const result: SyncResult = { full: !options.only, files: 0, read: 0, extracted: 0, removed: 0, problems: new Map(), interrupted: false, ms: 0 };
    let folder: FolderFile[];
    try {
      folder = await scanFolder(dir, options.only);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'the folder does not exist — create it or set BRIEFINGS_DIR' : describeError(error);
      result.folderProblem = new BriefingFormatError(displayPath(dir, this.cwd), 0, why);
      // The folder is the source of truth: with no folder there are no briefings.
      folder = [];
    }
    result.files = folder.length;
    const known = options.only ? await store.filesNamed(options.only) : await store.files();
    const before = new Map(known.map((row) => [row.name, row]));
    const present = new Set(folder.map((f) => f.name));
    const removed = known.filter((row) => !present.has(row.name)).map((row) => row.name);
    this.version ??= this.options.extractor.version();
    const version = await this.version;
    const queue = folder.filter((f) => {
      const row = before.get(f.name);
      return !row || row.size !== f.size || row.mtimeMs !== f.mtimeMs || !rowIsCurrent(row, version);
    });
    const inFolder = new Map(folder.map((f) => [f.name, f]));
    const queued = new Set(queue.map((f) => f.name));
    const enqueue = (stat: FolderFile | undefined) => {
      if (stat && !queued.has(stat.name)) {
        queued.add(stat.name);
        queue.push(stat);
      }
    };
    const forced = new Set(options.only ? [] : waitingHolders(known));
    for (const name of forced) enqueue(inFolder.get(name));
    for (const row of known) if (present.has(row.name) && !queued.has(row.name)) this.noteProblems(result, row);
    for (const name of removed) result.problems.set(name, []);

    let pendingRemovals = removed;
    const total = () => queue.length;
    let done = 0;
    const progress = () => options.onProgress?.({ done, total: total(), extracted: result.extracted, elapsedMs: performance.now() - started });
    if (queue.length) progress();
    while ((done < queue.length || pendingRemovals.length) && !options.signal?.aborted) {
      const batch = await this.readBatch(queue, done, before, forced, version, options.signal);
      const readings = batch.filter((r): r is Extract<FileReading, { kind: 'read' }> => r.kind === 'read');
      const touch: TouchedFile[] = batch.flatMap((r) => (r.kind === 'touch' ? [{ name: r.stat.name, size: r.stat.size, mtimeMs: r.stat.mtimeMs }] : []));
      const settled = await settleSlugs(readings, pendingRemovals, before, { store, dir, cwd: this.cwd });
      await store.apply({ put: settled.put, touch, remove: pendingRemovals });
      result.removed += pendingRemovals.length;
      pendingRemovals = [];
      for (const r of batch) if (r.kind === 'touch') this.noteProblems(result, before.get(r.stat.name)!);
      for (const entry of settled.put) result.problems.set(entry.file.name, this.errorsOf(entry.file));
      result.read += readings.length;
      result.extracted += readings.filter((r) => r.extraction).length;
      done += batch.length;
      for (const name of settled.reread) {
        forced.add(name);
        queued.delete(name);
        enqueue(inFolder.get(name) ?? (await scanFolder(dir, [name]).catch(() => []))[0]);
      }
      options.onBatch?.();
      progress();
    }
    result.interrupted = Boolean(options.signal?.aborted) && done < queue.length;
    result.ms = performance.now() - started;
    return result;
  }

  /** Reads files until the batch is full or has waited long enough, so progress and answers keep moving. */
  private async readBatch(
    queue: readonly FolderFile[],
    from: number,
    before: ReadonlyMap<string, IndexedFile>,
    forced: ReadonlySet<string>,
    version: string,
    signal?: AbortSignal,
  ): Promise<FileReading[]> {
    const { batchSize = 100, batchMs = 500 } = this.options;
    const started = performance.now();
    const out: FileReading[] = [];
    const context = { dir: this.options.dir, cwd: this.cwd, store: this.options.store, version, extract: () => this.loadExtractor() };
    for (const stat of queue.slice(from, from + batchSize)) {
      if (out.length >= batchSize || (out.length > 0 && performance.now() - started > batchMs) || signal?.aborted) break;
      out.push(await readIndexFile(stat, before.get(stat.name), context, forced.has(stat.name)));
    }
    return out;
  }

  private loadExtractor(): Promise<Extractor> {
    this.extractor ??= this.options.extractor.load();
    return this.extractor;
  }

  private errorsOf(file: IndexedFile): BriefingFormatError[] {
    const path = displayPath(join(this.options.dir, file.name), this.cwd);
    return file.problems.map((p) => new BriefingFormatError(path, p.line, p.message));
  }

  private noteProblems(result: SyncResult, row: IndexedFile): void {
    if (row.problems.length || result.full === false) result.problems.set(row.name, this.errorsOf(row));
  }
}

/** Files waiting for a slug (another file held it) that now hold it: the first by name with no holder before them. */
function waitingHolders(rows: readonly IndexedFile[]): string[] {
  const bySlug = new Map<string, IndexedFile[]>();
  for (const row of rows) {
    if (!row.slug) continue;
    const list = bySlug.get(row.slug);
    if (list) list.push(row);
    else bySlug.set(row.slug, [row]);
  }
  const out: string[] = [];
  for (const list of bySlug.values()) {
    const first = list.reduce((a, b) => (b.name < a.name ? b : a));
    if (!first.indexed) out.push(first.name);
  }
  return out;
}
