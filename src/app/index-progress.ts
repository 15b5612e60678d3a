/**
 * Shows how an index run is going: on a terminal, one line redrawn in place — a bar, files done,
 * rate and time left; elsewhere, a line every few seconds (to a stream or the log). A run that
 * finishes within the quiet time shows nothing, so a warm start stays silent.
 */
import type { IndexProgress } from '../briefing/indexer.ts';
import type { Logger } from '../log.ts';
import { spanLabel } from '../time/format.ts';

export interface ProgressTarget {
  /** A terminal: redraw one line (`isTTY`), else write a line every `everyMs`. */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Or log a line every `everyMs` at info level. */
  logger?: Logger;
  /** Between lines when not drawing a bar (default 5 s). */
  everyMs?: number;
  /** Show nothing for a run shorter than this (default 1.5 s). */
  quietMs?: number;
  /** For tests. */
  now?: () => number;
}

const BAR = 24;

/** Progress of an index run in words: "4,312 of 10,000 briefings (43%), 152/s, about 38 s left". */
export function describeProgress(p: IndexProgress): string {
  const rate = p.elapsedMs > 0 ? (p.done / p.elapsedMs) * 1000 : 0;
  const left = rate > 0 ? ((p.total - p.done) / rate) * 1000 : undefined;
  const percent = p.total ? Math.floor((p.done / p.total) * 100) : 100;
  return `${p.done.toLocaleString('en')} of ${p.total.toLocaleString('en')} briefings (${percent}%)${rate ? `, ${rate.toFixed(rate < 10 ? 1 : 0)}/s` : ''}${left !== undefined && p.done < p.total ? `, about ${spanLabel(left)} left` : ''}`;
}

function bar(p: IndexProgress): string {
  const filled = p.total ? Math.round((p.done / p.total) * BAR) : BAR;
  return `[${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}]`;
}

/** A progress callback for index runs, drawing to `target`; a run that completes ends its own line, `end()` ends an interrupted one. */
export function progressReporter(target: ProgressTarget): { onProgress: (p: IndexProgress) => void; end: () => void } {
  const now = target.now ?? (() => performance.now());
  const everyMs = target.everyMs ?? 5000;
  const quietMs = target.quietMs ?? 1500;
  const drawBar = Boolean(target.stream?.isTTY);
  let last: IndexProgress | undefined;
  let lastShown = -Infinity;
  let drawn = false;
  const show = (p: IndexProgress, final: boolean) => {
    if (drawBar) {
      target.stream!.write(`\r\x1b[KIndexing briefings ${bar(p)} ${describeProgress(p)}${final ? '\n' : ' — Ctrl-C stops, the next start resumes'}`);
    } else if (target.stream) {
      target.stream.write(`brief: indexing: ${describeProgress(p)}\n`);
    } else {
      target.logger?.info({ done: p.done, total: p.total, extracted: p.extracted }, `indexing briefings: ${describeProgress(p)}`);
    }
    drawn = true;
  };
  return {
    onProgress: (p) => {
      last = p;
      if (p.elapsedMs < quietMs && !drawn) return;
      const finished = p.done >= p.total;
      const t = now();
      if (t - lastShown < (drawBar ? 100 : everyMs) && !finished) return;
      lastShown = t;
      show(p, finished);
      if (finished) drawn = false;
    },
    end: () => {
      if (drawn && last) show(last, true);
      drawn = false;
    },
  };
}
