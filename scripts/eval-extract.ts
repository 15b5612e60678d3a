/**
 * `npm run eval` scores the extractor on the labelled corpus (corpus/README.md):
 *
 * - the training part (BBC labels read with their text from ../shared, and the project's own
 *   articles), per section and overall; `--details` lists every miss, article by article;
 * - the vault, per section and overall, as figures only. The vault is scored once per
 *   `EXTRACTOR_VERSION`: the result is kept in corpus/vault-scores.json and written into the
 *   README's extraction section; a changed extractor under an already scored version is refused.
 *
 * `npm run eval -- <dir>` scores a folder of NN-name.txt + NN-name.labels.json pairs (such as
 * ../shared/fixtures/articles) article by article, beside the compromise baseline.
 *
 * Scoring rules: scripts/eval/score.ts. Always exits 0 (a report, not a gate), except for usage
 * errors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTRACTOR_VERSION } from '../src/extract/extract.ts';
import { available, defaultPaths, hasBbc, listCorpus, readArticle, SECTIONS, type Part } from './corpus/corpus.ts';
import { baselinePredict } from './eval/baseline.ts';
import { loadLabelled } from './eval/labels.ts';
import { extractorPredict } from './eval/predict.ts';
import { scoreArticle, sumScores, type Score } from './eval/score.ts';
import { bySection, falsePerTen, figures, markdownTable, textTable } from './eval/table.ts';
import { appendRecord, decide, extractorFingerprint, readRecords, type VaultRecord } from './eval/vault.ts';

const ratio = (n: number, d: number): string => (d === 0 ? '  –  ' : (n / d).toFixed(2).padStart(5));

function cells(s: Score): string[] {
  return [
    ratio(s.peopleFound, s.people), ratio(s.predictedCorrect, s.predicted), ratio(s.rolesCorrect, s.roles),
    ratio(s.quotesFound, s.quotes), ratio(s.speakersCorrect, s.quotesFound), ratio(s.questionsFound, s.questions),
    s.negative || s.falseQuestions > 0 ? String(s.falseQuestions).padStart(5) : '  –  ',
  ];
}

const HEAD = ['ppl-R', 'ppl-P', 'role', 'quote', 'spkr', 'oq-R', 'oq-FP'];

/** A folder of labelled articles, article by article, beside the baseline. */
function evalFolder(dir: string, details: boolean): void {
  const articles = loadLabelled(dir);
  if (articles.length === 0) {
    console.error(`${dir}: no labelled articles (NN-name.txt with NN-name.labels.json) found`);
    return;
  }
  const ours: Score[] = [];
  const base: Score[] = [];
  const width = Math.max(8, ...articles.map((a) => a.id.length)) + 1;
  const header = `${'article'.padEnd(width)} | ${HEAD.map((h) => h.padStart(5)).join(' ')} | ${HEAD.map((h) => h.padStart(5)).join(' ')}`;
  console.log(`${''.padEnd(width)} | ${'extractor'.padEnd(HEAD.length * 6 - 1)} | compromise baseline`);
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const a of articles) {
    const o = scoreArticle(a.labels, extractorPredict(a.body, a.title));
    const b = scoreArticle(a.labels, baselinePredict(a.body));
    ours.push(o);
    base.push(b);
    console.log(`${a.id.padEnd(width)} | ${cells(o).join(' ')} | ${cells(b).join(' ')}`);
    if (details) for (const line of o.details) console.log(`    ${line}`);
  }
  const to = sumScores(ours);
  const tb = sumScores(base);
  const f = figures(ours);
  console.log('-'.repeat(header.length));
  console.log(`${'TOTAL'.padEnd(width)} | ${cells(to).join(' ')} | ${cells(tb).join(' ')}`);
  console.log('');
  console.log(`extractor: people recall ${ratio(to.peopleFound, to.people).trim()} (${to.peopleFound}/${to.people}), precision ${ratio(to.predictedCorrect, to.predicted).trim()} (${to.predictedCorrect}/${to.predicted}), role accuracy ${ratio(to.rolesCorrect, to.roles).trim()} (${to.rolesCorrect}/${to.roles}), quote recall ${ratio(to.quotesFound, to.quotes).trim()} (${to.quotesFound}/${to.quotes}), speaker accuracy ${ratio(to.speakersCorrect, to.quotesFound).trim()} (${to.speakersCorrect}/${to.quotesFound}), open-question recall ${ratio(to.questionsFound, to.questions).trim()} (${to.questionsFound}/${to.questions}), false open questions per 10 articles with none: ${falsePerTen(f)}`);
  console.log(`baseline:  people recall ${ratio(tb.peopleFound, tb.people).trim()}, precision ${ratio(tb.predictedCorrect, tb.predicted).trim()}, quote recall ${ratio(tb.quotesFound, tb.quotes).trim()}, speaker accuracy ${ratio(tb.speakersCorrect, tb.quotesFound).trim()} (no roles or open questions)`);
}

/** Scores every article of a part; BBC articles only when ../shared is beside the repository. */
function scorePart(part: Part, details: boolean): Array<{ section: string; score: Score }> {
  const entries = listCorpus([part]).filter((e) => available(e));
  return entries.map((entry) => {
    const a = readArticle(entry);
    const score = scoreArticle(a.labels, extractorPredict(a.body, a.title));
    if (details && score.details.length > 0) {
      console.log(`${a.id}`);
      for (const line of score.details) console.log(`    ${line}`);
    }
    return { section: a.section, score };
  });
}

const START = '<!-- vault:start -->';
const END = '<!-- vault:end -->';

/** Rewrites the README's vault block (between the markers) with every record, newest first. */
function writeReadme(path: string, records: VaultRecord[]): void {
  const readme = readFileSync(path, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) {
    console.log(`(${path} has no ${START} … ${END} block; the README was not updated)`);
    return;
  }
  const blocks = [...records].reverse().map((r) => `Vault, extractor version ${r.version}, scored ${r.date}:\n\n${markdownTable(r.rows)}`);
  writeFileSync(path, `${readme.slice(0, from + START.length)}\n${blocks.join('\n\n')}\n${readme.slice(to)}`);
}

function evalVault(): void {
  const root = process.cwd();
  const recordsPath = resolve(root, 'corpus', 'vault-scores.json');
  const records = readRecords(recordsPath);
  const fingerprint = extractorFingerprint(root);
  const decision = decide(records, EXTRACTOR_VERSION, fingerprint);
  console.log(`\nVAULT (extractor version ${EXTRACTOR_VERSION})`);
  if (decision.action === 'refuse') {
    console.log(`The extractor changed since version ${EXTRACTOR_VERSION} was scored on the vault (${decision.record.date}). `
      + 'Bump EXTRACTOR_VERSION in src/extract/extract.ts to score the vault again; until then its last figures stand:');
    console.log(textTable(decision.record.rows));
    return;
  }
  if (decision.action === 'show') {
    console.log(`scored on ${decision.record.date}; the extractor has not changed since:`);
    console.log(textTable(decision.record.rows));
    return;
  }
  if (!hasBbc()) {
    console.log(`${defaultPaths().bbcDir} is missing: the vault is not scored without its BBC stories.`);
    return;
  }
  const rows = bySection(scorePart('vault', false), SECTIONS);
  const record: VaultRecord = { version: EXTRACTOR_VERSION, fingerprint, date: new Date().toISOString().slice(0, 10), rows };
  appendRecord(recordsPath, record);
  writeReadme(resolve(root, 'README.md'), [...records, record]);
  console.log(`scored now (${record.date}) and recorded in corpus/vault-scores.json and the README:`);
  console.log(textTable(rows));
}

function main(): number {
  const args = process.argv.slice(2);
  const details = args.includes('--details');
  const dir = args.find((a) => !a.startsWith('--'));
  if (dir) {
    if (/(?:^|[\\/])vault(?:[\\/]|$)/.test(resolve(dir))) {
      console.error(`${dir}: the vault is scored only as a whole, by \`npm run eval\` with no folder`);
      return 2;
    }
    evalFolder(dir, details);
    return 0;
  }
  if (args.includes('--readme')) {
    writeReadme(resolve(process.cwd(), 'README.md'), readRecords(resolve(process.cwd(), 'corpus', 'vault-scores.json')));
    return 0;
  }
  if (!hasBbc()) console.log(`(${defaultPaths().bbcDir} is missing: BBC articles are left out)`);
  console.log(`TRAINING PART (extractor version ${EXTRACTOR_VERSION})`);
  const train = scorePart('train', details);
  console.log(textTable(bySection(train, SECTIONS)));
  if (!args.includes('--no-vault')) evalVault();
  return 0;
}

process.exitCode = main();
