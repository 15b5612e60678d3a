/**
 * What the words around a quotation and a mention say about who speaks: a verb of saying nearby, a
 * verb of saying, thinking or labelling that governs a fragment, a pronoun attributing it, and a
 * mention's standing in its sentence. Read by the speaker features (speaker-features.ts).
 */
import type { ActorTable } from './actor-table.ts';
import type { Article } from './context.ts';
import { genderOf, type Gender } from './given-names.ts';
import { isPersonNoun, isSpeechVerb } from './lexicon.ts';
import { memoised } from './memo.ts';

/** A verb of saying (or "according to") outside quotation marks between two tokens. */
export function speechVerbNear(article: Article, from: number, to: number): boolean {
  const { tokens } = article;
  for (let k = Math.max(0, from); k <= Math.min(tokens.length - 1, to); k++) {
    if (article.tokenQuote[k]! >= 0) continue;
    if (isSpeechVerb(tokens[k]!.lower, tokens[k]!.pos) || (tokens[k]!.lower === 'according' && tokens[k + 1]?.lower === 'to')) return true;
  }
  return false;
}

/** Verbs of thinking that govern someone's words as the verbs of saying do. */
export const THINKING_VERBS = new Set(`think thinks thought believe believes believed feel feels felt hope hopes hoped fear fears feared consider considers considered find finds found`.split(' '));

/**
 * A verb of saying, thinking, writing or labelling just before the quotation, in its sentence
 * ("said it was "…"", "wrote that "…"", "branded it a "…"").
 */
export function governingVerb(article: Article, openTok: number, sentenceStartTok: number): boolean {
  const { tokens } = article;
  for (let k = openTok - 1; k >= Math.max(sentenceStartTok, openTok - 5); k--) {
    const t = tokens[k]!;
    if (article.tokenQuote[k]! >= 0) return false;
    if (isSpeechVerb(t.lower, t.pos) || ((THINKING_VERBS.has(t.lower) || /^(?:brand|dubb|label|term)/.test(t.lower)) && t.pos === 'VERB')) return true;
  }
  return false;
}

/** The grammatical standing of a mention from its neighbours: possessor, subject, object or other. */
export function mentionGrammar(article: Article, first: number, after: number): string {
  const { tokens } = article;
  const next = tokens[after];
  const prev = tokens[first - 1];
  if (next && (/^['’]s?$/.test(next.text))) return 'possessor';
  if (prev && (prev.pos === 'ADP' || prev.pos === 'VERB') && article.tokenSentence[first - 1] === article.tokenSentence[first]) return 'object';
  if (next && (next.pos === 'VERB' || next.pos === 'AUX')) return 'subject';
  if (next?.text === ',') return 'appositive';
  return 'other';
}

/** "he said", "she told": the personal pronoun that attributes the quotation, if any, near its marks. */
export function pronounNear(article: Article, openTok: number, closeTok: number): string | undefined {
  const { tokens, tokenSentence } = article;
  const check = (k: number): string | undefined => {
    const t = tokens[k];
    return t && article.tokenQuote[k]! < 0 && (t.lower === 'he' || t.lower === 'she') ? t.lower : undefined;
  };
  for (let k = closeTok; k < Math.min(tokens.length, closeTok + 4); k++) {
    if (tokenSentence[k] !== tokenSentence[Math.max(0, closeTok - 1)]) break;
    const found = check(k);
    if (found) return found;
  }
  for (let k = openTok - 1; k >= Math.max(0, openTok - 6); k--) {
    const found = check(k);
    if (found) return found;
  }
  return undefined;
}

const HONORIFICS: Record<string, Gender> = { mr: 'm', mrs: 'f', ms: 'f', miss: 'f', sir: 'm', lady: 'f', dame: 'f', lord: 'm' };
const gendersOf = new WeakMap<ActorTable, Map<number, Gender>>();

/**
 * The sex of a person, from the name and role (genderOf) or else from an honorific standing before
 * one of the person's mentions ("Mr Lee's sister", where "Lee Jae-won" alone shows none).
 */
export function personGender(article: Article, table: ActorTable, actor: number): Gender {
  const own = genderOf(table.actors[actor]!);
  if (own !== 'u') return own;
  let known = gendersOf.get(table);
  if (!known) {
    known = new Map();
    for (const m of table.mentions) {
      if (table.actors[m.actor]!.kind !== 'person') continue;
      for (const k of [m.token, m.token - 1]) {
        const g = HONORIFICS[article.tokens[k]?.lower.replace(/\.$/, '') ?? ''];
        if (g) {
          const before = known.get(m.actor);
          known.set(m.actor, before === undefined || before === g ? g : 'u');
        }
      }
    }
    gendersOf.set(table, known);
  }
  return known.get(actor) ?? 'u';
}

/**
 * The person nouns a definite description uses between two tokens, outside quotation marks ("The
 * coroner said …", "the prosecutor told"): someone whose role holds one may be the one meant.
 */
export function definiteNouns(article: Article, from: number, to: number): Set<string> {
  const { tokens } = article;
  const out = new Set<string>();
  for (let k = Math.max(1, from); k <= Math.min(tokens.length - 1, to); k++) {
    const t = tokens[k]!;
    if (article.tokenQuote[k]! >= 0 || t.pos !== 'NOUN' || !isPersonNoun(t.lower)) continue;
    const d = tokens[k - 1]!.lower;
    if (d === 'the' || (tokens[k - 1]!.pos === 'ADJ' && tokens[k - 2]?.lower === 'the')) out.add(t.lower);
  }
  return out;
}

/** Words for someone who speaks for an organisation. */
export const SPOKES = /\b(?:spokes(?:man|woman|person|people|men|women)|representative|statement)\b/;

/** A role's words in lower case (split once per role: every quotation asks of every person). */
export const roleWords = memoised((role: string): readonly string[] => role.toLowerCase().split(/[^\p{L}]+/u));

/** True when one to five of `parts` hold a letter and each of those starts with a capital (one pass, stopping early). */
export function fewCapitalisedWords(parts: readonly string[]): boolean {
  let count = 0;
  for (const w of parts) {
    if (!/\p{L}/u.test(w)) continue;
    if (++count > 5 || !/^\p{Lu}/u.test(w)) return false;
  }
  return count > 0;
}
