/**
 * The live set of briefings: loads a folder, keeps a `Library` built once per load, and reloads
 * when files change while the bot runs. A bad edit is reported and the last good briefing of that
 * file stays out; the others keep answering.
 */
import { watch, type FSWatcher } from 'node:fs';
import { BriefingFormatError, describeError } from '../errors.ts';
import type { Extractor } from './build.ts';
import { Library } from './library.ts';
import { loadBriefings } from './loader.ts';

export interface CatalogOptions {
  dir: string;
  extract: Extractor;
  /** Reload when files change (default true). */
  watch?: boolean;
  /** Called after every load with the problems found (empty when all is well). */
  onLoad?: (event: { count: number; problems: BriefingFormatError[]; ms: number }) => void;
  debounceMs?: number;
}

export class BriefingCatalog {
  private current = new Library([]);
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private loading: Promise<void> = Promise.resolve();
  private loaded = false;

  constructor(private readonly options: CatalogOptions) {}

  /** The library as of the last load. */
  library(): Library {
    return this.current;
  }

  /** True once the first load finished. */
  get ready(): boolean {
    return this.loaded;
  }

  async start(): Promise<void> {
    await this.reload();
    if (this.options.watch === false) return;
    try {
      this.watcher = watch(this.options.dir, { persistent: false }, () => this.scheduleReload());
      this.watcher.on('error', () => undefined);
    } catch {
      // A missing folder was already reported by the load; nothing to watch.
    }
  }

  async stop(): Promise<void> {
    this.watcher?.close();
    if (this.timer) clearTimeout(this.timer);
    await this.loading;
  }

  /** Loads the folder again and swaps the library in one step. */
  reload(): Promise<void> {
    this.loading = this.loading.then(async () => {
      const started = performance.now();
      let result: Awaited<ReturnType<typeof loadBriefings>>;
      try {
        result = await loadBriefings(this.options.dir, this.options.extract);
      } catch (error) {
        // A reload that fails as a whole keeps the briefings already loaded answering.
        const problem = new BriefingFormatError(this.options.dir, 0, `could not be reloaded (the briefings loaded before stay): ${describeError(error)}`);
        this.options.onLoad?.({ count: this.current.briefings.length, problems: [problem], ms: performance.now() - started });
        return;
      }
      this.current = new Library(result.briefings);
      this.loaded = true;
      this.options.onLoad?.({ count: result.briefings.length, problems: result.problems, ms: performance.now() - started });
    });
    return this.loading;
  }

  private scheduleReload(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), this.options.debounceMs ?? 150);
  }
}
