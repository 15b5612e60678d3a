/**
 * Who the words of saying next to a quotation name, when that is a common noun rather than a
 * name: "…," analysts said / said US officials / club insiders told … (an unnamed group: nobody
 * named speaks), or "…," the paper says / the agency reported (a publication or agency: the one
 * named before speaks). Features of the speaker decision (speaker-features.ts), not a rule.
 */
import type { Article } from './context.ts';
import { GROUP_PLURALS } from './group-speakers.ts';
import { isSpeechVerb } from './lexicon.ts';

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** Nouns for a publication or a news agency ("the paper says", "the agency reported"). */
export const PUBLICATION_NOUNS = words(`
  newspaper newspapers paper papers daily dailies tabloid tabloids magazine magazines journal journals
  weekly agency agencies website websites broadcaster broadcasters gazette
`);

/** Words that make an organisation's name a publication's: "Financial Times", "TV Guide magazine". */
export const PUBLICATION_NAME_WORDS = words(`
  times journal post gazette herald tribune guardian telegraph mirror observer chronicle examiner
  daily magazine newspaper reuters bloomberg afp xinhua kyodo itar-tass interfax
`);

/** What the words of saying next to a quotation have as their subject, when a common noun. */
export type AttributionSubject = 'group' | 'body' | 'publication';

const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'also', 'later', 'then']);
const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'other', 'many', 'several', 'most', 'two', 'three', 'one']);

function kindOf(lower: string, pos: string, det: string | undefined): AttributionSubject | undefined {
  if (pos !== 'NOUN' && pos !== 'PROPN') return undefined;
  if (PUBLICATION_NOUNS.has(lower)) return 'publication';
  // A plural common noun with no "the" before it: "analysts said", "US officials said".
  if (GROUP_PLURALS.has(lower)) return 'body';
  if (/[^s]s$/.test(lower) && lower.length > 3 && det !== 'the' && det !== 'a' && det !== 'an') return 'group';
  return undefined;
}

/**
 * The kind of common-noun subject of the verb of saying nearest the quotation in its sentence
 * (tokens `from`..`to`, outside quotation marks), or undefined when a name, a pronoun or nothing
 * says it.
 */
export function attributionSubject(article: Article, from: number, to: number, openTok: number): AttributionSubject | undefined {
  const { tokens, tokenQuote, tokenSentence } = article;
  let best: number | undefined;
  for (let k = Math.max(0, from); k <= Math.min(tokens.length - 1, to); k++) {
    if (tokenQuote[k]! >= 0 || !isSpeechVerb(tokens[k]!.lower, tokens[k]!.pos)) continue;
    if (best === undefined || Math.abs(k - openTok) < Math.abs(best - openTok)) best = k;
  }
  if (best === undefined) return undefined;
  const same = (k: number): boolean => k >= 0 && k < tokens.length && tokenSentence[k] === tokenSentence[best!] && tokenQuote[k]! < 0;
  // Before the verb: "analysts said", "the paper has said".
  let b = best - 1;
  while (same(b) && AUXILIARIES.has(tokens[b]!.lower)) b--;
  // "analysts at Penmore Bank said": past the name the group is of.
  for (let p = b; same(p) && b - p < 6 && /^\p{Lu}/u.test(tokens[p]!.text); p--) {
    if (same(p - 1) && ['at', 'of', 'for', 'from', 'with'].includes(tokens[p - 1]!.lower)) {
      b = p - 2;
      break;
    }
  }
  if (same(b) && /^\p{Ll}/u.test(tokens[b]!.text)) {
    const kind = kindOf(tokens[b]!.lower, tokens[b]!.pos, tokens[b - 1]?.lower);
    if (kind) return kind;
  }
  // After it: "said the paper", "said analysts at the bank".
  let a = best + 1;
  if (tokens[best]!.lower === 'according' && tokens[a]?.lower === 'to') a++;
  let det: string | undefined;
  while (same(a) && (DETERMINERS.has(tokens[a]!.lower) || tokens[a]!.pos === 'ADJ')) {
    if (DETERMINERS.has(tokens[a]!.lower)) det = tokens[a]!.lower;
    a++;
  }
  // "said bank officials": the last of a run of common nouns is the head.
  while (same(a + 1) && /^\p{Ll}/u.test(tokens[a + 1]!.text) && tokens[a + 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[a]!.text)) a++;
  if (same(a) && /^\p{Ll}/u.test(tokens[a]!.text)) return kindOf(tokens[a]!.lower, tokens[a]!.pos, det);
  return undefined;
}

/** True when an organisation's name reads as a publication's or an agency's. */
export function publicationName(name: string): boolean {
  return name.toLowerCase().split(/[^\p{L}-]+/u).some((w) => PUBLICATION_NAME_WORDS.has(w));
}
