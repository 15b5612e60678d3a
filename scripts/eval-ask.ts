/**
 * `npm run eval:ask [-- --details]`: scores free questions answered as the bot answers them. The
 * project's labelled set (corpus/ask/: news-style articles written here, and the seed briefing)
 * is loaded as one briefings folder — every story competes for every question — and each question
 * goes through the responder, with its `after` message asked first in the same thread. Reported
 * per part: the right story found, an answer whose first cited sentence is in an answering
 * paragraph, unanswerable questions declined, and any quoted text that is not an article sentence.
 *
 * `tune/` is what the answerer is adjusted on (`--details` lists its misses); the parts named
 * `held-out` and `held-out-N` (found by name, so a new blind batch needs no change here) are only
 * scored when asked for (`--held-out`), figures only, so their numbers say how the answerer does
 * on articles and questions it was not tuned on.
 *
 * `--batches` adds a row for each batch of the tune part; `--latency` measures CPU per tune question.
 *
 * `--folder N` scores each part in a folder of N stories rather than all of them: the part's own
 * stories and, to make up N, others taken by a fixed hash of their slugs — the condition issue 17's
 * acceptance names ("a mix of 15 stories in one briefings folder"). One library of every story is
 * the harder condition (more stories compete for each question), and the default.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { makeIncoming } from '../src/answer/incoming.ts';
import type { Reply } from '../src/answer/reply.ts';
import { outlineOf } from '../src/briefing/build.ts';
import { indexedBriefing } from '../src/briefing/index-entry.ts';
import { INDEX_FORMAT } from '../src/briefing/index-file.ts';
import { Library } from '../src/briefing/library.ts';
import { loadBriefings } from '../src/briefing/loader.ts';
import type { Briefing } from '../src/briefing/model.ts';
import { Responder } from '../src/commands/responder.ts';
import { extractArticle } from '../src/extract/extract.ts';
import { openStore } from '../src/store/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const HELD_OUT = readdirSync(join(ROOT, 'corpus', 'ask'))
  .filter((name) => /^held-out(-\d+)?$/.test(name))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const PARTS = ['tune', ...HELD_OUT];

interface Labelled {
  ask: string;
  story: string;
  answers: number[];
  after?: string;
}

interface Outcome {
  part: string;
  item: Labelled;
  /** The tune part's batch (0 for the first questions; each later commented block is the next). */
  batch: number;
  reply: Reply;
  story: boolean;
  answered: boolean;
  correct: boolean;
  outside: number;
}

function storyOf(reply: Reply): string[] {
  switch (reply.kind) {
    case 'answer':
    case 'no-answer':
      return [reply.briefing];
    case 'briefing':
      return [reply.briefing.slug];
    case 'actor':
      return reply.appearances.map((a) => a.slug);
    default:
      return [];
  }
}

/** Quoted sentences that are not, word for word, the article sentence they cite. */
function outsideQuotes(reply: Reply, bySlug: Map<string, Briefing>): number {
  if (reply.kind !== 'answer' && reply.kind !== 'no-answer') return 0;
  const briefing = bySlug.get(reply.briefing);
  const quoted = reply.kind === 'answer' ? reply.sentences : reply.nearby;
  return quoted.filter((q) => briefing?.sentences.find((s) => s.id === q.cite)?.text !== q.text).length;
}

/**
 * The paragraph of the first sentence an answer cites in the wanted story: an answer's best
 * sentence, or for a person's card ("who is …") the sentence that states their role.
 */
function firstCite(reply: Reply, story: string): number | undefined {
  if (reply.kind === 'answer') return reply.briefing === story ? Number(reply.sentences[0]!.cite.split('.')[0]) : -1;
  if (reply.kind === 'actor') {
    const cite = reply.appearances.find((a) => a.slug === story)?.cites[0];
    return cite ? Number(cite.split('.')[0]) : -1;
  }
  return undefined;
}

function describe(reply: Reply): string {
  switch (reply.kind) {
    case 'answer':
      return `answer ${reply.briefing} ${reply.sentences.map((s) => `¶${s.cite}`).join(' ')}${reply.unknown ? ' (unknown)' : ''}: ${reply.sentences[0]?.text.slice(0, 100)}`;
    case 'no-answer':
      return `no-answer ${reply.briefing} (${reply.asks})`;
    case 'briefing':
      return `card ${reply.briefing.slug} (${reply.part})`;
    case 'actor':
      return `actor ${reply.name}`;
    case 'not-found':
      return `not-found “${reply.query}”`;
    default:
      return reply.kind;
  }
}

function pct(n: number, d: number): string {
  return d === 0 ? '–' : `${((100 * n) / d).toFixed(0)}% (${n}/${d})`;
}

async function main(): Promise<number> {
  const details = process.argv.includes('--details');
  // Held-out figures are printed only when asked for, so tuning looks at the tune part alone.
  const parts: readonly string[] = process.argv.includes('--held-out') ? PARTS : ['tune'];
  const folderArg = process.argv.indexOf('--folder');
  const folder = folderArg >= 0 ? Number(process.argv[folderArg + 1]) : undefined;
  if (folder !== undefined && !(Number.isInteger(folder) && folder > 0)) throw new Error('--folder takes a number of stories, e.g. --folder 15');
  // The seed briefing is asked about in the tune part, so it counts as one of its stories.
  const partOf = new Map<Briefing, string>();
  const briefings: Briefing[] = [];
  for (const [part, dir] of [['tune', join(ROOT, 'briefings')], ...PARTS.map((p) => [p, join(ROOT, 'corpus', 'ask', p, 'briefings')])] as const) {
    const loaded = await loadBriefings(dir, extractArticle);
    for (const problem of loaded.problems) console.error(problem.message);
    for (const b of loaded.briefings) partOf.set(b, part);
    briefings.push(...loaded.briefings);
  }
  const bySlug = new Map(briefings.map((b) => [b.slug, b]));
  const responderOver = async (set: readonly Briefing[]) => {
    const library = await indexedLibrary(set);
    return new Responder({ library: () => library });
  };
  const everyStory = folder === undefined ? await responderOver(briefings) : undefined;
  if (process.argv.includes('--latency')) return latency(everyStory ?? (await responderOver(briefings)));
  const outcomes: Outcome[] = [];
  let conversation = 0;
  for (const part of parts) {
    const responder = everyStory ?? (await responderOver(folderFor(part, briefings, partOf, folder!)));
    const source = readFileSync(join(ROOT, 'corpus', 'ask', part, 'questions.yaml'), 'utf8');
    const items = parse(source) as Labelled[];
    const batches = batchesOf(source);
    for (const [i, item] of items.entries()) {
      if (!bySlug.has(item.story)) throw new Error(`${part}: unknown story ${item.story} for “${item.ask}”`);
      const where = { conversation: `eval-${conversation++}`, user: 'eval', thread: 'thread' };
      if (item.after) await responder.respond(makeIncoming(item.after, where));
      const reply = await responder.respond(makeIncoming(item.ask, where));
      const first = firstCite(reply, item.story);
      const answered = first !== undefined;
      const correct = item.answers.length > 0 ? answered && item.answers.includes(first) : !answered;
      outcomes.push({ part, item, batch: batches[i] ?? 0, reply, story: storyOf(reply).includes(item.story), answered, correct, outside: outsideQuotes(reply, bySlug) });
    }
  }

  const batched = process.argv.includes('--batches') ? [...new Set(outcomes.filter((o) => o.part === 'tune').map((o) => o.batch))].map((b) => ({ name: `tune batch ${b}`, of: (o: Outcome) => o.part === 'tune' && o.batch === b })) : [];
  const groups = [...(parts.length > 1 ? [...parts, 'all'] : parts).map((p) => ({ name: p, of: (o: Outcome) => p === 'all' || o.part === p })), ...batched];
  const rows = ['| part | questions | stories | right story | answered from an answering paragraph (top 1) | unanswerable declined | answers to unanswerable | quotes not in the article |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
  for (const { name: part, of } of groups) {
    const set = outcomes.filter(of);
    const answerable = set.filter((o) => o.item.answers.length > 0);
    const unanswerable = set.filter((o) => o.item.answers.length === 0);
    const stories = new Set(set.map((o) => o.item.story)).size;
    rows.push(
      `| ${part} | ${set.length} | ${stories} | ${pct(set.filter((o) => o.story).length, set.length)} | ${pct(answerable.filter((o) => o.correct).length, answerable.length)} | ${pct(unanswerable.filter((o) => o.correct).length, unanswerable.length)} | ${unanswerable.filter((o) => o.answered).length} | ${set.reduce((n, o) => n + o.outside, 0)} |`,
    );
  }
  console.log(folder === undefined ? `## Free questions (${briefings.length} briefings in one library)\n` : `## Free questions (each part in a folder of ${folder} stories: its own, then others by a fixed hash)\n`);
  console.log(rows.join('\n'));
  if (details) {
    console.log('\n### Misses (tune only; held-out is scored, never inspected)\n');
    for (const o of outcomes.filter((x) => x.part === 'tune' && (!x.correct || !x.story))) {
      console.log(`- “${o.item.ask}”${o.item.after ? ` (after “${o.item.after}”)` : ''} → want ${o.item.story} ${o.item.answers.length ? `¶${o.item.answers.join('/')}` : 'declined'}; got ${describe(o.reply)}`);
    }
  }
  return outcomes.some((o) => o.outside > 0) ? 1 : 0;
}

/**
 * `--latency`: CPU time per tune question through the responder, the questions asked five times in
 * one process (each `after` message first, untimed); the median and p99 of rounds 2–5.
 */
async function latency(responder: Responder): Promise<number> {
  const items = parse(readFileSync(join(ROOT, 'corpus', 'ask', 'tune', 'questions.yaml'), 'utf8')) as Labelled[];
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const [i, item] of items.entries()) {
      const where = { conversation: `latency-${round}-${i}`, user: 'eval', thread: 'thread' };
      if (item.after) await responder.respond(makeIncoming(item.after, where));
      const start = process.cpuUsage();
      await responder.respond(makeIncoming(item.ask, where));
      const used = process.cpuUsage(start);
      if (round > 0) times.push((used.user + used.system) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  console.log(`CPU per free question (${items.length} tune questions, rounds 2–5 of 5): median ${at(0.5)} ms, p99 ${at(0.99)} ms`);
  return 0;
}

/** Each question's batch: a comment block after some questions starts the next (`--batches`). */
function batchesOf(source: string): number[] {
  const out: number[] = [];
  let batch = 0;
  let afterItem = false;
  for (const line of source.split('\n')) {
    if (line.startsWith('#') && afterItem) {
      batch++;
      afterItem = false;
    } else if (line.startsWith('- ')) {
      out.push(batch);
      afterItem = true;
    }
  }
  return out;
}

/** FNV-1a of a slug: a fixed order to draw a folder's other stories from. */
function slugHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A part's own stories and, up to `size`, other parts' stories in the order of their slugs' hash. */
function folderFor(part: string, briefings: readonly Briefing[], partOf: ReadonlyMap<Briefing, string>, size: number): Briefing[] {
  const own = briefings.filter((b) => partOf.get(b) === part);
  const others = briefings.filter((b) => partOf.get(b) !== part).sort((a, b) => slugHash(a.slug) - slugHash(b.slug) || a.slug.localeCompare(b.slug));
  return [...own, ...others.slice(0, Math.max(0, size - own.length))];
}

/**
 * The briefings in an in-memory SQLite briefing index, as the bot answers from one: one library
 * over several folders, each file named by its path from the project root.
 */
async function indexedLibrary(briefings: readonly Briefing[]): Promise<Library> {
  const store = openStore({ url: ':memory:' });
  const put = briefings.map((b) => {
    const outline = outlineOf(b);
    return {
      file: { name: relative(ROOT, b.path), size: 0, mtimeMs: 0, hash: b.hash, format: INDEX_FORMAT, slug: b.slug, indexed: true, problems: [] },
      briefing: indexedBriefing(outline),
    };
  });
  await store.briefings.apply({ put, remove: [] });
  return new Library(store.briefings, { readFile: (file) => readFile(join(ROOT, file), 'utf8') });
}

process.exitCode = await main();
