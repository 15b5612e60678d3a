/**
 * Look-ups about one quotation that the attributor in quotes.ts builds on: common-noun speakers
 * ("the ministry said"), "according to", titles of works in quotation marks, and whether the
 * quotation sits inside the reporter's own sentence.
 */
import { sentenceAt } from './context.ts';
import { groupSubject } from './group-speakers.ts';
import { PERSON_NOUNS } from './lexicon.ts';
import type { QuoteSpan } from './quote-marks.ts';
import { SpeakerLookup, type Attribution } from './speakers.ts';

/** The quotation-level helpers of attribution. */
export class QuoteLookup extends SpeakerLookup {
  /** `groupSubject` as an attribution. */
  protected group(verb: number, floor: number): Attribution | 'statement' | undefined {
    const found = groupSubject(this.article, this.table, verb, floor, (k) => this.mentionAt(k));
    return typeof found === 'number' ? { type: 'actor', actor: found } : found;
  }

  protected firstVerb(from: number, limit: number): number {
    const { tokens } = this.article;
    for (let k = from; k < limit; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return k;
    return limit;
  }

  /** "according to the committee": the named actor, or nobody for a document. */
  protected accordingTo(verb: number, limit: number): Attribution | undefined {
    const { tokens } = this.article;
    for (let k = verb + 2; k < Math.min(limit, verb + 10); k++) {
      const tok = tokens[k]!;
      const actor = this.mentionAt(k);
      if (actor !== undefined) return { type: 'actor', actor };
      if (tok.pos === 'DET' || tok.pos === 'ADJ' || PERSON_NOUNS.has(tok.lower)) continue;
      return { type: 'none' };
    }
    return undefined;
  }

  /** 'Her book, "Night Shift on the Ice," is …', 'a report titled "…"': a title, not speech. */
  titled(q: QuoteSpan): boolean {
    const before = this.article.body.slice(Math.max(0, q.open - 40), q.open);
    return /\b(?:(?:book|novel|memoir|film|movie|documentary|album|song|play|series|programme|program|podcast)\b[^.!?"“”]{0,30},|titled|entitled|called|dubbed|named)\s*$/i.test(before);
  }

  /** True when the quotation sits inside the reporter's own sentence (not at its start). */
  embedded(q: QuoteSpan): boolean {
    const sentence = this.article.sentences[sentenceAt(this.article, q.open)]!;
    const before = this.article.body.slice(Math.max(sentence.start, q.open - 300), q.open).replace(/[\s"“”‘’'(—–-]+/g, ' ').trim();
    return before.length > 0 && !before.endsWith(':');
  }

}
