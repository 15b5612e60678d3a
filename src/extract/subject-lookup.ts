/**
 * Who is the subject of a verb of saying, for the attributor in attributor.ts: the person, pronoun,
 * description, group or organisation heading the clause ("X said", "A spokesman for the mayor
 * said", "The armed forces defended …, saying"), a name inside an aside that is not the subject
 * ("X, who …, said"), and the speaker of a statement an earlier sentence reported.
 */
import { sentenceAt, tokenAt } from './context.ts';
import { GROUP_PLURALS } from './group-speakers.ts';
import { GROUP_NOUNS, isPersonNoun, isSpeechVerb } from './lexicon.ts';
import { QuoteLookup } from './quote-lookup.ts';
import { PERSON_PRONOUNS, type Attribution } from './speakers.ts';

/** How far (in tokens) attribution looks back within a sentence; keeps giant sentences linear. */
export const MAX_LOOKBACK = 60;

/** Words that open an aside after a name: "X, who …, said", "X, for the defence, said". */
const ASIDE_OPENERS = new Set(['who', 'for']);

/** Finding the subject of a verb of saying, which the attributor's rules build on. */
export class SubjectLookup extends QuoteLookup {
  /**
   * Who does the saying at verb `verb`: the nearest person or pronoun before it, else an unnamed
   * description, else a group ("the armed forces"), else the organisation or place that heads
   * the clause, else a name right after the verb ("said X, …").
   */
  protected subjectOf(verb: number, sentenceStart: number, openToken: number, depth = 0): Attribution | undefined {
    const { tokens } = this.article;
    const organisations: number[] = [];
    const subjectLimit = Math.max(0, verb - MAX_LOOKBACK);
    // "who appeared in three of Han's films, said": a possessor is the subject only when nobody else is.
    let possessor: number | undefined;
    for (let k = verb - 1; k >= subjectLimit && tokens[k]!.start >= sentenceStart; k--) {
      if (this.article.tokenQuote[k]! >= 0) continue;
      const actor = this.mentionAt(k);
      if (actor !== undefined && this.table.actors[actor]!.kind === 'person') {
        let m = k;
        while (m > 0 && this.mentionAt(m - 1) === actor) m--;
        if (/^['’]s?$/.test(tokens[k + 1]?.text ?? '') && k + 2 < verb) {
          // "Michael Jackson's mother has said": the relation speaks, not the possessor.
          const noun = tokens[k + 2]!;
          if (noun.pos === 'NOUN' && isPersonNoun(noun.lower)) {
            return this.relative(actor, noun.lower) ?? { type: 'unnamed', description: this.article.body.slice(tokens[m]!.start, noun.end) };
          }
          possessor ??= actor;
          k = m;
          continue;
        }
        // "A spokesman for the mayor said": the mayor is not the one speaking.
        const before = tokens[m - 1];
        const head = tokens[m - 2];
        if (before && ['for', 'of', 'to'].includes(before.lower) && head && head.pos === 'NOUN' && isPersonNoun(head.lower)) {
          const description = this.describe(Math.max(tokenAt(this.article, sentenceStart), m - 5), m - 1);
          if (description) return { type: 'unnamed', description: `${description} ${before.text} ${this.table.actors[actor]!.name}` };
        }
        return { type: 'actor', actor: this.relativeHead(m, verb, sentenceStart) ?? actor };
      }
      if (actor !== undefined) {
        let m = k;
        while (m > 0 && this.mentionAt(m - 1) === actor) m--;
        k = m;
        // Objects of prepositions ("plants in Michigan", "by the Netherlands") are not subjects.
        let b = m - 1;
        while (b >= 0 && ['DET', 'ADJ'].includes(tokens[b]!.pos)) b--;
        const governed = b >= 0 && (tokens[b]!.pos === 'ADP' || ['and', 'including', 'or'].includes(tokens[b]!.lower)) && tokens[b]!.start >= sentenceStart;
        organisations.push(governed ? -1 - actor : actor);
        continue;
      }
      if (PERSON_PRONOUNS.has(tokens[k]!.lower) && tokens[k]!.pos === 'PRON' && !['him', 'her'].includes(tokens[k]!.lower)) {
        return this.pronoun(k);
      }
    }
    if (possessor !== undefined) return { type: 'actor', actor: possessor };
    const sentenceFirst = Math.max(tokenAt(this.article, sentenceStart), subjectLimit);
    const group = this.group(verb, sentenceFirst);
    if (group === 'statement' && depth === 0) {
      const earlier = this.statementSpeaker(sentenceAt(this.article, tokens[verb]!.start));
      if (earlier) return earlier;
    } else if (group !== undefined && group !== 'statement') return group;
    let lastComma = -1;
    for (let k = verb - 1; k > sentenceFirst; k--) if (tokens[k]!.text === ',') {
      lastComma = k;
      break;
    }
    const description = this.describe(sentenceFirst, this.firstVerb(sentenceFirst, verb))
      ?? (lastComma > 0 ? this.describe(lastComma + 1, this.firstVerb(lastComma + 1, verb)) : undefined);
    if (description) return { type: 'unnamed', description };
    // "The armed forces defended …, saying …": a group heading the sentence.
    if (organisations.length === 0 && depth === 0) {
      for (let k = sentenceFirst + 1; k < Math.min(verb, sentenceFirst + 5); k++) {
        const next = tokens[k + 1];
        if (next && (next.pos === 'VERB' || next.pos === 'AUX') && (GROUP_NOUNS.has(tokens[k]!.lower) || GROUP_PLURALS.has(tokens[k]!.lower))) {
          const found = this.group(k + 1, sentenceFirst);
          if (found && found !== 'statement') return found;
          break;
        }
      }
    }
    const heading = organisations.filter((a) => a >= 0);
    if (heading.length > 0) return { type: 'actor', actor: heading[heading.length - 1]! };
    if (organisations.length > 0) {
      // "a procedure that opposition parties have called '…'": an unnamed plural subject, not the
      // organisation in a prepositional phrase earlier in the sentence.
      let s = verb - 1;
      while (s > sentenceFirst && ['have', 'has', 'had', 'also', 'repeatedly', 'openly'].includes(tokens[s]!.lower)) s--;
      const subject = tokens[s]!;
      if (subject.pos === 'NOUN' && /[^s]s$/.test(subject.lower) && this.mentionAt(s) === undefined && /^\p{Ll}/u.test(subject.text)) {
        let m = s;
        while (m - 1 > sentenceFirst && ['NOUN', 'ADJ'].includes(tokens[m - 1]!.pos) && /^\p{Ll}/u.test(tokens[m - 1]!.text)) m--;
        return { type: 'unnamed', description: this.article.body.slice(tokens[m]!.start, subject.end) };
      }
      return { type: 'actor', actor: -1 - organisations[0]! };
    }
    // Inverted: "said X, '…'" or "said X: '…'" before the quotation.
    for (let k = verb + 1; k < openToken; k++) {
      const actor = this.mentionAt(k);
      if (actor === undefined) continue;
      let end = k;
      while (end + 1 < openToken && this.mentionAt(end + 1) === actor) end++;
      // Not "said the Chancellor 'supports …'": there the name starts the reported clause.
      const between = tokens.slice(end + 1, openToken).map((t) => t.text).join(' ');
      return /[,:]/.test(between) ? { type: 'actor', actor } : undefined;
    }
    return undefined;
  }

  /**
   * "Blanchett, who won for playing Katharine Hepburn in The Aviator, said", "Rebecca Liang, for
   * Conor Fahy, said": a person named inside an aside set off by commas that closes just before
   * the verb is not the subject; the person the aside hangs on is. Undefined when the mention at
   * `first` is not in such an aside.
   */
  private relativeHead(first: number, verb: number, sentenceStart: number): number | undefined {
    const { tokens } = this.article;
    let close = -1;
    for (let k = verb - 1; k > first && k >= verb - 3; k--) if (tokens[k]!.text === ',') close = k;
    if (close < 0) return undefined;
    const inner = this.mentionAt(first);
    for (let k = first - 1; k > 1 && first - k <= 20 && tokens[k]!.start >= sentenceStart; k--) {
      if (this.article.tokenQuote[k]! >= 0 || tokens[k]!.text === '.') return undefined;
      // The aside opens with "who" or with "for" (counsel for someone): ", who …," / ", for …,".
      if (!ASIDE_OPENERS.has(tokens[k]!.lower) || tokens[k - 1]!.text !== ',') continue;
      const head = this.mentionAt(k - 2);
      const named = /^\p{Lu}/u.test(tokens[k - 2]!.text);
      return head !== undefined && head !== inner && named && this.table.actors[head]!.kind === 'person' ? head : undefined;
    }
    return undefined;
  }

  /** "The statement said …": the speaker of the statement an earlier sentence reported. */
  protected statementSpeaker(sentence: number): Attribution | undefined {
    const { sentences, tokens } = this.article;
    for (let s = sentence - 1; s >= Math.max(0, sentence - 3); s--) {
      const text = sentences[s]!.text;
      if (!/\bstatement\b/i.test(text)) continue;
      const from = tokenAt(this.article, sentences[s]!.start);
      for (let k = from; k < tokens.length && tokens[k]!.start < sentences[s]!.end; k++) {
        if (this.article.tokenQuote[k]! >= 0 || !isSpeechVerb(tokens[k]!.lower, tokens[k]!.pos)) continue;
        const found = this.subjectOf(k, sentences[s]!.start, k, 1);
        if (found && found.type === 'actor') return found;
        break;
      }
    }
    return undefined;
  }
}
