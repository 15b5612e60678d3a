/**
 * Which file holds a slug when several declare it: the first by file name, as loading the folder
 * always did; the others are reported ("slug `x` is already used by briefings/a.md"). Decided per
 * batch for every slug the batch touches, against what the index already holds, so a file that
 * gives a slug up hands it to the next file that declares it.
 */
import { join } from 'node:path';
import type { FileReading } from './index-file.ts';
import type { IndexedFile, IndexEntry, IndexWriter } from './index-store.ts';
import { displayPath } from './loader.ts';

type Read = Extract<FileReading, { kind: 'read' }>;

/** What settling a batch decided: the entries to write, and files to read again because they now hold a slug. */
export interface Settled {
  put: IndexEntry[];
  reread: string[];
}

/** The problem a file gets when another file holds its slug (line 2: the front matter). */
export function clashProblem(slug: string, holderPath: string): { line: number; message: string } {
  return { line: 2, message: `slug \`${slug}\` is already used by ${holderPath} — give this briefing its own \`slug:\`` };
}

/**
 * Turns a batch's readings into index entries, giving each slug to its first file by name.
 * `before` holds the index rows of the batch's files and of removed files, as they were.
 */
export async function settleSlugs(
  readings: readonly Read[],
  removed: readonly string[],
  before: ReadonlyMap<string, IndexedFile>,
  context: { store: IndexWriter; dir: string; cwd: string },
): Promise<Settled> {
  const inBatch = new Set([...readings.map((r) => r.file.name), ...removed]);
  const slugs = new Set<string>();
  for (const name of inBatch) {
    const old = before.get(name)?.slug;
    if (old) slugs.add(old);
  }
  for (const r of readings) if (r.briefing) slugs.add(r.briefing.outline.slug);

  // Everyone who declares a touched slug: files outside the batch as the index has them, the batch as read.
  const contenders = new Map<string, Array<{ name: string; row?: IndexedFile; read?: Read }>>();
  const add = (slug: string, c: { name: string; row?: IndexedFile; read?: Read }) => contenders.set(slug, [...(contenders.get(slug) ?? []), c]);
  for (const row of await context.store.filesWithSlugs([...slugs])) if (!inBatch.has(row.name) && row.slug) add(row.slug, { name: row.name, row });
  for (const r of readings) if (r.briefing) add(r.briefing.outline.slug, { name: r.file.name, read: r });

  const demotions: IndexEntry[] = [];
  const put: IndexEntry[] = [];
  const reread: string[] = [];
  const pathOf = (name: string) => displayPath(join(context.dir, name), context.cwd);
  for (const [slug, list] of contenders) {
    list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const holder = list[0]!;
    if (holder.row && !holder.row.indexed) reread.push(holder.name);
    for (const other of list.slice(1)) {
      const problem = clashProblem(slug, pathOf(holder.name));
      if (other.read) put.push({ file: { ...other.read.file, indexed: false, problems: [problem] }, ...(other.read.extraction ? { extraction: other.read.extraction } : {}) });
      else if (other.row && (other.row.indexed || other.row.problems[0]?.message !== problem.message)) demotions.push({ file: { ...other.row, indexed: false, problems: [problem] } });
    }
    if (holder.read) put.push({ file: { ...holder.read.file, indexed: true }, ...(holder.read.briefing ? { briefing: holder.read.briefing } : {}), ...(holder.read.extraction ? { extraction: holder.read.extraction } : {}) });
  }
  for (const r of readings) if (!r.briefing) put.push({ file: r.file, ...(r.extraction ? { extraction: r.extraction } : {}) });
  // Demotions first: a slug's old holder lets go before its new holder takes it.
  return { put: [...demotions, ...put], reread };
}
