/**
 * What the misses scripts (speaker-misses.ts, question-misses.ts) share: their command-line
 * options, and every training article extracted, with its trace, by models fitted on the other
 * four folds — the five-fold cross-validation of train.ts, one article at a time.
 */
import { extractArticle } from '../../src/extract/extract.ts';
import type { Models } from '../../src/extract/learned/models.ts';
import { newTrace, type Trace } from '../../src/extract/learned/trace.ts';
import type { Extraction } from '../../src/briefing/extraction.ts';
import type { CorpusArticle } from '../corpus/corpus.ts';
import { trainingArticles } from './data.ts';
import { folds, trainModels } from './train.ts';

/** `[kind] [--only=<id part>] [--features]`: which misses to list, for which articles, with features or not. */
export interface MissOptions {
  kind?: string;
  only?: string;
  features: boolean;
}

/** The options of a misses script, from its arguments. */
export function missOptions(args: readonly string[] = process.argv.slice(2)): MissOptions {
  return {
    kind: args.find((a) => !a.startsWith('--')),
    only: args.find((a) => a.startsWith('--only='))?.slice('--only='.length),
    features: args.includes('--features'),
  };
}

/** Calls `visit` with each training article as extracted by the models of the other folds. */
export function eachHeldOut(visit: (article: CorpusArticle, extraction: Extraction, trace: Trace, models: Models) => void): void {
  const parts = folds(trainingArticles());
  parts.forEach((held, i) => {
    const models = trainModels(parts.filter((_, j) => j !== i).flat());
    for (const article of held) {
      const trace = newTrace();
      const extraction = extractArticle(article.body, { title: article.title, models, trace });
      visit(article, extraction, trace, models);
    }
  });
}
