/**
 * Speakers named by a common noun rather than a name: "the armed forces said", "Police said",
 * "Kenya's defence ministry said". Each becomes a group actor in the table the first time it speaks.
 */
import type { ActorTable } from './actors.ts';
import type { Article } from './context.ts';
import { lookupPlace } from './gazetteer.ts';
import { GROUP_NOUNS } from './lexicon.ts';

/** Plural common nouns that speak as a body, with or without "the" ("Police said", "Rescuers said"). */
export const GROUP_PLURALS = new Set(['police', 'forces', 'troops', 'rescuers', 'authorities', 'prosecutors', 'investigators', 'organisers', 'organizers']);


/**
 * A common-noun speaker right before the verb: "the armed forces said", "Police said" (a group
 * actor, added to the table), or "the statement said" ('statement').
 */
export function groupSubject(
  article: Article, table: ActorTable, verb: number, floor: number, mentionAt: (token: number) => number | undefined,
): number | 'statement' | undefined {
  const { tokens } = article;
  const head = tokens[verb - 1];
  if (!head || verb - 1 < floor || mentionAt(verb - 1) !== undefined) return undefined;
  if (['statement', 'report', 'letter'].includes(head.lower)) return 'statement';
  if (!GROUP_NOUNS.has(head.lower) && !GROUP_PLURALS.has(head.lower)) return undefined;
  let start = verb - 1;
  while (start - 1 >= floor && start > verb - 4) {
    const t = tokens[start - 1]!;
    const demonym = lookupPlace(t.text)?.type === 'demonym';
    if ((/^\p{Ll}/u.test(t.text) && (t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'VERB' && /ed$/.test(t.lower)))) || demonym) start--;
    else break;
  }
  const det = tokens[start - 1];
  const bare = start === floor && GROUP_PLURALS.has(head.lower);
  // "Kenya's defence ministry": a named possessor in place of "the" is part of the name.
  const owner = det && /^['’]s$/.test(det.text) && start - 2 >= floor ? mentionAt(start - 2) : undefined;
  if (owner !== undefined) {
    start -= 2;
    while (start - 1 >= floor && mentionAt(start - 1) === owner) start--;
  } else if (!bare && !(det && ['the', 'its', 'their'].includes(det.lower))) return undefined;
  // "The American delegation replied": the country, when the article names it.
  if (owner === undefined) {
    for (let k = start; k < verb - 1; k++) {
      const place = lookupPlace(tokens[k]!.text);
      if (place?.type !== 'demonym') continue;
      const country = table.actors.findIndex((a) => a.kind !== 'person' && a.name !== '' && lookupPlace(a.name)?.type === 'country'
        && (lookupPlace(a.name) as { country: string }).country === place.country);
      if (country >= 0) return country;
    }
  }
  const text = article.body.slice(tokens[start]!.start, head.end).replace(/\s+/g, ' ');
  const name = owner === undefined ? text.toLowerCase() : text;
  return groupActor(table, name, tokens[start]!.start, head.end, start);
}

/** The group actor named `name`, added to the table on first use. */
function groupActor(table: ActorTable, name: string, start: number, end: number, token: number): number {
  let actor = table.actors.findIndex((a) => a.kind !== 'person' && a.name.toLowerCase() === name);
  if (actor < 0) {
    table.actors.push({ name, aliases: new Set(), kind: 'group', role: null, first: token });
    actor = table.actors.length - 1;
  }
  const mentions = table.mentions;
  let at = mentions.length;
  while (at > 0 && mentions[at - 1]!.start > start) at--;
  mentions.splice(at, 0, { actor, start, end, token, quoted: false });
  return actor;
}
