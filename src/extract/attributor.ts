/**
 * Who said each quotation, by hand rules (the learned choice in speaker-choice.ts weighs their
 * answer against the other candidates). Tries, in order: an attribution right after the closing mark
 * (", said X", ", X said", ", he added", or a bare name: "…,' Dutch Foreign Minister X."), a
 * verb of saying before the quotation in the same sentence ("X said: …", "X called it '…'",
 * "according to X"), and then the flow of the text: the quotation it continues (split or
 * multi-paragraph quotations), the speaker of the paragraph, the person last mentioned.
 * Short fragments in a sentence with no verb of saying are scare quotes: nobody speaks. What a
 * pronoun or description near a quotation refers to is looked up in speakers.ts, and who is the
 * subject of a verb of saying in subject-lookup.ts.
 */
import { sentenceAt, tokenAt } from './context.ts';
import { lastPersonBefore } from './coref.ts';
import { isSpeechVerb, isTitleWord } from './lexicon.ts';
import type { QuoteSpan } from './quote-marks.ts';
import { PERSON_PRONOUNS, type Attribution } from './speakers.ts';
import { MAX_LOOKBACK, SubjectLookup } from './subject-lookup.ts';

export type { Attribution } from './speakers.ts';

/** Which step of the hand rules attributed a quotation. */
export type AttributionStep =
  | 'after' | 'before' | 'continues' | 'same-sentence' | 'list' | 'scare' | 'previous-in-paragraph'
  | 'person-in-paragraph' | 'previous-paragraph' | 'recent-person' | 'nothing';

/** How many paragraphs back an unattributed quotation looks for the person it belongs to. */
const FALLBACK_PARAGRAPHS = 3;

/** Attributes the quotations of one article in order, each with the step that found its speaker. */
export class Attributor extends SubjectLookup {
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
