/**
 * The countries a text's place names lie in, from the table of cities, provinces and capitals
 * distilled from Natural Earth (scripts/distil-places.ts): "Wildfire near Marseille" lies in
 * France, so "the french fire" can find it. Only capitalised names are read ("Reading", not
 * "reading"), as one word or up to three ("West Yorkshire"). Countries come as the tokens the
 * question answerer reads country names and demonyms as ("france", "united_kingdom").
 */
import { fold } from '../briefing/text.ts';
import { contentTokens, isCountryTerm } from './words.ts';
// A static import, so the compiled bundle carries the table as it carries the other tables.
import distilled from './places.json' with { type: 'json' };

let table: Map<string, string> | undefined;

function places(): Map<string, string> {
  table ??= new Map(Object.entries((distilled as { places: Record<string, string> }).places));
  return table;
}

/** A run of capitalised words, with "de", "la", "upon" and the like between them ("Rio de Janeiro"). */
const NAMES = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|do|del|la|le|les|am|an|upon|on)\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;
const LONGEST = 3;

/** The country tokens of the places a text names by their capitalised names, each once. */
export function countriesIn(text: string): string[] {
  const found = new Set<string>();
  const table = places();
  for (const run of text.matchAll(NAMES)) {
    const words = fold(run[0]).split(' ').filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
        const country = table.get(words.slice(i, i + n).join(' '));
        if (country === undefined) continue;
        found.add(country);
        i += n - 1;
        break;
      }
    }
  }
  return [...found];
}

/**
 * The countries a story lies in by the names that name it: its headline's places and its actors
 * that are places or organisations ("Marseille", "Leeds Teaching Hospitals") — not its people,
 * whose names are often places too ("Helena").
 */
export function storyCountries(b: { headline: string; actors: ReadonlyArray<{ name: string; kind?: string }> }): string[] {
  return countriesIn([b.headline, ...b.actors.filter((a) => a.kind !== 'person').map((a) => a.name)].join(' \n '));
}

/**
 * The countries a story's opening names, by its places' names and by the countries' own names and
 * demonyms: where a report says where it happened ("a village in Portugal's Alentejo region"), once.
 */
export function openingCountries(text: string): string[] {
  return [...new Set([...countriesIn(text), ...contentTokens(text).map((t) => t.term).filter(isCountryTerm)])];
}
