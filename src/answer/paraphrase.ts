/**
 * Chat words for newsroom words: "called off" for "cancelled", "jab" for "vaccine", "locked up" for
 * "jailed". A reader asks in chat what the article says in its own register; the table
 * (`paraphrases.json`, general English, written from knowledge of both registers and never from
 * the questions the answerer is measured on) says which article words mean the same thing. A
 * match through it is weaker than the word itself, as a WordNet relative is.
 */
import table from './paraphrases.json' with { type: 'json' };
import { contentTokens, LIGHT, stemWord, words } from './words.ts';

/** The longest chat phrase the table holds, in words. */
const LONGEST = 3;

/** The particles of phrasal verbs, which may stand after the verb's object. */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'in', 'on', 'back', 'away', 'over', 'go']);
/** How many words a phrasal verb's object may take between verb and particle. */
const MAX_OBJECT = 2;

let entries: Map<string, string[]> | undefined;
/** The last question read, and its chat phrases. */
let last: { text: string; found: ReadonlyMap<string, readonly string[]> } | undefined;

/** Chat phrase (its words' stems, space-separated) → the terms of the newsroom words that mean it. */
function entryTable(): Map<string, string[]> {
  if (entries) return entries;
  entries = new Map();
  for (const [chat, newsroom] of Object.entries(table.entries as Record<string, string[]>)) {
    const key = words(chat).map(stemWord).join(' ');
    // A vague word of a newsroom phrase ("taken" in "taken into custody") says nothing of its meaning alone.
    const terms = new Set([...(entries.get(key) ?? []), ...newsroom.flatMap((n) => contentTokens(n).filter((t) => !LIGHT.has(t.term) && !LIGHT.has(stemWord(t.word))).map((t) => t.term))]);
    entries.set(key, [...terms]);
  }
  return entries;
}

/**
 * For each word of a question that is part of a chat phrase the table knows, by the term the
 * word counts as, the terms of the newsroom words that phrase stands for. Longer phrases first:
 * "called off" is read as one, before "called".
 */
export function paraphrasesIn(text: string): ReadonlyMap<string, readonly string[]> {
  // Choosing a story matches the question against every candidate's article: read it once.
  if (last?.text === text) return last.found;
  const table = entryTable();
  const folded = words(text);
  const stems = folded.map(stemWord);
  const out = new Map<string, string[]>();
  for (let i = 0; i < folded.length; ) {
    let taken = 0;
    for (let n = Math.min(LONGEST, folded.length - i); n >= 1 && taken === 0; n--) {
      const terms = table.get(stems.slice(i, i + n).join(' '));
      if (!terms) continue;
      for (const token of contentTokens(folded.slice(i, i + n).join(' '))) out.set(token.term, [...new Set([...(out.get(token.term) ?? []), ...terms])]);
      taken = n;
    }
    // A phrasal verb with its object between ("letting staff go", "shutting it down") is the phrase.
    if (taken === 0) {
      for (let gap = 1; gap <= MAX_OBJECT && i + gap + 1 < folded.length && taken === 0; gap++) {
        const particle = folded[i + gap + 1]!;
        const terms = PARTICLES.has(particle) ? table.get(`${stems[i]} ${stemWord(particle)}`) : undefined;
        if (!terms) continue;
        for (const token of contentTokens(folded[i]!)) out.set(token.term, [...new Set([...(out.get(token.term) ?? []), ...terms])]);
        taken = 1;
      }
    }
    i += Math.max(taken, 1);
  }
  last = { text, found: out };
  return out;
}
