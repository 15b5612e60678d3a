/**
 * Loads `briefings/*.md` from a folder. A bad file is reported with `path:line:` and skipped;
 * the other files still load.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { BriefingFormatError, describeError } from '../errors.ts';
import { buildBriefing, type Extractor } from './build.ts';
import { readBriefingFiles, UnreadableFile } from './files.ts';
import type { Briefing } from './model.ts';
import { parseBriefingFile } from './parse.ts';

/** What loading a folder produced: the good briefings and one problem per bad line. */
export interface LoadResult {
  briefings: Briefing[];
  problems: BriefingFormatError[];
}

/** A path as people should read it: relative to the working directory when inside it. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Parses and builds one briefing file from its text. */
export function loadBriefingText(path: string, source: string, extract: Extractor): { briefing?: Briefing; problems: BriefingFormatError[] } {
  // Nothing one file holds may escape as an exception: it would stop every other briefing loading.
  let line = 1;
  try {
    const parsed = parseBriefingFile(path, source);
    if (!parsed.ok) return { problems: parsed.problems };
    line = parsed.file.bodyLine;
    return { briefing: buildBriefing(path, source, parsed.file, extract), problems: [] };
  } catch (error) {
    return { problems: [new BriefingFormatError(path, line, `could not be read: ${describeError(error)}`)] };
  }
}

/** Loads every `*.md` file in `dir` (not recursive), in file-name order. */
export async function loadBriefings(dir: string, extract: Extractor, cwd = process.cwd()): Promise<LoadResult> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.md') && !n.startsWith('.')).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'the folder does not exist — create it or set BRIEFINGS_DIR' : describeError(error);
    return { briefings: [], problems: [new BriefingFormatError(displayPath(dir, cwd), 0, why)] };
  }
  const briefings: Briefing[] = [];
  const problems: BriefingFormatError[] = [];
  const bySlug = new Map<string, Briefing>();
  const sources = await readBriefingFiles(dir, names.map((name) => join(dir, name)));
  names.forEach((name, i) => {
    const path = displayPath(join(dir, name), cwd);
    const source = sources[i]!;
    if (source instanceof Error) {
      problems.push(new BriefingFormatError(path, 0, source instanceof UnreadableFile ? source.reason : `could not be read: ${describeError(source)}`));
      return;
    }
    const result = loadBriefingText(path, source, extract);
    problems.push(...result.problems);
    const briefing = result.briefing;
    if (!briefing) return;
    const clash = bySlug.get(briefing.slug);
    if (clash) {
      problems.push(new BriefingFormatError(path, 2, `slug \`${briefing.slug}\` is already used by ${clash.path} — give this briefing its own \`slug:\``));
      return;
    }
    bySlug.set(briefing.slug, briefing);
    briefings.push(briefing);
  });
  return { briefings, problems };
}
