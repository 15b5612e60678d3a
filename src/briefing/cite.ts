/**
 * Finds the sentences a curated item stands on, so curated answers carry citations too.
 */
import { fold, type Sentence, type SentenceId } from './text.ts';

const STOP = new Set(
  'a an the of and or to in on at for by with from as is are was were be been has have had it its this that these those their his her whether not no nor but if than then so such do does did about into over under between after before while what who which'.split(' '),
);

function contentWords(text: string): string[] {
  return fold(text)
    .split(' ')
    .filter((w) => w.length > 2 && !STOP.has(w));
}

/** Folded sentences, prepared once per briefing. */
export interface SentenceIndex {
  sentences: Sentence[];
  folded: string[];
  words: Array<Set<string>>;
}

export function indexSentences(sentences: Sentence[]): SentenceIndex {
  const folded = sentences.map((s) => ` ${fold(s.text)} `);
  return { sentences, folded, words: sentences.map((s) => new Set(contentWords(s.text))) };
}

/** Sentences that mention any of the names (whole words, accent- and case-insensitive). */
export function citeMentions(index: SentenceIndex, names: string[]): SentenceId[] {
  const needles = names.map((n) => ` ${fold(n)} `).filter((n) => n.trim().length > 0);
  const ids: SentenceId[] = [];
  index.folded.forEach((text, i) => {
    if (needles.some((needle) => text.includes(needle))) ids.push(index.sentences[i]!.id);
  });
  return ids;
}

/** Sentences that contain a quotation (any of its parts when it is split by "…"). */
export function citeQuote(index: SentenceIndex, quote: string): SentenceId[] {
  const parts = quote
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((p) => fold(p))
    .filter((p) => p.length > 0)
    .map((p) => p.split(' ').slice(0, 8).join(' '));
  const ids = new Set<SentenceId>();
  for (const part of parts) {
    index.folded.forEach((text, i) => {
      if (text.includes(part)) ids.add(index.sentences[i]!.id);
    });
  }
  return [...ids];
}

/**
 * The sentences that best support a paraphrase (a question, a claim, a summary sentence): the
 * highest share of the paraphrase's content words, when at least `minShare` of them appear.
 */
export function citeParaphrase(index: SentenceIndex, text: string, minShare = 0.34): SentenceId[] {
  const words = contentWords(text);
  if (words.length === 0) return [];
  let best = 0;
  let bestIds: SentenceId[] = [];
  index.words.forEach((set, i) => {
    let hits = 0;
    for (const w of words) if (set.has(w) || [...set].some((s) => s.length > 4 && (s.startsWith(w) || w.startsWith(s)))) hits++;
    const share = hits / words.length;
    if (share > best + 1e-9) {
      best = share;
      bestIds = [index.sentences[i]!.id];
    }
  });
  return best >= minShare ? bestIds : [];
}

/**
 * The few sentences that together carry a summary's content words: greedily the sentence adding
 * the most words not yet covered, while it adds at least `minNew`. In article order.
 */
export function citeCover(index: SentenceIndex, text: string, maxSentences = 4, minNew = 2): SentenceId[] {
  const remaining = new Set(contentWords(text));
  const chosen: number[] = [];
  while (chosen.length < maxSentences && remaining.size > 0) {
    let best = -1;
    let bestGain = 0;
    index.words.forEach((set, i) => {
      if (chosen.includes(i)) return;
      let gain = 0;
      for (const w of remaining) if (set.has(w)) gain++;
      if (gain > bestGain) {
        bestGain = gain;
        best = i;
      }
    });
    if (best < 0 || bestGain < minNew) break;
    chosen.push(best);
    for (const w of index.words[best]!) remaining.delete(w);
  }
  return chosen.sort((a, b) => a - b).map((i) => index.sentences[i]!.id);
}
