/**
 * The scanner behind names.ts: which tokens may be words of a proper-noun run, and how far a run
 * extends over connectors ("Committee for a Responsible Federal Budget"), particles ("van der
 * Merwe"), brackets, plural possessives ("Fishers' Association") and firm names ("Keefe, Bruyette
 * & Woods").
 */
import type { Article } from './context.ts';
import { isSyllablePair } from './family-names.ts';
import { lookupPlace } from './gazetteer.ts';
import { FUNCTION_WORDS, NAME_PARTICLES, NEVER_ACTORS, ORG_WORDS, isTitleWord } from './lexicon.ts';
import { startsUpper, startsUpperLower } from './letters.ts';

/** Lower-case words that may join two capitalised segments of one name. */
export const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'the', 'a', '&', 'de', 'du', 'des', 'del', 'da', 'di']);

/** True when at least 12 letters and over 80% of them are capitals. */
function isAllCaps(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) {
      letters++;
      // Four small letters for each capital so far and each character left: no longer possible.
      if (4 * (letters - upper) >= upper + text.length - 1 - i) return false;
    } else if (c > 127) {
      const ch = text[i]!;
      if (ch.toLowerCase() !== ch) {
        upper++;
        letters++;
      } else if (ch.toUpperCase() !== ch) letters++;
    }
  }
  return letters >= 12 && upper / letters > 0.8;
}

/** Per-article helper that knows which tokens may be part of a name. */
export class RunScanner {
  private readonly allCapsSentence: Uint8Array;

  private midSentence: Set<string> | undefined;

  /** Capitalised words that occur away from clause starts; computed on first use. */
  private capitalisedMidSentence(): Set<string> {
    if (this.midSentence) return this.midSentence;
    const seen = new Set<string>();
    const { tokens, clauseInitial } = this.article;
    for (let k = 0; k < tokens.length; k++) {
      const text = tokens[k]!.text;
      if (!clauseInitial[k] && startsUpperLower(text) && this.article.tokenQuote[k]! < 0) seen.add(text);
    }
    this.midSentence = seen;
    return seen;
  }

  constructor(private readonly article: Article) {
    this.capMemo = new Uint8Array(article.tokens.length);
    this.allCapsSentence = new Uint8Array(article.sentences.length);
  }

  /** True for a sentence written in capitals ("LAURIE OAKES IS …"); computed on first use. */
  private inAllCapsSentence(sentence: number): boolean {
    let known = this.allCapsSentence[sentence]!;
    if (known === 0) {
      known = isAllCaps(this.article.sentences[sentence]!.text) ? 1 : 2;
      this.allCapsSentence[sentence] = known;
    }
    return known === 1;
  }

  /** Memo of `isCap` per token: 0 unknown, 1 yes, 2 no. */
  private readonly capMemo: Uint8Array;

  /** True when token `i` can be a word of a proper-noun run. */
  isCap(i: number): boolean {
    const known = this.capMemo[i];
    if (known) return known === 1;
    const value = this.computeCap(i);
    if (i >= 0 && i < this.capMemo.length) this.capMemo[i] = value ? 1 : 2;
    return value;
  }

  private computeCap(i: number): boolean {
    const tok = this.article.tokens[i];
    if (!tok) return false;
    const text = tok.text;
    if (!startsUpper(text)) {
      return text.includes('-') && /^(?:al|el|bin|ibn|de|van|von|abu)-\p{Lu}/u.test(text);
    }
    // "I", and "I'm", "I've" when the tokeniser keeps the contraction in one word.
    if (text === 'I' || (text.charCodeAt(0) === 73 && /^I['’](?:m|ve|d|ll)$/.test(text))) return false;
    // Most words hold no hyphen: the pattern is tried only on those that do.
    if (text.includes('-') && /-\p{Ll}+$/u.test(text) && !/^\p{Lu}\p{Ll}/u.test(text.split('-').pop() ?? '')) {
      // "HIGH-powered", "Anti-corruption": a capitalised prefix on a common word. A short
      // syllable pair right after a capitalised name word is a given name ("Lee Seo-yeon").
      const lastPart = text.split('-').pop() ?? '';
      const syllables = isSyllablePair(text);
      const afterName = i > 0 && !this.article.clauseInitial[i] && this.isCap(i - 1) && this.adjacent(i - 1, i)
        && this.article.tokenSentence[i - 1] === this.article.tokenSentence[i];
      if (!NAME_PARTICLES.has(lastPart) && !(syllables && afterName)) return false;
    }
    if (this.inAllCapsSentence(this.article.tokenSentence[i]!)) return false;
    if (this.article.clauseInitial[i]) {
      if (FUNCTION_WORDS.has(tok.lower)) return false;
      // "Ford rejected the claim": a word tagged as a verb at a sentence start is still a name
      // when the article capitalises it mid-sentence too.
      if (!['PROPN', 'NOUN', 'ADJ', 'X'].includes(tok.pos) && !this.capitalisedMidSentence().has(text)) return false;
    }
    return true;
  }

  private sameClause(a: number, b: number): boolean {
    const { tokenSentence, tokenQuote } = this.article;
    return tokenSentence[a] === tokenSentence[b] && tokenQuote[a] === tokenQuote[b];
  }

  /** The last index of the capitalised segment starting at `k`. */
  private segmentEnd(k: number): number {
    let end = k;
    while (this.isCap(end + 1) && this.sameClause(end, end + 1) && this.adjacent(end, end + 1)) end++;
    return end;
  }

  private adjacent(a: number, b: number): boolean {
    const { tokens, body } = this.article;
    const gap = body.slice(tokens[a]!.end, tokens[b]!.start);
    return gap.length <= 2 && !/\n/.test(gap);
  }

  private lower(i: number): string {
    return this.article.tokens[i]?.lower ?? '';
  }

  private isOrgWord(i: number): boolean {
    return ORG_WORDS.has(this.lower(i));
  }

  /** Whether a connector ("of", "for the", "and") joins the run so far to the segment after it. */
  private canBridge(first: number, last: number, connectors: string[], segFirst: number, segLast: number): boolean {
    const head = connectors[0]!;
    const lastWord = this.lower(last);
    // "the Security Council on Thursday": a date is never part of a name.
    if (NEVER_ACTORS.has(this.lower(segFirst))) return false;
    if (['de', 'du', 'des', 'del', 'da', 'di'].includes(head)) return connectors.length === 1;
    // "Johnson & Johnson", "Caldwell & Finch": "&" joins the names of one firm.
    if (head === '&') return connectors.length === 1;
    if (head === 'of' || head === 'for' || head === 'on') {
      if (connectors.length > 1 && !['the', 'a'].includes(connectors[1]!)) return false;
      return ORG_WORDS.has(lastWord) || isTitleWord(lastWord);
    }
    if (head === 'and' || head === '&') {
      if (connectors.length > 2) return false;
      let insidePP = false;
      let hasOrg = false;
      for (let i = first; i <= last; i++) {
        if (['of', 'on', 'for'].includes(this.lower(i))) insidePP = true;
        if (this.isOrgWord(i)) hasOrg = true;
      }
      if (insidePP && hasOrg) return true;
      const singleLeft = first === last || ['of', 'on', 'for', 'the'].includes(this.lower(last - 1));
      const leftIsPlace = lookupPlace(this.article.tokens[last]!.text) !== undefined;
      let orgInSegment = false;
      for (let k = segFirst; k <= Math.min(segLast, segFirst + 2); k++) if (this.isOrgWord(k)) orgInSegment = true;
      return singleLeft && !leftIsPlace && orgInSegment;
    }
    return false;
  }

  /** The end of a capitalised segment at `from` that names an organisation (holds an organisation word), or -1. */
  private organisationAfter(last: number, from: number): number {
    if (!this.isCap(from) || !this.sameClause(last, from)) return -1;
    const segLast = this.segmentEnd(from);
    for (let k = from; k <= segLast; k++) if (this.isOrgWord(k)) return segLast;
    return -1;
  }

  /** Extends a run that starts at `i`; returns its last token index. */
  extend(i: number): number {
    const { tokens } = this.article;
    let last = this.segmentEnd(i);
    for (;;) {
      const j = last + 1;
      const tok = tokens[j];
      if (!tok) break;
      // "(UN envoy Kofi) Annan": a closing bracket inside a name. Not in a list such as
      // "Margaret Atwood (Canada) Saul Bellow (Canada)", where a place closes the bracket and a
      // full name follows it.
      if (tok.text === ')' && this.isCap(j + 1) && this.article.tokenSentence[j + 1] === this.article.tokenSentence[last]
        && !lookupPlace(tokens[last]!.text) && this.segmentEnd(j + 1) === j + 1) {
        last = this.segmentEnd(j + 1);
        continue;
      }
      // "the People's Bank of China", "Children's Hospital": a common noun's possessive opening
      // an organisation's name.
      const commonNounPossessive = /^['’]s$/.test(tok.text) && last === i && tokens[i]!.pos === 'NOUN';
      // "Fishers' Association": a plural possessive inside an organisation's name.
      const pluralPossessive = (tok.text === "'" || tok.text === '’') && tok.start === tokens[last]!.end && /s$/.test(tokens[last]!.text);
      const orgAfter = commonNounPossessive || pluralPossessive ? this.organisationAfter(last, j + 1) : -1;
      if (orgAfter >= 0) {
        last = orgAfter;
        continue;
      }
      // "van der Merwe", "de la Cruz", "bin Abdulaziz": up to two lower-case particles.
      let p = j;
      while (p < j + 2 && NAME_PARTICLES.has(tokens[p]?.lower ?? '') && tokens[p]!.text === tokens[p]!.lower) p++;
      if (p > j && this.isCap(p) && this.sameClause(last, p)) {
        last = this.segmentEnd(p);
        continue;
      }
      // "Keefe, Bruyette & Woods": a firm named by a list of names joined by "&".
      if (tok.text === ',' && this.isCap(j + 1) && tokens[j + 2]?.text === '&' && this.isCap(j + 3)
        && this.sameClause(last, j + 3) && !lookupPlace(tokens[j + 1]!.text)) {
        last = this.segmentEnd(j + 3);
        continue;
      }
      let k = j;
      const connectors: string[] = [];
      while (k < tokens.length && CONNECTORS.has(tokens[k]!.text) && connectors.length < 3) {
        connectors.push(tokens[k]!.text);
        k++;
      }
      if (connectors.length > 0 && this.isCap(k) && this.sameClause(last, k) && !this.article.clauseInitial[k]) {
        const segLast = this.segmentEnd(k);
        if (this.canBridge(i, last, connectors, k, segLast)) {
          last = segLast;
          continue;
        }
      }
      break;
    }
    return last;
  }
}
