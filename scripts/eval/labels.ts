/**
 * Labelled articles for evaluation: `NN-name.txt` (headline, blank line, body) with
 * `NN-name.labels.json` (format: ../shared/fixtures/articles/README.md).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { splitTitle } from '../../src/extract/article-text.ts';

const Labels = z.object({
  people: z.array(z.object({ name: z.string(), aliases: z.array(z.string()).default([]), role: z.string().nullable() })),
  places_or_orgs: z.array(z.string()).default([]),
  quotes: z.array(z.object({ speaker: z.string().nullable(), starts_with: z.string(), partial: z.boolean().optional(), note: z.string().optional() })),
  open_questions: z.array(z.string()),
});

/** The expected extraction of one article. */
export type ArticleLabels = z.infer<typeof Labels>;

/** One labelled article. */
export interface LabelledArticle {
  id: string;
  title: string;
  body: string;
  labels: ArticleLabels;
}

/** Loads every labelled article in `dir`, sorted by file name. */
export function loadLabelled(dir: string): LabelledArticle[] {
  return readdirSync(dir)
    .filter((f) => /^\d+-.+\.txt$/.test(f))
    .sort()
    .flatMap((file) => {
      const labelsPath = join(dir, file.replace(/\.txt$/, '.labels.json'));
      if (!existsSync(labelsPath)) return [];
      const { title, body } = splitTitle(readFileSync(join(dir, file), 'utf8'));
      const labels = Labels.parse(JSON.parse(readFileSync(labelsPath, 'utf8')));
      return [{ id: file.replace(/\.txt$/, ''), title, body, labels }];
    });
}
