/**
 * Regions for the countries they hold: "the african artworks", "the baltic fintech", "a nordic
 * ferry" name a story by the region its country lies in. Continents and their parts come from the
 * regions and subregions `world-countries` records; a few named groups of neighbours (Baltic,
 * Nordic, Iberian, the nations of the United Kingdom) are written here. Terms are the tokens the
 * question answerer reads ("africa", "portugal", "united_kingdom").
 */
import { createRequire } from 'node:module';
import { fold } from '../briefing/text.ts';
import { termOf, tokenize } from './words.ts';

type CountryRecord = { name: { common: string }; region: string; subregion: string };

/** Region words → the region or subregion (as `world-countries` names it) they stand for. */
const RECORDED: Record<string, string> = {
  africa: 'Africa', african: 'Africa', africans: 'Africa',
  europe: 'Europe', european: 'Europe', europeans: 'Europe',
  asia: 'Asia', asian: 'Asia', asians: 'Asia',
  oceania: 'Oceania',
  caribbean: 'Caribbean',
  balkan: 'Southeast Europe', balkans: 'Balkans',
  south_america: 'South America',
  central_america: 'Central America',
  latin_america: 'Latin America',
};

/** Named groups of neighbours, by their countries' common names. */
const GROUPS: Record<string, string[]> = {
  baltic: ['Estonia', 'Latvia', 'Lithuania'],
  baltics: ['Estonia', 'Latvia', 'Lithuania'],
  scandinavia: ['Denmark', 'Norway', 'Sweden'],
  scandinavian: ['Denmark', 'Norway', 'Sweden'],
  nordic: ['Denmark', 'Norway', 'Sweden', 'Finland', 'Iceland'],
  iberia: ['Spain', 'Portugal'],
  iberian: ['Spain', 'Portugal'],
  scotland: ['United Kingdom'], scottish: ['United Kingdom'], scots: ['United Kingdom'],
  wales: ['United Kingdom'], welsh: ['United Kingdom'],
  england: ['United Kingdom'],
};

let table: Map<string, Set<string>> | undefined;

/** A country's name as the question answerer's token for it ("Portugal" → portugal). */
const countryTerm = (name: string) => {
  const tokens = tokenize(name);
  return tokens.length === 1 ? tokens[0]!.term : fold(name).replace(/ /g, '_');
};

function regions(): Map<string, Set<string>> {
  if (table) return table;
  const data = createRequire(import.meta.url)('world-countries') as CountryRecord[];
  const members = (area: string) => data.filter((c) => c.region === area || c.subregion === area || (area === 'Balkans' && c.subregion === 'Southeast Europe') || (area === 'Latin America' && (c.subregion === 'South America' || c.subregion === 'Central America' || c.subregion === 'Caribbean'))).map((c) => countryTerm(c.name.common));
  table = new Map();
  for (const [word, area] of Object.entries(RECORDED)) table.set(word.includes('_') ? word : termOf(word), new Set(members(area)));
  table.get('latin_america')!.add(countryTerm('Mexico'));
  for (const [word, names] of Object.entries(GROUPS)) table.set(termOf(word), new Set(names.map(countryTerm)));
  return table;
}

/** The countries a region term stands for, or undefined when the term names no region. */
export function regionCountries(term: string): ReadonlySet<string> | undefined {
  return regions().get(term);
}
