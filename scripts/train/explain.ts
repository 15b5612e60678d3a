/**
 * Debug aid: extracts one text with the committed models and prints every learned decision's
 * candidates with their probabilities and features. `node bin/run.js scripts/train/explain.ts <file|->`
 */
import { readFileSync } from 'node:fs';
import { splitTitle } from '../../src/extract/article-text.ts';
import { extractArticle } from '../../src/extract/extract.ts';
import { probability } from '../../src/extract/learned/linear.ts';
import { committedModels } from '../../src/extract/learned/models.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';

const [file] = process.argv.slice(2);
const raw = readFileSync(file === '-' || !file ? 0 : file, 'utf8');
const { title, body } = splitTitle(raw);
const models = committedModels();
const trace = newTrace();
extractArticle(body, { title, trace });
const p = (m: typeof models.person, f: string[]): string => (m ? probability(m, f).toFixed(2) : ' -  ');
for (const c of trace.persons) console.log(`person   ${p(models.person, c.features)} ${c.name} :: ${c.features.join(' ')}`);
for (const c of trace.roles) console.log(`role     ${p(models.role, c.features)} ${c.person} = "${c.text}" :: ${c.features.join(' ')}`);
for (const c of trace.speakers) console.log(`speaker  ${p(models.speaker, c.features)} #${c.index} ${c.speaker} "${c.quote.slice(0, 30)}" :: ${c.features.join(' ')}`);
for (const c of trace.questions) console.log(`question ${p(models.question, c.features)} ${c.text.slice(0, 80)} :: ${c.features.filter((x) => !x.startsWith('u=')).join(' ')}`);
