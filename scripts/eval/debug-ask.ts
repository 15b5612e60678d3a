import { loadBriefings } from '../../src/briefing/loader.ts';
import { prepareArticle } from '../../src/answer/article.ts';
import { readQuestion } from '../../src/answer/question.ts';
import { matchQuestion, rankSentences } from '../../src/answer/passages.ts';
import { extractArticle } from '../../src/extract/extract.ts';
const [slug, ...qs] = process.argv.slice(2);
const dir = slug!.includes('prisoner') ? 'briefings' : 'corpus/ask/tune/briefings';
const { briefings } = await loadBriefings(dir, extractArticle);
const b = briefings.find((x) => x.slug === slug)!;
const a = prepareArticle(b);
console.log(b.actors.map((x, i) => `${i}:${x.name}(${x.kind}; ${x.role ?? ''})`).join(' | '));
console.log('Q:', b.questions.map((q) => `${q.text} [${q.cites}]`).join(' | '));
for (const q of qs) {
  const rq = readQuestion(q);
  console.log('\n##', q, rq.type);
  const m = matchQuestion(a, rq);
  console.log(m.needs.map((n) => `${n.token.word}->${n.term ?? '-'}${n.actor !== undefined ? '@' + n.actor : ''} w=${n.weight.toFixed(2)}`).join(' | '), 'missing', m.missing.toFixed(2), 'total', m.total.toFixed(2));
  for (const s of rankSentences(a, rq, m).slice(0, 4)) console.log(s.score.toFixed(2), s.coverage.toFixed(2), s.fit.toFixed(2), s.prepared.sentence.id, s.prepared.sentence.text.slice(0, 100));
}
