/**
 * Proper-noun runs: "Ana María Guzmán", "U.S. Secretary of State John Kerry", "Committee for a
 * Responsible Federal Budget". Each run is split into a title prefix (a role as the text states
 * it) and a name, and given a first guess at its kind from title words, organisation and place
 * words and the gazetteer. Whether an unknown name is a person is decided later, from evidence
 * around its mentions (actors.ts).
 */
import type { Article } from './context.ts';
import { lookupPlace } from './gazetteer.ts';
import {
  FUNCTION_WORDS, HONORIFICS, NAME_PARTICLES, NEVER_ACTORS, ORG_FOLLOWERS, ORG_WORDS, PLACE_WORDS,
  PORTFOLIO_WORDS, STORM_WORDS, TITLE_ABBREVIATIONS, TITLE_WORDS, isTitleWord,
} from './lexicon.ts';

/** The first guess at what a run names. */
export type RunKind = 'person' | 'org' | 'place' | 'group' | 'unknown';

/** One proper-noun run in the body. Token indices are inclusive. */
export interface NameRun {
  first: number;
  last: number;
  /** The name part (after any title prefix); -1 when the whole run is an organisation or place. */
  nameFirst: number;
  nameLast: number;
  /** The run's text without brackets, normalised spaces: "U.S. Secretary of State John Kerry". */
  text: string;
  /** The name part's text: "John Kerry". */
  name: string;
  /** Title prefix inside the run, honorifics removed: "U.S. Secretary of State". */
  titlePrefix?: string;
  /** Token index of the last word of the title prefix (honorifics excluded), -1 when none. */
  prefixLast: number;
  /** True when the prefix holds an honorific ("Mr", "Dr"). */
  honorific: boolean;
  kind: RunKind;
  /** True when the run is inside a quotation. */
  quoted: boolean;
  /**
   * True when the name starts with a word the gazetteer knows as a place ("Jordan Whitfield",
   * "Douglas Van Horn"): a person only on strong evidence (a role, "who", an honorific).
   */
  placeLead?: boolean;
}

/** Function words that never start or end a personal name, even capitalised. */
const NAME_BLOCKERS = new Set(['the', 'a', 'an', 'and', 'of', 'for', 'on', 'in', 'at', 'to', 'by', 'or', 'but', 'as', 'from', 'with']);

const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'the', 'a', '&', 'de', 'du', 'des', 'del', 'da', 'di']);
const INITIAL = /^\p{Lu}\.$/u;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}s?$/u;

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
class RunScanner {
  private readonly allCapsSentence: Uint8Array;

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
    if (!/^\p{Lu}/u.test(text)) {
      return /^(?:al|el|bin|ibn|de|van|von|abu)-\p{Lu}/u.test(text);
    }
    if (text === 'I') return false;
    if (/-\p{Ll}+$/u.test(text) && !/^\p{Lu}\p{Ll}/u.test(text.split('-').pop() ?? '')) {
      // "HIGH-powered", "Anti-corruption": a capitalised prefix on a common word. A short
      // syllable pair right after a capitalised name word is a given name ("Lee Seo-yeon").
      const lastPart = text.split('-').pop() ?? '';
      const syllables = /^\p{Lu}\p{Ll}{1,3}-\p{Ll}{2,4}$/u.test(text);
      const afterName = i > 0 && !this.article.clauseInitial[i] && this.isCap(i - 1) && this.adjacent(i - 1, i)
        && this.article.tokenSentence[i - 1] === this.article.tokenSentence[i];
      if (!NAME_PARTICLES.has(lastPart) && !(syllables && afterName)) return false;
    }
    if (this.inAllCapsSentence(this.article.tokenSentence[i]!)) return false;
    if (this.article.clauseInitial[i]) {
      if (FUNCTION_WORDS.has(tok.lower)) return false;
      if (!['PROPN', 'NOUN', 'ADJ', 'X'].includes(tok.pos)) return false;
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

  /** Extends a run that starts at `i`; returns its last token index. */
  extend(i: number): number {
    const { tokens } = this.article;
    let last = this.segmentEnd(i);
    for (;;) {
      const j = last + 1;
      const tok = tokens[j];
      if (!tok) break;
      // "(UN envoy Kofi) Annan": a closing bracket inside a name.
      if (tok.text === ')' && this.isCap(j + 1) && this.article.tokenSentence[j + 1] === this.article.tokenSentence[last]) {
        last = this.segmentEnd(j + 1);
        continue;
      }
      // "van der Merwe", "de la Cruz", "bin Abdulaziz": up to two lower-case particles.
      let p = j;
      while (p < j + 2 && NAME_PARTICLES.has(tokens[p]?.lower ?? '') && tokens[p]!.text === tokens[p]!.lower) p++;
      if (p > j && this.isCap(p) && this.sameClause(last, p)) {
        last = this.segmentEnd(p);
        continue;
      }
      // "Fishers' Association": a plural possessive inside an organisation's name.
      if ((tok.text === "'" || tok.text === '’') && tok.start === tokens[last]!.end && /s$/.test(tokens[last]!.text)
        && this.isCap(j + 1) && this.sameClause(last, j + 1)) {
        const segLast = this.segmentEnd(j + 1);
        let org = false;
        for (let k = j + 1; k <= segLast; k++) if (this.isOrgWord(k)) org = true;
        if (org) {
          last = segLast;
          continue;
        }
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

function joinTokens(article: Article, indices: number[]): string {
  let out = '';
  let prevEnd = -1;
  for (const i of indices) {
    const tok = article.tokens[i]!;
    if (prevEnd >= 0) out += article.body.slice(prevEnd, tok.start).length > 0 ? ' ' : '';
    out += tok.text;
    prevEnd = tok.end;
  }
  return out.replace(/\s+/g, ' ');
}

function isNameLike(article: Article, i: number): boolean {
  const tok = article.tokens[i]!;
  const lower = tok.lower;
  if (INITIAL.test(tok.text)) return true;
  // "Hugh Partington III", "Marcus Bell Jr.": generational suffixes close a name.
  if (/^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/.test(tok.text) && i > 0) return true;
  if (NAME_PARTICLES.has(lower)) return true;
  // "Sen" closing a name is a surname; "Sen." or "Sen" before a name is a title.
  const next = article.tokens[i + 1];
  const bareAbbreviation = TITLE_ABBREVIATIONS.has(lower) && !TITLE_WORDS.has(lower) && !tok.text.endsWith('.')
    && !(next && /^\p{Lu}/u.test(next.text) && next.start - tok.end <= 1);
  if (bareAbbreviation) return true;
  if (isTitleWord(lower) || HONORIFICS.has(lower) || ORG_WORDS.has(lower) || PLACE_WORDS.has(lower)) return false;
  if (PORTFOLIO_WORDS.has(lower) && article.tokens[i + 1] !== undefined && /^\p{Lu}/u.test(article.tokens[i + 1]!.text)) return false;
  if (NEVER_ACTORS.has(lower)) return false;
  // A capitalised function word inside a sentence can be a name ("spokesman He Yadong").
  if (FUNCTION_WORDS.has(lower) && (article.clauseInitial[i] || NAME_BLOCKERS.has(lower))) return false;
  if (ACRONYM.test(tok.text) && tok.text.length > 1) return false;
  if (lookupPlace(tok.text)) return false;
  return /^\p{Lu}/u.test(tok.text) || /^(?:al|el|bin|ibn|de|van|von|abu)-/u.test(tok.text);
}

function guessKind(article: Article, indices: number[], text: string): RunKind {
  // "Typhoon Kalmaegi": a storm, kept out of the people (and dropped as an actor).
  if (indices.length > 1 && STORM_WORDS.has(article.tokens[indices[0]!]!.lower)) return 'org';
  const place = lookupPlace(text);
  if (place) return place.type === 'demonym' ? 'group' : 'place';
  const lowers = indices.map((i) => article.tokens[i]!.lower);
  if (lowers.some((w) => ORG_WORDS.has(w) || w === '&')) return 'org';
  if (lowers.some((w) => PLACE_WORDS.has(w))) return 'place';
  if (indices.length === 1) {
    const tok = article.tokens[indices[0]!]!;
    if (ACRONYM.test(tok.text)) return 'org';
    const singular = tok.lower.replace(/s$/, '');
    if (tok.lower.endsWith('s') && (TITLE_WORDS.has(singular) || lookupPlace(singular)?.type === 'demonym')) return 'group';
  }
  return 'unknown';
}

/** Finds every proper-noun run in the article. */
export function findNameRuns(article: Article): NameRun[] {
  const scanner = new RunScanner(article);
  const runs: NameRun[] = [];
  const { tokens } = article;
  for (let i = 0; i < tokens.length; i++) {
    if (!scanner.isCap(i)) continue;
    let last = scanner.extend(i);
    const indices: number[] = [];
    for (let k = i; k <= last; k++) if (tokens[k]!.text !== ')') indices.push(k);
    // Leading function words that were capitalised ("AS Opposition Leader …", "The Hague" stays).
    const leadingNoise = (k: number): boolean => {
      const lower = tokens[k]!.lower;
      return FUNCTION_WORDS.has(lower) && lower !== 'the' && (article.clauseInitial[k] === 1 || NAME_BLOCKERS.has(lower));
    };
    while (indices.length > 1 && leadingNoise(indices[0]!)) indices.shift();
    if (indices.length > 1 && tokens[indices[0]!]!.lower === 'the') indices.shift();
    let orgFollower = false;
    const next = tokens[last + 1];
    if (next && ORG_FOLLOWERS.has(next.lower) && next.text === next.lower) {
      orgFollower = true;
    }
    const text = joinTokens(article, indices);
    const quoted = article.tokenQuote[i]! >= 0;
    if (orgFollower) {
      last += 1;
      runs.push({
        first: i, last, nameFirst: -1, nameLast: -1, text: `${text} ${tokens[last]!.text}`,
        name: `${text} ${tokens[last]!.text}`, prefixLast: -1, honorific: false, kind: 'org', quoted,
      });
      i = last;
      continue;
    }
    // The name part: the longest tail of name-like words.
    let cut = indices.length;
    while (cut > 0 && isNameLike(article, indices[cut - 1]!)) cut--;
    // "Trade Minister Park Ji-hoon": a place word right after a title, before a name, is a name.
    if (cut > 1 && cut < indices.length && PLACE_WORDS.has(tokens[indices[cut - 1]!]!.lower)
      && isTitleWord(tokens[indices[cut - 2]!]!.lower)) cut--;
    // A tail right after a connector ("… of Intelligence and Security") is part of an organisation.
    const beforeTail = tokens[indices[cut]! - 1];
    if (cut > 0 && cut < indices.length && beforeTail && CONNECTORS.has(beforeTail.lower)) cut = indices.length;
    // "Jordan Whitfield", "Douglas Van Horn": a place name as a given name, kept but flagged.
    let placeLead = false;
    if (cut === 1 && indices.length >= 2 && indices.length <= 6) {
      const lead = tokens[indices[0]!]!;
      const place = lookupPlace(lead.text);
      if (place && place.type !== 'demonym' && place.type !== 'region' && /^\p{Lu}\p{Ll}+$/u.test(lead.text)
        && !lookupPlace(joinTokens(article, indices.slice(1)))) {
        cut = 0;
        placeLead = true;
      }
    }
    const nameIdx = indices.slice(cut);
    const prefixIdx = indices.slice(0, cut);
    const wholeKind = guessKind(article, indices, text);
    const prefixHasTitle = prefixIdx.some((k) => isTitleWord(tokens[k]!.lower));
    const honorific = prefixIdx.some((k) => HONORIFICS.has(tokens[k]!.lower));
    if (nameIdx.length > 0 && (prefixHasTitle || honorific) && !lookupPlace(joinTokens(article, nameIdx))) {
      const titleIdx = prefixIdx.filter((k) => !HONORIFICS.has(tokens[k]!.lower));
      runs.push({
        first: i, last, nameFirst: nameIdx[0]!, nameLast: nameIdx[nameIdx.length - 1]!, text,
        name: joinTokens(article, nameIdx),
        titlePrefix: prefixHasTitle ? joinTokens(article, titleIdx) : undefined,
        prefixLast: prefixHasTitle ? titleIdx[titleIdx.length - 1]! : -1,
        honorific, kind: 'person', quoted,
      });
    } else if (nameIdx.length === indices.length && wholeKind === 'unknown') {
      runs.push({
        first: i, last, nameFirst: indices[0]!, nameLast: indices[indices.length - 1]!, text, name: text,
        prefixLast: -1, honorific: false, kind: 'unknown', quoted, placeLead,
      });
    } else {
      runs.push({ first: i, last, nameFirst: -1, nameLast: -1, text, name: text, prefixLast: -1, honorific: false, kind: wholeKind === 'unknown' ? 'org' : wholeKind, quoted });
    }
    i = last;
  }
  return runs;
}
