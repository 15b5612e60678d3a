/**
 * The live set of briefings as a part: keeps the persistent index in step with the folder and
 * offers the `Library` that answers look up. Start-up compares the folder with the index and
 * re-reads only what changed; while running, a changed file is re-indexed alone. The first index
 * of a large folder can run in the background (the bot answers from what is indexed so far and
 * says so in its status), and an interrupted one resumes where it stopped.
 *
 * A watching catalog (the bot) says so in the index every few seconds, and compares the whole
 * folder again now and then in case the file system missed an event. A one-shot catalog
 * (`brief ask`) that finds a live watcher of its folder answers from the index as the bot does,
 * without comparing a large folder file by file first.
 */
import { watch, type FSWatcher } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BriefingFormatError, describeError } from '../errors.ts';
import { readBriefingFile } from './files.ts';
import type { IndexExtractor } from './index-file.ts';
import type { BriefingIndexStore } from './index-store.ts';
import { FolderIndexer, type IndexProgress, type SyncResult } from './indexer.ts';
import { Library } from './library.ts';

/** What every index run reports: the briefings now indexed, all current problems, and what the run did. */
export interface CatalogLoad {
  count: number;
  problems: BriefingFormatError[];
  ms: number;
  run: SyncResult;
}

export interface CatalogOptions {
  dir: string;
  /** The index (the store's `briefings`; started before the catalog). */
  index: BriefingIndexStore;
  extractor: IndexExtractor;
  /** Re-index files when they change (default true). */
  watch?: boolean;
  /** Let `start()` return before the first index is complete; answers use what is indexed so far. */
  background?: boolean;
  /** Called after every index run. */
  onLoad?: (load: CatalogLoad) => void;
  onProgress?: (progress: IndexProgress) => void;
  debounceMs?: number;
  cwd?: string;
  /** Files written per transaction (default: the indexer's). */
  batchSize?: number;
  /** Trust a live watcher of the folder instead of comparing it (one-shot commands; default false). */
  trustWatcher?: boolean;
  /** How often a watching catalog says it is watching (default 15 s) and compares the whole folder again (default 10 min). */
  heartbeatMs?: number;
  rescanMs?: number;
  /**
   * After a run that wrote or forgot files, how long the index stays quiet before its full-text
   * tables are tidied (default 5 s), and the pages each tidying step may write (default 16).
   */
  tidyMs?: number;
  tidyPages?: number;
  /** The clock, for heartbeats (default Date.now). */
  now?: () => number;
}

/** Where the index stands, for `/readyz` and logs. */
export interface CatalogStatus {
  /** `indexing` while the first comparison of the folder runs; `current` once it finished. */
  state: 'starting' | 'indexing' | 'current';
  /** Progress of the run in flight, when one reads files. */
  progress?: IndexProgress;
}

/** How often a watching catalog says so, and how often it compares the whole folder again. */
const HEARTBEAT_MS = 15_000;
const RESCAN_MS = 10 * 60_000;
/**
 * Tidying the full-text tables: the quiet wait after a write, the page budget of one step (at
 * 10,000 briefings about 4 ms of CPU at most; docs/benchmarks.md), and the pause between steps,
 * in which chat events and other runs go first.
 */
const TIDY_MS = 5_000;
const TIDY_PAGES = 16;
const TIDY_GAP_MS = 10;

export class BriefingCatalog {
  private readonly indexer: FolderIndexer;
  private readonly current: Library;
  private readonly problems = new Map<string, BriefingFormatError[]>();
  private folderProblem?: BriefingFormatError;
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private running: Promise<unknown> = Promise.resolve();
  private readonly abort = new AbortController();
  private pending = new Set<string>();
  private pendingFull = false;
  private phase: CatalogStatus['state'] = 'starting';
  private progress?: IndexProgress;
  private readonly timers: NodeJS.Timeout[] = [];
  private tidyTimer?: NodeJS.Timeout;
  private tidyStep = false;

  constructor(private readonly options: CatalogOptions) {
    this.indexer = new FolderIndexer({
      dir: options.dir,
      store: options.index,
      extractor: options.extractor,
      ...(options.cwd ? { cwd: options.cwd } : {}),
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      // A watching catalog tidies the full-text tables in bounded steps once writes pause (tidyLater);
      // merging them whole after a large run would hold the event loop for seconds at 100,000.
      ...(options.watch !== false ? { compactAfter: Number.POSITIVE_INFINITY } : {}),
    });
    this.current = new Library(options.index, {
      // As the indexer reads: a link swapped in since cannot make an answer show a file outside the folder.
      readFile: async (file) => readBriefingFile(join(options.dir, file), await realpath(options.dir).catch(() => options.dir)),
      refresh: (files) => this.enqueue({ only: files }),
      indexing: () => (this.phase === 'indexing' ? { done: this.progress?.done ?? 0, total: this.progress?.total ?? 0 } : undefined),
    });
  }

  /** The library; one object for the catalog's life, answering from the index as it is now. */
  library(): Library {
    return this.current;
  }

  /** True once the catalog answers from the index (during a background first index too). */
  get ready(): boolean {
    return this.phase !== 'starting';
  }

  status(): CatalogStatus {
    return { state: this.phase, ...(this.progress ? { progress: this.progress } : {}) };
  }

  /** Compares the folder with the index (in the background when asked) and starts watching it. */
  async start(): Promise<void> {
    if (this.options.watch === false && this.options.trustWatcher && (await this.watchedElsewhere())) {
      this.phase = 'current';
      return;
    }
    this.phase = 'indexing';
    const first = this.enqueue({}).then(() => {
      if (this.abort.signal.aborted) return;
      this.phase = 'current';
      if (this.options.watch !== false) {
        this.keepWatching();
        // The pieces a process left (one stopped mid-way, or a first index that ended as it was
        // stopped) are tidied by the next one, even when nothing changed since.
        this.tidyLater(this.options.tidyMs ?? TIDY_MS);
      }
    });
    if (this.options.watch !== false) this.startWatching();
    if (!this.options.background) await first;
  }

  /** Stops watching and interrupts an index run; what was written stays, and the next start resumes. */
  async stop(): Promise<void> {
    this.watcher?.close();
    this.watcher = undefined;
    if (this.timer) clearTimeout(this.timer);
    if (this.tidyTimer) clearTimeout(this.tidyTimer);
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    this.abort.abort();
    await this.running.catch(() => undefined);
    if (this.options.watch !== false && this.phase === 'current') await this.options.index.setWatcher(undefined).catch(() => undefined);
  }

  private get folder(): string {
    return resolve(this.options.dir);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** True when a bot said within the last few heartbeats that it watches this folder for this index. */
  private async watchedElsewhere(): Promise<boolean> {
    const watcher = await this.options.index.watcher();
    return watcher?.folder === this.folder && this.now() - watcher.heartbeatAt < 3 * (this.options.heartbeatMs ?? HEARTBEAT_MS);
  }

  /** Says in the index that this folder is watched, every heartbeat; compares the whole folder now and then. */
  private keepWatching(): void {
    const beat = () => void this.options.index.setWatcher({ folder: this.folder, heartbeatAt: this.now() }).catch(() => undefined);
    beat();
    const heartbeat = setInterval(beat, this.options.heartbeatMs ?? HEARTBEAT_MS);
    // A file system can miss an event (network mounts, some container volumes): look at everything now and then.
    const rescan = setInterval(() => void this.enqueue({}), this.options.rescanMs ?? RESCAN_MS);
    for (const timer of [heartbeat, rescan]) {
      timer.unref();
      this.timers.push(timer);
    }
  }

  /** Compares the whole folder with the index again. */
  reload(): Promise<void> {
    return this.enqueue({});
  }

  /** Runs one index run after the ones queued before it. */
  private enqueue(run: { only?: readonly string[] }): Promise<void> {
    const next = this.running.then(() => (this.abort.signal.aborted ? undefined : this.runOnce(run)));
    this.running = next.catch(() => undefined);
    return next;
  }

  private async runOnce(run: { only?: readonly string[] }): Promise<void> {
    const started = performance.now();
    let result: SyncResult;
    try {
      result = await this.indexer.sync({
        ...run,
        signal: this.abort.signal,
        onProgress: (progress) => {
          this.progress = progress;
          this.options.onProgress?.(progress);
        },
        // Each written batch may change what answers see.
        onBatch: () => this.current.invalidate(),
      });
    } catch (error) {
      // A run that fails as a whole (the store refused a write) keeps what is indexed answering.
      this.progress = undefined;
      const problem = new BriefingFormatError(this.options.dir, 0, `could not be indexed (the briefings indexed before keep answering): ${describeError(error)}`);
      const failed: SyncResult = { full: false, files: 0, read: 0, extracted: 0, removed: 0, problems: new Map([['', [problem]]]), interrupted: true, ms: performance.now() - started };
      this.options.onLoad?.({ count: await this.options.index.count().catch(() => 0), problems: [problem], ms: failed.ms, run: failed });
      return;
    }
    this.progress = undefined;
    if (result.full) {
      this.problems.clear();
      this.folderProblem = result.folderProblem;
    }
    for (const [name, errors] of result.problems) {
      if (errors.length) this.problems.set(name, errors);
      else this.problems.delete(name);
    }
    this.current.invalidate();
    if (result.read + result.removed > 0) this.tidyLater(this.options.tidyMs ?? TIDY_MS);
    const problems = [...(this.folderProblem ? [this.folderProblem] : []), ...[...this.problems.values()].flat()];
    this.options.onLoad?.({ count: await this.options.index.count(), problems, ms: performance.now() - started, run: result });
  }

  /**
   * Each write leaves the full-text tables a piece more (a run of 500 files or more merges them at
   * its end), and searches slow with every piece. Once writes pause, the pieces are merged a
   * bounded step at a time, each queued like a run, so no step holds the event loop for long; a
   * new write puts it off again (FTS5 keeps a merge in progress between steps).
   */
  private tidyLater(ms: number): void {
    if (this.tidyTimer) clearTimeout(this.tidyTimer);
    this.tidyTimer = setTimeout(() => {
      this.tidyTimer = undefined;
      this.tidyStep = true;
      const step = this.running.then(() => (this.abort.signal.aborted ? false : this.options.index.tidyText(this.options.tidyPages ?? TIDY_PAGES)));
      this.running = step.catch(() => undefined);
      // Upkeep only: a failed step leaves the index as it was, and the next write tries again.
      void step.then(
        (more) => {
          this.tidyStep = false;
          if (more && !this.tidyTimer) this.tidyLater(TIDY_GAP_MS);
        },
        () => {
          this.tidyStep = false;
        },
      );
    }, ms);
    this.tidyTimer.unref();
  }

  /** True while the full-text tables are being tidied, or a tidying step is due. */
  get tidying(): boolean {
    return this.tidyStep || this.tidyTimer !== undefined;
  }

  private startWatching(): void {
    try {
      this.watcher = watch(this.options.dir, { persistent: false }, (_event, name) => this.noteChange(name ? String(name) : undefined));
      this.watcher.on('error', () => undefined);
    } catch {
      // A missing folder was already reported by the first run; nothing to watch.
    }
  }

  /** Collects changed names for a moment, then re-indexes just those (or everything when the watcher could not say which). */
  private noteChange(name: string | undefined): void {
    if (name) this.pending.add(name);
    else this.pendingFull = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const only = this.pendingFull ? undefined : [...this.pending];
      this.pending = new Set();
      this.pendingFull = false;
      void this.enqueue(only ? { only } : {});
    }, this.options.debounceMs ?? 150);
  }
}
