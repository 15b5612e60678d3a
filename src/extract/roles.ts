/**
 * Roles as the text states them, found around a name — here those before it, and the pieces every
 * role finder shares (where names lie, a span's text, cleaning):
 * - a title before it: "El Salvador's President Nayib Bukele", "the BBC's North America editor Jon Sopel";
 * - a description before it: "Lavrov's deputy, Sergei Ryabov, said".
 * Those after it (an appositive, a relative clause, "is a …") are in role-after.ts.
 */
import type { Article } from './context.ts';
import { HONORIFICS, PERSON_NOUNS, isPersonNoun, isTitleWord } from './lexicon.ts';
import type { NameRun } from './names.ts';

const MAX_ROLE_TOKENS = 12;
const LEADING_NOISE = /^(?:as|but|and|so|then|however|meanwhile|also|separately|while|when|after|before|in|on|at|with|for|by|from)\s+/i;
const ROLE_STOP_POS = new Set(['VERB', 'AUX', 'PUNCT', 'CCONJ', 'SCONJ', 'PRON', 'ADV', 'NUM', 'SYM', 'INTJ', 'ADP']);

/**
 * For each token, the first and last token of the name run covering it (title prefix included:
 * "Trade Secretary Helen Ruddock"), or -1: the names of people or of what is not yet decided,
 * not of organisations and places. Lets a description tell another person's name inside it.
 */
export interface NameSpans {
  first: Int32Array;
  last: Int32Array;
}

export function nameSpans(tokenCount: number, runs: readonly NameRun[]): NameSpans {
  const first = new Int32Array(tokenCount).fill(-1);
  const last = new Int32Array(tokenCount).fill(-1);
  for (const run of runs) {
    // "State Minister for National Development Planning": a title run with one word left for a
    // name is not taken for a person's name.
    if (run.nameFirst < 0 || (run.prefixLast >= 0 && run.nameFirst === run.nameLast)) continue;
    for (let k = run.first; k <= run.nameLast; k++) {
      first[k] = run.first;
      last[k] = run.nameLast;
    }
  }
  return { first, last };
}

/**
 * True when a description in front that ends with a name, tokens `start` to `end`, is not a
 * relation to that person ("the daughter of activist Malcolm X", "an adviser to Sir Tom Reid") but
 * the item before in a list of people ("with Trade Secretary Helen Ruddock, union leader X"): the
 * name must follow "of", "to", "for" or "with" after a word for a person, its own modifiers between,
 * or "from", "at" or "in" ("a 34-year-old man from Walsall, X", "a nurse at Leeds General, X").
 */
function listItemInFront(article: Article, names: NameSpans, start: number, end: number): boolean {
  const { tokens } = article;
  if (names.last[end] !== end) return false;
  let h = names.first[end]! - 1;
  while (h > start && ['NOUN', 'ADJ', 'PROPN', 'NUM', 'DET'].includes(tokens[h]!.pos)) h--;
  const head = tokens[h - 1];
  return !(h > start && ['of', 'to', 'for', 'with', 'from', 'at', 'in'].includes(tokens[h]!.lower) && head !== undefined && (isPersonNoun(head.lower) || isTitleWord(head.lower)));
}

/** The text of tokens `from` to `to`, spaces normalised. */
export function span(article: Article, from: number, to: number): string {
  const { tokens, body } = article;
  return body.slice(tokens[from]!.start, tokens[to]!.end).replace(/\s+/g, ' ').trim();
}

/**
 * "the study's lead author", "its managing director", "the band's lead singer": a word the tagger
 * reads as a verb, between a possessive or determiner and a word for a person, modifies that word.
 */
export function verbAsModifier(article: Article, k: number): boolean {
  const { tokens, tokenSentence } = article;
  const tok = tokens[k];
  const before = tokens[k - 1];
  const next = tokens[k + 1];
  if (!tok || tok.pos !== 'VERB' || !before || !next || tokenSentence[k + 1] !== tokenSentence[k] || !/^\p{Ll}/u.test(tok.text)) return false;
  const owned = /^['’]s$/.test(before.text) || before.pos === 'DET' || before.pos === 'ADJ' || ['his', 'her', 'its', 'their'].includes(before.lower);
  return owned && next.pos === 'NOUN' && (isTitleWord(next.lower) || isPersonNoun(next.lower));
}

/** A role without leading conjunctions or prepositions and edge punctuation; undefined when nothing is left. */
export function clean(role: string): string | undefined {
  let text = role.replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  for (let i = 0; i < 3; i++) text = text.replace(LEADING_NOISE, '');
  return text.length > 1 ? text : undefined;
}

/**
 * Walks back from token `from` (inclusive) over the modifiers of a title: capitalised words,
 * nouns, adjectives and possessives ("the BBC's North America"). Returns the first token index
 * of the chain, or `from + 1` when there is none.
 */
function walkBack(article: Article, from: number, anchor: number): number {
  const { tokens, tokenSentence } = article;
  let start = from + 1;
  for (let k = from; k >= 0 && from - k < MAX_ROLE_TOKENS; k--) {
    const tok = tokens[k]!;
    if (tokenSentence[k] !== tokenSentence[anchor] || article.tokenQuote[k] !== article.tokenQuote[anchor]) break;
    if (tok.text === "'s" || tok.text === '’s' || (tok.pos === 'PART' && /s$/.test(tok.text))) {
      start = k;
      continue;
    }
    // "World Anti Doping Agency (WADA) chief": an acronym in brackets inside the title.
    if (tok.text === ')' && tokens[k - 2]?.text === '(' && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && k - 2 > 0 && /^\p{Lu}/u.test(tokens[k - 3]?.text ?? '')) {
      k -= 2;
      start = k;
      continue;
    }
    if (tok.pos === 'DET') {
      if (['the', 'his', 'her', 'its', 'their'].includes(tok.lower)) start = k;
      break;
    }
    if (/^\p{Lu}/u.test(tok.text) && tok.pos !== 'PUNCT') {
      if (['PROPN', 'NOUN', 'ADJ', 'X'].includes(tok.pos) || !article.clauseInitial[k]) {
        start = k;
        continue;
      }
      break;
    }
    if (ROLE_STOP_POS.has(tok.pos) && !verbAsModifier(article, k)) break;
    if (['NOUN', 'ADJ', 'PROPN'].includes(tok.pos) || verbAsModifier(article, k)) {
      start = k;
      continue;
    }
    break;
  }
  return start;
}

/**
 * The title phrase that ends right before token `nameFirst` ("EU foreign policy chief"). The word
 * just before the name (honorifics skipped) must be a title word.
 */
export function roleBefore(article: Article, nameFirst: number, nameLast?: number, names?: NameSpans): string | undefined {
  const { tokens, tokenSentence } = article;
  let i = nameFirst - 1;
  while (i >= 0 && HONORIFICS.has(tokens[i]!.lower)) i--;
  const head = tokens[i];
  // "EU foreign policy chief X", or after an honorific a common noun: "marine biologist Dr. X".
  const honorific = i < nameFirst - 1;
  const personNoun = head !== undefined && head.pos === 'NOUN' && /^\p{Ll}/u.test(head.text) && isPersonNoun(head.lower);
  if (!head || tokenSentence[i] !== tokenSentence[nameFirst] || !(isTitleWord(head.lower) || (honorific && personNoun))) return undefined;
  const start = Math.min(walkBack(article, i - 1, nameFirst), i);
  return withFront(article, start, nameLast ?? nameFirst, clean(span(article, start, i)), names);
}

/** "Her husband, the architect X,": a description set off before the title joins it. */
function withFront(article: Article, start: number, nameLast: number, title: string | undefined, names?: NameSpans): string | undefined {
  if (!title || article.tokens[start - 1]?.text !== ',') return title;
  const front = roleInFront(article, start, nameLast, names);
  return front ? `${front}, ${title}` : title;
}

/**
 * A title prefix inside a run ("President" of "President Nayib Bukele") widened by the modifiers
 * before the run: "El Salvador's President".
 */
export function widenTitle(article: Article, runFirst: number, prefixLast: number, nameLast?: number, names?: NameSpans): string | undefined {
  const start = Math.min(walkBack(article, runFirst - 1, runFirst), runFirst);
  const title = clean(span(article, start, prefixLast));
  return nameLast === undefined ? title : withFront(article, start, nameLast, title, names);
}

/**
 * A description right before ", NAME,": "His Israeli counterpart, Eyal Zamir, said …". The name
 * must be closed by a comma so lists ("Britain, France, Germany") are not read as roles.
 */
export function roleInFront(article: Article, nameFirst: number, nameLast: number, names?: NameSpans): string | undefined {
  const { tokens, tokenSentence } = article;
  const comma = tokens[nameFirst - 1];
  const after = tokens[nameLast + 1];
  // ", NAME," or ", NAME of the …": the name is set off from the description before it.
  // "… by the 18th-Century dramatist, Marivaux.": the name may also close the sentence.
  const closes = after?.text === '.' && tokens[nameLast + 2] !== undefined && tokenSentence[nameLast + 2] !== tokenSentence[nameLast];
  if (!comma || comma.text !== ',' || !after || !(after.text === ',' || closes || ['of', 'at', 'from'].includes(after.lower))) return undefined;
  const end = nameFirst - 2;
  if (end < 0 || tokenSentence[end] !== tokenSentence[nameFirst]) return undefined;
  let start = end + 1;
  let hasTitle = false;
  for (let k = end; k >= 0 && end - k < 10; k--) {
    const tok = tokens[k]!;
    if (tokenSentence[k] !== tokenSentence[nameFirst]) break;
    if ((tok.pos === 'VERB' && !verbAsModifier(article, k)) || tok.pos === 'AUX' || [',', ';', ':', '"', '“', '”', '‘', '’', '(', ')'].includes(tok.text)) break;
    if (tok.pos === 'PRON' && !['his', 'her', 'its', 'their'].includes(tok.lower)) break;
    if (isTitleWord(tok.lower) || (tok.pos === 'NOUN' && isPersonNoun(tok.lower))) hasTitle = true;
    // "his agent, Paulo Sardinha": a possessive makes a relation of a noun that can be a thing.
    if (tok.pos === 'NOUN' && PERSON_NOUNS.has(tok.lower) && /^(?:his|her|their|['’]s)$/i.test(tokens[k - 1]?.text ?? '')) hasTitle = true;
    // "Her opposite number, Declan Fairweather": the idiom for a counterpart.
    if (tok.lower === 'number' && tokens[k - 1]?.lower === 'opposite') hasTitle = true;
    start = k;
  }
  if (!hasTitle || start > end) return undefined;
  // "with Trade Secretary Helen Ruddock, union leader X": the item before in a list of people.
  if (names && listItemInFront(article, names, start, end)) return undefined;
  return clean(span(article, start, end));
}

/**
 * "who gave his name only as Sipho", "who gave only her first name, Maria": the text says the
 * word is someone's name.
 */
export function namedAs(article: Article, first: number): boolean {
  const { tokens } = article;
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const lower = tokens[k]!.lower;
    if (lower === 'name' || lower === 'named' || lower === 'called') return true;
    if (![',', 'as', 'only', 'simply', 'just'].includes(lower)) return false;
  }
  return false;
}

/**
 * "one woman, who gave only her first name, Maria", "a 63-year-old who gave his name only as
 * Sipho": the description the name is given for, from its determiner to the name cue.
 */
export function describedBeforeName(article: Article, first: number): string | undefined {
  const { tokens, tokenSentence, body } = article;
  let end = first - 1;
  while (end > 0 && [',', 'as', 'only', 'simply', 'just'].includes(tokens[end]!.lower)) end--;
  for (let k = end - 2; k >= 0 && first - k < 30; k--) {
    if (tokenSentence[k] !== tokenSentence[first] || article.tokenQuote[k]! >= 0) return undefined;
    if (!['a', 'an', 'one'].includes(tokens[k]!.lower)) continue;
    for (let n = k + 1; n <= k + 4 && n < end; n++) {
      if ((tokens[n]!.pos === 'NOUN' && isPersonNoun(tokens[n]!.lower)) || /^\d+-year-old$/.test(tokens[n]!.lower)) {
        return body.slice(tokens[k]!.start, tokens[end]!.end).replace(/\s+/g, ' ');
      }
    }
  }
  return undefined;
}
