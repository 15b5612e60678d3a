/**
 * Reads corpus files in worker threads with a time limit each. A file whose reading does not
 * answer in time is counted as a hang, its worker is stopped and a fresh one takes the next file,
 * so one pathological document can neither stop the evaluation nor go unnoticed.
 */
import { Worker } from 'node:worker_threads';
import type { BriefOutcome } from './outcome.ts';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

class Reader {
  private worker = new Worker(ENTRY);
  private nextId = 0;

  async read(url: string, limitMs: number): Promise<BriefOutcome> {
    const id = this.nextId++;
    const started = performance.now();
    return new Promise<BriefOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.worker.off('message', onMessage);
        void this.worker.terminate();
        this.worker = new Worker(ENTRY);
        resolve({ status: 'hung', reason: `no answer within ${limitMs / 1000} s`, ms: performance.now() - started });
      }, limitMs);
      const onMessage = (message: { id: number; outcome: BriefOutcome }) => {
        if (message.id !== id) return;
        clearTimeout(timer);
        this.worker.off('message', onMessage);
        resolve(message.outcome);
      };
      this.worker.on('message', onMessage);
      this.worker.postMessage({ id, url });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

/** Reads every URL with `parallel` workers; outcomes come back in the order of `urls`. */
export async function readAll(urls: readonly string[], options: { parallel: number; limitMs: number; onProgress?: (done: number) => void }): Promise<BriefOutcome[]> {
  const readers = Array.from({ length: Math.max(1, options.parallel) }, () => new Reader());
  const outcomes: BriefOutcome[] = new Array(urls.length);
  let next = 0;
  let done = 0;
  await Promise.all(
    readers.map(async (reader) => {
      while (next < urls.length) {
        const at = next++;
        outcomes[at] = await reader.read(urls[at]!, options.limitMs);
        options.onProgress?.(++done);
      }
    }),
  );
  await Promise.all(readers.map((reader) => reader.close()));
  return outcomes;
}
