/**
 * `npm run train`: learns the extractor's decisions from the corpus's training part and writes
 * src/extract/learned/model.json. Deterministic: the same corpus always gives the same file.
 *
 * - `npm run train` — fit every model on the whole training part and write the file.
 * - `npm run train -- --cv` — five-fold cross-validation on the training part (models fitted on
 *   four folds, articles of the fifth scored end to end), per section: the figures to tune by.
 *   `--details` lists the misses (`--only=<id part>` for some articles); `--rules` scores the
 *   hand rules alone, without any model, for comparison.
 * - `npm run train -- --check` — fit and compare with the committed file; exit 1 when they differ.
 *
 * The vault is never read (see data.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fold } from '../../src/briefing/text.ts';
import { fileURLToPath } from 'node:url';
import { EXTRACTOR_VERSION, extractArticle } from '../../src/extract/extract.ts';
import type { LinearModel } from '../../src/extract/learned/linear.ts';
import type { Models } from '../../src/extract/learned/models.ts';
import { newTrace, type Trace } from '../../src/extract/learned/trace.ts';
import { SECTIONS, hasBbc, hasDev, type CorpusArticle } from '../corpus/corpus.ts';
import { extractorPredict } from '../eval/predict.ts';
import { questionOverlap, scoreArticle } from '../eval/score.ts';
import { bySection, textTable } from '../eval/table.ts';
import { noRoleFeatures } from '../../src/extract/role-features.ts';
import { QUESTION_RULES, ruling } from '../../src/extract/hand-rules.ts';
import { labelledOther, labelledPerson, labelledQuote, roleMatches, speakerMatches, statesOpenQuestion, trainingArticles } from './data.ts';
import { fit, fitRanker, type Example } from './logistic.ts';
import { chooseRoleThreshold, type RoleGroup } from './role-threshold.ts';

const MODEL_PATH = fileURLToPath(new URL('../../src/extract/learned/model.json', import.meta.url));

/**
 * How much one article's examples count: the development set (../shared/fixtures/articles, the
 * project's long-standing yardstick) ten times, so what it shows keeps holding as the corpus grows.
 */
function weightOf(article: CorpusArticle): number {
  return article.source === 'dev' ? DEV_WEIGHT : 1;
}

const DEV_WEIGHT = 10;

/** Runs extraction on every article with `models`, keeping each article's trace. */
function traceAll(articles: CorpusArticle[], models: Models): Array<{ article: CorpusArticle; trace: Trace }> {
  return articles.map((article) => {
    const trace = newTrace();
    extractArticle(article.body, { title: article.title, models, trace });
    return { article, trace };
  });
}

/** Person examples: a traced name is a person when it matches a labelled person. */
function personExamples(traced: Array<{ article: CorpusArticle; trace: Trace }>): Example[] {
  const out: Example[] = [];
  for (const { article, trace } of traced) {
    for (const c of trace.persons) {
      const person = labelledPerson(article.labels, c.forms) >= 0;
      if (!person && !labelledOther(article.labels, c.forms) && c.features.includes('w=1')) {
        // A lone capitalised word labelled as nothing at all: still a useful negative.
      }
      out.push({ features: c.features, label: person, weight: weightOf(article) });
    }
  }
  return out;
}

/**
 * Question examples: a sentence is open when it states a labelled open question. A sentence that
 * is not a label's evidence but shares the label's words (the same question told again, or its
 * background) is left out rather than taught as a plain statement.
 */
function questionExamples(traced: Array<{ article: CorpusArticle; trace: Trace }>): Example[] {
  return traced.flatMap(({ article, trace }) => trace.questions.flatMap((c) => {
    // A sentence a hand rule decides (a plain statement, a choice to make) never reaches the model.
    if (ruling(QUESTION_RULES, c.features) !== undefined) return [];
    const label = statesOpenQuestion(article.labels, c.text);
    if (!label && article.labels.open_questions.some((q) => questionOverlap(q, c.text))) return [];
    return [{ features: c.features, label, weight: weightOf(article) }];
  }));
}

/** Speaker groups: the candidates of one labelled quotation, right when one is its labelled speaker. */
function speakerGroups(traced: Array<{ article: CorpusArticle; trace: Trace }>): Example[][] {
  const out: Example[][] = [];
  for (const { article, trace } of traced) {
    const groups = new Map<number, Example[]>();
    for (const c of trace.speakers) {
      const label = labelledQuote(article.labels, c.quote);
      if (!label) continue;
      const group = groups.get(c.index) ?? [];
      group.push({ features: c.features, label: speakerMatches(article.labels, label.speaker, c.speaker, c.aliases), weight: weightOf(article) });
      groups.set(c.index, group);
    }
    out.push(...groups.values());
  }
  return out;
}

/**
 * Role groups: the candidates of one labelled person plus a "no role" candidate; the right one is
 * a candidate agreeing with the labelled role, or "no role" when the label has none or no
 * candidate agrees. How far a candidate must beat "no role" is chosen afterwards by
 * cross-validation (role-threshold.ts), each group marked with its article and whether the
 * person is described at all.
 */
function roleGroups(traced: Array<{ article: CorpusArticle; trace: Trace }>): RoleGroup[] {
  const out: RoleGroup[] = [];
  traced.forEach(({ article, trace }, at) => {
    const byPerson = new Map<string, { person: number; list: Array<{ features: string[]; ok: boolean }> }>();
    for (const c of trace.roles) {
      const person = labelledPerson(article.labels, [c.person, ...c.aliases]);
      if (person < 0) continue;
      const entry = byPerson.get(c.person) ?? { person, list: [] };
      entry.list.push({ features: c.features, ok: roleMatches(article.labels, person, c.text) });
      byPerson.set(c.person, entry);
    }
    for (const { person, list } of byPerson.values()) {
      const any = list.some((c) => c.ok);
      const described = article.labels.people[person]!.role !== null;
      const weight = weightOf(article);
      const examples = [...list.map((c) => ({ features: c.features, label: c.ok, weight })), { features: noRoleFeatures(list.length), label: !any, weight }];
      out.push({ examples, article: at, described });
    }
  });
  return out;
}

/**
 * Words the articles write mostly in lower case: seen in lower case at least `MIN_LOWER` times
 * and capitalised (sentence starts included) at most half as often. Folded, sorted.
 */
export function commonWords(articles: readonly CorpusArticle[]): string[] {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const a of articles) {
    for (const word of a.body.match(/\p{L}{3,}/gu) ?? []) {
      const key = fold(word);
      const counts = /^\p{Ll}/u.test(word) ? lower : upper;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...lower].filter(([w, n]) => n >= MIN_LOWER && (upper.get(w) ?? 0) * 2 <= n).map(([w]) => w).sort();
}

const MIN_LOWER = 3;

/**
 * The person model's penalty per feature, as a multiple of its L2: a name's last letters
 * (`end1=…`, `endN=…`, some 440 features, most seen in a handful of names) are held ten times
 * closer to zero than the signs of how a name is used. Unpenalised they were the model's largest
 * weights, and the five cross-validation models disagreed on 3.3% of the names of unlabelled
 * stories (2.3% so; name-level recall and precision unchanged: scripts/train/person-stability.ts).
 */
export function personPenalty(feature: string): number {
  return /^end[1N]=/.test(feature) ? ENDING_PENALTY : 1;
}

const ENDING_PENALTY = 10;

/** Fits every model, each step on extraction with the models fitted before it. */
export function trainModels(articles: CorpusArticle[]): Models {
  const models: Models = { version: EXTRACTOR_VERSION, commonWords: commonWords(articles) };
  const first = traceAll(articles, models);
  models.person = fit(personExamples(first), { epochs: 40, l2: 1e-2, minCount: 3, threshold: 0.5, l2Scale: personPenalty });
  const second = traceAll(articles, models);
  const roles = roleGroups(second);
  const fitRoles = (groups: Example[][]): LinearModel => fitRanker(groups, { epochs: 40, l2: 1e-3, minCount: 3 });
  const threshold = chooseRoleThreshold(roles, fitRoles);
  models.role = { ...fitRoles(roles.map((g) => g.examples)), threshold, kind: 'ranker' };
  models.speaker = fitRanker(speakerGroups(second), { epochs: 40, l2: 1e-3, minCount: 3 });
  models.question = fit(questionExamples(second), { epochs: 40, l2: 1e-3, minCount: 2, threshold: 0.3 });
  return models;
}

/** FNV-1a over a string's UTF-16 units: a fixed, well-spread number for an article's id. */
function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/**
 * Five folds by article, each article's fold fixed by a hash of its id (and its section, so a
 * section is spread by its own ids). Adding an article moves no other: when folds were dealt in
 * sorted order, every new label reshuffled them, and two CV tables differed by the reshuffle as
 * much as by the change being judged.
 */
export function folds(articles: CorpusArticle[], k = 5): CorpusArticle[][] {
  const out: CorpusArticle[][] = Array.from({ length: k }, () => []);
  const sorted = [...articles].sort((a, b) => a.section.localeCompare(b.section) || a.id.localeCompare(b.id));
  for (const article of sorted) out[idHash(`${article.section}/${article.id}`) % k]!.push(article);
  return out;
}

function crossValidate(articles: CorpusArticle[], details: boolean, only?: string, rulesOnly = false): void {
  const parts = folds(articles);
  const rows: Array<{ section: string; score: ReturnType<typeof scoreArticle> }> = [];
  parts.forEach((held, i) => {
    const rest = parts.filter((_, j) => j !== i).flat();
    const models = rulesOnly ? { version: 'rules' } : trainModels(rest);
    for (const a of held) {
      const score = scoreArticle(a.labels, extractorPredict(a.body, a.title, models));
      rows.push({ section: a.section, score });
      if (details && (!only || a.id.includes(only)) && score.details.length > 0) console.log(`${a.id}\n${score.details.map((d) => `    ${d}`).join('\n')}`);
    }
  });
  console.log(`five-fold cross-validation on the training part (${articles.length} articles):`);
  console.log(textTable(bySection(rows, SECTIONS)));
}

function serialise(models: Models): string {
  return `${JSON.stringify(models, null, 1)}\n`;
}

function main(): number {
  const args = process.argv.slice(2);
  if (!hasBbc() || !hasDev()) {
    console.error('../shared (its BBC stories and development articles) is not beside the repository: training needs it; nothing was trained or checked');
    return 2;
  }
  const articles = trainingArticles();
  if (args.includes('--cv')) {
    const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
    crossValidate(articles, args.includes('--details'), only, args.includes('--rules'));
    return 0;
  }
  const text = serialise(trainModels(articles));
  if (args.includes('--check')) {
    const same = readFileSync(MODEL_PATH, 'utf8') === text;
    console.log(same ? 'model.json is what training gives' : 'model.json differs from what training gives: run `npm run train`');
    return same ? 0 : 1;
  }
  writeFileSync(MODEL_PATH, text);
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.section, (counts.get(a.section) ?? 0) + 1);
  console.log(`trained on ${articles.length} articles (${[...counts].map(([s, n]) => `${s} ${n}`).join(', ')}); wrote ${MODEL_PATH}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
