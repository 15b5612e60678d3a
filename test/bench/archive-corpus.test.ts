/**
 * The archive benchmark's corpus: the same count and seed give the same files byte for byte, with
 * article-length bodies, and the project's articles' people renamed so stories read as different.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBriefingFile } from '../../src/briefing/parse.ts';
import { writeArchive } from '../../scripts/bench/archive-corpus.ts';
import { listCorpus, readArticle } from '../../scripts/corpus/corpus.ts';

const write = (count: number, seed?: number) => {
  const dir = mkdtempSync(join(tmpdir(), 'brief-archive-'));
  writeArchive(dir, { count, ...(seed !== undefined ? { seed } : {}) });
  return dir;
};
const read = (dir: string) => readdirSync(dir).sort().map((name) => readFileSync(join(dir, name), 'utf8'));

describe('the archive corpus', () => {
  it('is the same for the same seed, byte for byte, and different for another', () => {
    expect(read(write(30))).toEqual(read(write(30)));
    expect(read(write(30, 1))).not.toEqual(read(write(30)));
  });

  it('writes valid briefings of article length, with the articles’ people renamed', () => {
    const files = read(write(60));
    const lengths = files.map((text) => {
      const parsed = parseBriefingFile('x.md', text);
      expect(parsed.ok).toBe(true);
      return parsed.ok ? parsed.file.body.length : 0;
    });
    expect(Math.min(...lengths)).toBeGreaterThan(1500);
    expect(lengths.reduce((a, b) => a + b, 0) / lengths.length).toBeGreaterThan(3500);
    const originals = listCorpus(['train']).filter((e) => e.source === 'own').map((e) => readArticle(e));
    const people = originals.flatMap((a) => a.labels.people.map((p) => p.name)).filter((n) => n.includes(' '));
    const kept = people.filter((name) => files.some((text) => text.includes(name)));
    expect(kept.length / people.length).toBeLessThan(0.05);
  });
});
