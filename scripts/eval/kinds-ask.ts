/**
 * `node bin/run.js scripts/eval/kinds-ask.ts [batch…]`: the tune part's answerable questions, each in
 * its labelled story, sorted by kind of miss — the answering sentence first but declined (and by
 * which test), ranked below another sentence, or sharing nothing with the question. Reads only the
 * seed and `corpus/ask/tune/`. Follow-ups are read alone (without their thread), and the decision
 * is the plain rule's (ask.ts also answers a question whose best sentence fits its kind from 0.4).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { prepareArticle } from '../../src/answer/article.ts';
import { ANSWER_THRESHOLD, FOCUS_MIN, MISSING_LIMIT } from '../../src/answer/ask.ts';
import { declineReason } from '../../src/answer/decline.ts';
import { matchQuestion, rankSentences } from '../../src/answer/passages.ts';
import { readQuestion } from '../../src/answer/question.ts';
import { loadSimilarWords } from '../../src/answer/related.ts';
import { loadBriefings } from '../../src/briefing/loader.ts';
import { extractArticle } from '../../src/extract/extract.ts';

await loadSimilarWords();
const briefings = [...(await loadBriefings('briefings', extractArticle)).briefings, ...(await loadBriefings('corpus/ask/tune/briefings', extractArticle)).briefings];
const source = readFileSync('corpus/ask/tune/questions.yaml', 'utf8');
const items = parse(source) as { ask: string; story: string; answers: number[]; after?: string }[];
const batchOf: number[] = [];
let batch = 0;
let afterItem = false;
for (const line of source.split('\n')) {
  if (line.startsWith('#') && afterItem) [batch, afterItem] = [batch + 1, false];
  else if (line.startsWith('- ')) [batchOf.length, afterItem] = [batchOf.push(batch), true];
}
const only = process.argv.slice(2).map(Number);
const kinds = new Map<string, string[]>();
items.forEach((item, i) => {
  if (only.length > 0 && !only.includes(batchOf[i]!)) return;
  const briefing = briefings.find((b) => b.slug === item.story)!;
  const article = prepareArticle(briefing);
  const question = readQuestion(item.ask);
  const match = matchQuestion(article, question, [], [], true);
  const ranked = rankSentences(article, question, match);
  const best = ranked[0]!;
  const good = (p: number) => item.answers.includes(p);
  const rank = ranked.findIndex((s) => good(s.prepared.sentence.paragraph));
  const declined = declineReason(question, match, best);
  const answers = best.score >= ANSWER_THRESHOLD && match.missing < MISSING_LIMIT && best.focus >= FOCUS_MIN && !declined;
  const first = rank >= 0 ? ranked[rank]! : undefined;
  const why = [best.score < ANSWER_THRESHOLD ? `score ${best.score.toFixed(2)}` : '', match.missing >= MISSING_LIMIT ? `missing ${match.missing.toFixed(2)}` : '', best.focus < FOCUS_MIN ? `focus ${best.focus.toFixed(2)}` : '', declined ?? ''].filter(Boolean).join(' ');
  const kind =
    item.answers.length === 0
      ? answers ? 'unanswerable answered' : 'unanswerable declined'
      : rank === 0
        ? answers ? 'right' : `first, declined`
        : first && first.coverage > 0
          ? answers ? 'ranked below, answered wrong' : 'ranked below, declined'
          : 'shares nothing';
  const line = `[${batchOf[i]}] ${item.ask} (${question.type}) ${why} · best ${best.score.toFixed(2)}=${best.coverage.toFixed(2)}×${best.fit.toFixed(2)} ¶${best.prepared.sentence.id}${first ? ` · want #${rank} ${first.score.toFixed(2)}=${first.coverage.toFixed(2)}×${first.fit.toFixed(2)} ¶${first.prepared.sentence.id}` : ''} · missing: ${match.needs.filter((n) => n.focus && n.term === undefined && n.actor === undefined).map((n) => n.token.word + (n.related ? '~' : '')).join(' ')}`;
  kinds.set(kind, [...(kinds.get(kind) ?? []), line]);
});
for (const [kind, lines] of [...kinds].sort()) console.log(`\n## ${kind} (${lines.length})\n${kind === 'right' || kind === 'unanswerable declined' ? '' : lines.join('\n')}`);
