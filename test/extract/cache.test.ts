import { mkdtempSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCachedExtractor } from '../../src/extract/cache.ts';
import { EXTRACTOR_VERSION, extractArticle, type ExtractOptions } from '../../src/extract/extract.ts';
import type { Extraction } from '../../src/briefing/extraction.ts';
import { DAM_DEAL } from './articles.ts';

function counting(): { calls: number; extract: (body: string, options?: ExtractOptions) => Extraction } {
  const state = { calls: 0, extract: (body: string, options?: ExtractOptions) => {
    state.calls++;
    return extractArticle(body, options);
  } };
  return state;
}

describe('cached extraction', () => {
  it('extracts once and answers the second call from memory', () => {
    const spy = counting();
    const extract = createCachedExtractor(undefined, spy.extract);
    const first = extract(DAM_DEAL);
    const second = extract(DAM_DEAL);
    expect(second).toEqual(first);
    expect(spy.calls).toBe(1);
  });

  it('stores results on disk by content hash and version, so a restart does not extract again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-extract-'));
    const spy = counting();
    createCachedExtractor(dir, spy.extract)(DAM_DEAL);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^[0-9a-f]{64}-${EXTRACTOR_VERSION}\\.json$`));

    const restarted = counting();
    const again = createCachedExtractor(dir, restarted.extract)(DAM_DEAL);
    expect(restarted.calls).toBe(0);
    expect(again.actors.map((a) => a.name)).toContain('Helena Marques');
  });

  it('ignores a corrupt cache file and rewrites it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-extract-'));
    createCachedExtractor(dir)(DAM_DEAL);
    const file = join(dir, readdirSync(dir)[0]!);
    writeFileSync(file, '{"actors": [ oops');
    const spy = counting();
    const result = createCachedExtractor(dir, spy.extract)(DAM_DEAL);
    expect(spy.calls).toBe(1);
    expect(result.actors.length).toBeGreaterThan(0);
    expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
  });

  it('keeps working when the directory cannot be created', () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'brief-extract-')), 'file');
    writeFileSync(blocker, 'not a directory');
    const extract = createCachedExtractor(join(blocker, 'cache'));
    expect(extract(DAM_DEAL).actors.length).toBeGreaterThan(0);
  });
});
