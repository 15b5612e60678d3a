/**
 * Actors: people, places, organisations and groups, each listed once with its aliases and, for
 * people, the role the text gives them. A name is a person when the text says so: a title or
 * honorific, an appositive description, "who …", a verb of saying next to a full name, or a
 * surname used on its own later. Surnames, "Mr X" and "the president" resolve to the full actor.
 */
import type { ActorKind } from '../briefing/model.ts';
import type { Article } from './context.ts';
import { lookupPlace } from './gazetteer.ts';
import { NEVER_ACTORS, ORG_DESCRIPTION_HEADS, STORM_WORDS, foldName, isPersonNoun, isTitleWord } from './lexicon.ts';
import { givenName } from './given-names.ts';
import { findNameRuns, type NameRun } from './names.ts';
import { roleAfter, roleAs, roleBefore, roleByCopula, roleInFront, widenTitle } from './roles.ts';

/** An actor while extraction is running; `cites` are filled by the caller from mentions. */
export interface ActorDraft {
  name: string;
  aliases: Set<string>;
  kind: ActorKind;
  role: string | null;
  /** Token index of the first mention, for ordering. */
  first: number;
}

/** One place in the body that refers to an actor. */
export interface Mention {
  actor: number;
  start: number;
  end: number;
  /** Token index of the mention's first word. */
  token: number;
  quoted: boolean;
}

/** Actors and where they are mentioned (sorted by position). */
export interface ActorTable {
  actors: ActorDraft[];
  mentions: Mention[];
}

const RELATIONAL = new Set([
  'office', 'wife', 'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'family', 'lawyer',
  'lawyers', 'aide', 'aides', 'adviser', 'advisers', 'spokesman', 'spokeswoman', 'deputy', 'supporters', 'allies',
  'attempt', 'remarks', 'comments', 'successor', 'predecessor', 'presidency', 'death', 'career',
]);

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their']);

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

const FEMALE_HONORIFIC = /^(?:mrs|ms|miss|madam|lady|dame|mme)\.?\s/i;
const MALE_HONORIFIC = /^(?:mr|sir|lord)\.?\s/i;

/** True when a mention's honorific and the actor's known honorifics disagree on sex ("Mrs X" vs "Sir Y X"). */
function conflictingHonorifics(text: string, actor: ActorDraft): boolean {
  const female = FEMALE_HONORIFIC.test(text);
  const male = MALE_HONORIFIC.test(text);
  if (!female && !male) return false;
  for (const alias of [actor.name, ...actor.aliases]) {
    if ((female && MALE_HONORIFIC.test(alias)) || (male && FEMALE_HONORIFIC.test(alias))) return true;
  }
  return false;
}

/** Things only an organisation has: "Westcoast's shares", "Lumora's chief executive". */
const COMPANY_POSSESSIONS = new Set([
  'shares', 'stock', 'profit', 'profits', 'revenue', 'revenues', 'earnings', 'board', 'workforce', 'employees',
  'subscribers', 'customers', 'headquarters', 'shareholders', 'subsidiary', 'chairman', 'chairwoman', 'ceo',
]);

/** True when a run is used the way only a company is: "shares of X", "X shares", "X's profits". */
function companyCue(article: Article, run: NameRun): boolean {
  const { tokens } = article;
  const prev = tokens[run.first - 1];
  const prev2 = tokens[run.first - 2];
  const next = tokens[run.nameLast + 1];
  const afterNext = tokens[run.nameLast + 2];
  if (prev && prev2 && ['of', 'in'].includes(prev.lower) && ['shares', 'stock', 'stake'].includes(prev2.lower)) return true;
  if (next && ['shares', 'stock'].includes(next.lower)) return true;
  if (next && /^['’]s$/.test(next.text) && afterNext) {
    if (COMPANY_POSSESSIONS.has(afterNext.lower)) return true;
    if (afterNext.lower === 'chief' && tokens[run.nameLast + 3]?.lower.startsWith('execut')) return true;
  }
  return false;
}

/**
 * "who gave his name only as Sipho", "who gave only her first name, Maria": the text says the
 * word is someone's name.
 */
function namedAs(article: Article, first: number): boolean {
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
function describedBeforeName(article: Article, first: number): string | undefined {
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

/**
 * True when the appositive after a name describes an organisation: "Serum Biologics, a drugmaker
 * in Pune", "Pacific Crest, the state's second-largest utility".
 */
function describesOrganisation(article: Article, nameLast: number): boolean {
  const { tokens, tokenSentence } = article;
  if (tokens[nameLast + 1]?.text !== ',') return false;
  const det = tokens[nameLast + 2];
  if (!det || !['a', 'an', 'the', 'its'].includes(det.lower)) return false;
  for (let k = nameLast + 3; k < nameLast + 9; k++) {
    const tok = tokens[k];
    if (!tok || tokenSentence[k] !== tokenSentence[nameLast] || tok.pos === 'PUNCT' || tok.pos === 'ADP' || tok.pos === 'VERB') return false;
    const next = tokens[k + 1];
    if (next && /^['’]s$/.test(next.text)) continue;
    if (isTitleWord(tok.lower)) return false;
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

interface Occurrence {
  run: NameRun;
  role?: string;
  evidence: boolean;
}

function nameTokens(name: string): string[] {
  return foldName(name).split(' ').filter(Boolean);
}

function occurrenceOf(article: Article, run: NameRun): Occurrence {
  const { tokens } = article;
  const before = run.prefixLast >= 0 ? widenTitle(article, run.first, run.prefixLast, run.nameLast) : roleBefore(article, run.nameFirst, run.nameLast);
  const front = roleInFront(article, run.first, run.nameLast);
  const after = roleAfter(article, run.nameLast);
  // The title already carries the description in front ("A member of the panel, Acting Justice X").
  const parts = front && before?.startsWith(front) ? [before] : front ? [front] : [before, after].filter((r): r is string => Boolean(r));
  if (front && run.titlePrefix && before && !front.includes(before) && !before.startsWith(front)) parts.push(before);
  // "for Rivermouth as a midfielder" is about the player, not the club after "for".
  const governed = ['for', 'in', 'at', 'from', 'with', 'to', 'of', 'on', 'against'].includes(tokens[run.first - 1]?.lower ?? '');
  const copula = parts.length === 0 ? roleByCopula(article, run.nameLast) ?? (governed ? undefined : roleAs(article, run.nameLast)) : undefined;
  if (copula) parts.push(copula);
  const orgLike = run.kind !== 'person' && describesOrganisation(article, run.nameLast);
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
  const given = words <= 3 && run.nameFirst === run.first && givenName(tokens[run.nameFirst]!.text) !== undefined
    && !/^(?:al|el|la|le|de|di|da|du|van|von|san|santa)$/i.test(tokens[run.first]!.text)
    && (prev === undefined || !sameSentence(run.first - 1) || !(NOT_SUBJECT_BEFORE.has(prev.lower) || PLACE_CUE.has(prev.lower) || prev.lower === 'and'))
    && next !== undefined && ['VERB', 'AUX'].includes(next.pos) && !['are', 'were', 'have', 'do'].includes(next.lower)
    && !saysIt && !companyCue(article, run);
  const weak = speaks || possessive || surnameForm || given || personalPronounAfter(article, run);
  const evidence = !orgLike && (strong || (!run.placeLead && words >= 2 && weak));
  return { run, role, evidence };
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
    if (/^\p{Lu}/u.test(tok.text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) return false;
    if (['his', 'her', 'he', 'she', 'himself', 'herself'].includes(tok.text)) return true;
  }
  return false;
}

/** "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR": the closing author line of a column. */
function bylinePerson(article: Article): { name: string; alias: string; role: string; start: number; end: number } | undefined {
  for (const para of article.paragraphs.slice(-3)) {
    const m = /^([\p{Lu}][\p{Lu}'’-]+(?: [\p{Lu}][\p{Lu}'’-]+){1,2}) IS (?:THE |A |AN )?([\p{Lu}\d ,'’&-]+?)\.?$/u.exec(para.text.trim());
    if (!m) continue;
    const alias = m[1]!;
    const name = alias.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase());
    return { name, alias, role: m[2]!.toLowerCase(), start: para.start, end: para.start + alias.length };
  }
  return undefined;
}

function isDroppable(article: Article, runs: NameRun[]): boolean {
  const run = runs[0]!;
  const lower = foldName(run.name);
  if (NEVER_ACTORS.has(lower) || NEVER_ACTORS.has(lower.replace(/s$/, ''))) return true;
  if (STORM_WORDS.has(lower.split(' ')[0]!)) return true;
  const place = lookupPlace(run.name);
  if (place?.type === 'demonym' && !/s$/.test(lower)) return true;
  if (run.name.includes('-') && run.name.split('-').every((part) => lookupPlace(part)?.type === 'demonym')) return true;
  if (run.name.length < 2) return true;
  // A single word seen only at the start of sentences is an ordinary word capitalised.
  const single = run.first === run.last;
  // "DigitalEurope", "McAllister": a capital inside the word marks a name even at a sentence start.
  const innerCapital = /^\p{Lu}\p{Ll}+\p{Lu}/u.test(run.name);
  return single && !place && !innerCapital && !/^\p{Lu}{2,}/u.test(run.name) && runs.every((r) => article.clauseInitial[r.first] === 1);
}

/** Builds the actor table for an article. */
export function findActors(article: Article): ActorTable {
  const runs = findNameRuns(article);
  const occurrences = runs.map((run) => (run.nameFirst >= 0 ? occurrenceOf(article, run) : { run, evidence: false }));

  // Group name occurrences by folded name.
  const byName = new Map<string, Occurrence[]>();
  for (const occ of occurrences) {
    if (occ.run.nameFirst < 0) continue;
    const key = foldName(occ.run.name);
    if (!key) continue;
    const list = byName.get(key) ?? [];
    list.push(occ);
    byName.set(key, list);
  }
  // Surnames used alone ("Conroy"), never after a determiner ("the Bill" is not a surname).
  const singleWords = new Set(
    [...byName.entries()]
      .filter(([k, list]) => !k.includes(' ') && list.some((o) => {
        const before = article.tokens[o.run.first - 1];
        return !DETERMINERS.has(before?.lower ?? '') && !(before && PLACE_CUE.has(before.lower));
      }))
      .map(([k]) => k),
  );
  const personKeys = [...byName.entries()]
    .filter(([key, list]) => list.some((o) => o.evidence) || (key.includes(' ') && singleWords.has(key.split(' ').pop()!)))
    // "Shares of Westcoast Midstream rose": a company, whatever else the text suggests, unless a
    // title or honorific in the name says otherwise.
    .filter(([, list]) => list.some((o) => o.run.kind === 'person') || !list.some((o) => companyCue(article, o.run)))
    .map(([key]) => key)
    .sort((a, b) => nameTokens(b).length - nameTokens(a).length || b.length - a.length);

  const actors: ActorDraft[] = [];
  const keyToActor = new Map<string, number>();
  const surnameToActor = new Map<string, number>();
  for (const key of personKeys) {
    const words = key.split(' ');
    // A shorter name contained in a longer one is the same person ("Obama" in "Barack Obama").
    const container = [...keyToActor.entries()].find(([full]) => {
      const fullWords = full.split(' ');
      return words.every((w) => fullWords.includes(w));
    });
    if (container) {
      keyToActor.set(key, container[1]);
      continue;
    }
    const list = byName.get(key)!;
    const firstOcc = list[0]!;
    actors.push({ name: firstOcc.run.name, aliases: new Set(), kind: 'person', role: null, first: firstOcc.run.first });
    const idx = actors.length - 1;
    keyToActor.set(key, idx);
    if (words.length > 1 && !surnameToActor.has(words[words.length - 1]!)) surnameToActor.set(words[words.length - 1]!, idx);
    // "Van Horn", "Oyelaran-Whitby": a two-word surname on its own.
    const tail = words.slice(-2).join(' ');
    if (words.length > 2 && !surnameToActor.has(tail)) surnameToActor.set(tail, idx);
  }

  const mentions: Mention[] = [];
  const addMention = (actor: number, run: NameRun): void => {
    const { tokens } = article;
    const from = run.nameFirst >= 0 && run.kind !== 'org' ? run.first : run.first;
    mentions.push({ actor, start: tokens[from]!.start, end: tokens[run.last]!.end, token: from, quoted: run.quoted });
  };

  // Non-person actors, grouped by folded text.
  const otherRuns = new Map<string, NameRun[]>();
  for (const occ of occurrences) {
    const run = occ.run;
    if (run.nameFirst >= 0) {
      const key = foldName(run.name);
      let actor = keyToActor.get(key);
      if (actor === undefined && key.split(' ').length <= 2) actor = surnameToActor.get(key);
      // "Mrs Brearley" after "Sir Anthony Brearley": a relative, not the same person.
      if (actor !== undefined && conflictingHonorifics(run.text, actors[actor]!)) {
        const spouse = run.text;
        actor = actors.findIndex((a) => a.kind === 'person' && a.name === spouse);
        if (actor < 0) {
          actors.push({ name: spouse, aliases: new Set(), kind: 'person', role: null, first: run.first });
          actor = actors.length - 1;
        }
      }
      if (actor !== undefined) {
        const a = actors[actor]!;
        if (run.text !== a.name) a.aliases.add(run.text);
        if (run.name !== a.name && run.name !== run.text) a.aliases.add(run.name);
        if (occ.role && !a.role) a.role = occ.role;
        a.first = Math.min(a.first, run.first);
        addMention(actor, run);
        continue;
      }
    }
    const text = run.nameFirst >= 0 ? run.name : run.text;
    const place = lookupPlace(text);
    // "U.S.", "US" and "United States" are one actor.
    const key = place?.type === 'country' ? `country:${place.country}` : foldName(text);
    if (!key) continue;
    const list = otherRuns.get(key) ?? [];
    list.push(run);
    otherRuns.set(key, list);
  }
  for (const list of otherRuns.values()) {
    if (isDroppable(article, list)) continue;
    // "the Foreign Secretary", "a Virginia Democrat": a title, not an actor of its own.
    if (list[0]!.nameFirst < 0 && isTitleWord(article.tokens[list[0]!.last]!.lower)) continue;
    const run = list[0]!;
    const kind: ActorKind = run.kind === 'place' ? 'place' : run.kind === 'group' ? 'group' : run.kind === 'org' ? 'org' : guessPlaceOrOrg(article, run);
    const name = run.nameFirst >= 0 ? run.name : run.text;
    const aliases = new Set(list.map((r) => (r.nameFirst >= 0 ? r.name : r.text)).filter((t) => t !== name));
    actors.push({ name, aliases, kind, role: null, first: run.first });
    const idx = actors.length - 1;
    for (const r of list) addMention(idx, r);
  }
  linkAcronyms(article, actors, mentions);

  const byline = bylinePerson(article);
  if (byline && !actors.some((a) => foldName(a.name) === foldName(byline.name))) {
    actors.push({ name: byline.name, aliases: new Set([byline.alias]), kind: 'person', role: byline.role, first: article.tokens.length });
    mentions.push({ actor: actors.length - 1, start: byline.start, end: byline.end, token: article.tokens.length, quoted: false });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { actors, mentions };
}

const PLACE_CUE = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'into', 'outside', 'inside', 'around', 'throughout', 'within', 'via']);

function guessPlaceOrOrg(article: Article, run: NameRun): ActorKind {
  const prev = article.tokens[run.first - 1];
  const prev2 = article.tokens[run.first - 2];
  if (prev && PLACE_CUE.has(prev.lower)) return 'place';
  if (prev?.lower === 'of' && prev2 && ['city', 'town', 'province', 'region', 'state', 'village', 'capital', 'island', 'district'].includes(prev2.lower)) return 'place';
  return 'org';
}

/** "Human Rights Watch (HRW)" and a later "HRW": the acronym is an alias, not a second actor. */
function linkAcronyms(article: Article, actors: ActorDraft[], mentions: Mention[]): void {
  const initials = new Map<string, number>();
  actors.forEach((a, i) => {
    if (a.kind === 'person') return;
    const caps = a.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (caps.length >= 2) initials.set(caps.map((w) => w[0]).join(''), i);
  });
  const remap = new Map<number, number>();
  actors.forEach((a, i) => {
    if (!/^\p{Lu}{2,6}$/u.test(a.name)) return;
    const target = initials.get(a.name);
    if (target !== undefined && target !== i) remap.set(i, target);
  });
  if (remap.size === 0) return;
  for (const m of mentions) {
    const target = remap.get(m.actor);
    if (target !== undefined) {
      actors[target]!.aliases.add(actors[m.actor]!.name);
      m.actor = target;
    }
  }
  for (const i of remap.keys()) actors[i]!.name = '';
  void article;
}
