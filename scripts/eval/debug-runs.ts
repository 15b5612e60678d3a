/** Debug aid: prints the name runs and occurrences of one article. `node bin/run.js scripts/eval/debug-runs.ts <file> [filter]` */
import { readFileSync } from 'node:fs';
import { splitTitle } from '../../src/extract/article-text.ts';
import { analyse } from '../../src/extract/context.ts';
import { findNameRuns } from '../../src/extract/names.ts';

const [file, filter] = process.argv.slice(2);
const { body } = splitTitle(readFileSync(file!, 'utf8'));
const article = analyse(body);
for (const run of findNameRuns(article)) {
  if (filter && !run.text.includes(filter)) continue;
  const toks = article.tokens.slice(run.first, run.last + 1).map((t) => `${t.text}/${t.pos}`).join(' ');
  console.log(`${run.kind.padEnd(7)} name=${JSON.stringify(run.name)} prefix=${JSON.stringify(run.titlePrefix ?? '')} :: ${toks}`);
}
