/**
 * Whether a briefing file is a draft: `brief ingest` and feed auto-ingest write a `# DRAFT …`
 * comment at the top of the front matter, and publishing a review replaces it. A comment, not a
 * field, so the briefing format stays as it is and a person can take a draft out of review by
 * deleting one line.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { splitFrontMatter } from './front-matter-file.ts';

/** True when the comment lines above the first key say `DRAFT`. */
export function hasDraftMark(yaml: string): boolean {
  for (const line of yaml.split('\n')) {
    if (/^\s*#\s*DRAFT\b/.test(line)) return true;
    if (line.trim() !== '' && !/^\s*#/.test(line)) return false;
  }
  return false;
}

/** Reads a briefing file's draft mark; false when the file cannot be read. */
export async function readDraftMark(path: string): Promise<boolean> {
  try {
    const file = splitFrontMatter(path, await readFile(resolve(path), 'utf8'));
    return file ? hasDraftMark(file.yaml) : false;
  } catch {
    return false;
  }
}
