/**
 * Debug aid for the speaker decision: five-fold cross-validation on the training part, and every
 * wrong speaker of a found quotation sorted by kind — the labelled speaker was never a candidate
 * (candidate generation, or the person was not found) or was one and the ranker chose another
 * (features). Each miss lists the candidates with their scores and the hand rules' step.
 * `node bin/run.js scripts/train/speaker-misses.ts [missing|ranked] [--only=<id part>] [--features]`
 */
import { fold } from '../../src/briefing/text.ts';
import { logit } from '../../src/extract/learned/linear.ts';
import { speakerMatches } from './data.ts';
import { eachHeldOut, missOptions } from './held-out.ts';

const { kind, only, features: showFeatures } = missOptions();
const counts = new Map<string, { missing: number; ranked: number; right: number }>();
eachHeldOut((a, x, trace, models) => {
  const row = counts.get(a.section) ?? { missing: 0, ranked: 0, right: 0 };
  counts.set(a.section, row);
  for (const label of a.labels.quotes) {
    const needle = fold(label.starts_with);
    const hit = x.quotes.find((q) => fold(q.text).includes(needle));
    if (!hit) continue;
    const actor = x.actors.find((p) => p.name === hit.speaker);
    if (speakerMatches(a.labels, label.speaker, hit.speaker, actor?.aliases ?? [])) {
      row.right++;
      continue;
    }
    const options = trace.speakers.filter((c) => fold(c.quote).includes(needle));
    const good = options.some((c) => speakerMatches(a.labels, label.speaker, c.speaker, c.aliases));
    row[good ? 'ranked' : 'missing']++;
    if ((kind && kind !== (good ? 'ranked' : 'missing')) || (only && !a.id.includes(only))) continue;
    const step = options.flatMap((c) => c.features).find((f) => f.startsWith('rule&step=')) ?? '';
    console.log(`${good ? 'RANKED ' : 'MISSING'} ${a.id} "${label.starts_with.slice(0, 50)}": got ${hit.speaker}, want ${label.speaker} ${step}`);
    for (const c of options) {
      const z = models.speaker ? logit(models.speaker, c.features) : 0;
      const mark = speakerMatches(a.labels, label.speaker, c.speaker, c.aliases) ? '*' : ' ';
      console.log(`    ${mark} ${z.toFixed(2).padStart(6)} ${c.speaker ?? '(nobody)'}${showFeatures ? `  ${c.features.join(' ')}` : ''}`);
    }
  }
});
const all = [...counts.values()].reduce((a, r) => ({ right: a.right + r.right, ranked: a.ranked + r.ranked, missing: a.missing + r.missing }), { right: 0, ranked: 0, missing: 0 });
console.log(`all: speaker accuracy ${(all.right / (all.right + all.ranked + all.missing)).toFixed(4)} (${all.right}/${all.right + all.ranked + all.missing})`);
for (const [section, row] of counts) console.log(`${section.padEnd(15)} right ${row.right}  ranker chose another ${row.ranked}  not among candidates ${row.missing}`);
