/**
 * `node bin/run.js scripts/distil-places.ts <cityMap.json>`: distils the table of places and the
 * country each lies in (src/answer/places.json), so a question that names a country or its people
 * ("the french fire", "the estonian start-up") finds a story that names only a city or a region
 * in it ("Marseille", "Tallinn"). Read from the populated places of Natural Earth (public domain)
 * as the `city-timezones` package on the npm registry ships them (its source unnamed in the package; the fields and half-person populations are Natural
 * Earth's; 7,329 cities with their province,
 * country and population; MIT), and the capitals of the `world-countries` package the project
 * already uses:
 *
 *   npm pack city-timezones@1.3.4 && tar xzf city-timezones-1.3.4.tgz
 *   node bin/run.js scripts/distil-places.ts package/data/cityMap.json
 *
 * Deterministic. Names are folded as the answerer folds words. A name that several countries
 * share is kept only when one country's places of that name hold `DOMINANT` times the people of
 * every other's ("Naples" is Italy's, not Florida's; "Birmingham" is left out); a name that is a
 * country's own, a stop word, or shorter than four letters is left out. Provinces and regions
 * ("Campania", "West Yorkshire") are kept under the same rules, each with its cities' people.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fold } from '../src/briefing/text.ts';
import { STOP, tokenize } from '../src/answer/words.ts';

/** A name shared by several countries goes to the one whose places of that name hold this many times the people of any other's. */
const DOMINANT = 4;

interface City {
  city: string;
  city_ascii: string;
  pop: number;
  iso2: string;
  province: string;
}
interface Country {
  cca2: string;
  name: { common: string };
  capital?: string[];
}

const [input] = process.argv.slice(2);
if (!input) {
  console.error('usage: node bin/run.js scripts/distil-places.ts <city-timezones/data/cityMap.json>');
  process.exit(2);
}
const cities = JSON.parse(readFileSync(resolve(input), 'utf8')) as City[];
const countries = createRequire(import.meta.url)('world-countries') as Country[];
const tokenOf = new Map(countries.map((c) => [c.cca2, fold(c.name.common).replace(/ /g, '_')]));

// Name → country → people living in places of that name.
const people = new Map<string, Map<string, number>>();
const count = (name: string, country: string, pop: number) => {
  const folded = fold(name);
  if (!folded) return;
  let byCountry = people.get(folded);
  if (!byCountry) people.set(folded, (byCountry = new Map()));
  byCountry.set(country, (byCountry.get(country) ?? 0) + Math.max(pop, 1));
};
for (const c of cities) {
  const country = tokenOf.get(c.iso2);
  if (!country) continue;
  for (const name of new Set([c.city, c.city_ascii])) count(name, country, c.pop);
  if (c.province) count(c.province, country, c.pop);
}
// A capital the cities lack still names its country.
for (const c of countries) for (const capital of c.capital ?? []) if (!people.has(fold(capital))) count(capital, tokenOf.get(c.cca2)!, 1);

const places: Record<string, string> = {};
for (const [name, byCountry] of [...people].sort((a, b) => a[0].localeCompare(b[0]))) {
  if (name.replace(/ /g, '').length < 4 || STOP.has(name)) continue;
  // A country's own name (or a demonym) is already one token: "georgia" is the country.
  const tokens = tokenize(name);
  if (tokens.length === 1 && tokens[0]!.term.includes('_') || tokens.some((t) => [...tokenOf.values()].includes(t.term))) continue;
  const ranked = [...byCountry].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 1 && ranked[0]![1] < DOMINANT * ranked[1]![1]) continue;
  places[name] = ranked[0]![0];
}
const notice =
  'Distilled by scripts/distil-places.ts from the populated places of Natural Earth (public domain) as the npm package city-timezones 1.3.4 ships them (MIT licence, Copyright (c) Kevin Roberts), and the capitals of the npm package world-countries (ODbL).';
writeFileSync(resolve(import.meta.dirname, '../src/answer/places.json'), `${JSON.stringify({ notice, places })}\n`);
console.log(`${Object.keys(places).length} places`);
