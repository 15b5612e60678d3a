/**
 * The baseline a newcomer would reach for: compromise's `people()` and `quotations()`. It has
 * no roles, speakers or open questions.
 */
import nlp from 'compromise';
import type { Prediction } from './score.ts';

/** Runs the compromise baseline on one body. */
export function baselinePredict(body: string): Prediction {
  const doc = nlp(body);
  const names = new Map<string, string>();
  for (const raw of doc.people().out('array') as string[]) {
    const name = raw.replace(/[^\p{L}\p{N}.'’ -]+/gu, '').replace(/['’]s$/, '').trim();
    if (name && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  const quotes = (doc.quotations().out('array') as string[]).map((text) => ({ speaker: null, text: text.replace(/^["“‘']+|["”’']+$/g, '') }));
  return {
    people: [...names.values()].map((name) => ({ name, aliases: [], role: null })),
    quotes,
    questions: [],
    actorAliases: new Map(),
  };
}
