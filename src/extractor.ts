/**
 * The extractor the app uses to fill briefings. Until automatic extraction is wired in, briefings
 * answer from their front matter and the derived summary.
 */
import { noExtraction, type Extractor } from './briefing/build.ts';

export function createExtractor(_cacheDir: string | undefined): Extractor {
  return noExtraction;
}
