/**
 * Who said each quotation, by hand rules (the learned choice in speaker-choice.ts weighs their
 * answer against the other candidates). Tries, in order: an attribution right after the closing mark
 * (", said X", ", X said", ", he added", or a bare name: "…,' Dutch Foreign Minister X."), a
 * verb of saying before the quotation in the same sentence ("X said: …", "X called it '…'",
 * "according to X"), and then the flow of the text: the quotation it continues (split or
 * multi-paragraph quotations), the speaker of the paragraph, the person last mentioned.
 * Short fragments in a sentence with no verb of saying are scare quotes: nobody speaks. What a
 * pronoun or description near a quotation refers to is looked up in speakers.ts.
 */
import { sentenceAt, tokenAt } from './context.ts';
import { lastPersonBefore } from './coref.ts';
import { GROUP_PLURALS } from './group-speakers.ts';
import { GROUP_NOUNS, isPersonNoun, isSpeechVerb, isTitleWord } from './lexicon.ts';
import type { QuoteSpan } from './quote-marks.ts';
import { QuoteLookup } from './quote-lookup.ts';
import { PERSON_PRONOUNS, type Attribution } from './speakers.ts';

export type { Attribution } from './speakers.ts';

/** Which step of the hand rules attributed a quotation. */
export type AttributionStep =
  | 'after' | 'before' | 'continues' | 'same-sentence' | 'list' | 'scare' | 'previous-in-paragraph'
  | 'person-in-paragraph' | 'previous-paragraph' | 'recent-person' | 'nothing';

/** How far (in tokens) attribution looks back within a sentence; keeps giant sentences linear. */
const MAX_LOOKBACK = 60;

/** Words that open an aside after a name: "X, who …, said", "X, for the defence, said". */
const ASIDE_OPENERS = new Set(['who', 'for']);

/** How many paragraphs back an unattributed quotation looks for the person it belongs to. */
const FALLBACK_PARAGRAPHS = 3;

/** Attributes the quotations of one article in order, each with the step that found its speaker. */
export class Attributor extends QuoteLookup {
  readonly results: Attribution[] = [];

  /** ", said X" / ", X said" / ", he added" / "' Dutch Foreign Minister X." right after the quotation. */
  private after(q: QuoteSpan): Attribution | undefined {
    const { tokens, tokenSentence } = this.article;
    const first = tokenAt(this.article, q.close);
    const sentence = sentenceAt(this.article, Math.max(q.open, q.close - 1));
    let verb = -1;
    let person: Attribution | undefined;
    let other: Attribution | undefined;
    const limit = Math.min(first + 14, tokens.length);
    for (let k = first; k < limit; k++) {
      const tok = tokens[k]!;
      if ((tokenSentence[k] !== sentence && k > first) || this.article.tokenQuote[k]! >= 0) break;
      if (tok.text === ',' && k === first) continue;
      // "…," according to Marta Kowal, a fellow at …
      if (tok.lower === 'according' && tokens[k + 1]?.lower === 'to' && verb < 0 && !person && !other) {
        return this.accordingTo(k, Math.min(k + 12, tokens.length));
      }
      if (isSpeechVerb(tok.lower, tok.pos) && tok.lower !== 'according') {
        if (verb >= 0) break;
        // "…,' telling the radio …": the speaker is the sentence's subject, found by `before`.
        if (tok.lower.endsWith('ing') && !person && !other) return undefined;
        verb = k;
        if (person) break;
        continue;
      }
      const actor = this.mentionAt(k);
      if (actor !== undefined) {
        while (k + 1 < limit && this.mentionAt(k + 1) === actor) k++;
        // "…," Trump told reporters: what follows "told" is the listener.
        if (verb >= 0 && /^tol[dl]/.test(tokens[verb]!.lower)) break;
        // "said Villa boss David O'Leary", "Yukos spokesman Mike Lake told": a name that only
        // qualifies the description of someone else is not who speaks.
        if (this.qualifiesPerson(k + 1, limit)) continue;
        const found: Attribution = { type: 'actor', actor };
        if (this.table.actors[actor]!.kind === 'person') person ??= found;
        else other ??= found;
        const next = tokens[k + 1];
        // "…,' Dutch Foreign Minister X." — but not "…' Swank, too, was …": a new sentence's subject.
        if (verb < 0 && person && next && (next.text === '.' || (tokenSentence[k] === sentence && tokenSentence[k + 1] !== sentence))) return person;
        if (person && verb >= 0) break;
        continue;
      }
      const related = verb < 0 ? this.relation(k) : undefined;
      if (related) {
        person ??= related;
        k++;
        continue;
      }
      const pronoun = this.pronoun(k);
      if (pronoun) {
        if (pronoun.type === 'actor' && this.table.actors[pronoun.actor]!.kind === 'person') person ??= pronoun;
        else if (PERSON_PRONOUNS.has(tok.lower)) person ??= pronoun;
        else other ??= pronoun;
        if (verb >= 0) break;
        continue;
      }
      // "…," Fenprof's secretary general, Rui Castanheira, told …: an appositive before the name.
      const appositive = verb < 0 && (/^['’]s$/.test(tok.text) || tok.text === ','
        || (tok.lower === 'and' && isTitleWord(tokens[k - 1]?.lower ?? '')));
      // "…," Park Ji-hoon, the company's head of sales, told …: a preposition inside the appositive.
      const inAppositive = verb < 0 && person !== undefined && ['of', 'at', 'for'].includes(tok.lower);
      const allowed = appositive || inAppositive || isTitleWord(tok.lower) || tok.pos === 'DET' || tok.pos === 'ADJ' || tok.pos === 'PROPN' || tok.pos === 'NOUN';
      if (!allowed) break;
    }
    if (verb < 0) return undefined;
    if (person ?? other) return person ?? other;
    const group = this.group(verb, first);
    if (group === 'statement') return this.statementSpeaker(sentenceAt(this.article, tokens[verb]!.start));
    if (group) return group;
    const named = this.namedLater(verb + 1) ?? this.ageDescribed(verb + 1);
    if (named) return named;
    const description = this.describe(first, verb) ?? this.describeAfter(verb + 1);
    return description ? { type: 'unnamed', description } : undefined;
  }

  /** A verb of saying before the quotation in its sentence; the subject is who speaks. */
  private before(q: QuoteSpan, floor: number): Attribution | undefined {
    const { tokens, tokenSentence } = this.article;
    const openToken = tokenAt(this.article, q.open);
    const sentence = sentenceAt(this.article, q.open);
    const sentenceStart = this.article.sentences[sentence]!.start;
    let verb = -1;
    const scanLimit = Math.max(0, openToken - MAX_LOOKBACK);
    for (let k = openToken - 1; k >= scanLimit && tokenSentence[k] === sentence && tokens[k]!.start >= floor; k--) {
      if (this.article.tokenQuote[k]! >= 0) continue;
      const tok = tokens[k]!;
      const participle = tok.lower.endsWith('ing') && tokens[k - 1]?.text === ',' && isSpeechVerb(tok.lower, 'VERB');
      if (isSpeechVerb(tok.lower, tok.pos) || participle || (tok.lower === 'according' && tokens[k + 1]?.lower === 'to')) {
        verb = k;
        break;
      }
    }
    // "He also praised the producer: '…'": a colon hands the quotation to the sentence's subject,
    // whatever its verb.
    if (verb < 0 && /:\s*$/.test(this.article.body.slice(Math.max(sentenceStart, q.open - 4), q.open))) {
      const first = this.firstVerb(Math.max(tokenAt(this.article, sentenceStart), scanLimit), openToken);
      if (first < openToken && tokens[first]!.start >= floor) verb = first;
    }
    if (verb < 0) return undefined;
    if (tokens[verb]!.lower === 'according') return this.accordingTo(verb, openToken);
    return this.subjectOf(verb, sentenceStart, openToken);
  }

  /**
   * Who does the saying at verb `verb`: the nearest person or pronoun before it, else an unnamed
   * description, else a group ("the armed forces"), else the organisation or place that heads
   * the clause, else a name right after the verb ("said X, …").
   */
  private subjectOf(verb: number, sentenceStart: number, openToken: number, depth = 0): Attribution | undefined {
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
  private statementSpeaker(sentence: number): Attribution | undefined {
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

  /** The speaker set up by a list's lead-in ("President Obama also said:"). */
  private listLeadIn(q: QuoteSpan): Attribution | undefined {
    const paragraphs = this.article.paragraphs;
    if (!/^\s*[-*•]\s/.test(paragraphs[q.paragraph]!.text)) return undefined;
    for (let p = q.paragraph - 1; p >= 0; p--) {
      const para = paragraphs[p]!;
      if (/^\s*[-*•]\s/.test(para.text)) continue;
      if (!para.text.trim().endsWith(':')) return undefined;
      const end = para.end;
      const openToken = tokenAt(this.article, end);
      void openToken;
      return this.before({ ...q, open: end - 1, close: end, paragraph: p }, para.start);
    }
    return undefined;
  }

  /** How each quotation's attribution was found (the step of `attribute`), for the learned decision. */
  readonly steps: AttributionStep[] = [];

  /** Attributes quotation `index`, given the attributions of those before it; records the step. */
  attribute(index: number): Attribution {
    const [step, result] = this.attributeStep(index);
    this.steps[index] = step;
    return result;
  }

  private attributeStep(index: number): [AttributionStep, Attribution] {
    const quotes = this.article.quotes;
    const q = quotes[index]!;
    const prev = quotes[index - 1];
    const sentence = sentenceAt(this.article, q.open);
    const sameSentencePrev = prev && sentenceAt(this.article, prev.open) === sentence ? index - 1 : -1;
    const floor = sameSentencePrev >= 0 ? prev!.close : 0;
    const after = this.after(q);
    if (after) return ['after', after];
    const before = this.before(q, floor);
    if (before) return ['before', before];
    if (q.continues !== undefined) return ['continues', this.results[q.continues] ?? { type: 'none' }];
    if (sameSentencePrev >= 0) return ['same-sentence', this.results[sameSentencePrev]!];
    const lead = this.listLeadIn(q);
    if (lead) return ['list', lead];
    const words = this.article.body.slice(q.textStart, q.textEnd).split(/\s+/).length;
    if (this.embedded(q) && (words <= 3 || this.titled(q))) return ['scare', { type: 'none' }];
    if (prev && prev.paragraph === q.paragraph) {
      const r = this.results[index - 1]!;
      if (r.type !== 'none') return ['previous-in-paragraph', r];
    }
    const para = this.article.paragraphs[q.paragraph]!;
    const local = lastPersonBefore(this.table, q.open, para.start);
    if (local !== undefined) return ['person-in-paragraph', { type: 'actor', actor: local }];
    if (q.paragraph > 0) {
      for (let i = index - 1; i >= 0 && quotes[i]!.paragraph === q.paragraph - 1; i--) {
        const r = this.results[i]!;
        if (r.type !== 'none') return ['previous-paragraph', r];
      }
      // A quotation standing on its own continues the person the story was last about.
      const floorPara = this.article.paragraphs[Math.max(0, q.paragraph - FALLBACK_PARAGRAPHS)]!;
      const person = lastPersonBefore(this.table, q.open, floorPara.start);
      if (person !== undefined) return ['recent-person', { type: 'actor', actor: person }];
    }
    return ['nothing', { type: 'none' }];
  }
}
