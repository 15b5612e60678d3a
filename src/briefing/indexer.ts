/**
 * Keeps the index in step with the folder: compares every file's size and modification time with
 * the index, reads only the files that changed (or were written by another index format or
 * extractor version), and writes them in batches, each in one transaction — so an interrupted
 * first index resumes where it stopped, and answers can use what is indexed so far.
 */
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { BriefingFormatError, describeError } from '../errors.ts';
import type { Extractor } from './build.ts';
import { scanFolder, type FolderFile } from './folder-scan.ts';
import { INDEX_FORMAT, readIndexFile, rowIsCurrent, type FileReading, type IndexExtractor } from './index-file.ts';
import { FILE_PROBLEMS, FILE_STALE, FILE_UNINDEXED_SLUG, type IndexedFile, type IndexWriter, type TouchedFile } from './index-store.ts';
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
  /** A run that writes or forgets at least this many files merges the full-text indexes at its end (default 500). */
  compactAfter?: number;
}

export interface SyncOptions {
  /** Compare only these file names (a change the watcher saw). */
  only?: readonly string[];
  signal?: AbortSignal;
  onProgress?: (progress: IndexProgress) => void;
  /** Called after each batch is written, so answers see it. */
  onBatch?: () => void;
}

/** How many files a run writes or forgets before it merges the full-text indexes (`IndexWriter.compactText`). */
const COMPACT_AFTER = 500;

/** One run's work list: what the folder holds, what the index held, what to read and to forget. */
interface Plan {
  folder: { get(name: string): FolderFile | undefined };
  /** Index rows of the files to read and of those gone (a whole-folder run reads no others). */
  before: Map<string, IndexedFile>;
  removed: string[];
  queue: FolderFile[];
  queued: Set<string>;
  /** Read even when unchanged: they take a slug another file gave up. */
  forced: Set<string>;
}

/** The folder's files by name, the map made only if a name is asked for (a whole-folder run seldom asks). */
function lazyFolder(files: readonly FolderFile[]): Plan['folder'] {
  let byName: Map<string, FolderFile> | undefined;
  return { get: (name) => (byName ??= new Map(files.map((f) => [f.name, f]))).get(name) };
}

/** Adds a file to the run's work list once. */
function enqueue(plan: Plan, stat: FolderFile | undefined): void {
  if (stat && !plan.queued.has(stat.name)) {
    plan.queued.add(stat.name);
    plan.queue.push(stat);
  }
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
    const result: SyncResult = { full: !options.only, files: 0, read: 0, extracted: 0, removed: 0, problems: new Map(), interrupted: false, ms: 0 };
    this.version ??= this.options.extractor.version();
    const version = await this.version;
    const plan = await this.plan(options, result, version);
    await this.write(plan, options, result, version, started);
    // A first index, or a large catch-up, leaves the full-text indexes in as many pieces as it wrote batches.
    if (!result.interrupted && result.read + result.removed >= (this.options.compactAfter ?? COMPACT_AFTER)) await this.options.store.compactText();
    result.ms = performance.now() - started;
    return result;
  }

  /** What to read and forget: files whose size, time, index format or extractor version moved, and files gone. */
  private async plan(options: SyncOptions, result: SyncResult, version: string): Promise<Plan> {
    const { dir, store } = this.options;
    let folder: FolderFile[];
    // The whole folder's stamps are read while the folder is listed (readdir runs on the thread pool).
    const scanning = scanFolder(dir, options.only);
    const stamps = options.only ? undefined : store.fileStamps({ format: INDEX_FORMAT, extractor: version });
    stamps?.catch(() => undefined);
    try {
      folder = await scanning;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'the folder does not exist — create it or set BRIEFINGS_DIR' : describeError(error);
      result.folderProblem = new BriefingFormatError(displayPath(dir, this.cwd), 0, why);
      // The folder is the source of truth: with no folder there are no briefings.
      folder = [];
    }
    result.files = folder.length;
    if (!stamps) {
      const known = await store.filesNamed(options.only ?? []);
      const before = new Map(known.map((row) => [row.name, row]));
      const present = new Set(folder.map((f) => f.name));
      const removed = known.filter((row) => !present.has(row.name)).map((row) => row.name);
      const queue = folder.filter((f) => {
        const row = before.get(f.name);
        return !row || row.size !== f.size || row.mtimeMs !== f.mtimeMs || !rowIsCurrent(row, version);
      });
      const plan: Plan = { folder: new Map(folder.map((f) => [f.name, f])), before, removed, queue, queued: new Set(queue.map((f) => f.name)), forced: new Set() };
      for (const row of known) if (present.has(row.name) && !plan.queued.has(row.name)) this.noteProblems(result, row);
      for (const name of removed) result.problems.set(name, []);
      return plan;
    }
    // The whole folder: every row as a stamp; whole rows only of the files that changed, went,
    // have problems or wait for a slug.
    const byName = new Map((await stamps).map((s) => [s[0], s]));
    const queue: FolderFile[] = [];
    const wanted: string[] = [];
    const withProblems: string[] = [];
    const unindexed: string[] = [];
    for (const f of folder) {
      const stamp = byName.get(f.name);
      if (!stamp) {
        queue.push(f);
        continue;
      }
      // What is left in `byName` after this loop is gone from the folder.
      byName.delete(f.name);
      const flags = stamp[3];
      if (stamp[1] !== f.size || stamp[2] !== f.mtimeMs || flags & FILE_STALE) {
        queue.push(f);
        wanted.push(f.name);
      } else if (flags & FILE_PROBLEMS) withProblems.push(f.name);
      if (flags & FILE_UNINDEXED_SLUG) unindexed.push(f.name);
    }
    const removed = [...byName.keys()];
    for (const [name, , , flags] of byName.values()) if (flags & FILE_UNINDEXED_SLUG) unindexed.push(name);
    const files = lazyFolder(folder);
    // A slug's waiting holder is the first file by name declaring it, so only slugs an unindexed file declares can have one.
    const waitingSlugs = unindexed.length ? (await store.filesNamed(unindexed)).flatMap((row) => (row.slug ? [row.slug] : [])) : [];
    const holders = waitingSlugs.length ? waitingHolders(await store.filesWithSlugs([...new Set(waitingSlugs)])).filter((name) => files.get(name)) : [];
    const before = new Map((await store.filesNamed([...new Set([...wanted, ...removed, ...withProblems, ...holders])])).map((row) => [row.name, row]));
    const plan: Plan = { folder: files, before, removed, queue, queued: new Set(queue.map((f) => f.name)), forced: new Set() };
    for (const name of holders) {
      plan.forced.add(name);
      enqueue(plan, plan.folder.get(name));
    }
    for (const name of withProblems) if (!plan.queued.has(name)) this.noteProblems(result, before.get(name)!);
    for (const name of removed) result.problems.set(name, []);
    return plan;
  }

  /** Reads the planned files in batches and writes each batch (and the removals) in one transaction. */
  private async write(plan: Plan, options: SyncOptions, result: SyncResult, version: string, started: number): Promise<void> {
    const { dir, store } = this.options;
    let pendingRemovals = plan.removed;
    let done = 0;
    const progress = () => options.onProgress?.({ done, total: plan.queue.length, extracted: result.extracted, elapsedMs: performance.now() - started });
    if (plan.queue.length) progress();
    while ((done < plan.queue.length || pendingRemovals.length) && !options.signal?.aborted) {
      const batch = await this.readBatch(plan, done, version, options.signal);
      const readings = batch.filter((r): r is Extract<FileReading, { kind: 'read' }> => r.kind === 'read');
      const touch: TouchedFile[] = batch.flatMap((r) => (r.kind === 'touch' ? [{ name: r.stat.name, size: r.stat.size, mtimeMs: r.stat.mtimeMs }] : []));
      const settled = await settleSlugs(readings, pendingRemovals, plan.before, { store, dir, cwd: this.cwd });
      await store.apply({ put: settled.put, touch, remove: pendingRemovals });
      result.removed += pendingRemovals.length;
      pendingRemovals = [];
      for (const r of batch) if (r.kind === 'touch') this.noteProblems(result, plan.before.get(r.stat.name)!);
      for (const entry of settled.put) result.problems.set(entry.file.name, this.errorsOf(entry.file));
      result.read += readings.length;
      result.extracted += readings.filter((r) => r.extraction).length;
      done += batch.length;
      // Files that now hold a slug another file gave up are read again, built this time.
      const reread = settled.reread.filter((name) => !plan.before.has(name));
      for (const row of reread.length ? await store.filesNamed(reread) : []) plan.before.set(row.name, row);
      for (const name of settled.reread) {
        plan.forced.add(name);
        plan.queued.delete(name);
        enqueue(plan, plan.folder.get(name) ?? (await scanFolder(dir, [name]).catch(() => []))[0]);
      }
      options.onBatch?.();
      progress();
    }
    result.interrupted = Boolean(options.signal?.aborted) && done < plan.queue.length;
  }

  /** Reads files until the batch is full or has waited long enough, so progress and answers keep moving. */
  private async readBatch(plan: Plan, from: number, version: string, signal?: AbortSignal): Promise<FileReading[]> {
    const { batchSize = 100, batchMs = 500 } = this.options;
    const started = performance.now();
    const out: FileReading[] = [];
    const context = { dir: this.options.dir, realDir: await this.realDir(), cwd: this.cwd, store: this.options.store, version, extract: () => this.loadExtractor() };
    for (const stat of plan.queue.slice(from, from + batchSize)) {
      if ((out.length > 0 && performance.now() - started > batchMs) || signal?.aborted) break;
      out.push(await readIndexFile(stat, plan.before.get(stat.name), context, plan.forced.has(stat.name)));
    }
    return out;
  }

  /** The folder's real path (links out of it are not read); the folder as given when it cannot be resolved. */
  private realDir(): Promise<string> {
    return realpath(this.options.dir).catch(() => this.options.dir);
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
