/**
 * Evidence that a name is a person, and the role the text gives it, at one occurrence: a title or
 * honorific, an appositive, "who …", an age, a verb of saying, a given name, "his"/"her" taking
 * it up; and the signs that it is a company or a place instead.
 */
import type { Article } from './context.ts';
import { givenName } from './given-names.ts';
import { startsUpper } from './letters.ts';
import { ORG_DESCRIPTION_HEADS, isPersonNoun, isTitleWord } from './lexicon.ts';
import type { NameRun } from './names.ts';
import type { KnownRoles } from './role-candidates.ts';
import { roleAfter, roleByCopula } from './role-after.ts';
import { describedBeforeName, namedAs, roleBefore, roleInFront, widenTitle, type NameSpans } from './roles.ts';
import { roleAs, roleByDuty, roleNextSentence } from './role-verbs.ts';

/** Prepositions before a lone name that make it a place ("in Tarbeck"). */
export const PLACE_CUE = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'into', 'outside', 'inside', 'around', 'throughout', 'within', 'via']);

const RELATIONAL = new Set([
  'office', 'wife', 'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'family', 'lawyer',
  'lawyers', 'aide', 'aides', 'adviser', 'advisers', 'spokesman', 'spokeswoman', 'deputy', 'supporters', 'allies',
  'attempt', 'remarks', 'comments', 'successor', 'predecessor', 'presidency', 'death', 'career',
]);

/**
 * Verbs of saying that show a full name next to them is a person ("Jane Roe said"). Verbs that
 * organisations do as often ("warned", "agreed", "declared", "called") are left out.
 */
const PERSON_SPEECH = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'asked', 'wrote', 'writes', 'explained', 'insisted', 'recalled',
  'replied', 'argued', 'spoke', 'speaking', 'testified', 'tweeted',
]);

/** Words before a name that make it the object of a preposition or a definite noun phrase, not a speaker. */
const NOT_SUBJECT_BEFORE = new Set(['the', 'of', 'in', 'at', 'by', 'from', 'for', 'with', 'to', 'into', 'on', 'against', 'about', 'between']);

/** Locative prepositions: "in Norwich, who …" describes the person after the place, not the place. */
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'outside', 'inside', 'across', 'to']);

/** Things only an organisation has: "Westcoast's shares", "Lumora's chief executive". */
const COMPANY_POSSESSIONS = new Set([
  'shares', 'stock', 'profit', 'profits', 'revenue', 'revenues', 'earnings', 'board', 'workforce', 'employees',
  'subscribers', 'customers', 'headquarters', 'shareholders', 'subsidiary', 'chairman', 'chairwoman', 'ceo',
]);

/** True when a run is used the way only a company is: "shares of X", "X shares", "X's profits". */
export function companyCue(article: Article, run: NameRun): boolean {
  const { tokens } = article;
  const prev = tokens[run.first - 1];
  const prev2 = tokens[run.first - 2];
  const next = tokens[run.nameLast + 1];
  const afterNext = tokens[run.nameLast + 2];
  if (prev && prev2 && ['of', 'in'].includes(prev.lower) && ['shares', 'stock', 'stake'].includes(prev2.lower)) return true;
  if (next && ['shares', 'stock'].includes(next.lower)) return true;
  if (next && /^['’]s$/.test(next.text) && afterNext) {
    if (afterNext.lower === 'chief' && tokens[run.nameLast + 3]?.lower.startsWith('execut')) return true;
    // "X's profits", "X's fourth-quarter profits", "X's annual revenue": a word or two may come between.
    for (let k = run.nameLast + 2; k <= run.nameLast + 4; k++) {
      const t = tokens[k];
      if (!t || !/^[\p{Ll}\d]/u.test(t.text)) break;
      if (COMPANY_POSSESSIONS.has(t.lower)) return true;
    }
  }
  return false;
}

/**
 * True when the appositive after a name describes an organisation: "Serum Biologics, a drugmaker
 * in Pune", "Pacific Crest, the state's second-largest utility".
 */
function describesOrganisation(article: Article, nameLast: number): boolean {
  const { tokens, tokenSentence } = article;
  if (tokens[nameLast + 1]?.text !== ',') return false;
  // "Glenmorangie, one of Scotland's premier whisky firms": "one of" before the description.
  const oneOf = tokens[nameLast + 2]?.lower === 'one' && tokens[nameLast + 3]?.lower === 'of' ? 2 : 0;
  const det = tokens[nameLast + 2 + oneOf];
  if (!det || !(['a', 'an', 'the', 'its'].includes(det.lower) || (oneOf > 0 && /^\p{Lu}/u.test(det.text)))) return false;
  for (let k = nameLast + 3 + oneOf; k < nameLast + 9 + oneOf; k++) {
    const tok = tokens[k];
    if (!tok || tokenSentence[k] !== tokenSentence[nameLast] || tok.pos === 'PUNCT' || tok.pos === 'ADP' || tok.pos === 'VERB') return false;
    const next = tokens[k + 1];
    if (next && /^['’]s$/.test(next.text)) continue;
    if (isTitleWord(tok.lower)) return false;
    // "a city councillor", "a council officer", "a bank manager": a word of place or organisation
    // that modifies a word for a person is not the head.
    if (next && (isTitleWord(next.lower) || (next.pos === 'NOUN' && isPersonNoun(next.lower)))) continue;
    if (ORG_DESCRIPTION_HEADS.has(tok.lower) || /maker$/.test(tok.lower)) return true;
    // "El Fasher, the last major city in Darfur": a place.
    if (PLACE_HEADS.has(tok.lower) && tok.pos === 'NOUN') return true;
    // "a voice assistant startup": a person noun that modifies the noun after it is not the head.
    if (isPersonNoun(tok.lower) && tok.pos === 'NOUN' && next?.pos !== 'NOUN') return false;
  }
  return false;
}

/** Heads of an appositive that make the name before it a place. */
const PLACE_HEADS = new Set(['city', 'town', 'village', 'capital', 'province', 'region', 'district', 'port', 'island', 'county', 'state']);

/** The last word of a phrase is a kind of organisation ("company", "carmaker"). */
function isOrgHead(segment: string): boolean {
  const head = segment.split(/\s+/).pop() ?? '';
  return ORG_DESCRIPTION_HEADS.has(head) || /maker$/.test(head);
}

/**
 * "The parent company, Lumora,", "from its supplier, Autoliv,": a description in front whose head
 * is a kind of organisation — the head of its first phrase, or of a last phrase owned by "its".
 * Not "The head of the Residents' Association, Frances O'Driscoll".
 */
function organisationInFront(front: string): boolean {
  const segments = front.toLowerCase().split(/\s+(?:of|at|for|in|from|with|on|to)\s+|^(?:of|at|for|in|from|with|on|to)\s+/).filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  return (segments.length > 0 && isOrgHead(segments[0]!)) || (/^(?:its|their)\s/.test(last) && isOrgHead(last));
}

export interface Occurrence {
  run: NameRun;
  role?: string;
  /** The hand rule's verdict: the text says this is a person. */
  evidence: boolean;
  /** The signs seen at this occurrence, as features for the learned person decision. */
  cues?: string[];
  /** The role patterns already tried here, for the candidates of the learned role decision. */
  known?: KnownRoles;
}

export function occurrenceOf(article: Article, run: NameRun, names?: NameSpans): Occurrence {
  const { tokens } = article;
  const before = run.prefixLast >= 0 ? widenTitle(article, run.first, run.prefixLast, run.nameLast, names) : roleBefore(article, run.nameFirst, run.nameLast, names);
  const front = roleInFront(article, run.first, run.nameLast, names);
  const after = roleAfter(article, run.nameLast, names);
  const known: KnownRoles = run.prefixLast >= 0 ? { title: before, front, after } : { before, front, after };
  // The title already carries the description in front ("A member of the panel, Acting Justice X").
  const parts = front && before?.startsWith(front) ? [before] : front ? [front] : [before, after].filter((r): r is string => Boolean(r));
  if (front && run.titlePrefix && before && !front.includes(before) && !before.startsWith(front)) parts.push(before);
  // "for Rivermouth as a midfielder" is about the player, not the club after "for".
  const governed = ['for', 'in', 'at', 'from', 'with', 'to', 'of', 'on', 'against'].includes(tokens[run.first - 1]?.lower ?? '');
  if (parts.length === 0) {
    known.copula = roleByCopula(article, run.nameLast);
    if (!governed) known.as = roleAs(article, run.nameLast);
  }
  const copula = parts.length === 0 ? known.copula ?? (governed ? undefined : known.as) : undefined;
  if (copula) parts.push(copula);
  if (parts.length === 0) known.duty = roleByDuty(article, run.nameLast);
  const duty = parts.length === 0 ? known.duty : undefined;
  if (duty) parts.push(duty);
  const described = parts.length === 0 && !run.quoted ? roleNextSentence(article, run.nameFirst, run.nameLast) : undefined;
  if (described) parts.push(described);
  const orgLike = run.kind !== 'person' && (describesOrganisation(article, run.nameLast) || (front !== undefined && organisationInFront(front)));
  const named = namedAs(article, run.first);
  if (parts.length === 0 && named) {
    const description = describedBeforeName(article, run.first);
    if (description) parts.push(description);
  }
  const role = parts.length > 0 && !orgLike ? parts.join(', ') : undefined;
  const words = run.nameLast - run.nameFirst + 1;
  const next = tokens[run.nameLast + 1];
  const afterNext = tokens[run.nameLast + 2];
  const prev = tokens[run.first - 1];
  const sameSentence = (k: number): boolean => article.tokenSentence[k] === article.tokenSentence[run.nameLast];
  const verbAfter = next !== undefined && (PERSON_SPEECH.has(next.lower)
    || (next.pos === 'ADV' && afterNext !== undefined && PERSON_SPEECH.has(afterNext.lower)));
  const subject = prev === undefined || !NOT_SUBJECT_BEFORE.has(prev.lower) || !sameSentence(run.first - 1);
  // "said Jane Roe." / "said Jane Roe, a …" — not "said Pacific Crest had spent …".
  const closesAfter = next === undefined || [',', '.', ';', ':'].includes(next.text) || !sameSentence(run.nameLast + 1);
  // "Healthwatch Bradford said it had …": "it" refers back to an organisation.
  const speechVerb = next?.pos === 'ADV' ? run.nameLast + 2 : run.nameLast + 1;
  const saysIt = ['it', 'its'].includes(tokens[speechVerb + 1]?.lower ?? '');
  const speaks = (verbAfter && subject && !saysIt)
    || (prev !== undefined && PERSON_SPEECH.has(prev.lower) && prev.pos === 'VERB' && closesAfter);
  const possessive = next !== undefined && /^['’]s$/.test(next.text) && afterNext !== undefined && RELATIONAL.has(afterNext.lower);
  const who = next?.text === ',' && afterNext?.lower === 'who' && !(prev !== undefined && (LOCATIVE.has(prev.lower) || NOT_SUBJECT_BEFORE.has(prev.lower)));
  // "Gregory Hale, 58, …": an age set off by commas.
  const aged = next?.text === ',' && afterNext !== undefined && /^\d{1,3}$/.test(afterNext.text) && Number(afterNext.text) <= 120
    && tokens[run.nameLast + 3]?.text === ',';
  const strong = run.kind === 'person' || role !== undefined || who || aged || run.honorific || named;
  // "Jonjo McCready", "Tom O'Sullivan": surname forms that only people have.
  const surnameForm = /^(?:Mc|Mac)\p{Lu}|^O['’]\p{Lu}/u.test(tokens[run.nameLast]!.text);
  // "Ana Ortiz will replace …": a known given name before a surname, as the subject of a singular
  // verb ("Wells Fargo and Charles Schwab were …" are firms), unless used as a company is.
  const company = companyCue(article, run);
  const given = words <= 3 && run.nameFirst === run.first && givenName(tokens[run.nameFirst]!.text) !== undefined
    && !/^(?:al|el|la|le|de|di|da|du|van|von|san|santa)$/i.test(tokens[run.first]!.text)
    && (prev === undefined || !sameSentence(run.first - 1) || !(NOT_SUBJECT_BEFORE.has(prev.lower) || PLACE_CUE.has(prev.lower) || prev.lower === 'and'))
    && next !== undefined && (['VERB', 'AUX'].includes(next.pos) || ['of', 'at'].includes(next.lower)) && !['are', 'were', 'have', 'do'].includes(next.lower)
    && !saysIt && !company;
  const pronounAfter = personalPronounAfter(article, run);
  const weak = speaks || possessive || surnameForm || given || pronounAfter;
  const evidence = !orgLike && (strong || (!run.placeLead && words >= 2 && weak));
  const cues: string[] = [];
  if (run.kind === 'person') cues.push('title');
  if (role !== undefined) cues.push('role');
  if (who) cues.push('who');
  if (aged) cues.push('aged');
  if (run.honorific) cues.push('honorific');
  if (named) cues.push('named');
  if (speaks) cues.push('speaks');
  if (possessive) cues.push('possessive');
  if (surnameForm) cues.push('surnameForm');
  if (given) cues.push('given');
  if (pronounAfter) cues.push('pronounAfter');
  if (orgLike) cues.push('orgLike');
  if (run.placeLead) cues.push('placeLead');
  if (company) cues.push('company');
  return { run, role, evidence, cues, known };
}

/**
 * "Henrike Vos has spent more time on the ice than any scientist of her generation": a name that
 * opens its sentence as the subject and is taken up by "his" or "her" before any other name.
 */
function personalPronounAfter(article: Article, run: NameRun): boolean {
  const { tokens, tokenSentence } = article;
  if (!article.clauseInitial[run.first] || !['VERB', 'AUX'].includes(tokens[run.nameLast + 1]?.pos ?? '')) return false;
  const sentence = tokenSentence[run.first];
  for (let k = run.nameLast + 2; k < tokens.length && tokenSentence[k] === sentence && k - run.nameLast < 40; k++) {
    if (article.tokenQuote[k]! >= 0) return false;
    const tok = tokens[k]!;
    if (startsUpper(tok.text) && startsUpper(tokens[k + 1]?.text ?? '')) return false;
    if (['his', 'her', 'he', 'she', 'himself', 'herself'].includes(tok.text)) return true;
  }
  return false;
}
