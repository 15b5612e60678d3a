/**
 * Every description the text attaches to one occurrence of a name, each tagged with the pattern
 * that found it: the candidates among which the learned role decision chooses (role-features.ts).
 * The patterns of roles.ts ("President X", "X, a political analyst", "His counterpart, X", "X, who
 * chairs …") and the looser ones of other sections of the news: a noun phrase before the name
 * ("fifth seed X", "the 2002 champion X"), a possessor ("Everton's X"), "X of France", "X (Spain)".
 */
import type { Article } from './context.ts';
import { demonymOf, isDemonym } from './gazetteer.ts';
import { FUNCTION_WORDS, HONORIFICS, NAME_PARTICLES, NATIONALITY_NOUNS, isPersonNoun, isTitleWord } from './lexicon.ts';
import type { NameRun } from './names.ts';
import type { Token } from './nlp.ts';
import { describedBeforeName, namedAs, roleAfter, roleBefore, roleByCopula, roleInFront, span, widenTitle } from './roles.ts';
import { roleAs, roleByDuty, roleNextSentence } from './role-verbs.ts';

/** Where a candidate role was found. */
export type RoleSource =
  | 'title' | 'before' | 'front' | 'after' | 'copula' | 'as' | 'duty' | 'next' | 'described'
  | 'phrase' | 'possessor' | 'of' | 'paren' | 'who' | 'descriptor' | 'heading' | 'nearby' | 'subject' | 'list' | 'agent'
  | 'anaphor' | 'award' | 'affiliation' | 'resolved' | 'nationality';

/** One candidate description of a person. */
export interface RoleOption {
  source: RoleSource;
  text: string;
  /** Index of the occurrence among the person's occurrences (0 = first mention). */
  occurrence: number;
  quoted: boolean;
  /** Features the pattern itself knows (how far, how ambiguous), for the learned decision. */
  cues?: string[];
  /** For a description offered to several people (an anaphor), what identifies it: one takes it. */
  key?: number;
}

const PHRASE_POS = new Set(['ADJ', 'NOUN', 'NUM', 'PROPN']);

/**
 * The noun phrase right before a name that is not a title word's phrase: "fifth seed", "the 2002
 * champion", "Portuguese youngster", "four-time champion". At least one lower-case noun or a number.
 */
function phraseBefore(article: Article, first: number): string | undefined {
  const { tokens, tokenSentence } = article;
  let k = first - 1;
  while (k >= 0 && HONORIFICS.has(tokens[k]!.lower)) k--;
  const end = k;
  let start = end + 1;
  let lowerNoun = false;
  for (; k >= 0 && end - k < 6; k--) {
    const tok = tokens[k]!;
    if (tokenSentence[k] !== tokenSentence[first] || article.tokenQuote[k] !== article.tokenQuote[first]) break;
    // "prop Tom Smith", "Bath prop X": a word for a person whatever its tag.
    const personWord = /^\p{Ll}/u.test(tok.text) && isPersonNoun(tok.lower);
    if ((!PHRASE_POS.has(tok.pos) && !/^\d/.test(tok.text) && !personWord) || NAME_PARTICLES.has(tok.text)) break;
    if ((/^\p{Ll}/u.test(tok.text) && tok.pos === 'NOUN') || personWord) lowerNoun = true;
    if (/^\d/.test(tok.text)) lowerNoun = true;
    start = k;
  }
  if (start > end || !lowerNoun) return undefined;
  return span(article, start, end);
}

/** "Everton's X", "Britain's X": the possessor right before the name. */
function possessor(article: Article, first: number): string | undefined {
  const { tokens, tokenSentence } = article;
  const mark = tokens[first - 1];
  if (!mark || !/^['’]s$/.test(mark.text)) return undefined;
  let k = first - 2;
  const end = k;
  while (k >= 0 && end - k < 4 && /^\p{Lu}/u.test(tokens[k]!.text) && tokenSentence[k] === tokenSentence[first]) k--;
  return k + 1 <= end ? span(article, k + 1, end) : undefined;
}

/** "X of France", "X of Chelsea": a capitalised name after "of". */
function ofPlace(article: Article, last: number): string | undefined {
  const { tokens, tokenSentence } = article;
  if (tokens[last + 1]?.lower !== 'of') return undefined;
  let k = last + 2;
  if (tokens[k]?.lower === 'the') k++;
  const from = k;
  while (k < tokens.length && k - from < 4 && /^\p{Lu}/u.test(tokens[k]!.text) && tokenSentence[k] === tokenSentence[last]) k++;
  return k > from ? span(article, last + 1, k - 1) : undefined;
}

/**
 * "Simon Thomas, of Plaid Cymru,", "said Jason Daw at Merrill Lynch", "Tim Ngata of the research
 * group Infometrics", "Brad Adams, from the UK's Human Rights Watch,": the organisation a person
 * speaks for, after "of", "at" or "from" (a comma before it or not), up to a capitalised name that
 * ends the phrase at a comma, the sentence's end or a verb.
 */
function affiliation(article: Article, last: number): string | undefined {
  const { tokens, tokenSentence, tokenQuote } = article;
  let k = last + 1;
  if (tokens[k]?.text === ',') k++;
  const prep = tokens[k];
  if (!prep || !['of', 'at', 'from'].includes(prep.lower)) return undefined;
  let end = -1;
  for (let h = k + 1; h < tokens.length && h <= k + 8 && tokenSentence[h] === tokenSentence[last] && tokenQuote[h] === tokenQuote[last]; h++) {
    const tok = tokens[h]!;
    if (/^\p{Lu}|^\d+\p{L}/u.test(tok.text)) {
      end = h;
      continue;
    }
    const closes = [',', '.', ';', ':', '"', '“', '”', '('].includes(tok.text) || tok.pos === 'VERB' || tok.pos === 'AUX' || ['who', 'and', 'said', 'says'].includes(tok.lower);
    if (closes) break;
    if (end >= 0 && end === h - 1 && !/^['’]s$/.test(tok.text)) {
      end = -1;
      break;
    }
    if (!['DET', 'NOUN', 'ADJ', 'PART'].includes(tok.pos) && !/^['’]s$/.test(tok.text)) return undefined;
  }
  return end > k ? span(article, k, end) : undefined;
}

/** "X (Spain)", "X (Chelsea)": a short bracket after the name. */
function bracket(article: Article, last: number): string | undefined {
  const { tokens } = article;
  if (tokens[last + 1]?.text !== '(') return undefined;
  for (let k = last + 2; k < Math.min(tokens.length, last + 7); k++) {
    if (tokens[k]!.text === ')') return k > last + 2 ? span(article, last + 2, k - 1) : undefined;
  }
  return undefined;
}

/** ", who co-wrote Blue Moon,": any relative clause after the name, up to its end. */
function whoAfter(article: Article, last: number): string | undefined {
  const { tokens, tokenSentence } = article;
  if (tokens[last + 1]?.text !== ',' || tokens[last + 2]?.lower !== 'who') return undefined;
  let k = last + 3;
  // "who was her student at …": the description is what follows the copula.
  if (['is', 'was'].includes(tokens[k]?.lower ?? '')) k++;
  else if (['has', 'had'].includes(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'been') k += 2;
  const from = k;
  while (k < tokens.length && k - from < 18 && tokenSentence[k] === tokenSentence[last]
    && ![',', '.', ';', ':', '"', '“', '”', '—'].includes(tokens[k]!.text)) k++;
  return k > from ? span(article, from, k - 1) : undefined;
}

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

const POSTMODIFIER_PREPOSITIONS = new Set(['of', 'with', 'at', 'for', 'in', 'from', 'behind', 'on']);

/**
 * "The guitarist with US rock band Korn has quit … ¶ Brian Welch told …", "A former executive at
 * Merrill Lynch has lost her claim. An employment tribunal dismissed Stephanie Villalba's …": the
 * subject of the sentence before a person's first mention, when it describes a person ("The",
 * "A" or "An", a head noun for a person, its modifiers, then the verb).
 */
function subjectBefore(article: Article, first: number): string | undefined {
  const { tokens, tokenSentence, sentences } = article;
  const s = tokenSentence[first]!;
  const previous = sentences[s - 1];
  if (!previous) return undefined;
  let k = first;
  while (k > 0 && tokenSentence[k - 1] === s) k--;
  while (k > 0 && tokenSentence[k - 1] === s - 1) k--;
  const det = tokens[k];
  if (!det || !['The', 'A', 'An'].includes(det.text) || article.tokenQuote[k]! >= 0) return undefined;
  let head = -1;
  let end = -1;
  for (let h = k + 1; h < tokens.length && h <= k + 14 && tokenSentence[h] === s - 1; h++) {
    const tok = tokens[h]!;
    if (article.tokenQuote[h]! >= 0) return undefined;
    if (tok.pos === 'VERB' || tok.pos === 'AUX') {
      // "The creator of Buffy the Vampire Slayer is to …": the verb closes the description.
      if (h > k + 1 && !(tok.pos === 'VERB' && /ing$/.test(tok.lower) && head < 0)) {
        end = h - 1;
        break;
      }
      if (head >= 0) return undefined;
      continue;
    }
    if (head < 0 && POSTMODIFIER_PREPOSITIONS.has(tok.lower)) {
      head = h - 1;
      continue;
    }
    if (!['NOUN', 'ADJ', 'PROPN', 'NUM', 'DET', 'ADP', 'PART', 'CCONJ'].includes(tok.pos) && !/^['’]s$/.test(tok.text)) return undefined;
  }
  if (end < 0) return undefined;
  if (head < 0) head = end;
  const noun = tokens[head]!;
  if (!/^\p{Ll}/u.test(noun.text) || /[^s]s$/.test(noun.lower) || !isPersonNoun(noun.lower)) return undefined;
  return span(article, k + 1, end);
}

const LIST_OPENERS = new Set(['including', 'include', 'includes', 'included', 'like', 'as', 'in']);

/** A plural word for people ("winners", "Youngsters"), lower case or opening its clause. */
function pluralPersonNoun(article: Article, k: number): boolean {
  const t = article.tokens[k]!;
  if (!/s$/.test(t.lower) || !(/^\p{Ll}/u.test(t.text) || article.clauseInitial[k])) return false;
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
function listDescription(article: Article, first: number): string | undefined {
  const { tokens, tokenSentence } = article;
  const s = tokenSentence[first];
  const k = beforeList(article, first);
  if (k === undefined) return undefined;
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
    if (['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(t.pos) || /^['’]s$/.test(t.text)) {
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
  if (head < 0 || start > end) return undefined;
  while (start < head && ['ADP', 'DET'].includes(tokens[start]!.pos)) start++;
  return span(article, start, end);
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
 * "a film directed by X", "the awards, hosted by X", "a sequel starring X, Y and Z": the person
 * who made, led or starred in something, named by the participle before them (and the list).
 */
function agentBefore(article: Article, first: number): string | undefined {
  const k = beforeList(article, first);
  const t = k === undefined ? undefined : article.tokens[k];
  if (k === undefined || !t) return undefined;
  if (t.lower === 'by') return AGENTS.get(article.tokens[k - 1]?.lower ?? '');
  return t.lower === 'starring' || t.lower === 'featuring' || t.lower === 'co-starring' ? AGENTS.get(t.lower) : undefined;
}

/** The first token of the modifiers before the noun at `k` ("World Cup" of "World Cup winners"). */
function phraseStart(article: Article, k: number): number {
  const { tokens, tokenSentence } = article;
  let start = k;
  for (let h = k - 1; h >= 0 && k - h <= 4 && tokenSentence[h] === tokenSentence[k]; h--) {
    const t = tokens[h]!;
    if (!['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(t.pos) || FUNCTION_WORDS.has(t.lower)) break;
    start = h;
  }
  return start;
}

/** Verbs of winning and being shortlisted, and what they make of the person. */
const AWARD_VERBS = new Map(Object.entries({
  won: 'winner', wins: 'winner', win: 'winner', took: 'winner', takes: 'winner', scooped: 'winner', claimed: 'winner',
  collected: 'winner', landed: 'winner', named: 'winner', voted: 'winner', crowned: 'winner', picked: 'winner',
  nominated: 'nominee', shortlisted: 'nominee',
}));
const AWARD_SKIP = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'also', 'both', 'up', 'for', 'as', 'in', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'second', 'third', 'first', 'fourth', 'fifth']);

/**
 * "X won best actor for …", "X picked up her second best actress Oscar", "X was nominated for best
 * director", "X was named best newcomer": the category a person won or was shortlisted in, with
 * "winner" or "nominee" ("best actress nominee"). The category opens with "best" or "most".
 */
function awardAfter(article: Article, last: number): string | undefined {
  const { tokens, tokenSentence } = article;
  let k = last + 1;
  let kind: string | undefined;
  for (let steps = 0; k < tokens.length && steps < 6 && tokenSentence[k] === tokenSentence[last]; k++, steps++) {
    const lower = tokens[k]!.lower;
    if (lower === 'best' || lower === 'most') break;
    if (AWARD_VERBS.has(lower) && kind === undefined) kind = AWARD_VERBS.get(lower);
    else if (!AWARD_SKIP.has(lower)) return undefined;
  }
  if (!kind || !['best', 'most'].includes(tokens[k]?.lower ?? '')) return undefined;
  const from = k;
  let end = k;
  while (end + 1 < tokens.length && end - from < 4 && tokenSentence[end + 1] === tokenSentence[last]
    && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[end + 1]!.pos) && !FUNCTION_WORDS.has(tokens[end + 1]!.lower)) end++;
  return end > from ? `${span(article, from, end)} ${kind}` : undefined;
}

/** The commas in the sentence of token `k`. */
function commasAround(article: Article, k: number): number {
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
function listCopula(article: Article, first: number, last: number): string | undefined {
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

/** Descriptions an earlier step already looked for at this occurrence (undefined: looked, none found). */
export type KnownRoles = Partial<Record<RoleSource, string | undefined>>;

/**
 * Every candidate description at one occurrence of a name (`occurrence` its rank among the
 * person's). Patterns already tried by evidence.ts are taken from `known` rather than run again.
 */
export function roleOptions(article: Article, run: NameRun, occurrence: number, known: KnownRoles = {}): RoleOption[] {
  const { tokens } = article;
  const out: RoleOption[] = [];
  const add = (source: RoleSource, text: string | undefined): void => {
    const clean = text?.replace(/^[,;:\s]+|[,;:\s]+$/g, '');
    if (clean && clean.length > 1 && !out.some((o) => o.text === clean)) out.push({ source, text: clean, occurrence, quoted: run.quoted });
  };
  const look = (source: RoleSource, find: () => string | undefined): void => add(source, source in known ? known[source] : find());
  add('descriptor', run.descriptor);
  if (run.prefixLast >= 0) look('title', () => widenTitle(article, run.first, run.prefixLast, run.nameLast));
  else look('before', () => roleBefore(article, run.nameFirst, run.nameLast));
  look('front', () => roleInFront(article, run.first, run.nameLast));
  look('after', () => roleAfter(article, run.nameLast));
  look('copula', () => roleByCopula(article, run.nameLast));
  const governed = ['for', 'in', 'at', 'from', 'with', 'to', 'of', 'on', 'against'].includes(tokens[run.first - 1]?.lower ?? '');
  if (!governed) look('as', () => roleAs(article, run.nameLast));
  look('duty', () => roleByDuty(article, run.nameLast));
  if (!run.quoted) look('next', () => roleNextSentence(article, run.nameFirst, run.nameLast));
  if (run.prefixLast < 0) add('phrase', phraseBefore(article, run.first));
  const owner = possessor(article, run.first);
  add('possessor', owner);
  // "China's Li Na", "X (Spain)": the country as a nationality ("Chinese").
  const paren = bracket(article, run.nameLast);
  add('nationality', (owner && demonymOf(owner)) ?? (paren && demonymOf(paren)));
  add('of', ofPlace(article, run.nameLast));
  add('paren', paren);
  add('who', whoAfter(article, run.nameLast));
  add('award', awardAfter(article, run.nameLast));
  add('affiliation', affiliation(article, run.nameLast));
  add('heading', listHeading(article, run.first));
  // A heading over a long list (a line-up, a cast) rather than a short one.
  const heading = out.find((o) => o.source === 'heading');
  if (heading && commasAround(article, run.first) >= 4) heading.cues = ['heading:roster'];
  if (namedAs(article, run.first)) add('described', describedBeforeName(article, run.first));
  if (occurrence === 0 && !run.quoted) add('subject', subjectBefore(article, run.first));
  add('list', listDescription(article, run.first));
  // A copula over a list of names is a copula all the same.
  add('copula', listCopula(article, run.first, run.nameLast));
  // "written by Justice X": a title in the name says more than the participle before it.
  if (run.prefixLast < 0) add('agent', agentBefore(article, run.first));
  return out;
}

/** A definite description of one person in the text ("the American billionaire"). */
export interface DefiniteDescription {
  /** Token of "the". */
  at: number;
  /** Token of the head word. */
  head: number;
  text: string;
  /** "The" opens the sentence (rather than a clause inside it). */
  opens: boolean;
  /** The head is a nationality ("The Slovakian", "the Briton"). */
  nationality: boolean;
}

/** Words after which "the" opens a clause of its own ("after the Russian struggled"). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'while', 'but', 'as', 'when', 'since', 'because', 'although', 'though', 'whereas', 'until', 'and', 'then']);

/**
 * Every definite description of one person that is the subject of its clause: "The 18-year-old
 * Indian, who …", "The central defender added …", "after the American billionaire launched …".
 * "The", modifiers (ages, adjectives, nouns, capitalised words), a singular head that is a word for
 * a person, a title, a nationality or an age, then a comma, "who" or a verb. Outside quotations.
 * Who it describes is decided by the caller (the person named last before it).
 */
export function definiteDescriptions(article: Article): DefiniteDescription[] {
  const { tokens, tokenSentence, tokenQuote } = article;
  const out: DefiniteDescription[] = [];
  for (let k = 0; k < tokens.length - 2; k++) {
    if (tokens[k]!.lower !== 'the' || tokenQuote[k]! >= 0) continue;
    const opens = article.clauseInitial[k] === 1;
    // "'…,' the prime minister told …": right after a quotation, as the one who says it.
    const afterQuote = ['"', '”'].includes(tokens[k - 1]?.text ?? '') && tokenQuote[k - 2]! >= 0;
    if (!opens && !afterQuote && !CLAUSE_OPENERS.has(tokens[k - 1]?.lower ?? '')) continue;
    for (let h = k + 1; h <= k + 5 && h < tokens.length; h++) {
      const tok = tokens[h]!;
      if (tokenSentence[h] !== tokenSentence[k] || tokenQuote[h]! >= 0) break;
      const next = tokens[h + 1];
      const closes = next !== undefined && tokenSentence[h + 1] === tokenSentence[k]
        && (next.text === ',' || next.lower === 'who' || ((next.pos === 'VERB' || next.pos === 'AUX') && !/^['’]s$/.test(next.text)));
      const nationality = /^\p{Lu}/u.test(tok.text) && (isDemonym(tok.text) || NATIONALITY_NOUNS.has(tok.lower)) && !/s$/.test(tok.lower);
      const word = /^\p{Ll}/u.test(tok.text) && tok.pos === 'NOUN' && (isPersonNoun(tok.lower) || isTitleWord(tok.lower)) && !/[^s]s$/.test(tok.lower);
      const age = /^\d+-year-old$/.test(tok.lower);
      if ((nationality || word || age) && closes) {
        out.push({ at: k, head: h, text: span(article, k + 1, h), opens, nationality });
        break;
      }
      const modifier = /^\d/.test(tok.text) || ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tok.pos) || (tok.pos === 'VERB' && /(?:ing|ed)$/.test(tok.lower));
      if (!modifier || FUNCTION_WORDS.has(tok.lower)) break;
    }
  }
  return out;
}
