/**
 * Reading briefing files safely: only what is inside the briefings folder (a link that leads out
 * of it is refused, so a file dropped in cannot make the bot serve `/etc/passwd` or another
 * project's secrets as an article) and nothing larger than a briefing can be.
 */
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { relative, isAbsolute } from 'node:path';
import { MAX_BRIEFING_CHARS } from './parse.ts';

/** Why a file was not read: one line for the editor, or the read error itself. */
export class UnreadableFile extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableFile';
  }
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Reads one briefing file of `dir` (whose real path is `realDir`). Throws `UnreadableFile` for a
 * link out of the folder, a file over the size limit, or a file that cannot be read.
 */
export async function readBriefingFile(path: string, realDir: string): Promise<string> {
  const link = await lstat(path);
  if (link.isSymbolicLink()) {
    const target = await realpath(path).catch(() => undefined);
    if (!target) throw new UnreadableFile('is a link to a file that does not exist — remove the link or copy the file into the folder');
    if (!inside(realDir, target)) throw new UnreadableFile('is a link to a file outside the briefings folder, which Brief does not read — copy the file into the folder instead');
  }
  const info = link.isSymbolicLink() ? await stat(path) : link;
  if (!info.isFile()) throw new UnreadableFile('is not a file — briefings are `.md` files directly in the folder');
  // A UTF-8 character is at least one byte, so a file within the byte limit is within the character limit.
  if (info.size > MAX_BRIEFING_CHARS * 4) throw new UnreadableFile(`is ${Math.round(info.size / 1024 / 1024)} MB, over the ${MAX_BRIEFING_CHARS / 1024} KB limit for one briefing — trim the article to the story itself`);
  return readFile(path, 'utf8');
}

/** Reads files with a bounded number in flight: one await per file would leave the disk idle. */
export async function readBriefingFiles(dir: string, paths: string[], concurrency = 64): Promise<Array<string | Error>> {
  const realDir = await realpath(dir).catch(() => dir);
  const out: Array<string | Error> = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      out[i] = await readBriefingFile(paths[i]!, realDir).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
  return out;
}
