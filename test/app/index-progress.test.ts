/**
 * Progress of an index run: a bar redrawn in place on a terminal, a line every few seconds
 * elsewhere, and nothing at all for a run that finishes quickly.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { describeProgress, progressReporter } from '../../src/app/index-progress.ts';

function stream(isTTY: boolean) {
  const out = Object.assign(new PassThrough(), { isTTY });
  let text = '';
  out.on('data', (d) => (text += String(d)));
  return { out, text: () => text };
}

describe('index progress', () => {
  it('says how far, how fast and how long is left', () => {
    expect(describeProgress({ done: 4312, total: 10_000, extracted: 4000, elapsedMs: 28_400 })).toBe('4,312 of 10,000 briefings (43%), 152/s, about 37 s left');
    expect(describeProgress({ done: 10, total: 10, extracted: 0, elapsedMs: 2000 })).toBe('10 of 10 briefings (100%), 5.0/s');
  });

  it('draws one line in place on a terminal and ends it when the run completes', () => {
    let now = 0;
    const { out, text } = stream(true);
    const progress = progressReporter({ stream: out, now: () => now });
    for (const done of [0, 20, 40, 60, 80, 100]) {
      now += 1000;
      progress.onProgress({ done, total: 100, extracted: done, elapsedMs: now });
    }
    const frames = text().split('\r\x1b[K').filter(Boolean);
    expect(frames.length).toBeGreaterThanOrEqual(4);
    expect(frames[0]).toMatch(/^Indexing briefings \[█+░+\] 20 of 100 briefings \(20%\).*Ctrl-C stops, the next start resumes$/);
    expect(frames.at(-1)).toBe('Indexing briefings [████████████████████████] 100 of 100 briefings (100%), 17/s\n');
  });

  it('stays silent for a run shorter than the quiet time, and writes a line every few seconds otherwise', () => {
    let now = 0;
    const quick = stream(false);
    const silent = progressReporter({ stream: quick.out, now: () => now });
    silent.onProgress({ done: 0, total: 3, extracted: 0, elapsedMs: 0 });
    silent.onProgress({ done: 3, total: 3, extracted: 3, elapsedMs: 400 });
    expect(quick.text()).toBe('');

    const slow = stream(false);
    const lines = progressReporter({ stream: slow.out, now: () => now, everyMs: 5000 });
    for (let second = 1; second <= 12; second++) {
      now = second * 1000;
      lines.onProgress({ done: second * 10, total: 120, extracted: second * 10, elapsedMs: now });
    }
    expect(slow.text().trim().split('\n')).toEqual([
      'brief: indexing: 20 of 120 briefings (16%), 10/s, about 10 s left',
      'brief: indexing: 70 of 120 briefings (58%), 10/s, about 5 s left',
      'brief: indexing: 120 of 120 briefings (100%), 10/s',
    ]);
  });
});
