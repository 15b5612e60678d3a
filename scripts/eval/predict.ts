/** The extractor's prediction for one labelled article, in the scorer's shape. */
import { extractArticle } from '../../src/extract/extract.ts';
import type { Models } from '../../src/extract/learned/models.ts';
import type { Prediction } from './score.ts';

/** Runs the extractor on one body (headline passed separately, as the CLI does), with other models when given. */
export function extractorPredict(body: string, title: string, models?: Models): Prediction {
  const x = extractArticle(body, { title, models });
  return {
    people: x.actors.filter((a) => a.kind === 'person').map((a) => ({ name: a.name, aliases: a.aliases, role: a.role })),
    quotes: x.quotes.map((q) => ({ speaker: q.speaker, text: q.text })),
    questions: x.questions.map((q) => q.text),
    actorAliases: new Map(x.actors.map((a) => [a.name, a.aliases])),
  };
}
