/**
 * Publishing a review: the editor's corrections written into the briefing file's front matter, the
 * article left byte for byte, and the library reloaded so `/brief <topic>` shows the change at once.
 *
 * The file is read again for every attempt and the corrections applied to what it says now; each
 * correction checks the value the editor saw, so an edit made meanwhile is kept (when it touched
 * something else) or reported as a conflict (when it touched the same thing), never overwritten.
 * A file that changes between that read and the write is read again (three attempts).
 */
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { Briefing } from '../briefing/model.ts';
import { parseBriefingFile } from '../briefing/parse.ts';
import type { Development } from '../feeds/types.ts';
import { applyCorrections, readCorrections } from './corrections.ts';
import { editFrontMatter } from './front-matter-edit.ts';
import { FileChangedError, readFrontMatterFile, replaceFile, withFrontMatter } from './front-matter-file.ts';

/** What publishing needs from the rest of the bot. */
export interface PublishDeps {
  /** The briefing with this slug as the library has it now. */
  briefing(slug: string): Promise<Briefing | undefined>;
  /** The feeds' developments for a briefing. */
  developments(slug: string): Promise<Development[]>;
  /** Reloads the briefings; resolves once the library has the files as they are now. */
  reload(): Promise<void>;
  now: () => Date;
}

/** How a publish ended. */
export type PublishOutcome =
  | { status: 'published'; corrections: number; path: string }
  | { status: 'conflict'; conflicts: string[] }
  | { status: 'invalid'; problems: string[] }
  | { status: 'missing' };

const ATTEMPTS = 3;

/** The header comment after a review: the draft notes go, the review is recorded. */
export function publishedHeader(editor: string, day: string): (lines: string[]) => string[] {
  return (lines) => [
    ...lines.filter((line) => !/^\s*(?:DRAFT\b|Review the actors|Published after review\b)/.test(line)),
    `Published after review by ${editor} on ${day}.`,
  ];
}

/** Reads the form, applies it to the file as it is now, and writes the front matter back. */
export async function publishReview(slug: string, form: URLSearchParams, editor: string, deps: PublishDeps): Promise<PublishOutcome> {
  const { corrections, problems } = readCorrections(form);
  if (problems.length > 0) return { status: 'invalid', problems };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    let briefing = await deps.briefing(slug);
    if (!briefing) return { status: 'missing' };
    const file = await readFrontMatterFile(resolve(briefing.path));
    if (file.hash !== briefing.hash) {
      // The library has not caught up with the file yet: corrections are checked against the file.
      await deps.reload();
      briefing = await deps.briefing(slug);
      if (!briefing) return { status: 'missing' };
      if (briefing.hash !== file.hash) continue;
    }
    const frontMatter = (parseDocument(file.yaml).toJS() ?? {}) as Record<string, unknown>;
    const day = deps.now().toISOString().slice(0, 10);
    const applied = applyCorrections(corrections, frontMatter, briefing, await deps.developments(slug), { editor, day });
    if (applied.conflicts.length > 0) return { status: 'conflict', conflicts: applied.conflicts };
    const text = withFrontMatter(file, editFrontMatter(file.yaml, { values: applied.values, notes: applied.notes, header: publishedHeader(editor, day) }));
    const check = parseBriefingFile(briefing.path, text);
    if (!check.ok) return { status: 'invalid', problems: check.problems.map((p) => p.message) };
    try {
      await replaceFile(file, text);
    } catch (error) {
      if (error instanceof FileChangedError) continue;
      throw error;
    }
    await deps.reload();
    return { status: 'published', corrections: corrections.length, path: briefing.path };
  }
  return { status: 'conflict', conflicts: ['The file kept changing while your review was being written, so nothing was written. Reload the page and publish again.'] };
}
