/**
 * Robustness of the name decisions on unlabelled news: how many person / organisation / place
 * decisions change between two versions of the extractor on BBC stories that no label names (not
 * in corpus/train or corpus/vault). A model that flips many decisions between versions on text it
 * was never fitted to is leaning on features that do not generalise.
 *
 * `node bin/run.js scripts/eval/robustness.ts --out data/robust-a.json [--checkout ../main] [--limit 600]`
 *   extracts every such story with the extractor of `--checkout` (default: this checkout) and
 *   writes each story's decisions, name → kind (under data/, never committed: it holds names
 *   from ../shared);
 * `node bin/run.js scripts/eval/robustness.ts --compare data/robust-a.json data/robust-b.json [--show 40] [--seed 1]`
 *   counts the flips by section and by change (person → org, org → person, person → gone, …) and
 *   prints a seeded sample of them to judge by hand (story id, name, before → after).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { splitTitle } from '../../src/extract/article-text.ts';
import { fold } from '../../src/briefing/text.ts';
import { defaultPaths, listCorpus } from '../corpus/corpus.ts';

/** The kinds of one story's names: folded name or alias → 'person' | 'org' | 'place' | 'group'. */
export type Decisions = Record<string, string>;

/** One run: the extractor's version and each story's decisions. */
export interface RobustnessRun {
  version: string;
  stories: Record<string, Decisions>;
}

/** One changed decision. */
export interface Flip {
  story: string;
  name: string;
  before: string;
  after: string;
}

/** The BBC dataset's sections as the corpus names them. */
const SECTION = (dir: string): string => (dir === 'entertainment' ? 'culture' : dir);

/**
 * The ids of the BBC stories the corpus labels, in either part (file names only, nothing read):
 * the stories a robustness run leaves out, so that it never extracts a vault story.
 */
export function labelledStories(): Set<string> {
  return new Set(listCorpus(['train', 'vault'], defaultPaths()).map((e) => e.id));
}

/** Stories of the dataset that no label names, as `<section>/<NNN>`, in a fixed order. */
export function unlabelledStories(bbcDir: string, taken: ReadonlySet<string> = labelledStories()): string[] {
  if (!existsSync(bbcDir)) return [];
  return readdirSync(bbcDir).sort().flatMap((dir) => {
    const path = join(bbcDir, dir);
    if (!existsSync(path) || dir.includes('.')) return [];
    return readdirSync(path).filter((f) => /^\d{3}\.txt$/.test(f)).sort()
      .map((f) => `${dir}/${f.slice(0, 3)}`)
      .filter((id) => !taken.has(`bbc/${SECTION(id.split('/')[0]!)}-${id.split('/')[1]}`));
  });
}

/** What an extraction's actors decide: every name and alias of each actor, folded, with its kind. */
export function decisionsOf(actors: ReadonlyArray<{ name: string; aliases: readonly string[] | ReadonlySet<string>; kind: string }>): Decisions {
  const out: Decisions = {};
  for (const a of actors) {
    for (const n of [a.name, ...a.aliases]) {
      const key = fold(n);
      // A name that is both (two actors share an alias): the person wins, as a reader sees it first.
      if (key && (out[key] === undefined || a.kind === 'person')) out[key] = a.kind;
    }
  }
  return out;
}

/**
 * The decisions of `a` that `b` changes: a name with another kind, or a name one version makes an
 * actor and the other drops ('gone'). Only stories both runs hold are compared.
 */
export function flips(a: RobustnessRun, b: RobustnessRun): Flip[] {
  const out: Flip[] = [];
  for (const story of Object.keys(a.stories).sort()) {
    const x = a.stories[story]!;
    const y = b.stories[story];
    if (!y) continue;
    for (const name of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
      const before = x[name] ?? 'gone';
      const after = y[name] ?? 'gone';
      if (before !== after) out.push({ story, name, before, after });
    }
  }
  return out;
}

/** A seeded sample of `n` items (the same seed, the same sample). */
export function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  let s = seed | 0;
  const random = (): number => {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    return ((s >>> 8) & 0xffffff) / 0x1000000;
  };
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

/** Counts of `keyOf` over the flips, most frequent first. */
function tally(list: readonly Flip[], keyOf: (f: Flip) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const f of list) counts.set(keyOf(f), (counts.get(keyOf(f)) ?? 0) + 1);
  return [...counts].sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]));
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Extracts the unlabelled stories with the extractor of `checkout`. */
async function record(checkout: string, limit: number): Promise<RobustnessRun> {
  const paths = defaultPaths();
  const { extractArticle, EXTRACTOR_VERSION } = (await import(pathToFileURL(join(checkout, 'src', 'extract', 'extract.ts')).href)) as typeof import('../../src/extract/extract.ts');
  const stories: Record<string, Decisions> = {};
  for (const id of unlabelledStories(paths.bbcDir).slice(0, limit)) {
    const { title, body } = splitTitle(readFileSync(join(paths.bbcDir, `${id}.txt`), 'utf8'));
    stories[id] = decisionsOf(extractArticle(body, { title }).actors);
  }
  return { version: EXTRACTOR_VERSION, stories };
}

function compare(a: RobustnessRun, b: RobustnessRun, show: number, seed: number): void {
  const all = flips(a, b);
  const count = Object.keys(a.stories).filter((s) => b.stories[s]).length;
  console.log(`${all.length} decisions changed on ${count} stories (extractor ${a.version} → ${b.version})`);
  const kinds = new Set(['person', 'org', 'place', 'group']);
  const kindFlips = all.filter((f) => kinds.has(f.before) && kinds.has(f.after));
  console.log(`  of which a kind changed: ${kindFlips.length}; a name appeared or went: ${all.length - kindFlips.length}`);
  console.log('\nby change:');
  for (const [k, n] of tally(all, (f) => `${f.before} → ${f.after}`)) console.log(`  ${k.padEnd(22)} ${n}`);
  console.log('\nby section:');
  for (const [k, n] of tally(all, (f) => SECTION(f.story.split('/')[0]!))) console.log(`  ${k.padEnd(22)} ${n}`);
  if (show > 0) {
    console.log(`\na sample of ${Math.min(show, all.length)} (seed ${seed}):`);
    for (const f of sample(all, show, seed)) console.log(`  ${f.story}  ${f.name}: ${f.before} → ${f.after}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const i = args.indexOf('--compare');
  if (i >= 0) {
    const [fa, fb] = [args[i + 1], args[i + 2]];
    if (!fa || !fb) throw new Error('--compare needs two files');
    const read = (f: string): RobustnessRun => JSON.parse(readFileSync(f, 'utf8')) as RobustnessRun;
    compare(read(fa), read(fb), Number(option(args, '--show') ?? 0), Number(option(args, '--seed') ?? 1));
    return;
  }
  const out = option(args, '--out');
  if (!out) throw new Error('usage: --out <file> [--checkout <dir>] [--limit n] | --compare <a> <b> [--show n] [--seed n]');
  const run = await record(resolve(option(args, '--checkout') ?? '.'), Number(option(args, '--limit') ?? Infinity));
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, JSON.stringify(run));
  console.log(`${Object.keys(run.stories).length} stories, extractor ${run.version} → ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
