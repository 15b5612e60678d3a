/**
 * A briefing file split at its front matter, and the one way a review writes it back: the front
 * matter replaced, the rest of the file (the closing fence and the article) kept byte for byte, and
 * the write made only if the file is still what was read.
 *
 * The write is atomic (a temporary file beside it, flushed, then renamed over it), so a reader
 * sees the old file or the new one, never half of either. Before the rename the file is read again
 * and compared with what the review was based on: an edit made meanwhile (an editor's text editor,
 * another review, a `git pull`) is never overwritten — the caller re-reads and tries again. Writes
 * to one file are also serialised within the process. (Two processes renaming within the same few
 * microseconds remain possible; nothing short of an OS lock every editor honours would close that.)
 */
import { createHash, randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A briefing file as read, split around its front matter. */
export interface FrontMatterFile {
  path: string;
  /** sha256 of the whole text, as `Briefing.hash` has it. */
  hash: string;
  /** Byte-order mark and the opening `---` line, with its line end. */
  prefix: string;
  /** The YAML between the fences (each line with its line end). */
  yaml: string;
  /** The closing `---` line and the article, exactly as in the file. */
  rest: string;
  /** The line end the file uses. */
  eol: '\n' | '\r\n';
}

/** The file changed between reading it and writing it. */
export class FileChangedError extends Error {
  constructor(readonly path: string) {
    super(`${path} changed while the review was being written`);
    this.name = 'FileChangedError';
  }
}

const FENCE = /^---[ \t]*\r?$/;

/** sha256 of a text, hex. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Splits a briefing file's text; undefined when it has no front matter between `---` fences. */
export function splitFrontMatter(path: string, text: string): FrontMatterFile | undefined {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines = text.slice(bom.length).split(/(?<=\n)/);
  if (!FENCE.test((lines[0] ?? '').replace(/\n$/, ''))) return undefined;
  const closing = lines.findIndex((line, i) => i > 0 && FENCE.test(line.replace(/\n$/, '')));
  if (closing < 0) return undefined;
  return {
    path,
    hash: textHash(text),
    prefix: bom + lines[0]!,
    yaml: lines.slice(1, closing).join(''),
    rest: lines.slice(closing).join(''),
    eol: lines[0]!.endsWith('\r\n') ? '\r\n' : '\n',
  };
}

/** Reads and splits a briefing file; throws when it cannot be read or has no front matter. */
export async function readFrontMatterFile(path: string): Promise<FrontMatterFile> {
  const file = splitFrontMatter(path, await readFile(path, 'utf8'));
  if (!file) throw new Error(`${path}: no front matter between \`---\` lines — fix the file by hand first`);
  return file;
}

/** The file's text with `yaml` as its front matter (in the file's own line ends). */
export function withFrontMatter(file: FrontMatterFile, yaml: string): string {
  let body = yaml.replace(/\r?\n/g, file.eol);
  if (body && !body.endsWith(file.eol)) body += file.eol;
  return file.prefix + body + file.rest;
}

const locks = new Map<string, Promise<unknown>>();

/** Runs `work` after every earlier write to `path` in this process has finished. */
async function serialised<T>(path: string, work: () => Promise<T>): Promise<T> {
  const before = locks.get(path) ?? Promise.resolve();
  const run = before.then(work, work);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  locks.set(path, settled);
  try {
    return await run;
  } finally {
    if (locks.get(path) === settled) locks.delete(path);
  }
}

async function unchanged(file: FrontMatterFile): Promise<boolean> {
  try {
    return textHash(await readFile(file.path, 'utf8')) === file.hash;
  } catch {
    return false;
  }
}

/**
 * Writes `text` over `file.path` if the file is still exactly what `file` was read from; throws
 * `FileChangedError` (having written nothing) when it is not.
 */
export function replaceFile(file: FrontMatterFile, text: string): Promise<void> {
  return serialised(file.path, async () => {
    if (!(await unchanged(file))) throw new FileChangedError(file.path);
    const { mode } = await stat(file.path);
    const temp = join(dirname(file.path), `.${basename(file.path)}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      if (!(await unchanged(file))) throw new FileChangedError(file.path);
      await rename(temp, file.path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  });
}
