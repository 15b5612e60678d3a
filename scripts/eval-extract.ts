/**
 * `npm run eval -- <dir>`: scores the extractor and the compromise baseline on labelled
 * articles and prints both side by side, per article and in total. Scoring rules:
 * scripts/eval/score.ts. `--details` lists the extractor's misses under each article. Always
 * exits 0 (it is a report, not a gate).
 */
import { baselinePredict } from './eval/baseline.ts';
import { loadLabelled } from './eval/labels.ts';
import { extractorPredict } from './eval/predict.ts';
import { scoreArticle, sumScores, type Score } from './eval/score.ts';

const ratio = (n: number, d: number): string => (d === 0 ? '  –  ' : (n / d).toFixed(2).padStart(5));

function cells(s: Score): string[] {
  return [
    ratio(s.peopleFound, s.people),
    ratio(s.predictedCorrect, s.predicted),
    ratio(s.rolesCorrect, s.roles),
    ratio(s.quotesFound, s.quotes),
    ratio(s.speakersCorrect, s.quotesFound),
    ratio(s.questionsFound, s.questions),
    s.negative || s.falseQuestions > 0 ? String(s.falseQuestions).padStart(5) : '  –  ',
  ];
}

const HEAD = ['ppl-R', 'ppl-P', 'role', 'quote', 'spkr', 'oq-R', 'oq-FP'];

function main(): number {
  const args = process.argv.slice(2);
  const details = args.includes('--details');
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: npm run eval -- <dir with NN-name.txt and NN-name.labels.json> [--details]');
    return 0;
  }
  const articles = loadLabelled(dir);
  if (articles.length === 0) {
    console.error(`${dir}: no labelled articles (NN-name.txt with NN-name.labels.json) found`);
    return 0;
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
  const negatives = ours.filter((s) => s.negative);
  const fpPerNegative = negatives.length === 0 ? 0 : negatives.reduce((n, s) => n + s.falseQuestions, 0) / negatives.length;
  const maxFp = Math.max(0, ...negatives.map((s) => s.falseQuestions));
  console.log('-'.repeat(header.length));
  console.log(`${'TOTAL'.padEnd(width)} | ${cells(to).join(' ')} | ${cells(tb).join(' ')}`);
  console.log('');
  console.log(`extractor: people recall ${ratio(to.peopleFound, to.people).trim()} (${to.peopleFound}/${to.people}), precision ${ratio(to.predictedCorrect, to.predicted).trim()} (${to.predictedCorrect}/${to.predicted}), role accuracy ${ratio(to.rolesCorrect, to.roles).trim()} (${to.rolesCorrect}/${to.roles}), quote recall ${ratio(to.quotesFound, to.quotes).trim()} (${to.quotesFound}/${to.quotes}), speaker accuracy ${ratio(to.speakersCorrect, to.quotesFound).trim()} (${to.speakersCorrect}/${to.quotesFound}), open-question recall ${ratio(to.questionsFound, to.questions).trim()} (${to.questionsFound}/${to.questions}), false open questions on ${negatives.length} articles with none: ${negatives.reduce((n, s) => n + s.falseQuestions, 0)} (mean ${fpPerNegative.toFixed(2)}, max ${maxFp})`);
  console.log(`baseline:  people recall ${ratio(tb.peopleFound, tb.people).trim()}, precision ${ratio(tb.predictedCorrect, tb.predicted).trim()}, quote recall ${ratio(tb.quotesFound, tb.quotes).trim()}, speaker accuracy ${ratio(tb.speakersCorrect, tb.quotesFound).trim()} (no roles or open questions)`);
  return 0;
}

process.exitCode = main();
