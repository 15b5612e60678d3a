/**
 * Debug aid for the person decision: five-fold cross-validation on the training part, and every
 * people miss and false person sorted by kind.
 * - Misses: found as an organisation or place (`AS-OTHER`); found as a person under another form
 *   (`FORM`: a word glued on or cut off); a candidate the model turned down (`REJECTED`); never a
 *   candidate at all (`UNSEEN`).
 * - False people: labelled as an organisation or place (`LABELLED-OTHER`); a second actor for a
 *   labelled person (`SPLIT`: a bare surname, a cut name); named by no label (`UNLABELLED`).
 * `node bin/run.js scripts/train/people-misses.ts [kind] [--only=<id part>] [--section=<section>]`
 */
import { fold } from '../../src/briefing/text.ts';
import { extractArticle } from '../../src/extract/extract.ts';
import { probability } from '../../src/extract/learned/linear.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';
import { labelledOther, labelledPerson, trainingArticles } from './data.ts';
import { folds, trainModels } from './train.ts';

const args = process.argv.slice(2);
const kind = args.find((a) => !a.startsWith('--'))?.toUpperCase();
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const section = args.find((a) => a.startsWith('--section='))?.slice('--section='.length);
const articles = trainingArticles();
const parts = folds(articles);
const counts = new Map<string, Map<string, number>>();
const words = (s: string): string[] => fold(s).split(' ').filter(Boolean);

function count(sec: string, k: string): void {
  const row = counts.get(sec) ?? new Map<string, number>();
  row.set(k, (row.get(k) ?? 0) + 1);
  counts.set(sec, row);
}

parts.forEach((held, i) => {
  const models = trainModels(parts.filter((_, j) => j !== i).flat());
  const model = models.person!;
  for (const a of held) {
    const trace = newTrace();
    const x = extractArticle(a.body, { title: a.title, models, trace });
    const show = (!only || a.id.includes(only)) && (!section || a.section === section);
    const say = (k: string, text: string, features?: string[]): void => {
      count(a.section, k);
      if (!show || (kind && kind !== k)) return;
      const p = features ? ` p=${probability(model, features).toFixed(2)}` : '';
      console.log(`${k.padEnd(14)} ${a.id} ${text}${p}${features ? `\n      ${features.join(' ')}` : ''}`);
    };
    const people = x.actors.filter((p) => p.kind === 'person');
    const namesOf = (p: { name: string; aliases: string[] }): string[] => [p.name, ...p.aliases].map(fold);
    const used = new Set<number>();
    a.labels.people.forEach((label) => {
      const names = new Set([label.name, ...label.aliases].map(fold));
      const j = people.findIndex((p, k) => !used.has(k) && namesOf(p).some((n) => names.has(n)));
      if (j >= 0) {
        used.add(j);
        return;
      }
      const forms = [label.name, ...label.aliases];
      const other = x.actors.find((p) => p.kind !== 'person' && namesOf(p).some((n) => names.has(n)));
      if (other) {
        const c = trace.persons.find((t) => t.forms.some((f) => names.has(fold(f))));
        say('AS-OTHER', `${label.name} → ${other.kind} "${other.name}"`, c?.features);
        return;
      }
      const near = people.find((p) => labelledPerson({ ...a.labels, people: [{ name: label.name, aliases: label.aliases, role: null }] }, [p.name, ...p.aliases]) === 0);
      if (near) {
        say('FORM', `${label.name} → "${near.name}" [${near.aliases.join(', ')}]`);
        return;
      }
      const c = trace.persons.find((t) => t.forms.some((f) => names.has(fold(f)) || forms.some((g) => words(g).every((w) => words(f).includes(w)))));
      if (c) say('REJECTED', `${label.name} (as "${c.name}")`, c.features);
      else {
        const partial = x.actors.find((p) => namesOf(p).some((n) => words(label.name).some((w) => n.split(' ').includes(w) && w.length > 2)));
        say('UNSEEN', `${label.name}${partial ? ` (near ${partial.kind} "${partial.name}")` : ''}`);
      }
    });
    people.forEach((p, k) => {
      if (used.has(k)) return;
      const c = trace.persons.find((t) => t.forms.some((f) => namesOf(p).includes(fold(f))));
      if (labelledOther(a.labels, [p.name, ...p.aliases])) say('LABELLED-OTHER', p.name, c?.features);
      else if (labelledPerson(a.labels, [p.name, ...p.aliases]) >= 0) say('SPLIT', `${p.name} [${p.aliases.join(', ')}]`, c?.features);
      else say('UNLABELLED', p.name, c?.features);
    });
  }
});
const kinds = ['AS-OTHER', 'FORM', 'REJECTED', 'UNSEEN', 'LABELLED-OTHER', 'SPLIT', 'UNLABELLED'];
console.log(`${'section'.padEnd(15)}${kinds.map((k) => k.padStart(15)).join('')}`);
for (const [sec, row] of [...counts].sort()) console.log(`${sec.padEnd(15)}${kinds.map((k) => String(row.get(k) ?? 0).padStart(15)).join('')}`);
