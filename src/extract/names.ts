/**
 * Proper-noun runs: "Ana María Guzmán", "U.S. Secretary of State John Kerry", "Committee for a
 * Responsible Federal Budget". Each run is split into a title prefix (a role as the text states
 * it) and a name, and given a first guess at its kind from title words, organisation and place
 * words and the gazetteer. Whether an unknown name is a person is decided later, from evidence
 * around its mentions (actors.ts, evidence.ts). Token-level scanning is in run-scanner.ts.
 */
import type { Article } from './context.ts';
import { lookupPlace } from './gazetteer.ts';
import {
  DESCRIPTOR_ADJECTIVES, FUNCTION_WORDS, HONORIFICS, isPersonNoun, NAME_PARTICLES, NATIONALITY_NOUNS, NEVER_ACTORS, ORG_FOLLOWERS, POLICE_RANKS, ORG_WORDS, PLACE_WORDS,
  PORTFOLIO_WORDS, STORM_WORDS, TITLE_ABBREVIATIONS, TITLE_WORDS, isTitleWord,
} from './lexicon.ts';
import { CONNECTORS, RunScanner } from './run-scanner.ts';
import { hasSpace } from './letters.ts';
import { givenName } from './given-names.ts';
import { isWorldGivenName } from './world-given-names.ts';

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
  /** Words before the name that describe it and were cut off: "Spaniard", "American", "Seeds". */
  descriptor?: string;
  /** True when the prefix holds an honorific ("Mr", "Dr"). */
  honorific: boolean;
  kind: RunKind;
  /** True when the run is inside a quotation. */
  quoted: boolean;
  /**
   * True when a given name is followed by a surname that is also a word of organisations or
   * places ("Helen Steel", "Nathalie Press", "Wayne Bridge"): the learned decision weighs it.
   */
  wordSurname?: boolean;
  /** True when the name opens with initials written without stops ("JM Coetzee"). */
  initials?: boolean;
  /**
   * True when the name starts with a word the gazetteer knows as a place ("Jordan Whitfield",
   * "Douglas Van Horn"): a person only on strong evidence (a role, "who", an honorific).
   */
  placeLead?: boolean;
}

/** Function words that never start or end a personal name, even capitalised. */
const NAME_BLOCKERS = new Set(['the', 'a', 'an', 'and', 'of', 'for', 'on', 'in', 'at', 'to', 'by', 'or', 'but', 'as', 'from', 'with']);

/** Place words that follow the name of a place ("Hyde Park", "Wall Street"), never lead it. */
const TRAILING_PLACE_WORDS = new Set(['park', 'street', 'square', 'avenue', 'road', 'bridge', 'valley', 'vale']);

const INITIAL = /^\p{Lu}\.$/u;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}s?$/u;

function joinTokens(article: Article, indices: number[]): string {
  let out = '';
  let prevEnd = -1;
  // Only a token holding a space of its own can leave a run of spaces to fold (almost none does).
  let spaced = false;
  for (const i of indices) {
    const tok = article.tokens[i]!;
    if (prevEnd >= 0 && tok.start > prevEnd) out += ' ';
    out += tok.text;
    if (!spaced && hasSpace(tok.text)) spaced = true;
    prevEnd = tok.end;
  }
  return spaced ? out.replace(/\s+/g, ' ') : out;
}

function isNameLike(article: Article, i: number): boolean {
  const tok = article.tokens[i]!;
  const lower = tok.lower;
  // (Both patterns need a short word: the length is tested first.)
  if (tok.text.length <= 3 && INITIAL.test(tok.text)) return true;
  // "Hugh Partington III", "Marcus Bell Jr.": generational suffixes close a name.
  if (tok.text.length <= 3 && /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/.test(tok.text) && i > 0) return true;
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
  if (lowers.some((w, k) => PLACE_WORDS.has(w) && !(k === 0 && lowers.length > 1 && TRAILING_PLACE_WORDS.has(w)))) return 'place';
  if (indices.length === 1) {
    const tok = article.tokens[indices[0]!]!;
    if (ACRONYM.test(tok.text)) return 'org';
    const singular = tok.lower.replace(/s$/, '');
    if (tok.lower.endsWith('s') && (TITLE_WORDS.has(singular) || lookupPlace(singular)?.type === 'demonym')) return 'group';
    // "the Spaniard", "Scots": a noun of nationality alone names no one.
    if (isNationality(tok.text)) return 'group';
  }
  return 'unknown';
}

/**
 * True when the first of `indices` describes the name after it rather than starting it: a
 * demonym or noun of nationality ("American Andy Roddick", "Spaniard Carlos Moya"), an adjective
 * of description ("Former Liverpool striker"), or a plural noun opening the sentence before a
 * given name ("Seeds Tim Henman"). What follows must still look like a name of two words or more.
 */
function isDescriptor(article: Article, indices: number[]): boolean {
  const tok = article.tokens[indices[0]!]!;
  const next = article.tokens[indices[1]!]!;
  if (ORG_WORDS.has(next.lower) || PLACE_WORDS.has(next.lower) || lookupPlace(next.text)) return false;
  if (indices.slice(1).some((k) => ORG_WORDS.has(article.tokens[k]!.lower))) return false;
  if (isNationality(tok.text)) return true;
  if (DESCRIPTOR_ADJECTIVES.has(tok.lower)) return true;
  if (givenName(tok.text) !== undefined || !isGiven(next.text)) return false;
  // "Texan Michael Chicoine", "Londoner Ann Hale": a resident's noun before a full name.
  if (indices.length === 3 && !isGiven(tok.text) && RESIDENT.test(tok.text)) return true;
  // "Scots Guardsman Allan Hendry", "DJ Margherita Taylor": a word for a person before a given
  // name, wherever it stands.
  if (isPersonNoun(tok.lower) && !isTitleWord(tok.lower) && !isGiven(tok.text)) return true;
  if (article.clauseInitial[indices[0]!] !== 1) return false;
  // "Seeds Tim Henman", "Singer Alex Kapranos": a plural or a word for a person, capitalised
  // only because it opens the sentence.
  return /^\p{Lu}\p{Ll}+[^s]s$/u.test(tok.text) || (isPersonNoun(tok.lower) && !isTitleWord(tok.lower));
}

/** A resident's noun: a place name with -an, -ian or -er ("Texan", "Glaswegian", "Londoner"). */
const RESIDENT = /^\p{Lu}\p{Ll}{2,}(?:an|er)$/u;

/** "New Yorker William Trowbridge": a resident's noun of two words before a given name and a surname. */
function residentOfTwo(article: Article, indices: number[]): boolean {
  const [a, b, c] = indices.slice(0, 3).map((k) => article.tokens[k]!.text);
  return indices.length === 4 && /^(?:New|North|South|East|West)$/.test(a!) && RESIDENT.test(b!) && isGiven(c!);
}

/** A demonym or noun of nationality, singular or plural ("Spaniard", "Scots", "Kenyans"). */
function isNationality(word: string): boolean {
  const lower = word.toLowerCase();
  if (lookupPlace(word)?.type === 'demonym' || NATIONALITY_NOUNS.has(lower)) return true;
  return lower.endsWith('s') && NATIONALITY_NOUNS.has(lower.slice(0, -1));
}

/** A given name from either list ("Gordon", "Yasser"). */
function isGiven(word: string): boolean {
  return givenName(word) !== undefined || isWorldGivenName(word);
}

/** A leading function word that was capitalised ("AS Opposition Leader …"; "The Hague" stays). */
function leadingNoise(article: Article, k: number): boolean {
  const lower = article.tokens[k]!.lower;
  // "In November Samuel Amoah …": a month or a day glued before a given name.
  const next = article.tokens[k + 1];
  if (NEVER_ACTORS.has(lower) && next && isGiven(next.text) && !isGiven(article.tokens[k]!.text)) return true;
  return FUNCTION_WORDS.has(lower) && lower !== 'the' && (article.clauseInitial[k] === 1 || NAME_BLOCKERS.has(lower));
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
    while (indices.length > 1 && leadingNoise(article, indices[0]!)) indices.shift();
    if (indices.length > 1 && tokens[indices[0]!]!.lower === 'the') indices.shift();
    const described: number[] = [];
    // "New Zealander Peter Jackson": a demonym of two words.
    if (indices.length >= 4 && (lookupPlace(joinTokens(article, indices.slice(0, 2)))?.type === 'demonym' || residentOfTwo(article, indices))) described.push(indices.shift()!, indices.shift()!);
    while (indices.length >= 3 && isDescriptor(article, indices)) described.push(indices.shift()!);
    let descriptor = described.length > 0 ? joinTokens(article, described) : undefined;
    let orgFollower = false;
    const next = tokens[last + 1];
    if (next && ORG_FOLLOWERS.has(next.lower) && next.text === next.lower) {
      orgFollower = true;
    }
    let text = joinTokens(article, indices);
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
    // "Christine May", "Brian May": a month closing a name after a given name is a surname.
    const monthSurname = indices.length >= 2 && NEVER_ACTORS.has(tokens[indices[indices.length - 1]!]!.lower)
      && isGiven(tokens[indices[indices.length - 2]!]!.text);
    if (monthSurname) cut--;
    while (cut > 0 && isNameLike(article, indices[cut - 1]!)) cut--;
    // "UK Chancellor of the Exchequer Gordon Brown": the name starts at the given name that
    // follows the words of the office.
    if (cut < indices.length - 1) {
      let title = false;
      for (let k = 0; k < cut; k++) if (isTitleWord(tokens[indices[k]!]!.lower)) title = true;
      for (let g = Math.max(cut, 1); g < indices.length - 1; g++) {
        if (!title && isTitleWord(tokens[indices[g - 1]!]!.lower)) title = true;
        if (title && isGiven(tokens[indices[g]!]!.text)) {
          cut = g;
          break;
        }
      }
    }
    // "Park Ji-hoon, the company's head of sales": a word that names a place only after a name
    // ("Hyde Park", "Wall Street") opening a run of names is a surname.
    if (cut === 1 && indices.length >= 2 && TRAILING_PLACE_WORDS.has(tokens[indices[0]!]!.lower)) cut = 0;
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
    // "Capital Radio DJ Margherita Taylor": a word for a person (not a title) closes a description
    // of the given name and surname after it.
    const lead = tokens[indices[cut - 1] ?? -1];
    if (cut >= 1 && indices.length - cut >= 2 && lead && isPersonNoun(lead.lower) && !isTitleWord(lead.lower) && isGiven(tokens[indices[cut]!]!.text)) {
      descriptor = joinTokens(article, [...described, ...indices.slice(0, cut)]);
      indices.splice(0, cut);
      text = joinTokens(article, indices);
      cut = 0;
    }
    // "Helen Steel", "Rob Da Bank", "Oliver Irish": a given name before a surname that is also an
    // organisation's, a place's or a nationality's word; a candidate all the same.
    let wordSurname = false;
    if (cut === indices.length && indices.length >= 2 && indices.length <= 3 && descriptor === undefined
      && givenName(tokens[indices[0]!]!.text) !== undefined && isNameLike(article, indices[0]!)
      && indices.slice(1, -1).every((k) => isNameLike(article, k)) && /^\p{Lu}\p{Ll}+$/u.test(tokens[indices[indices.length - 1]!]!.text)) {
      cut = 0;
      wordSurname = true;
    }
    // "JM Coetzee", "AR Rahman": initials written without stops before a surname.
    let initials = false;
    if (indices.length === 2 && cut === 1 && /^\p{Lu}{2,3}$/u.test(tokens[indices[0]!]!.text) && /^\p{Lu}\p{Ll}/u.test(tokens[indices[1]!]!.text)
      && isNameLike(article, indices[1]!) && tokens[indices[1]!]!.start - tokens[indices[0]!]!.end === 1) {
      cut = 0;
      initials = true;
    }
    const nameIdx = indices.slice(cut);
    const prefixIdx = indices.slice(0, cut);
    const wholeKind = guessKind(article, indices, text);
    // "PC Daniel Okafor": a police rank's letters before a given name are a title.
    const prefixHasTitle = prefixIdx.some((k) => isTitleWord(tokens[k]!.lower) || (POLICE_RANKS.has(tokens[k]!.text) && isGiven(tokens[k + 1]?.text ?? '')));
    const honorific = prefixIdx.some((k) => HONORIFICS.has(tokens[k]!.lower));
    if (nameIdx.length > 0 && (prefixHasTitle || honorific) && !lookupPlace(joinTokens(article, nameIdx))) {
      const titleIdx = prefixIdx.filter((k) => !HONORIFICS.has(tokens[k]!.lower));
      runs.push({
        first: i, last, nameFirst: nameIdx[0]!, nameLast: nameIdx[nameIdx.length - 1]!, text,
        name: joinTokens(article, nameIdx),
        titlePrefix: prefixHasTitle ? joinTokens(article, titleIdx) : undefined,
        prefixLast: prefixHasTitle ? titleIdx[titleIdx.length - 1]! : -1,
        honorific, kind: 'person', quoted, descriptor,
      });
    } else if (nameIdx.length === indices.length && (wholeKind === 'unknown' || wordSurname || initials)) {
      runs.push({
        first: i, last, nameFirst: indices[0]!, nameLast: indices[indices.length - 1]!, text, name: text,
        prefixLast: -1, honorific: false, kind: 'unknown', quoted, placeLead, descriptor, ...(wordSurname ? { wordSurname } : {}), ...(initials ? { initials } : {}),
      });
    } else {
      runs.push({ first: i, last, nameFirst: -1, nameLast: -1, text, name: text, prefixLast: -1, honorific: false, kind: wholeKind === 'unknown' ? 'org' : wholeKind, quoted });
    }
    i = last;
  }
  return runs;
}
