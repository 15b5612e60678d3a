/**
 * The extractor the app uses to fill briefings: automatic extraction, cached on disk by content
 * hash so a restart reads results instead of redoing them.
 */
import type { Extractor } from './briefing/build.ts';
import { createCachedExtractor } from './extract/index.ts';

/** A cached extractor writing to `cacheDir` (in memory only when undefined). */
export function createExtractor(cacheDir: string | undefined): Extractor {
  return createCachedExtractor(cacheDir);
}
