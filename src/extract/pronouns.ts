/**
 * Helpers for resolving "he" and "she" in quotation attributions: the subject of the sentence that
 * last mentioned a person, and an unnamed person introduced since that mention.
 */
import type { ActorTable } from './actors.ts';
import { sentenceAt, tokenAt, type Article } from './context.ts';
import { isPersonNoun } from './lexicon.ts';

const CONJUNCTIONS = new Set(['but', 'and', 'while', 'whereas', 'though', 'although']);

/**
 * The last unquoted mention of `actor` before `offset` and its sentence — only when that sentence
 * ends before the pronoun's own: within one sentence the nearest name is the better guess.
 */
function earlierMention(article: Article, table: ActorTable, actor: number, offset: number): { last: number; sentence: number } | undefined {
  for (let i = table.mentions.length - 1; i >= 0; i--) {
    const m = table.mentions[i]!;
    if (m.start < offset && m.actor === actor && !m.quoted) {
      const sentence = sentenceAt(article, m.start);
      return sentence === sentenceAt(article, offset) ? undefined : { last: i, sentence };
    }
  }
  return undefined;
}

/**
 * The organisation "it" most likely means: of the non-person actors in the sentence that last
 * mentions `actor`, the first not governed by a preposition ("The Coast Guard said it had
 * suspended sea travel in northern Luzon. '…,' it said" means the Coast Guard).
 */
export function thingSubject(article: Article, table: ActorTable, actor: number, offset: number): number {
  const mentions = table.mentions;
  const earlier = earlierMention(article, table, actor, offset);
  if (!earlier) return actor;
  const { last, sentence } = earlier;
  let first = actor;
  for (let i = last; i >= 0; i--) {
    const m = mentions[i]!;
    if (sentenceAt(article, m.start) !== sentence) break;
    if (m.quoted || table.actors[m.actor]!.kind === 'person') continue;
    let b = m.token - 1;
    while (b >= 0 && ['DET', 'ADJ'].includes(article.tokens[b]!.pos)) b--;
    if (b >= 0 && article.tokens[b]!.pos === 'ADP' && article.tokenSentence[b] === article.tokenSentence[m.token]) continue;
    first = m.actor;
  }
  return first;
}

/** Plural nouns ("officials") describe groups, not the one person a pronoun stands for. */
const PLURAL = /s$/;

/**
 * The person a subject pronoun most likely means: of the people mentioned in the sentence that
 * mentions `actor` (the last person before the pronoun), the first one, which is usually the
 * subject ("Morrow … will succeed Castellano when he retires. '…,' she said" means Morrow).
 */
export function sentenceSubject(
  article: Article, table: ActorTable, actor: number, offset: number,
  fits: (actor: number) => boolean = () => true, resolve?: (token: number) => number | undefined,
): number {
  const mentions = table.mentions;
  const earlier = earlierMention(article, table, actor, offset);
  if (!earlier) return actor;
  const { last, sentence } = earlier;
  let first = actor;
  let firstToken = mentions[last]!.token;
  for (let i = last - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (sentenceAt(article, m.start) !== sentence) break;
    if (m.quoted || table.actors[m.actor]!.kind !== 'person' || !fits(m.actor)) continue;
    // "Standing before the judge, Hale apologised": the object of a preposition is not the subject.
    let b = m.token - 1;
    while (b >= 0 && article.tokens[b]!.pos === 'DET') b--;
    if (b >= 0 && article.tokens[b]!.pos === 'ADP') continue;
    first = m.actor;
    firstToken = m.token;
  }
  // "In addition to her son, she is survived by a daughter, Ingrid …": the same pronoun as the
  // subject before the first name is the one the sentence is about.
  if (resolve) {
    const pronoun = article.tokens[tokenAt(article, offset)]!.lower;
    const from = tokenAt(article, article.sentences[sentence]!.start);
    for (let k = from; k < firstToken; k++) {
      const tok = article.tokens[k]!;
      if (tok.lower === pronoun && tok.pos === 'PRON' && article.tokenQuote[k]! < 0) return resolve(k) ?? first;
    }
  }
  return first;
}

/**
 * An unnamed person introduced after the last mention of `actor` and before the pronoun at
 * `token`: "The last word should go to a nurse I met in Norwich … '…,' she said."
 */
export function unnamedSince(article: Article, table: ActorTable, actor: number, token: number): string | undefined {
  const { tokens } = article;
  let floor = -1;
  for (let i = table.mentions.length - 1; i >= 0; i--) {
    const m = table.mentions[i]!;
    if (m.start < tokens[token]!.start && m.actor === actor && !m.quoted) {
      floor = tokenAt(article, m.end);
      break;
    }
  }
  if (floor < 0) return undefined;
  const pronounSentence = article.tokenSentence[token]!;
  const actorSentence = article.tokenSentence[Math.max(0, floor - 1)]!;
  for (let k = token - 1; k > floor + 1; k--) {
    const tok = tokens[k]!;
    if (article.tokenQuote[k]! >= 0 || article.tokenSentence[k]! < pronounSentence - 1) continue;
    // In the person's own sentence only after a conjunction: "Babiker has not spoken, but an army
    // officer …, who asked not to be named because he …".
    const sameSentence = article.tokenSentence[k]! <= actorSentence;
    if (sameSentence && !CONJUNCTIONS.has(tokens[k - 1]?.lower ?? '')) continue;
    if (article.tokenSentence[k]! < actorSentence) break;
    if (!['a', 'an', 'one'].includes(tok.lower) || tokens[k - 1]?.text === ',') continue;
    for (let n = k + 1; n <= k + 3 && n < token; n++) {
      const noun = tokens[n]!;
      if (noun.pos === 'NOUN' && isPersonNoun(noun.lower) && !PLURAL.test(noun.lower) && !/^['’]s$/.test(tokens[n + 1]?.text ?? '')) {
        if (tokens[n + 1]?.text === ',' && /^\p{Lu}/u.test(tokens[n + 2]?.text ?? '')) break;
        return article.body.slice(tok.start, noun.end);
      }
      if (noun.pos !== 'ADJ' && noun.pos !== 'NOUN') break;
    }
  }
  return undefined;
}
