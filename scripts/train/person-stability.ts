/**
 * How stable the person decision is when its training data changes, measured on news it never
 * sees: the five cross-validation models (each fitted on four folds of the training part) decide
 * every candidate name of the BBC stories that no label names, and the share of names on which
 * they disagree is the decision's sensitivity to the data it happened to be fitted on — what
 * flips between two versions that add articles. Beside it, the name-level recall and precision of
 * the same five models on their held-out folds (every candidate counted once; the dev articles
 * unweighted), to compare settings quickly before a full `npm run train -- --cv`.
 *
 * `node bin/run.js scripts/train/person-stability.ts ["<setting>" …] [--limit=600]`, a setting
 * being `l2=0.01 epochs=40 min=3 scaled=^end by=10 drop=<regex>` (each part optional; none: the
 * fit `npm run train` makes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitTitle } from '../../src/extract/article-text.ts';
import { EXTRACTOR_VERSION, extractArticle } from '../../src/extract/extract.ts';
import { PERSON_RULES, ruling } from '../../src/extract/hand-rules.ts';
import { probability, type LinearModel } from '../../src/extract/learned/linear.ts';
import type { Models } from '../../src/extract/learned/models.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';
import { defaultPaths } from '../corpus/corpus.ts';
import { unlabelledStories } from '../eval/robustness.ts';
import { labelledPerson, trainingArticles } from './data.ts';
import { fit, type FitOptions } from './logistic.ts';
import { commonWords, folds, personPenalty } from './train.ts';

/** One candidate name: its features, its section, and for a labelled article whether it is a person. */
interface Candidate {
  features: string[];
  section: string;
  person: boolean;
}

const args = process.argv.slice(2);
const limit = Number(args.find((a) => a.startsWith('--limit='))?.split('=')[1] ?? Infinity);
const articles = trainingArticles();
const models: Models = { version: EXTRACTOR_VERSION, commonWords: commonWords(articles) };

/** The person candidates of one text, with the features the model would read. */
function candidates(body: string, title: string, section: string, isPerson: (forms: string[]) => boolean): Candidate[] {
  const trace = newTrace();
  extractArticle(body, { title, models, trace });
  return trace.persons.map((c) => ({ features: c.features, section, person: isPerson(c.forms) }));
}

/** The model's verdict, the hand rules first (as person-choice.ts decides). */
const decide = (model: LinearModel, f: string[]): boolean => ruling(PERSON_RULES, f) ?? probability(model, f) >= model.threshold;

const labelled = folds(articles).map((part) => part.flatMap((a) => candidates(a.body, a.title, a.section, (forms) => labelledPerson(a.labels, forms) >= 0)));
const paths = defaultPaths();
const unseen = unlabelledStories(paths.bbcDir).slice(0, limit).flatMap((id) => {
  const { title, body } = splitTitle(readFileSync(join(paths.bbcDir, `${id}.txt`), 'utf8'));
  return candidates(body, title, id.split('/')[0]!, () => false);
});

/** Prints the figures of one setting. */
function evaluate(setting: string): void {
  const get = (k: string): string | undefined => setting.split(' ').find((p) => p.startsWith(`${k}=`))?.slice(k.length + 1);
  const options: FitOptions = { epochs: Number(get('epochs') ?? 40), l2: Number(get('l2') ?? 1e-2), minCount: Number(get('min') ?? 3), threshold: 0.5 };
  const scaled = get('scaled');
  options.l2Scale = scaled === undefined ? personPenalty : (f) => (new RegExp(scaled).test(f) ? Number(get('by') ?? 10) : 1);
  const dropped = get('drop') ? new RegExp(get('drop')!) : undefined;
  const use = (f: string[]): string[] => (dropped ? f.filter((x) => !dropped.test(x)) : f);
  console.log(`\n== ${setting || 'as trained'}`);
  const fitted = labelled.map((_, i) => fit(labelled.filter((__, j) => j !== i).flat().map((c) => ({ features: use(c.features), label: c.person })), options));

  // Name-level figures on the held-out folds: recall of labelled people, precision of names taken.
  const counts = new Map<string, { tp: number; fn: number; fp: number }>();
  labelled.forEach((part, i) => {
    for (const c of part) {
      const row = counts.get(c.section) ?? { tp: 0, fn: 0, fp: 0 };
      const yes = decide(fitted[i]!, use(c.features));
      if (c.person && yes) row.tp++;
      else if (c.person) row.fn++;
      else if (yes) row.fp++;
      counts.set(c.section, row);
    }
  });
  const all = { tp: 0, fn: 0, fp: 0 };
  const line = (name: string, r: typeof all): string => `${name.padEnd(15)} R ${(r.tp / (r.tp + r.fn)).toFixed(3)}  P ${(r.tp / (r.tp + r.fp)).toFixed(3)}  (missed ${r.fn}, false ${r.fp})`;
  for (const [section, r] of [...counts].sort()) {
    all.tp += r.tp;
    all.fn += r.fn;
    all.fp += r.fp;
    console.log(line(section, r));
  }
  console.log(line('all', all));

  // Stability on unlabelled news: names on which the five models do not all agree.
  let split = 0;
  const bySection = new Map<string, number>();
  for (const c of unseen) {
    const votes = fitted.filter((m) => decide(m, use(c.features))).length;
    if (votes > 0 && votes < fitted.length) {
      split++;
      bySection.set(c.section, (bySection.get(c.section) ?? 0) + 1);
    }
  }
  console.log(`unlabelled: ${unseen.length} names, ${split} (${((100 * split) / unseen.length).toFixed(1)}%) split between the five models`);
  console.log(`  by section: ${[...bySection].sort().map(([s, n]) => `${s} ${n}`).join(', ')}`);
  const largest = Object.entries(fitted[0]!.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 8);
  console.log(`  largest weights: ${largest.map(([f, w]) => `${f} ${w.toFixed(2)}`).join(', ')}`);
}

const settings = args.filter((a) => !a.startsWith('--'));
for (const setting of settings.length > 0 ? settings : ['']) evaluate(setting);
