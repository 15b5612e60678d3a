/**
 * Debug aid for the open-question decision: five-fold cross-validation on the training part, and
 * every missed open question (with the probability and features of the sentences holding its
 * evidence) and every false one on an article labelled with none (with its features).
 * `node bin/run.js scripts/train/question-misses.ts [missed|false] [--only=<id part>] [--features]`
 */
import { probability } from '../../src/extract/learned/linear.ts';
import { questionOverlap } from '../eval/score.ts';
import { statesOpenQuestion } from './data.ts';
import { eachHeldOut, missOptions } from './held-out.ts';

const { kind, only, features: showFeatures } = missOptions();
const counts = new Map<string, { found: number; missed: number; unscored: number; falses: number }>();
eachHeldOut((a, x, trace, models) => {
  if (only && !a.id.includes(only)) return;
  const row = counts.get(a.section) ?? { found: 0, missed: 0, unscored: 0, falses: 0 };
  counts.set(a.section, row);
  const questions = x.questions.map((q) => q.text);
  const taken = new Set<number>();
  a.labels.open_questions.forEach((label, n) => {
    const j = questions.findIndex((q, k) => !taken.has(k) && questionOverlap(label, q));
    if (j >= 0) {
      taken.add(j);
      row.found++;
      return;
    }
    const evidence = a.labels.open_question_evidence[n];
    const holders = trace.questions.filter((c) => statesOpenQuestion({ ...a.labels, open_question_evidence: evidence ? [evidence] : [], open_questions: [label] }, c.text));
    row[holders.length > 0 ? 'missed' : 'unscored']++;
    if (kind && kind !== 'missed') return;
    console.log(`MISSED ${a.id}: ${label.slice(0, 90)}${evidence ? ` [${evidence}]` : ''}`);
    for (const c of holders) {
      const p = models.question ? probability(models.question, c.features) : 0;
      console.log(`    ${p.toFixed(2)} ${c.text.slice(0, 140).replace(/\s+/g, ' ')}${showFeatures ? `\n         ${c.features.join(' ')}` : ''}`);
    }
  });
  if (a.labels.open_questions.length > 0) return;
  row.falses += questions.length;
  if (kind && kind !== 'false') return;
  for (const q of questions) {
    const c = trace.questions.find((t) => t.text.includes(q) || q.includes(t.text));
    const p = c && models.question ? probability(models.question, c.features) : 0;
    console.log(`FALSE ${a.id} ${p.toFixed(2)}: ${q.slice(0, 140).replace(/\s+/g, ' ')}${showFeatures && c ? `\n         ${c.features.join(' ')}` : ''}`);
  }
});
for (const [section, row] of counts) console.log(`${section.padEnd(15)} found ${row.found}  scored too low ${row.missed}  no sentence holds the evidence ${row.unscored}  false ${row.falses}`);
