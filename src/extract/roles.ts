/**
 * Roles as the text states them, found around a name:
 * - a title before it: "El Salvador's President Nayib Bukele", "the BBC's North America editor Jon Sopel";
 * - an appositive after it: "Ana María Guzmán, a political analyst specializing in …";
 * - a description before it: "Lavrov's deputy, Sergei Ryabov, said";
 * - a relative clause: "Justin Bassi, who advises the minister on security".
 */
import type { Article } from './context.ts';
import { GENRE_PERSON_NOUNS, HONORIFICS, PERSON_NOUNS, isPersonNoun, isTitleWord } from './lexicon.ts';
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

/** "of", "'s", "beating", "who": a word that relates a name to the description around it. */
function relates(article: Article, k: number): boolean {
  const tok = article.tokens[k]!;
  return ['ADP', 'VERB', 'AUX', 'SCONJ'].includes(tok.pos) || /^['’]s$/.test(tok.text);
}

/**
 * True when the text after a comma, tokens `from` to `end`, is the next item of a list of people
 * rather than a description: a name heads it, with nothing before it but its own description, and
 * ends it or is followed by "and" or a verb ("…, union leader Omar Baptiste, and officials",
 * "…, Kate Winslet and director Mike Leigh"). Not when a preposition, verb or possessive relates
 * the name to the description ("the daughter of activist Malcolm X", "Courtney Love's lawyer").
 */
function listItemAfter(article: Article, names: NameSpans, from: number, end: number): boolean {
  const { tokens } = article;
  for (let k = from; k <= end; k++) {
    if (names.first[k] === k) {
      const after = tokens[names.last[k]! + 1];
      if (after && /^['’]s$/.test(after.text)) return false;
      if (names.last[k]! >= end || !after || ['and', 'or'].includes(after.lower) || after.pos === 'VERB' || after.pos === 'AUX') return true;
      k = names.last[k]!;
      continue;
    }
    if (relates(article, k)) return false;
  }
  return false;
}

/**
 * True when a description in front that ends with a name, tokens `start` to `end`, is not a
 * relation to that person ("the daughter of activist Malcolm X", "an adviser to Sir Tom Reid") but
 * the item before in a list of people ("with Trade Secretary Helen Ruddock, union leader X"): the
 * name must follow "of", "to", "for" or "with" after a word for a person, its own modifiers between.
 */
function listItemInFront(article: Article, names: NameSpans, start: number, end: number): boolean {
  const { tokens } = article;
  if (names.last[end] !== end) return false;
  let h = names.first[end]! - 1;
  while (h > start && ['NOUN', 'ADJ', 'PROPN', 'NUM', 'DET'].includes(tokens[h]!.pos)) h--;
  const head = tokens[h - 1];
  return !(h > start && ['of', 'to', 'for', 'with'].includes(tokens[h]!.lower) && head !== undefined && (isPersonNoun(head.lower) || isTitleWord(head.lower)));
}

/** The text of tokens `from` to `to`, spaces normalised. */
export function span(article: Article, from: number, to: number): string {
  const { tokens, body } = article;
  return body.slice(tokens[from]!.start, tokens[to]!.end).replace(/\s+/g, ' ').trim();
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
    if (ROLE_STOP_POS.has(tok.pos)) break;
    if (['NOUN', 'ADJ', 'PROPN'].includes(tok.pos)) {
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

/** True when tokens from `from` open a description of a person: a title or person noun comes before any verb. */
function opensDescription(article: Article, from: number, limit: number): boolean {
  const { tokens } = article;
  // "San Jose, California, where chief executive …": a clause about a place, not a description.
  if (['where', 'when', 'which', 'whose', 'that', 'while', 'whereas'].includes(tokens[from]?.lower ?? '')) return false;
  // "one of the organisers": a member of a group of people.
  if (tokens[from]?.lower === 'one' && tokens[from + 1]?.lower === 'of') {
    for (let k = from + 2; k < Math.min(limit, from + 6); k++) if (isPersonNoun(tokens[k]!.lower)) return true;
  }
  const indefinite = tokens[from]?.lower === 'a' || tokens[from]?.lower === 'an';
  for (let k = from; k < Math.min(limit, from + 6); k++) {
    const tok = tokens[k]!;
    // A plural ("Bosses, journalists, …") starts a list, not a description.
    // "the last major city": an adjective that is also a rank does not make a description.
    const adjectiveRank = tok.pos === 'ADJ' && ['major', 'general', 'principal', 'senior'].includes(tok.lower);
    const personWord = PERSON_NOUNS.has(tok.lower) || GENRE_PERSON_NOUNS.has(tok.lower);
    if ((isTitleWord(tok.lower) && !adjectiveRank) || (personWord && !/[^s]s$/.test(tok.lower))) return true;
    if (indefinite && tok.pos === 'NOUN' && isPersonNoun(tok.lower)) return true;
    // "a polling expert", "a leading economist", "managing director of …": a participle used as an
    // adjective, after a determiner or an adjective or right before a word for a person.
    const next = tokens[k + 1]?.lower ?? '';
    const modifier = tok.pos === 'VERB' && /ing$/.test(tok.lower)
      && (['DET', 'ADJ'].includes(tokens[k - 1]?.pos ?? '') || (k + 1 < limit && (isTitleWord(next) || isPersonNoun(next))));
    if ((tok.pos === 'VERB' && !modifier) || tok.pos === 'AUX' || tok.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * The appositive after a name: ", a political analyst specializing in Latin American relations,"
 * or ", who advises X on Y". Stops at the next comma, the sentence end or a relative pronoun.
 */
export function roleAfter(article: Article, nameLast: number, names?: NameSpans): string | undefined {
  const { tokens, tokenSentence } = article;
  const comma = tokens[nameLast + 1];
  if (!comma || comma.text !== ',') return undefined;
  const from = nameLast + 2;
  const first = tokens[from];
  if (!first || tokenSentence[from] !== tokenSentence[nameLast]) return undefined;
  let end = from;
  const stop = (k: number): boolean => {
    const tok = tokens[k];
    if (!tok || tokenSentence[k] !== tokenSentence[nameLast]) return true;
    if (article.tokenQuote[k] !== article.tokenQuote[nameLast]) return true;
    return [',', '.', ';', ':', ')', '(', '"', '“', '”', '—', '–', '?', '!'].includes(tok.text);
  };
  if (first.lower === 'who') return whoClause(article, from, stop);
  // "Gul Bibi, 45, who …", "Lorna Diaz, 58, a vegetable farmer": an age, then the description.
  if (first.pos === 'NUM' && /^\d{1,3}$/.test(first.text) && tokens[from + 1]?.text === ',') {
    if (tokens[from + 2]?.lower === 'who') {
      const clause = whoClause(article, from + 2, stop, true);
      return clause ? `${first.text}, ${clause}` : undefined;
    }
    return roleAfter(article, from, names);
  }
  let limit = from;
  while (!stop(limit) && limit - from < 30) limit++;
  if (!opensDescription(article, from, limit)) return undefined;
  // "in Leeds, the operations director, Hamish Calloway, told me": the description belongs to
  // the name after it.
  if (tokens[limit]?.text === ',' && /^\p{Lu}/u.test(tokens[limit + 1]?.text ?? '') && tokens[limit + 1]!.pos === 'PROPN'
    && isPersonNoun(tokens[limit - 1]!.lower)) return undefined;
  end = from;
  while (end + 1 < limit) {
    const next = tokens[end + 1]!;
    if (['who', 'which', 'that', 'whose'].includes(next.lower)) break;
    end++;
  }
  // "…, union leader Omar Baptiste, and": the description of the next person in a list.
  if (names && listItemAfter(article, names, from, end)) return undefined;
  return clean(span(article, from, end));
}

/**
 * A relative clause as a role: "who advises the minister", "who chairs the trust", "who has led its
 * European business since 2019". Not "who said …" or other past tenses, which tell a story.
 */
function whoClause(article: Article, who: number, stop: (k: number) => boolean, aged = false): string | undefined {
  const { tokens } = article;
  const verb = tokens[who + 1];
  if (!verb) return undefined;
  const present = /[^s]s$/.test(verb.lower) && verb.lower !== 'says' && (verb.pos === 'VERB' || verb.pos === 'NOUN');
  const perfect = ['has', 'had'].includes(verb.lower) && tokens[who + 2]?.pos === 'VERB' && !/^(?:said|told)$/.test(tokens[who + 2]!.lower);
  // "who was her student at …", "who is a nurse": a description after the copula.
  // "who has been chief financial officer since March": the perfect of the copula, before a title.
  const been = ['has', 'had'].includes(verb.lower) && tokens[who + 2]?.lower === 'been' ? 1 : 0;
  const complement = tokens[who + 2 + been];
  const copula = (['is', 'was'].includes(verb.lower) || been === 1) && complement !== undefined
    && (['a', 'an', 'the', 'his', 'her', 'their'].includes(complement.lower) || (isTitleWord(complement.lower) && complement.pos !== 'VERB'));
  if (copula) {
    const from = who + 2 + been;
    let limit = from;
    while (!stop(limit) && limit - who < 20) limit++;
    if (!opensDescription(article, from, limit)) return undefined;
    return clean(span(article, from, limit - 1));
  }
  // "who ran the art crime unit until 2019": a post held before, told by a verb of leading.
  if (LEADING_VERBS.has(verb.lower) && ['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(tokens[who + 2]?.lower ?? '')) {
    let end = who + 1;
    while (!stop(end + 1) && end - who < 20) end++;
    return clean(span(article, who + 1, end));
  }
  // After an age ("Gul Bibi, 45, who escaped with her children") the clause is all we learn of her.
  const past = aged && verb.pos === 'VERB' && /ed$/.test(verb.lower) && !/^(?:said|told)$/.test(verb.lower);
  if (!present && !perfect && !past) return undefined;
  let end = who + 1;
  while (!stop(end + 1) && end - who < 20) end++;
  return clean(span(article, who + 1, end));
}

/** Past verbs that state a post someone held: "who ran the unit", "who led the inquiry". */
const LEADING_VERBS = new Set(['ran', 'led', 'headed', 'chaired', 'founded', 'co-founded', 'directed', 'managed', 'oversaw', 'commanded', 'coached', 'edited']);

/**
 * "Fiona Kerrigan is a columnist and the author of …": a role stated with "is" or "was" right
 * after the name.
 */
export function roleByCopula(article: Article, nameLast: number): string | undefined {
  const { tokens, tokenSentence } = article;
  const verb = tokens[nameLast + 1];
  const det = tokens[nameLast + 2];
  if (!verb || !det) return undefined;
  // "Tor Instanes has been chief executive of Fjordwing since 2011": the perfect, before a title.
  const been = ['has', 'had'].includes(verb.lower) && det.lower === 'been' ? 1 : 0;
  const complement = tokens[nameLast + 2 + been];
  if (!(['is', 'was'].includes(verb.lower) || been === 1) || !complement) return undefined;
  if (!['a', 'an', 'the'].includes(complement.lower) && !(isTitleWord(complement.lower) && complement.pos !== 'VERB')) return undefined;
  const from = nameLast + 2 + been;
  let limit = from;
  while (limit < tokens.length && limit - nameLast < 25 && tokenSentence[limit] === tokenSentence[nameLast]
    && !['.', ';', ':', ',', '"', '“', '”', '?', '!'].includes(tokens[limit]!.text)) limit++;
  if (!opensDescription(article, from, limit)) return undefined;
  return clean(span(article, from, limit - 1));
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
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || [',', ';', ':', '"', '“', '”', '‘', '’', '(', ')'].includes(tok.text)) break;
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
