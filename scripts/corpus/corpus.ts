/**
 * The labelled extraction corpus in `corpus/` (conventions: corpus/README.md): which articles
 * exist, in which part and section, and their text and labels. Text of BBC stories is read from
 * the unlabelled dataset in `../shared/corpus/bbc-news`; the project's own articles sit beside
 * their labels.
 *
 * Reading goes through a `Reader` so callers can see (and tests can record) every file opened:
 * training reads the `train` part only, and a test checks that nothing under `vault/` is opened.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { splitTitle } from '../../src/extract/article-text.ts';

/** The corpus parts: `train` is learned and tuned on; `vault` only ever scored. */
export type Part = 'train' | 'vault' | 'incoming';

/** The sections of the news the corpus covers. */
export const SECTIONS = ['politics', 'business', 'sport', 'science-health', 'tech', 'culture', 'local-crime'] as const;
export type Section = (typeof SECTIONS)[number];

/** Labels of one article (the fixtures README's four keys and the corpus README's additions). */
export const CorpusLabels = z.object({
  section: z.enum(SECTIONS).optional(),
  name_cultures: z.array(z.string()).default([]),
  people: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]), role: z.string().nullable() })),
  places_or_orgs: z.array(z.string()).default([]),
  places: z.array(z.string()).default([]),
  quotes: z.array(
    z.object({ speaker: z.string().nullable(), starts_with: z.string().min(1), partial: z.boolean().optional(), note: z.string().optional() }),
  ),
  open_questions: z.array(z.string()),
  open_question_evidence: z.array(z.string()).default([]),
});
export type CorpusLabels = z.infer<typeof CorpusLabels>;

/** One article of the corpus, before it is read. */
export interface CorpusEntry {
  id: string;
  part: Part;
  source: 'bbc' | 'own' | 'dev';
  /** From the path; the labels' own `section` must agree. */
  section: string;
  textPath: string;
  labelsPath: string;
}

/** One article, read. */
export interface CorpusArticle extends CorpusEntry {
  title: string;
  body: string;
  labels: CorpusLabels;
}

/** Reads a file as UTF-8; replaceable so that every path opened can be recorded. */
export type Reader = (path: string) => string;
export const readUtf8: Reader = (path) => readFileSync(path, 'utf8');

/** Where the corpus, the BBC dataset and the development set are. */
export interface CorpusPaths {
  root: string;
  bbcDir: string;
  /** The labelled development articles (../shared/fixtures/articles), listed in corpus/train/dev.json. */
  devDir?: string;
}

/** The repository's corpus and the dataset in `../shared`, resolved from the working directory. */
export function defaultPaths(cwd = process.cwd()): CorpusPaths {
  return {
    root: resolve(cwd, 'corpus'),
    bbcDir: resolve(cwd, '..', 'shared', 'corpus', 'bbc-news'),
    devDir: resolve(cwd, '..', 'shared', 'fixtures', 'articles'),
  };
}

function list(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/**
 * Lists the articles of the given parts (file names only; nothing is read). BBC entries whose
 * dataset is missing are listed all the same; `readArticle` then fails with the path.
 */
export function listCorpus(parts: readonly Part[], paths: CorpusPaths = defaultPaths()): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  for (const part of parts) {
    const base = join(paths.root, part);
    for (const file of list(join(base, 'bbc'))) {
      const m = /^([a-z-]+)-(\d{3})\.labels\.json$/.exec(file);
      if (!m) continue;
      const [, section, num] = m;
      const bbcSection = section === 'culture' ? 'entertainment' : section!;
      out.push({
        id: `bbc/${section}-${num}`, part, source: 'bbc', section: section!,
        textPath: join(paths.bbcDir, bbcSection, `${num}.txt`), labelsPath: join(base, 'bbc', file),
      });
    }
    // The development set (training part only): named in dev.json, read from ../shared.
    const devList = join(base, 'dev.json');
    if (part === 'train' && paths.devDir && existsSync(devList)) {
      const { sections } = JSON.parse(readFileSync(devList, 'utf8')) as { sections: Record<string, string> };
      for (const [stem, section] of Object.entries(sections)) {
        out.push({ id: `dev/${stem}`, part, source: 'dev', section, textPath: join(paths.devDir, `${stem}.txt`), labelsPath: join(paths.devDir, `${stem}.labels.json`) });
      }
    }
    for (const section of list(join(base, 'own'))) {
      for (const file of list(join(base, 'own', section))) {
        if (!file.endsWith('.txt')) continue;
        const stem = file.slice(0, -4);
        out.push({
          id: `own/${section}/${stem}`, part, source: 'own', section,
          textPath: join(base, 'own', section, file), labelsPath: join(base, 'own', section, `${stem}.labels.json`),
        });
      }
    }
  }
  return out;
}

/** Reads one article's text and labels. Throws with the path when either is missing or malformed. */
export function readArticle(entry: CorpusEntry, read: Reader = readUtf8): CorpusArticle {
  const { title, body } = splitTitle(read(entry.textPath));
  let labels: CorpusLabels;
  try {
    labels = CorpusLabels.parse(JSON.parse(read(entry.labelsPath)));
  } catch (e) {
    throw new Error(`${entry.labelsPath}: ${(e as Error).message}`);
  }
  return { ...entry, title, body, labels };
}

/** True when the development set is beside the repository. */
export function hasDev(paths: CorpusPaths = defaultPaths()): boolean {
  return paths.devDir !== undefined && existsSync(paths.devDir);
}

/** True when the BBC dataset is beside the repository. */
export function hasBbc(paths: CorpusPaths = defaultPaths()): boolean {
  return existsSync(paths.bbcDir);
}

/** True when an entry's text can be read here (the project's own always; BBC and development only with ../shared). */
export function available(entry: CorpusEntry, paths: CorpusPaths = defaultPaths()): boolean {
  return entry.source === 'own' || (entry.source === 'bbc' ? hasBbc(paths) : hasDev(paths));
}
