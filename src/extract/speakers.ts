/**
 * What a word near a quotation refers to: the actor a token mentions, "he"/"she"/"it" resolved to
 * an actor, "her son" to the person with that relation, and unnamed speakers described by a
 * common noun ("a senior official", "one woman, who gave only her first name, Maria"). The base of
 * the quotation attributor in quotes.ts.
 */
import type { ActorTable } from './actors.ts';
import { tokenAt, type Article } from './context.ts';
import { lastActorBefore, lastPersonBefore } from './coref.ts';
import { genderOf, pronounFits, type Gender } from './given-names.ts';
import { PERSON_NOUNS, isPersonNoun, isTitleWord } from './lexicon.ts';
import { sentenceSubject, thingSubject, unnamedSince } from './pronouns.ts';

/** Who a quotation is attributed to: an actor, an unnamed description, or nobody. */
export type Attribution =
  | { type: 'actor'; actor: number }
  | { type: 'unnamed'; description: string }
  | { type: 'none' };

/** Pronouns that stand for a person, and for an organisation or group. */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
export const THING_PRONOUNS = new Set(['it', 'they']);

/** Token-to-actor look-ups shared by the steps of quotation attribution. */
export class SpeakerLookup {
  /** The actor each token mentions, or -1. */
  protected readonly tokenActor: Int32Array;

  constructor(protected readonly article: Article, protected readonly table: ActorTable) {
    this.tokenActor = new Int32Array(article.tokens.length).fill(-1);
    for (const m of table.mentions) {
      for (let k = tokenAt(article, m.start); k < article.tokens.length && article.tokens[k]!.end <= m.end; k++) {
        this.tokenActor[k] = m.actor;
      }
    }
  }

  protected mentionAt(token: number): number | undefined {
    const actor = this.tokenActor[token];
    return actor === undefined || actor < 0 ? undefined : actor;
  }

  protected pronoun(token: number): Attribution | undefined {
    const tok = this.article.tokens[token]!;
    if (PERSON_PRONOUNS.has(tok.lower)) {
      const actor = this.personFor(token);
      if (actor === undefined) return { type: 'none' };
      const unnamed = unnamedSince(this.article, this.table, actor, token);
      if (unnamed) return { type: 'unnamed', description: unnamed };
      return { type: 'actor', actor };
    }
    if (THING_PRONOUNS.has(tok.lower)) {
      const actor = lastActorBefore(this.table, tok.start, (a) => this.table.actors[a]!.kind !== 'person');
      return actor === undefined ? undefined : { type: 'actor', actor: thingSubject(this.article, this.table, actor, tok.start) };
    }
    return undefined;
  }

  /**
   * "her son said": the person whose role is that relation ("her son, Anders Lindqvist"), or the
   * relation as an unnamed description.
   */
  protected relation(token: number): Attribution | undefined {
    const { tokens, body } = this.article;
    const poss = tokens[token]!;
    const noun = tokens[token + 1];
    if (!['his', 'her', 'their'].includes(poss.lower) || !noun || noun.pos !== 'NOUN' || !PERSON_NOUNS.has(noun.lower)) return undefined;
    const actor = lastActorBefore(this.table, poss.start, (a) => {
      const role = this.table.actors[a]!.role;
      return this.table.actors[a]!.kind === 'person' && role !== null && role.toLowerCase().split(/[\s,]+/).includes(noun.lower);
    });
    return actor !== undefined ? { type: 'actor', actor } : { type: 'unnamed', description: body.slice(poss.start, noun.end) };
  }

  /**
   * "Michael Jackson's mother said": the person named in the article whose role is that relation
   * (another person than the possessor), or undefined.
   */
  protected relative(possessor: number, noun: string): Attribution | undefined {
    const found = this.table.actors.findIndex((a, i) => i !== possessor && a.kind === 'person' && a.role !== null
      && a.role.toLowerCase().split(/[\s,;]+/).includes(noun));
    return found >= 0 ? { type: 'actor', actor: found } : undefined;
  }

  /**
   * The person "he" or "she" at `token` stands for: the last person mentioned whose name, title or
   * role does not contradict the pronoun, moved to the subject of that person's sentence.
   */
  protected personFor(token: number, depth = 0): number | undefined {
    const tok = this.article.tokens[token]!;
    const fits = (a: number): boolean => this.table.actors[a]!.kind === 'person' && pronounFits(tok.lower, this.gender(a));
    const actor = lastActorBefore(this.table, tok.start, fits) ?? lastPersonBefore(this.table, tok.start);
    if (actor === undefined) return undefined;
    const resolve = depth < 2 ? (k: number): number | undefined => this.personFor(k, depth + 1) : undefined;
    return sentenceSubject(this.article, this.table, actor, tok.start, fits, resolve);
  }

  protected readonly genders = new Map<number, Gender>();

  protected gender(actor: number): Gender {
    let g = this.genders.get(actor);
    if (g === undefined) {
      g = genderOf(this.table.actors[actor]!);
      this.genders.set(actor, g);
    }
    return g;
  }

  /** True when the words from `from` are a person's description ("boss", "sporting director", "spokesman"). */
  protected qualifiesPerson(from: number, limit: number): boolean {
    const { tokens } = this.article;
    for (let k = from; k < Math.min(limit, from + 3); k++) {
      const tok = tokens[k]!;
      if (!/^\p{Ll}/u.test(tok.text) || (tok.pos !== 'NOUN' && tok.pos !== 'ADJ')) return false;
      if (tok.pos === 'NOUN' && (isPersonNoun(tok.lower) || isTitleWord(tok.lower))) return true;
    }
    return false;
  }

  /**
   * "…," said the 34-year-old: an age in place of a name stands for someone already named — the
   * person last mentioned, moved to the subject of that person's sentence, as for "he".
   */
  protected ageDescribed(from: number): Attribution | undefined {
    const { tokens } = this.article;
    if (tokens[from]?.lower !== 'the') return undefined;
    const age = /^\d+-year-old$/.test(tokens[from + 1]?.lower ?? '')
      || (tokens[from + 1]?.pos === 'NUM' && tokens[from + 2]?.lower === 'year' && tokens[from + 3]?.lower === 'old');
    if (!age) return undefined;
    const at = tokens[from]!.start;
    const actor = lastPersonBefore(this.table, at);
    return actor === undefined ? undefined : { type: 'actor', actor: sentenceSubject(this.article, this.table, actor, at) };
  }

  /** "…," said the mother of one sailor, who …: an unnamed speaker described after the verb. */
  protected describeAfter(from: number): string | undefined {
    const { tokens, tokenSentence } = this.article;
    let end = from;
    while (end < tokens.length && end - from < 12 && tokenSentence[end] === tokenSentence[from]
      && ![',', '.', ';', ':', '"', '“', '”', '?', '!'].includes(tokens[end]!.text) && this.article.tokenQuote[end]! < 0) end++;
    if (end === from || !['the', 'a', 'an', 'one'].includes(tokens[from]!.lower)) return undefined;
    return this.describe(from, end);
  }

  /** "said one woman, who gave only her first name, Maria": the person the sentence then names. */
  protected namedLater(from: number): Attribution | undefined {
    const { tokens, tokenSentence } = this.article;
    for (let k = from; k < tokens.length && tokenSentence[k] === tokenSentence[from] && k - from < 25; k++) {
      if (tokens[k]!.lower !== 'name') continue;
      for (let n = k + 1; n < k + 5 && tokenSentence[n] === tokenSentence[from]; n++) {
        const actor = this.mentionAt(n);
        if (actor !== undefined && this.table.actors[actor]!.kind === 'person') return { type: 'actor', actor };
      }
    }
    return undefined;
  }

  /** "a senior official", "Israel's ambassador to the UN": an unnamed speaker's description. */
  protected describe(from: number, to: number): string | undefined {
    const { tokens, body } = this.article;
    let start = from;
    while (start < to && (tokens[start]!.pos === 'PUNCT' || ['but', 'and', 'while', 'meanwhile'].includes(tokens[start]!.lower))) start++;
    if (start >= to) return undefined;
    let hasPersonNoun = false;
    for (let k = start; k < to; k++) {
      const tok = tokens[k]!;
      const nounLike = tok.pos === 'NOUN' || (tok.pos === 'PROPN' && this.article.clauseInitial[k] === 1 && this.mentionAt(k) === undefined);
      if (nounLike ? isPersonNoun(tok.lower) : isTitleWord(tok.lower)) hasPersonNoun = true;
    }
    if (!hasPersonNoun || to - start > 12) return undefined;
    let end = to - 1;
    for (let k = start + 1; k < to; k++) {
      if (tokens[k]!.text === ',' || ['who', 'which', 'that'].includes(tokens[k]!.lower)) {
        end = k - 1;
        break;
      }
    }
    return body.slice(tokens[start]!.start, tokens[end]!.end).replace(/\s+/g, ' ').trim();
  }
}
