/**
 * Countries, capitals, regions and demonyms from the `world-countries` data package, folded for
 * look-up. Built once, on first use.
 */
import countriesModule, { type Country } from 'world-countries';
import { fold } from '../briefing/text.ts';

/** What a folded name is, according to the gazetteer. */
export type GazetteerEntry =
  | { type: 'country'; country: string }
  | { type: 'capital'; country: string }
  | { type: 'region' }
  | { type: 'demonym'; country: string };

/**
 * Short forms and regions that news writing uses but the country data does not list
 * ("Britain" for the United Kingdom, "Europe", "the Middle East").
 */
const SUPPLEMENT: Array<[string, GazetteerEntry]> = [
  ['britain', { type: 'country', country: 'United Kingdom' }],
  ['england', { type: 'country', country: 'United Kingdom' }],
  ['scotland', { type: 'country', country: 'United Kingdom' }],
  ['wales', { type: 'country', country: 'United Kingdom' }],
  ['america', { type: 'country', country: 'United States' }],
  ['u s', { type: 'country', country: 'United States' }],
  ['u k', { type: 'country', country: 'United Kingdom' }],
  ['washington', { type: 'capital', country: 'United States' }],
  ['holland', { type: 'country', country: 'Netherlands' }],
  ['europe', { type: 'region' }],
  ['africa', { type: 'region' }],
  ['asia', { type: 'region' }],
  ['middle east', { type: 'region' }],
  ['latin america', { type: 'region' }],
  ['the gulf', { type: 'region' }],
  ['gulf', { type: 'region' }],
  ['balkans', { type: 'region' }],
  ['caribbean', { type: 'region' }],
  ['scandinavia', { type: 'region' }],
  ['english', { type: 'demonym', country: 'United Kingdom' }],
  ['scottish', { type: 'demonym', country: 'United Kingdom' }],
  ['european', { type: 'demonym', country: 'Europe' }],
  ['african', { type: 'demonym', country: 'Africa' }],
  ['asian', { type: 'demonym', country: 'Asia' }],
  ['arab', { type: 'demonym', country: 'Arab world' }],
  ['latin american', { type: 'demonym', country: 'Latin America' }],
  ['middle eastern', { type: 'demonym', country: 'Middle East' }],
  ['north american', { type: 'demonym', country: 'North America' }],
  ['south american', { type: 'demonym', country: 'South America' }],
  ['western', { type: 'demonym', country: 'the West' }],
];

/** The package's country list, whether the default export arrives wrapped (CommonJS typing) or not. */
function countryList(): Country[] {
  const mod = countriesModule as unknown as Country[] | { default: Country[] };
  return Array.isArray(mod) ? mod : mod.default;
}

let table: Map<string, GazetteerEntry> | undefined;
/** Each country's demonym ("China" → "Chinese"), filled by `build`. */
const demonyms = new Map<string, string>();

function build(): Map<string, GazetteerEntry> {
  const map = new Map<string, GazetteerEntry>();
  const put = (name: string | undefined, entry: GazetteerEntry): void => {
    if (!name) return;
    const key = fold(name);
    if (key.length > 1 && !map.has(key)) map.set(key, entry);
  };
  // UN members first, so a shared demonym ("American") names the state, not a territory.
  const countries = [...countryList()].sort((a, b) => Number(b.unMember === true) - Number(a.unMember === true));
  for (const c of countries) {
    const country = c.name.common;
    put(c.name.common, { type: 'country', country });
    put(c.name.official, { type: 'country', country });
    for (const alt of c.altSpellings ?? []) {
      // Two-letter codes other than the familiar ones are ambiguous with words ("IT", "AM").
      if (alt.length === 2 && !['US', 'UK'].includes(alt)) continue;
      put(alt, { type: 'country', country });
    }
    for (const cap of c.capital ?? []) put(cap.replace(/\s+D\.C\.$/, ''), { type: 'capital', country });
    const eng = c.demonyms?.eng;
    if (eng) {
      if (eng.m && !demonyms.has(country)) demonyms.set(country, eng.m);
      put(eng.m, { type: 'demonym', country });
      put(eng.f, { type: 'demonym', country });
      put(`${eng.m}s`, { type: 'demonym', country });
    }
    if (c.subregion) put(c.subregion, { type: 'region' });
    if (c.region) put(c.region, { type: 'region' });
  }
  for (const [name, entry] of SUPPLEMENT) if (!map.has(name)) map.set(name, entry);
  return map;
}

/** Looks a name up ("El Salvador", "UK", "Venezuelan", "Nairobi"); undefined when unknown. */
export function lookupPlace(name: string): GazetteerEntry | undefined {
  table ??= build();
  const known = memo.get(name);
  if (known !== undefined) return known ?? undefined;
  const entry = table.get(fold(name));
  if (memo.size > 50_000) memo.clear();
  memo.set(name, entry ?? null);
  return entry;
}

/** Look-ups by raw text; the same words recur across articles, and folding is the costly part. */
const memo = new Map<string, GazetteerEntry | null>();

/** True for a demonym used as an adjective or plural ("Iranian", "Venezuelans"). */
export function isDemonym(name: string): boolean {
  return lookupPlace(name)?.type === 'demonym';
}

/** The demonym of a country the gazetteer knows by this name ("China's" → "Chinese", "Britain" → "British"). */
export function demonymOf(name: string): string | undefined {
  const entry = lookupPlace(name);
  return entry?.type === 'country' ? demonyms.get(entry.country) : undefined;
}
