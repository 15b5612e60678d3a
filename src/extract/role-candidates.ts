/**
 * Every description the text attaches to one occurrence of a name, each tagged with the pattern
 * that found it: the candidates among which the learned role decision chooses (role-features.ts).
 * The patterns of roles.ts ("President X", "X, a political analyst", "His counterpart, X", "X, who
 * chairs …") and the looser ones of other sections of the news: a noun phrase before the name
 * ("fifth seed X", "the 2002 champion X"), a possessor ("Everton's X"), "X of France", "X (Spain)";
 * and those of a list of people the name is in (role-lists.ts).
 */
import type { Article } from './context.ts';
import { demonymOf } from './gazetteer.ts';
import { HONORIFICS, NAME_PARTICLES, isPersonNoun } from './lexicon.ts';
import type { NameRun } from './names.ts';
import { appositiveClause, roleAfter, roleByCopula, whoAfter } from './role-after.ts';
import { describedBeforeName, namedAs, roleBefore, roleInFront, span, verbAsModifier, widenTitle } from './roles.ts';
import { agentBefore, commasAround, listCopula, listDescription, listHeading } from './role-lists.ts';
import { sheetRole } from './role-sheet.ts';
import { awardAfter, awardBefore } from './role-awards.ts';
import { workBy, workOwned } from './role-works.ts';
import { asAfterVerb, bareCopula, courtAdvocate, courtAdvocateAfter, frontClause, looseAppositive, plainFront } from './role-loose.ts';
import { courtReport, inTheDock } from './role-dock.ts';
import { roleAs, roleAsOwned, roleByDuty, roleInLede, roleNextSentence } from './role-verbs.ts';

/** Where a candidate role was found. */
export type RoleSource =
  | 'title' | 'before' | 'front' | 'after' | 'copula' | 'as' | 'duty' | 'next' | 'described'
  | 'phrase' | 'possessor' | 'of' | 'paren' | 'who' | 'descriptor' | 'heading' | 'nearby' | 'subject' | 'list' | 'agent'
  | 'anaphor' | 'anaphorWide' | 'award' | 'workOwned' | 'workBy' | 'affiliation' | 'resolved' | 'nationality' | 'bareCopula' | 'asAfterVerb' | 'plainFront' | 'appositive' | 'lede' | 'court'
  | 'afterWho' | 'frontWho' | 'dock' | 'address';

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
const PERSON_PLURAL = /^\p{L}{3,}[^s]s$/u;
const HYPHENED_PARTICIPLE = /^\p{L}+-(?:\p{Ll}+ed|born)$/u;

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
    // "Fly-half X …", "Referee X …": a sentence's first word is capitalised whatever it is.
    const initial = k === 0 || tokenSentence[k - 1] !== tokenSentence[k];
    // "prop Tom Smith", "Bath prop X", "Prop X" opening a sentence, "fellow locks X and Y": a
    // word for a person (or people, before a pair of names) whatever its tag.
    // "Mother-of-two X": a compound led by a word for a person.
    const personWord = (/^\p{Ll}/u.test(tok.text) || initial) && (isPersonNoun(tok.lower) || (PERSON_PLURAL.test(tok.lower) && isPersonNoun(tok.lower.slice(0, -1)))
      || (/^\p{L}+-of-\p{L}+$/u.test(tok.lower) && isPersonNoun(tok.lower.split('-')[0]!)));
    // "seventh-seeded X", "Yugoslavian-born X": a hyphenated participle used as an adjective.
    const participle = HYPHENED_PARTICIPLE.test(tok.text) || verbAsModifier(article, k);
    if ((!PHRASE_POS.has(tok.pos) && !/^\d/.test(tok.text) && !personWord && !participle) || NAME_PARTICLES.has(tok.text)) break;
    if (participle) lowerNoun = true;
    if (((/^\p{Ll}/u.test(tok.text) || initial) && tok.pos === 'NOUN') || personWord) lowerNoun = true;
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
    const closes = [',', '.', ';', ':', '"', '“', '”', '(', '!', '?'].includes(tok.text) || tok.pos === 'VERB' || tok.pos === 'AUX' || ['who', 'and', 'said', 'says'].includes(tok.lower);
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

const POSTMODIFIER_PREPOSITIONS = new Set(['of', 'with', 'at', 'for', 'in', 'from', 'behind', 'on']);

/**
 * "The guitarist with US rock band Korn has quit … ¶ Brian Welch told …", "A former executive at
 * Merrill Lynch has lost her claim. An employment tribunal dismissed Stephanie Villalba's …", "A
 * taxi driver who punched a passenger has admitted assault. ¶ Tariq Khan, 41, …": the
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
    // "A taxi driver who punched a passenger … has admitted assault": a relative clause closes it,
    // and the description then stands for the person who opens the next sentence.
    if (tok.lower === 'who' && h > k + 1) {
      if (first > 0 && tokenSentence[first - 1] === s) return undefined;
      end = h - 1;
      break;
    }
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

/**
 * "Dame Alicia Markova, who has died in Bath aged 94, was the UK's first prima ballerina", "Ms Ortiz,
 * 52, is a nurse": the copula after an aside set off by commas right after the name.
 */
function copulaAfterAside(article: Article, last: number): string | undefined {
  const { tokens, tokenSentence, tokenQuote } = article;
  if (tokens[last + 1]?.text !== ',') return undefined;
  for (let k = last + 2; k < tokens.length && k - last < 25 && tokenSentence[k] === tokenSentence[last] && tokenQuote[k] === tokenQuote[last]; k++) {
    if (['"', '“', '”', '(', ';', ':'].includes(tokens[k]!.text)) return undefined;
    if (tokens[k]!.text === ',') return k > last + 2 ? roleByCopula(article, k) : undefined;
  }
  return undefined;
}

/** Police ranks as court and local reports abbreviate them before a name ("Det Insp X"). */
const RANK_ABBREVIATIONS = new Map(Object.entries({
  det: 'Detective', insp: 'Inspector', supt: 'Superintendent', sgt: 'Sergeant', ch: 'Chief', con: 'Constable',
  dci: 'Detective Chief Inspector', di: 'Detective Inspector', ds: 'Detective Sergeant', dc: 'Detective Constable',
  pc: 'Police Constable', pcso: 'Police Community Support Officer',
}));

/** "Det Insp" → "Detective Inspector": a description made only of abbreviated ranks, written out. */
function expandRanks(text: string): string {
  const words = text.split(/\s+/);
  if (!words.every((w) => RANK_ABBREVIATIONS.has(w.replace(/\.$/, '').toLowerCase()))) return text;
  return words.map((w) => RANK_ABBREVIATIONS.get(w.replace(/\.$/, '').toLowerCase())!).join(' ');
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
    const clean = text && expandRanks(text.replace(/^[,;:\s]+|[,;:\s]+$/g, ''));
    if (clean && clean.length > 1 && !out.some((o) => o.text === clean)) out.push({ source, text: clean, occurrence, quoted: run.quoted });
  };
  const look = (source: RoleSource, find: () => string | undefined): void => add(source, source in known ? known[source] : find());
  add('descriptor', run.descriptor);
  if (run.prefixLast >= 0) look('title', () => widenTitle(article, run.first, run.prefixLast, run.nameLast));
  else look('before', () => roleBefore(article, run.nameFirst, run.nameLast));
  look('front', () => roleInFront(article, run.first, run.nameLast));
  // "Kerr's producer, the Dutchman Anton Verhoeven,": the description before a name that has one of its own.
  if (['the', 'a', 'an'].includes(tokens[run.first - 1]?.lower ?? '') && (run.descriptor || run.prefixLast >= 0 || run.first < run.nameFirst)) {
    const front = roleInFront(article, run.first - 1, run.nameLast);
    if (front && !out.some((o) => o.text === front)) out.push({ source: 'front', text: front, occurrence, quoted: run.quoted, cues: ['front:described'] });
  }
  look('after', () => roleAfter(article, run.nameLast));
  // "Lee Hart, 34, of Moorside,": where the person lives, which the reports give with the age.
  const address = out.find((o) => o.source === 'after' && /^(?:of|from) /.test(o.text));
  const age = tokens[run.nameLast + 2];
  // The age in front ("34, of Moorside"); role-address.ts joins it to what else the person is.
  if (address && age?.pos === 'NUM') Object.assign(address, { cues: ['after:address'], text: /^\d{1,3}$/.test(age.text) ? `${age.text}, ${address.text}` : address.text });
  look('copula', () => roleByCopula(article, run.nameLast));
  add('afterWho', appositiveClause(article, run.nameLast));
  const aside = copulaAfterAside(article, run.nameLast);
  if (aside && !out.some((o) => o.text === aside)) out.push({ source: 'copula', text: aside, occurrence, quoted: run.quoted, cues: ['copula:aside'] });
  const governed = ['for', 'in', 'at', 'from', 'with', 'to', 'of', 'on', 'against'].includes(tokens[run.first - 1]?.lower ?? '');
  if (!governed) look('as', () => roleAs(article, run.nameLast));
  const owned = roleAsOwned(article, run.nameLast);
  if (owned && !out.some((o) => o.text === owned)) out.push({ source: 'as', text: owned, occurrence, quoted: run.quoted, cues: ['as:owned'] });
  look('duty', () => roleByDuty(article, run.nameLast));
  add('bareCopula', bareCopula(article, run.nameLast));
  if (!governed) add('asAfterVerb', asAfterVerb(article, run.nameLast));
  add('plainFront', plainFront(article, run.first, run.nameLast));
  add('frontWho', frontClause(article, run.first, run.nameLast));
  add('appositive', looseAppositive(article, run.nameLast));
  add('court', courtAdvocate(article, run.first));
  add('court', courtAdvocateAfter(article, run.nameLast));
  const dock = inTheDock(article, run.first, run.nameLast);
  if (dock && !out.some((o) => o.text === dock)) out.push({ source: 'dock', text: dock, occurrence, quoted: run.quoted, cues: courtReport(article) ? ['dock:court'] : [] });
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
  add('award', awardBefore(article, run.first));
  add('workOwned', workOwned(article, run.nameLast));
  add('workBy', workBy(article, run.first));
  add('affiliation', affiliation(article, run.nameLast));
  add('heading', listHeading(article, run.first) ?? sheetRole(article, run.first));
  // A heading over a long list (a line-up, a cast) rather than a short one.
  const heading = out.find((o) => o.source === 'heading');
  if (heading && commasAround(article, run.first) >= 4) heading.cues = ['heading:roster'];
  if (namedAs(article, run.first)) add('described', describedBeforeName(article, run.first));
  if (occurrence === 0 && !run.quoted) add('subject', subjectBefore(article, run.first));
  if (occurrence === 0) add('lede', roleInLede(article, run.first));
  add('list', listDescription(article, run.first, run.nameLast));
  // A copula over a list of names is a copula all the same.
  add('copula', listCopula(article, run.first, run.nameLast));
  // "written by Justice X": a title in the name says more than the participle before it.
  if (run.prefixLast < 0) add('agent', agentBefore(article, run.first));
  return out;
}
