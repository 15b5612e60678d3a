/**
 * `node bin/run.js scripts/bench/answers.ts --dir D --size N [--count 400] [--rounds 3] [--out F] [--kinds k1,k2] [--as-is true] [--slowest N]`:
 * a fixed list of questions asked in one process on the archive the archive benchmark keeps in D
 * (`npm run bench -- archive --dir D --keep`) — the benchmark's kinds of question and more ways to
 * miss or misspell a name — answered once with every reply written to F (one line each: the
 * question, then the reply as JSON), then timed over `--rounds` rounds per kind of question.
 *
 * Two checkouts run on the same archive and index give byte-identical files when a change to the
 * look-ups keeps every answer: `diff main.txt branch.txt`. `--as-is true` answers from the index as it
 * stands, without comparing the folder with it first (an index written by another extractor version
 * would otherwise be extracted again in full); `--slowest N` lists the N questions whose least CPU
 * time over the rounds is highest.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeIncoming } from '../../src/answer/incoming.ts';
import { buildHouse } from '../../src/app/house.ts';
import type { Library } from '../../src/briefing/library.ts';
import { readSettings } from '../../src/config/env.ts';
import { createLogger } from '../../src/log.ts';
import { KINDS, questionsFor } from './archive-questions.ts';
import { rng } from './archive-corpus.ts';
import { percentile } from './archive-process.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** More ways to ask about someone, each made from one person of the archive, in this order. */
const MORE_KINDS = [
  'first name, surname with two letters swapped',
  'what did (a surname missing a letter) say',
  'who is (a surname alone)',
  'first name, unknown surname',
  'who is the (a role)',
  'a name in lower case missing a letter',
  'a bare name',
  'quotes from (a name)',
] as const;

/** `word` with the two letters around its middle swapped ("kjaergaard" → "kjaegraard"). */
const swapped = (word: string) => (word.length < 4 ? word : word.slice(0, word.length / 2 - 1) + word[word.length / 2] + word[word.length / 2 - 1] + word.slice(word.length / 2 + 1));

async function moreQuestions(library: Library, size: number, count: number): Promise<string[]> {
  const random = rng(11);
  const out: string[] = [];
  while (out.length < count) {
    const [ref] = await library.list(1, Math.floor(random() * size));
    const outline = ref && (await library.bySlugExact(ref.slug));
    const actor = outline?.actors.find((a) => a.kind === 'person' && a.name.includes(' '));
    if (!actor) continue;
    const words = actor.name.split(' ');
    const first = words[0]!;
    const surname = words.at(-1)!;
    const dropped = surname.length > 3 ? surname.slice(0, 2) + surname.slice(3) : surname;
    out.push(
      `who is ${first} ${swapped(surname)}`,
      `what did ${dropped} say`,
      `who is ${surname}`,
      `who is ${first} Quixwell`,
      `who is the ${actor.role ?? 'spokesperson'}`,
      `who is ${actor.name.toLowerCase().slice(0, -2)}${actor.name.slice(-1).toLowerCase()}`,
      `/brief ${actor.name}`,
      `quotes from ${actor.name}`,
    );
  }
  return out.slice(0, count);
}

async function main(): Promise<void> {
  const args = new Map<string, string>();
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) args.set(argv[i]!.replace(/^--/, ''), argv[i + 1] ?? '');
  const root = args.get('dir');
  const size = Number(args.get('size'));
  if (!root || !(size > 0)) throw new Error('usage: answers.ts --dir D --size N [--count 400] [--rounds 3] [--out F] [--kinds k1,k2]');
  const count = Number(args.get('count') ?? 400);
  const rounds = Number(args.get('rounds') ?? 3);
  const settings = readSettings({ BRIEFINGS_DIR: join(root, `archive-${size}`), DATABASE_URL: join(root, `index-${size}`, 'brief.db') }, ROOT);
  const house = buildHouse(settings, createLogger({ level: 'silent' }), { watch: false });
  await house.store.start();
  if (args.get('as-is') !== 'true') await house.catalog.start();
  try {
    const library = house.catalog.library();
    const half = Math.ceil(count / 2);
    const kinds = [...KINDS, ...MORE_KINDS];
    const asked = [...(await questionsFor(library, size, half)).mix.map((q, i) => ({ q, kind: KINDS[i % KINDS.length]! })), ...(await moreQuestions(library, size, count - half)).map((q, i) => ({ q, kind: MORE_KINDS[i % MORE_KINDS.length]! }))];
    const only = args.get('kinds')?.split(',');
    const questions = only ? asked.filter((a) => only.includes(String(kinds.indexOf(a.kind)))) : asked;
    const ask = (q: string) => house.responder.respond(makeIncoming(q, { platform: 'terminal', conversation: 'answers', user: 'answers' }));
    const lines: string[] = [];
    for (const { q } of questions) lines.push(`${q}\t${JSON.stringify(await ask(q))}`);
    if (args.get('out')) writeFileSync(args.get('out')!, lines.join('\n') + '\n');
    const wall = new Map<string, number[]>();
    const cpu = new Map<string, number[]>();
    const each = new Map<string, number[]>();
    const all: number[] = [];
    const allCpu: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const { q, kind } of questions) {
        const t = performance.now();
        const c = process.cpuUsage();
        await ask(q);
        const used = process.cpuUsage(c);
        const ms = performance.now() - t;
        const cpuMs = (used.user + used.system) / 1000;
        (wall.get(kind) ?? wall.set(kind, []).get(kind)!).push(ms);
        (cpu.get(kind) ?? cpu.set(kind, []).get(kind)!).push(cpuMs);
        (each.get(q) ?? each.set(q, []).get(q)!).push(cpuMs);
        if ((KINDS as readonly string[]).includes(kind)) {
          all.push(ms);
          allCpu.push(cpuMs);
        }
      }
    }
    const sorted = (v: number[]) => [...v].sort((a, b) => a - b);
    const f = (n: number) => n.toFixed(2);
    console.log(`${questions.length} questions, ${rounds} rounds; wall p50 / p99 / max (CPU p50 / p99), ms`);
    for (const kind of kinds) {
      const w = wall.get(kind);
      const c = cpu.get(kind);
      if (!w || !c) continue;
      const ws = sorted(w);
      const cs = sorted(c);
      console.log(`${kind.padEnd(48)} ${f(percentile(ws, 50))} / ${f(percentile(ws, 99))} / ${f(ws.at(-1)!)} (${f(percentile(cs, 50))} / ${f(percentile(cs, 99))})`);
    }
    const slowest = Number(args.get('slowest') ?? 0);
    const least = [...each].map(([q, c]) => ({ q, cpu: Math.min(...c) })).sort((a, b) => b.cpu - a.cpu);
    for (const { q, cpu: c } of least.slice(0, slowest)) console.log(`  ${f(c)} ms CPU at least: ${q}`);
    if (all.length) console.log(`${"the benchmark's kinds".padEnd(48)} ${f(percentile(sorted(all), 50))} / ${f(percentile(sorted(all), 99))} (${f(percentile(sorted(allCpu), 50))} / ${f(percentile(sorted(allCpu), 99))})`);
  } finally {
    await house.catalog.stop();
    await house.store.stop();
  }
}

await main();
