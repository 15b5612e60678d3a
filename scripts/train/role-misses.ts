/**
 * Debug aid for the role decision: five-fold cross-validation on the training part, and every
 * role miss of a found person sorted by kind — the labelled description was never a candidate
 * (candidate generation), or was one and the ranker chose another (ranked) or no role at all
 * (declined) — features.
 * `node bin/run.js scripts/train/role-misses.ts [missing|ranked|declined] [--only=<id part>]`
 */
import { fold } from '../../src/briefing/text.ts';
import { extractArticle } from '../../src/extract/extract.ts';
import { preference } from '../../src/extract/learned/linear.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';
import { noRoleFeatures } from '../../src/extract/role-features.ts';
import { rolesAgree } from '../eval/score.ts';
import { labelledPerson, trainingArticles } from './data.ts';
import { folds, trainModels } from './train.ts';

const args = process.argv.slice(2);
const kind = args.find((a) => !a.startsWith('--'));
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const articles = trainingArticles();
const parts = folds(articles);
const unasked: string[] = [];
let nulls = 0;
const counts = new Map<string, { missing: number; ranked: number; declined: number; right: number }>();
parts.forEach((held, i) => {
  const models = trainModels(parts.filter((_, j) => j !== i).flat());
  for (const a of held) {
    const trace = newTrace();
    const x = extractArticle(a.body, { title: a.title, models, trace });
    const people = x.actors.filter((p) => p.kind === 'person');
    a.labels.people.forEach((label, index) => {
      const found = people.find((p) => labelledPerson(a.labels, [p.name, ...p.aliases]) === index);
      if (!found) return;
      if (label.role === null) {
        // Not scored: a role given to someone the text describes not at all.
        if (found.role !== null) unasked.push(`${a.id} ${found.name}: "${found.role}"`);
        nulls++;
        return;
      }
      const row = counts.get(a.section) ?? { missing: 0, ranked: 0, declined: 0, right: 0 };
      counts.set(a.section, row);
      if (rolesAgree(found.role, label.role!)) {
        row.right++;
        return;
      }
      const options = trace.roles.filter((c) => c.person === found.name);
      const good = options.some((c) => rolesAgree(c.text, label.role!));
      const miss = !good ? 'missing' : found.role === null ? 'declined' : 'ranked';
      row[miss]++;
      if ((kind && kind !== miss) || (only && !a.id.includes(only))) return;
      const said = fold(a.body).includes(fold(label.role!.split(/[;(]/)[0]!)) ? ' [label in text]' : '';
      console.log(`${miss.toUpperCase().padEnd(8)}${said} ${a.id} ${found.name}: got "${found.role}", want "${label.role}"`);
      const none = noRoleFeatures(options.length);
      for (const c of options) {
        const p = models.role ? preference(models.role, c.features, none) : 0;
        console.log(`    ${rolesAgree(c.text, label.role!) ? '*' : ' '} ${p.toFixed(2)} "${c.text}" ${c.features.filter((f) => f.startsWith('src=') && !f.includes('&')).join(' ')}`);
      }
    });
  }
});
if (kind === 'unasked') console.log(unasked.join('\n'));
console.log(`people labelled with no role given one anyway: ${unasked.length} of ${nulls}`);
const all = [...counts.values()].reduce((a, r) => ({ right: a.right + r.right, ranked: a.ranked + r.ranked, declined: a.declined + r.declined, missing: a.missing + r.missing }),
  { right: 0, ranked: 0, declined: 0, missing: 0 });
const total = all.right + all.ranked + all.declined + all.missing;
console.log(`all: role accuracy ${(all.right / total).toFixed(4)} (${all.right}/${total})`);
for (const [section, row] of [...counts, ['all', all] as const]) {
  console.log(`${section.padEnd(15)} right ${row.right}  (a) not among candidates ${row.missing}  (b) ranker chose another ${row.ranked}  (c) ranker chose no role ${row.declined}`);
}
