/**
 * Role candidates a person takes from a list of people they are named in: the list's heading
 * ("Everton: Martyn, Hibbert …"), the plural description that introduces it ("artists including X
 * and Y"), the participle of making that leads to it ("a film directed by X"), and a copula over
 * it ("X, Y and Z were among the actors who …"). Part of role-candidates.ts's patterns.
 */
import type { Article } from './context.ts';
import { FUNCTION_WORDS, HONORIFICS, NAME_PARTICLES, isPersonNoun } from './lexicon.ts';
import type { Token } from './nlp.ts';
import { span } from './roles.ts';

/**
 * "Everton: Martyn, Hibbert, Yobo …": in a line-up or list introduced by a capitalised heading
 * and a colon, the heading (the team) — skipping "Subs:" headings back to the team before them.
 */
export function listHeading(article: Article, first: number, team = true): string | undefined {
  const { tokens } = article;
  let k = first - 1;
  // Back over the list: names, commas, "and", bracketed substitutions.
  for (let steps = 0; k >= 0 && steps < 120; steps++, k--) {
    const t = tokens[k]!;
    if (t.text === ':') break;
    if (t.text === '.' || t.text === ';' || t.text === '"' || t.text === '“' || t.text === '”') return undefined;
  }
  if (k < 0 || tokens[k]!.text !== ':') return undefined;
  let h = k - 1;
  while (h >= 0 && /^\p{Lu}/u.test(tokens[h]!.text) && k - h <= 4) h--;
  if (h === k - 1) return undefined;
  const heading = span(article, h + 1, k - 1);
  // "Subs: Wright, Pistone": the substitutes of the team listed just before.
  if (team && /^subs\b|^substitutes\b/i.test(heading)) {
    return tokens[h]?.text === '.' ? listHeading(article, h, team) : undefined;
  }
  return heading;
}

const LIST_OPENERS = new Set(['including', 'include', 'includes', 'included', 'like', 'as', 'in', 'particularly', 'notably', 'especially']);

/**
 * Plurals that name people only when a list of people follows them ("junior players, including
 * X and Y"), not on their own ("media players"), so not words for a person elsewhere.
 */
const LIST_ONLY_PLURALS = new Set(['players', 'team-mates', 'teammates', 'housemates', 'bandmates']);

/** A plural word for people ("winners", "Youngsters"), lower case or opening its clause. */
function pluralPersonNoun(article: Article, k: number): boolean {
  const t = article.tokens[k]!;
  if (!/s$/.test(t.lower) || !(/^\p{Ll}/u.test(t.text) || article.clauseInitial[k])) return false;
  if (LIST_ONLY_PLURALS.has(t.lower)) return true;
  return isPersonNoun(t.lower.replace(/e?s$/, '')) || isPersonNoun(t.lower.replace(/s$/, ''));
}

/**
 * The token before the list of names that the name at `first` ends ("… included Judi Dench,
 * Kim Cattrall and" ← "Colin Firth"): back over names, commas, "and", honorifics and particles, to
 * the first other word or a plural word for people opening the clause ("Youngsters X and Y").
 */
function beforeList(article: Article, first: number): number | undefined {
  const { tokens, tokenSentence } = article;
  const s = tokenSentence[first];
  let k = first - 1;
  for (let steps = 0; k >= 0 && steps < 40 && tokenSentence[k] === s; steps++, k--) {
    const t = tokens[k]!;
    if (article.clauseInitial[k] && pluralPersonNoun(article, k)) break;
    if (t.text === ',' || t.lower === 'and' || /^\p{Lu}/u.test(t.text) || HONORIFICS.has(t.lower) || NAME_PARTICLES.has(t.text)) continue;
    break;
  }
  return k >= 0 && tokenSentence[k] === s && article.tokenQuote[k]! < 0 ? k : undefined;
}

/**
 * "Guests at the ceremony included Judi Dench, Kim Cattrall and Colin Firth", "artists including
 * Damien Hirst and Tracey Emin", "past winners of the Booker Prize, such as Salman Rushdie": the
 * plural description of the people a list names, for each of them.
 */
export function listDescription(article: Article, first: number, last = first): string | undefined {
  const { tokens, tokenSentence } = article;
  const s = tokenSentence[first];
  const k = beforeList(article, first);
  if (k === undefined) return undefined;
  // "media players, including Ravi Menon's old console": a name that owns something is no list item.
  if (/^['’]s$/.test(tokens[last + 1]?.text ?? '')) return undefined;
  const opener = tokens[k]!;
  // "World Cup winners Jonny Wilkinson, Will Greenwood and Mike Tindall", "Youngsters X and Y":
  // the plural description right before the list.
  if (pluralPersonNoun(article, k) && k < first - 1) {
    const start = phraseStart(article, k);
    return span(article, start, k);
  }
  if (!LIST_OPENERS.has(opener.lower)) return undefined;
  if (opener.lower === 'as' && tokens[k - 1]?.lower !== 'such') return undefined;
  let end = opener.lower === 'as' ? k - 2 : k - 1;
  if (tokens[end]?.text === ',') end--;
  let start = end + 1;
  let head = -1;
  for (let h = end; h >= 0 && end - h < 10 && tokenSentence[h] === s; h--) {
    const t = tokens[h]!;
    if (article.tokenQuote[h]! >= 0) break;
    if (['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(t.pos) || /^['’]s$/.test(t.text) || (head >= 0 && modifyingParticiple(article, h))) {
      if ((t.pos === 'NOUN' || article.clauseInitial[h]) && pluralPersonNoun(article, h)) head = h;
      start = h;
      continue;
    }
    if ((t.pos === 'ADP' || t.pos === 'DET') && head < 0 && h > 0 && h < end) {
      start = h;
      continue;
    }
    break;
  }
  if (head < 0) return opener.lower.startsWith('includ') ? subjectOfList(article, k, end) : undefined;
  if (start > end) return undefined;
  while (start < head && ['ADP', 'DET'].includes(tokens[start]!.pos)) start++;
  return span(article, start, end);
}

const REPORTING = new Set(['say', 'says', 'said', 'told', 'tell', 'believe', 'think', 'claim', 'claimed']);

/**
 * "Other rap acts who may appear at the gig include X, Y and Z", "A host of stars are expected on
 * the red carpet, including X and Y": the sentence's subject, a plural word for people in its first
 * words, with what the sentence says of it up to the list (`end`, before the opener at `k`).
 */
function subjectOfList(article: Article, k: number, end: number): string | undefined {
  const { tokens, tokenSentence } = article;
  let start = k;
  while (start > 0 && tokenSentence[start - 1] === tokenSentence[k]) start--;
  if (end - start > 16 || article.tokenQuote[start]! >= 0) return undefined;
  for (let h = start; h <= Math.min(end, start + 4); h++) {
    const t = tokens[h]!;
    if (pluralPersonNoun(article, h) && (t.pos === 'NOUN' || h === start)) {
      // "Producers say no decision has been made …, including": what they say is no description.
      for (let j = h + 1; j <= end; j++) if (REPORTING.has(tokens[j]!.lower)) return undefined;
      return span(article, start, end);
    }
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP'].includes(t.pos)) return undefined;
  }
  return undefined;
}

/** Participles of making and leading, and the word for the person who does it ("directed by X"). */
const AGENTS = new Map(Object.entries({
  directed: 'director', written: 'writer', produced: 'producer', hosted: 'host', presented: 'presenter',
  composed: 'composer', designed: 'designer', founded: 'founder', created: 'creator', edited: 'editor',
  coached: 'coach', managed: 'manager', owned: 'owner', painted: 'painter', choreographed: 'choreographer',
  narrated: 'narrator', illustrated: 'illustrator', photographed: 'photographer', performed: 'performer',
  starring: 'star', featuring: 'featured performer', 'co-starring': 'co-star', 'co-written': 'co-writer',
}));

/**
 * "a film directed by X", "the awards, hosted by X", "a sequel starring X, Y and Z", "which also
 * stars X": the person
 * who made, led or starred in something, named by the participle before them (and the list).
 */
export function agentBefore(article: Article, first: number): string | undefined {
  const k = beforeList(article, first);
  const t = k === undefined ? undefined : article.tokens[k];
  if (k === undefined || !t) return undefined;
  if (t.lower === 'by') return AGENTS.get(article.tokens[k - 1]?.lower ?? '');
  // "Meet the Fockers, which also stars X, Y and Z": the verb of a relative clause about a work.
  if (t.lower === 'stars' && ['which', 'also', 'that'].includes(article.tokens[k - 1]?.lower ?? '')) return 'star';
  return t.lower === 'starring' || t.lower === 'featuring' || t.lower === 'co-starring' ? AGENTS.get(t.lower) : undefined;
}

/**
 * A participle used as an adjective before a noun: "the Irish horseracing tycoons", "visiting
 * artists", "new UK-signed artists" — one in "-ing", or one in "-ed" after a determiner or an
 * adjective (not "the board appointed directors", where it is the clause's verb).
 */
function modifyingParticiple(article: Article, h: number): boolean {
  const t = article.tokens[h]!;
  if (t.pos !== 'VERB') return false;
  if (/ing$/.test(t.lower)) return true;
  return /ed$/.test(t.lower) && ['DET', 'ADJ'].includes(article.tokens[h - 1]?.pos ?? '');
}

/** The first token of the modifiers before the noun at `k` ("World Cup" of "World Cup winners"). */
function phraseStart(article: Article, k: number): number {
  const { tokens, tokenSentence } = article;
  let start = k;
  for (let h = k - 1; h >= 0 && k - h <= 4 && tokenSentence[h] === tokenSentence[k]; h--) {
    const t = tokens[h]!;
    if ((!['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(t.pos) && !modifyingParticiple(article, h)) || FUNCTION_WORDS.has(t.lower)) break;
    start = h;
  }
  return start;
}

/** The commas in the sentence of token `k`. */
export function commasAround(article: Article, k: number): number {
  const { tokens, tokenSentence } = article;
  const s = tokenSentence[k];
  let n = 0;
  for (let h = k; h >= 0 && tokenSentence[h] === s; h--) if (tokens[h]!.text === ',') n++;
  for (let h = k + 1; h < tokens.length && tokenSentence[h] === s; h++) if (tokens[h]!.text === ',') n++;
  return n;
}

const COPULAS = new Set(['are', 'were', 'is', 'was']);

/** True when a word for a person (singular or plural) stands in tokens `[from, to]` before any verb. */
function namesAPerson(article: Article, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = article.tokens[k]!;
    if (k > from && (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.lower)))) return false;
    if (/^\p{Ll}/u.test(t.text) && (isPersonNoun(t.lower) || pluralPersonNoun(article, k))) return true;
  }
  return false;
}

/**
 * A description joined by "are" or "were" to a list of names the person belongs to, either way
 * round: "X, Y and Z were just some of the actors who attended …", "The three boys playing Billy
 * are X, 15, Y, 14, and Z, 12". The list may hold ages; the description must hold a word for a
 * person.
 */
export function listCopula(article: Article, first: number, last: number): string | undefined {
  const { tokens, tokenSentence, tokenQuote } = article;
  const s = tokenSentence[first];
  const inList = (t: Token): boolean => t.text === ',' || t.lower === 'and' || /^\p{Lu}/u.test(t.text) || /^\d{1,3}$/.test(t.text);
  // Forward over the rest of the list to the verb.
  let k = last + 1;
  while (k < tokens.length && tokenSentence[k] === s && inList(tokens[k]!) && !COPULAS.has(tokens[k]!.lower)) k++;
  if (k < tokens.length && tokenSentence[k] === s && COPULAS.has(tokens[k]!.lower) && (k > last + 1 || [',', 'and'].includes(tokens[first - 1]?.lower ?? '')) && tokenQuote[k] === tokenQuote[first]) {
    const from = k + 1;
    let end = from;
    while (end + 1 < tokens.length && tokenSentence[end + 1] === s && end - from < 14 && ![',', '.', ';', ':', '"', '“', '”', '(', '—'].includes(tokens[end + 1]!.text)) end++;
    // "X and Y are currently in charge of Ajax": the idiom of leading, after an adverb.
    const lead = tokens[from]?.pos === 'ADV' ? from + 1 : from;
    if (tokens[lead]?.lower === 'in' && tokens[lead + 1]?.lower === 'charge' && tokens[lead + 2]?.lower === 'of' && lead + 2 < end) return span(article, lead, end);
    if (from <= end && namesAPerson(article, from, end)) return span(article, from, end);
  }
  // Back over the list to the verb, and the subject before it opening the sentence.
  let b = first - 1;
  while (b >= 0 && tokenSentence[b] === s && inList(tokens[b]!) && !COPULAS.has(tokens[b]!.lower)) b--;
  if (b <= 0 || tokenSentence[b] !== s || !COPULAS.has(tokens[b]!.lower) || tokenQuote[b] !== tokenQuote[first]) return undefined;
  let start = b - 1;
  while (start > 0 && tokenSentence[start - 1] === s && b - start < 12) start--;
  if (!['The', 'A', 'An', 'Those', 'These'].includes(tokens[start]!.text)) return undefined;
  return namesAPerson(article, start + 1, b - 1) ? span(article, start + 1, b - 1) : undefined;
}
