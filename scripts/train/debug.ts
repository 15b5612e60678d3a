/**
 * Debug aid for the learned decisions: trains on the training part, then prints the candidates
 * of one training article with their probabilities.
 * `node bin/run.js scripts/train/debug.ts <article id part> [roles|persons|speakers|questions] [filter]`
 */
import { extractArticle } from '../../src/extract/extract.ts';
import { probability } from '../../src/extract/learned/linear.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';
import { trainingArticles } from './data.ts';
import { trainModels } from './train.ts';

const [idPart, what = 'roles', filter] = process.argv.slice(2);
const articles = trainingArticles();
const models = trainModels(articles);
for (const a of articles.filter((x) => x.id.includes(idPart ?? ''))) {
  const trace = newTrace();
  extractArticle(a.body, { title: a.title, models, trace });
  console.log(`== ${a.id}`);
  if (what === 'roles') {
    for (const c of trace.roles) {
      if (filter && !c.person.includes(filter)) continue;
      const label = a.labels.people.find((p) => p.name === c.person || p.aliases.includes(c.person))?.role;
      console.log(`${c.person} [want ${label}] ${probability(models.role!, c.features).toFixed(2)} "${c.text}" ${c.features.join(' ')}`);
    }
  } else if (what === 'persons') {
    for (const c of trace.persons) {
      if (filter && !c.name.includes(filter)) continue;
      console.log(`${probability(models.person!, c.features).toFixed(2)} ${c.name} ${c.features.join(' ')}`);
    }
  } else if (what === 'speakers' && models.speaker) {
    for (const c of trace.speakers) {
      if (filter && !c.quote.includes(filter)) continue;
      console.log(`#${c.index} ${probability(models.speaker, c.features).toFixed(2)} ${c.speaker} "${c.quote.slice(0, 40)}" ${c.features.join(' ')}`);
    }
  } else if (what === 'questions' && models.question) {
    for (const c of trace.questions) {
      const p = probability(models.question, c.features);
      if (p < 0.2) continue;
      console.log(`${p.toFixed(2)} ${c.text.slice(0, 120)} ${c.features.filter((f) => !f.startsWith('w=')).join(' ')}`);
    }
  }
}
