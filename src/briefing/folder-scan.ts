/**
 * What is in the briefings folder now: every `*.md` file's name, size and modification time. A
 * large folder is stat'ed in slices, yielding between them, so a running bot keeps answering.
 */
import { readdir, stat } from 'node:fs/promises';
import { lstatSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One file of the folder as the file system reports it. */
export interface FolderFile {
  name: string;
  size: number;
  mtimeMs: number;
}

/** Files are stat'ed this many at a time before the event loop gets a turn. */
const SLICE = 2000;

/** Whether a file name is a briefing document (`*.md`, not hidden). */
export function isBriefingFile(name: string): boolean {
  return name.toLowerCase().endsWith('.md') && !name.startsWith('.');
}

function statOne(path: string, name: string): FolderFile | undefined {
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    if (st) return st.isFile() ? { name, size: st.size, mtimeMs: st.mtimeMs } : undefined;
    // A link to nothing is listed, so reading it reports the dangling link to the editor.
    const link = lstatSync(path, { throwIfNoEntry: false });
    return link?.isSymbolicLink() ? { name, size: 0, mtimeMs: link.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Lists the folder's briefing files in name order, or throws the `readdir` error (a missing folder).
 * `only` restricts the scan to those names (a watched change); a name that is gone is left out.
 */
export async function scanFolder(dir: string, only?: readonly string[]): Promise<FolderFile[]> {
  if (only) {
    await stat(dir);
    return only.filter(isBriefingFile).sort().flatMap((name) => statOne(join(dir, name), name) ?? []);
  }
  const names = (await readdir(dir)).filter(isBriefingFile).sort();
  const out: FolderFile[] = [];
  // Names read from the folder itself: the folder is joined once, not once per file.
  const prefix = join(dir, '/');
  for (let i = 0; i < names.length; i += SLICE) {
    // statSync is several times faster than one promise per file; slicing keeps the loop responsive.
    for (const name of names.slice(i, i + SLICE)) {
      const file = statOne(prefix + name, name);
      if (file) out.push(file);
    }
    if (i + SLICE < names.length) await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}
