/**
 * The extractor as the briefing index sees it: its version and a loader. Loading it loads the
 * language model (hundreds of milliseconds), so a start with nothing to extract must not: a
 * compiled build records the version in `dist/build-info.json` (written by `npm run build`), and
 * only a development run through tsx imports the extractor to read it.
 */
import { readFile } from 'node:fs/promises';
import type { IndexExtractor } from '../briefing/index-file.ts';

/** What `npm run build` records about the compiled output (scripts/build-info.ts writes it). */
export interface BuildInfo {
  extractorVersion: string;
  /** The sources it was compiled from: how many files, and the newest modification time. */
  sources: { files: number; newestMtimeMs: number };
}

/** The build manifest next to the compiled output, or undefined when running from the sources. */
export async function readBuildInfo(url: URL = new URL('../build-info.json', import.meta.url)): Promise<BuildInfo | undefined> {
  try {
    return JSON.parse(await readFile(url, 'utf8')) as BuildInfo;
  } catch {
    return undefined;
  }
}

/** The extractor the index uses: its version from the build manifest when there is one, else from the module. */
export function indexExtractor(): IndexExtractor {
  const load = async () => (await import('../extract/index.ts')).extractArticle;
  return {
    version: async () => (await readBuildInfo())?.extractorVersion ?? (await import('../extract/index.ts')).EXTRACTOR_VERSION,
    load,
  };
}
