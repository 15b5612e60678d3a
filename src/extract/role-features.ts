/**
 * Features of one candidate role (role-candidates.ts) for the learned decision "is this the
 * person's role": the pattern that found it, at which mention, its length and head word, and
 * what else was found for the same person.
 */
import { bucketed } from './learned/linear.ts';
import { lookupPlace } from './gazetteer.ts';
import { isPersonNoun, isTitleWord, NATIONALITY_NOUNS } from './lexicon.ts';
import type { RoleOption } from './role-candidates.ts';
import { memoised } from './memo.ts';

/** A rank or standing in a competition ("fourth seed", "world number two", "2002 champion"). */
const RANK = /\b(?:seed|seeded|number (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)|champions?|record-holder)\b/iu;

/**
 * What a one-word description says of a place: "place" for a country or city alone ("Tunisia",
 * from "Tunisia's X"), "nation" for a nationality alone ("Argentine", "the Briton"), else nothing.
 */
function placeOnly(words: readonly string[]): 'place' | 'nation' | undefined {
  const rest = words[0]!.toLowerCase() === 'the' ? words.slice(1) : words;
  if (rest.length !== 1) return undefined;
  const word = rest[0]!.replace(/['’]s$/, '');
  if (NATIONALITY_NOUNS.has(word.toLowerCase())) return 'nation';
  const entry = lookupPlace(word);
  if (!entry) return undefined;
  return entry.type === 'demonym' ? 'nation' : 'place';
}

const LEADS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'former', 'who', 'of']);

/** What the features of one person's candidates need to know about all of them, computed once. */
export interface RoleCandidates {
  count: number;
  /** For each distinct text, the mentions it was found at. */
  mentions: Map<string, Set<number>>;
  /** Texts held inside a longer text, and texts that hold a shorter one. */
  inside: Set<string>;
  holds: Set<string>;
}

/** Summarises one person's candidates for `roleFeatures` (pairs of distinct texts, not of candidates). */
export function summarise(all: readonly RoleOption[]): RoleCandidates {
  const mentions = new Map<string, Set<number>>();
  for (const o of all) {
    const set = mentions.get(o.text) ?? new Set<number>();
    set.add(o.occurrence);
    mentions.set(o.text, set);
  }
  const texts = [...mentions.keys()];
  const inside = new Set<string>();
  const holds = new Set<string>();
  for (const a of texts) for (const b of texts) {
    if (a.length < b.length && b.includes(a)) {
      inside.add(a);
      holds.add(b);
    }
  }
  return { count: all.length, mentions, inside, holds };
}

/** The features of `option`, one of the candidates `all` (summarised) found for one person. */
export function roleFeatures(option: RoleOption, all: RoleCandidates): string[] {
  const f = new Set<string>();
  const first = option.occurrence === 0;
  f.add(`src=${option.source}`);
  f.add(`src=${option.source}&${first ? 'first' : 'later'}`);
  f.add(bucketed('occ', option.occurrence, [0, 1, 3]));
  for (const x of textFeatures(option.text)) f.add(x);
  if (option.quoted) f.add('quoted');
  for (const cue of option.cues ?? []) f.add(cue);
  if ((all.mentions.get(option.text)?.size ?? 0) > 1) f.add('repeated');
  if (all.inside.has(option.text)) f.add('insideLonger');
  if (all.holds.has(option.text)) f.add('holdsShorter');
  f.add(bucketed('options', all.count, [1, 2, 4]));
  return [...f];
}

/** The features of a description's own words; memoised, as descriptions recur ("the minister"). */
const textFeatures: (text: string) => readonly string[] = memoised(wordFeatures);

/** What `roleFeatures` reads from the description's words alone: its length, head, lead, capitals, digits, rank, places. */
function wordFeatures(text: string): string[] {
  const words = text.split(/\s+/);
  const f = new Set<string>();
  f.add(bucketed('len', words.length, [1, 2, 4, 8]));
  const head = words[words.length - 1]!.toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}\d-]/gu, '');
  const lead = words[0]!.toLowerCase();
  if (isTitleWord(head)) f.add('head:title');
  else if (isPersonNoun(head)) f.add('head:person');
  else f.add('head:other');
  f.add(`head=${head}`);
  if (LEADS.has(lead)) f.add(`lead=${lead}`);
  if (words.some((w) => isTitleWord(w.toLowerCase()))) f.add('hasTitle');
  if (words.slice(1).some((w) => /^\p{Lu}/u.test(w))) f.add('hasCap');
  if (/^\p{Lu}/u.test(words[0]!)) f.add('startsCap');
  if (/\d/.test(text)) f.add('digit');
  if (RANK.test(text)) f.add('rank');
  const place = placeOnly(words);
  if (place) f.add(`only:${place}`);
  // "Other winners", "stars", "nominees": a plural head describes a group the person is one of.
  if (head.length > 3 && /[^s]s$/.test(head) && isPersonNoun(head.slice(0, -1))) f.add('head:plural');
  return [...f];
}

/** The features of the "no role" candidate among `count` candidates (for a ranking role model). */
export function noRoleFeatures(count: number): string[] {
  return ['noRole', bucketed('noRole&options', count, [0, 1, 2, 4])];
}
