/**
 * `node bin/run.js scripts/eval/debug-ask.ts <slug> "<question>" …`: how one tune-part (or seed)
 * article is read for a question — its actors and open questions, the question's words with their
 * weights and what they matched, and the best sentences with coverage, fit and score. Reads only
 * the seed and `corpus/ask/tune/`: the held-out part is never looked into.
 */
import { prepareArticle } from '../../src/answer/article.ts';
import { matchQuestion, rankSentences } from '../../src/answer/passages.ts';
import { readQuestion } from '../../src/answer/question.ts';
import { loadBriefings } from '../../src/briefing/loader.ts';
import { extractArticle } from '../../src/extract/extract.ts';

const [slug, ...questions] = process.argv.slice(2);
if (!slug || questions.length === 0) {
  console.error('usage: node bin/run.js scripts/eval/debug-ask.ts <slug> "<question>" …');
  process.exit(2);
}
const briefings = [...(await loadBriefings('briefings', extractArticle)).briefings, ...(await loadBriefings('corpus/ask/tune/briefings', extractArticle)).briefings];
const briefing = briefings.find((b) => b.slug === slug);
if (!briefing) {
  console.error(`no seed or tune briefing has the slug ${slug}`);
  process.exit(2);
}
const article = prepareArticle(briefing);
console.log('actors:', briefing.actors.map((a, i) => `${i}:${a.name} (${a.kind ?? '?'}; ${a.role ?? ''})`).join(' | '));
console.log('open questions:', briefing.questions.map((q) => `${q.text} [${q.cites.join(' ')}]`).join(' | '));
for (const text of questions) {
  const question = readQuestion(text);
  const match = matchQuestion(article, question);
  console.log(`\n## ${text} (${question.type})`);
  console.log(match.needs.map((n) => `${n.token.word}→${n.term ?? '–'}${n.actor !== undefined ? `@${n.actor}` : ''} ${n.weight.toFixed(2)}${n.focus ? ' focus' : ''}`).join(' | '), `· missing ${match.missing.toFixed(2)}`);
  for (const s of rankSentences(article, question, match).slice(0, 4)) {
    console.log(`${s.score.toFixed(2)} = ${s.coverage.toFixed(2)} × ${s.fit.toFixed(2)}${s.viaUnknown ? ' (unknown)' : ''} ¶${s.prepared.sentence.id} ${s.prepared.sentence.text.slice(0, 90)}`);
  }
}
