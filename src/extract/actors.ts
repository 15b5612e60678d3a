/**
 * Actors: people, places, organisations and groups, each listed once with its aliases and, for
 * people, the role the text gives them. A name is a person when the text says so (evidence.ts):
 * a title or honorific, an appositive description, "who …", a verb of saying next to a full name,
 * or a surname used on its own later. Surnames, "Mr X" and "the president" resolve to the full actor.
 */
import type { Article } from './context.ts';
import { lookupPlace } from './gazetteer.ts';
import { PLACE_CUE, occurrenceOf, type Occurrence } from './evidence.ts';
import { NEVER_ACTORS, STORM_WORDS, foldName, isTitleWord } from './lexicon.ts';
import { findNameRuns, type NameRun } from './names.ts';
import type { ActorDraft, ActorTable, Mention } from './actor-table.ts';
import type { ActorKind } from '../briefing/model.ts';
import type { Decisions } from './learned/decisions.ts';
import { nameContext } from './person-context.ts';
import { familyNameFirst, isPerson } from './person-choice.ts';
import { chooseRoles } from './role-choice.ts';
import { nameSpans } from './roles.ts';

export type { ActorDraft, ActorTable, Mention } from './actor-table.ts';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their']);

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

function nameTokens(name: string): string[] {
  return foldName(name).split(' ').filter(Boolean);
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
  const space = lower.indexOf(' ');
  if (STORM_WORDS.has(space < 0 ? lower : lower.slice(0, space))) return true;
  const place = lookupPlace(run.name);
  if (place?.type === 'demonym' && !/s$/.test(lower)) return true;
  if (run.name.includes('-') && run.name.split('-').every((part) => lookupPlace(part)?.type === 'demonym')) return true;
  if (run.name.length < 2) return true;
  // A single word seen only at the start of sentences is an ordinary word capitalised.
  const single = run.first === run.last;
  // "DigitalEurope", "McAllister": a capital inside the word marks a name even at a sentence start.
  return single && !place && !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(run.name) && !/^\p{Lu}{2,}/u.test(run.name) && runs.every((r) => article.clauseInitial[r.first] === 1);
}

/** Builds the actor table for an article. */
export function findActors(article: Article, decisions: Decisions = { models: { version: 'none' } }): ActorTable {
  const runs = findNameRuns(article);
  const names = nameSpans(article.tokens.length, runs);
  const occurrences = runs.map((run) => (run.nameFirst >= 0 ? occurrenceOf(article, run, names) : { run, evidence: false }));

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
  const context = nameContext(article, singleWords, byName, decisions.models.commonWords);
  const personKeys = [...byName.entries()]
    .filter(([key, list]) => isPerson(article, key, list, context, singleWords, decisions))
    .map(([key]) => key);
  // Longest names first (words, then characters); each name's words counted once.
  const wordCount = new Map(personKeys.map((key) => [key, nameTokens(key).length]));
  personKeys.sort((a, b) => wordCount.get(b)! - wordCount.get(a)! || b.length - a.length);

  const actors: ActorDraft[] = [];
  const keyToActor = new Map<string, number>();
  // Bare surnames (and family names written first) to every person who has them.
  const surnameToActors = new Map<string, number[]>();
  const addSurname = (word: string, idx: number): void => {
    const list = surnameToActors.get(word) ?? [];
    if (!list.includes(idx)) list.push(idx);
    surnameToActors.set(word, list);
  };
  // The words of every key in keyToActor, in the order the keys were added.
  const keyWords: Array<[string[], number]> = [];
  for (const key of personKeys) {
    const words = key.split(' ');
    // A shorter name contained in a longer one is the same person ("Obama" in "Barack Obama").
    const container = keyWords.find(([fullWords]) => words.every((w) => fullWords.includes(w)));
    if (container) {
      keyToActor.set(key, container[1]);
      keyWords.push([words, container[1]]);
      continue;
    }
    const list = byName.get(key)!;
    const firstOcc = list[0]!;
    actors.push({ name: firstOcc.run.name, aliases: new Set(), kind: 'person', role: null, first: firstOcc.run.first });
    const idx = actors.length - 1;
    keyToActor.set(key, idx);
    keyWords.push([words, idx]);
    if (words.length > 1) addSurname(words[words.length - 1]!, idx);
    // "Van Horn", "Oyelaran-Whitby": a two-word surname on its own.
    if (words.length > 2) addSurname(words.slice(-2).join(' '), idx);
    if (familyNameFirst(article, firstOcc.run, words, singleWords)) addSurname(words[0]!, idx);
  }
  // The person a bare surname stands for: of those who bear it, the one mentioned last before it.
  const lastSeen = new Map<number, number>();
  const bySurname = (key: string, token: number): number | undefined => {
    const list = surnameToActors.get(key);
    if (!list) return undefined;
    let best = list[0]!;
    for (const a of list) if ((lastSeen.get(a) ?? -1) < token && (lastSeen.get(a) ?? -1) > (lastSeen.get(best) ?? -1)) best = a;
    return best;
  };

  const mentions: Mention[] = [];
  const addMention = (actor: number, run: NameRun): void => {
    const { tokens } = article;
    const from = run.nameFirst >= 0 && run.kind !== 'org' ? run.first : run.first;
    mentions.push({ actor, start: tokens[from]!.start, end: tokens[run.last]!.end, token: from, quoted: run.quoted });
  };

  // Each person's occurrences, for the choice of role.
  const personOccurrences = new Map<number, Occurrence[]>();
  // Non-person actors, grouped by folded text.
  const otherRuns = new Map<string, NameRun[]>();
  for (const occ of occurrences) {
    const run = occ.run;
    if (run.nameFirst >= 0) {
      const key = foldName(run.name);
      let actor = keyToActor.get(key);
      if (actor === undefined && key.split(' ').length <= 2) actor = bySurname(key, run.first);
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
        const own = personOccurrences.get(actor) ?? [];
        own.push(occ);
        personOccurrences.set(actor, own);
        lastSeen.set(actor, run.first);
        addMention(actor, run);
        continue;
      }
    }
    // "Park" after "Park Ji-hoon": a family name on its own, even where it could be a place word.
    if (run.first === run.last && surnameToActors.has(foldName(run.text))) {
      const actor = bySurname(foldName(run.text), run.first)!;
      actors[actor]!.aliases.add(run.text);
      lastSeen.set(actor, run.first);
      addMention(actor, run);
      continue;
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
  chooseRoles(article, actors, personOccurrences, decisions, mentions);

  const byline = bylinePerson(article);
  if (byline && !actors.some((a) => foldName(a.name) === foldName(byline.name))) {
    actors.push({ name: byline.name, aliases: new Set([byline.alias]), kind: 'person', role: byline.role, first: article.tokens.length });
    mentions.push({ actor: actors.length - 1, start: byline.start, end: byline.end, token: article.tokens.length, quoted: false });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { actors, mentions };
}

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
