/**
 * Answer latency at archive scale: builds libraries of synthetic briefings (10,000 and 50,000) and
 * times `answer()` for card, part, who-is and not-found questions, and `answerQuestion()` for free
 * questions. Reports p50/p99 and build time.
 */
import { answer, type ReadIntent } from '../../src/answer/answer.ts';
import { answerQuestion } from '../../src/answer/ask.ts';
import { autocompleteChoices } from '../../src/chat/discord-autocomplete.ts';
import { parseIntent, USAGE } from '../../src/commands/index.ts';
import { noExtraction } from '../../src/briefing/build.ts';
import { Library } from '../../src/briefing/library.ts';
import { loadBriefingText } from '../../src/briefing/loader.ts';
import type { Briefing } from '../../src/briefing/model.ts';

const FIRST = ['Amara', 'Bruno', 'Chen', 'Dalia', 'Emeka', 'Freya', 'Goran', 'Hana', 'Ivo', 'Jun', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tariq'];
const LAST = ['Abara', 'Brandt', 'Castillo', 'Dimitrov', 'Eze', 'Fontaine', 'Gallo', 'Haddad', 'Ibsen', 'Jovic', 'Kato', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quist', 'Rahman', 'Silva', 'Tanaka'];
const NOUNS = ['strike', 'election', 'flood', 'merger', 'trial', 'summit', 'recall', 'outage', 'protest', 'budget', 'drought', 'ceasefire', 'tariff', 'bailout', 'inquiry', 'wildfire', 'blackout', 'lockout', 'scandal', 'shortage', 'referendum', 'evacuation', 'boycott', 'ruling', 'takeover', 'heatwave', 'landslide', 'mutiny', 'embargo', 'audit', 'layoffs', 'sanctions'];
/** Place names: 40 stems × 5 endings, so headline words repeat the way an archive's do, not on every tenth story. */
const PLACES = ['Alder', 'Bright', 'Cor', 'Dun', 'East', 'Fair', 'Glen', 'Harrow', 'Iron', 'Juni', 'Kings', 'Lang', 'Marsh', 'North', 'Oak', 'Pen', 'Quarry', 'Rook', 'Stone', 'Thorn', 'Upper', 'Vale', 'West', 'Yarrow', 'Zell', 'Ash', 'Birch', 'Cedar', 'Deep', 'Elm', 'Fern', 'Gold', 'High', 'Ivy', 'Kestrel', 'Low', 'Mill', 'New', 'Old', 'Pine'].flatMap((stem) => ['moor', 'water', 'vale', 'haven', 'ford'].map((end) => stem + end));

/** A deterministic pseudo-random generator, so runs are comparable. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function syntheticBriefings(count: number): Briefing[] {
  const random = rng(42);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const briefings: Briefing[] = [];
  for (let i = 0; i < count; i++) {
    const noun = pick(NOUNS);
    const place = pick(PLACES);
    const people = Array.from({ length: 4 }, () => `${pick(FIRST)} ${pick(LAST)}${i % 7}`);
    const text = `---
slug: story-${i}
aliases: [${noun}-${i}]
headline: ${place} ${noun} enters day ${i % 30} as officials trade blame
actors:
${people.map((p, k) => `  - name: ${p}\n    kind: person\n    role: ${k === 0 ? 'mayor of ' + place : 'spokesperson'}`).join('\n')}
questions:
  - text: When will the ${noun} end?
---
${people[0]} said the ${noun} in ${place} would continue. ${people[1]} disagreed. Nobody knows when it will end.
`;
    const loaded = loadBriefingText(`briefings/story-${i}.md`, text, noExtraction);
    briefings.push(loaded.briefing!);
  }
  return briefings;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs the section and returns printable lines. */
export function benchAnswer(sizes = [10_000, 50_000]): string[] {
  const lines = [
    '## Answer latency (in process)',
    '',
    '2,000 questions a round (card, part, who-is, what-did-say, unknown topic, unknown name, headline words); median of 5 rounds.',
    '',
    '| briefings | build index (s) | heap (MB) | p50 (ms) | p99 (ms) | max (ms) | Discord autocomplete p50 / p99 (ms) |',
    '|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const questionRows: string[] = [];
  for (const size of sizes) {
    const briefings = syntheticBriefings(size);
    // With --expose-gc (as `npm run bench` runs), collect first so the heap figure is the index's own.
    (globalThis as { gc?: () => void }).gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const library = new Library(briefings);
    const buildS = (performance.now() - t0) / 1000;
    (globalThis as { gc?: () => void }).gc?.();
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    const random = rng(7);
    const questions: string[] = [];
    for (let q = 0; q < 2000; q++) {
      const i = Math.floor(random() * size);
      const b = briefings[i]!;
      const actor = b.actors[Math.floor(random() * b.actors.length)]!;
      questions.push(
        [`/brief story-${i}`, `/brief ${b.aliases[0]} actors`, `who is ${actor.name}`, `what did ${actor.name.split(' ')[1]} say`, '/brief volcano eruption', 'who is Jane Doe', `/brief ${b.headline.split(' ').slice(0, 2).join(' ')}`][q % 7]!,
      );
    }
    const intents = questions.map((q) => parseIntent(q) as ReadIntent);
    for (const intent of intents.slice(0, 200)) answer(intent, library, USAGE); // warm up
    // Several rounds; the median of each round's percentiles damps pauses from other work on the machine.
    const rounds: Array<{ p50: number; p99: number; max: number }> = [];
    for (let round = 0; round < 5; round++) {
      const times: number[] = [];
      for (const intent of intents) {
        const t = performance.now();
        answer(intent, library, USAGE);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      rounds.push({ p50: percentile(times, 50), p99: percentile(times, 99), max: times[times.length - 1]! });
    }
    const median = (key: 'p50' | 'p99' | 'max') => rounds.map((r) => r[key]).sort((a, b) => a - b)[2]!;
    // Autocomplete answers every keystroke of `/brief query:…`; its index is built on first use.
    autocompleteChoices(library, 's');
    const typed = ['s', 'sto', 'story-12', 'who ', 'who nad', 'strike', `${briefings[3]!.actors[0]!.name.slice(0, 6)}`, ''];
    const keystrokes: number[] = [];
    for (let k = 0; k < 2000; k++) {
      const t = performance.now();
      autocompleteChoices(library, typed[k % typed.length]!);
      keystrokes.push(performance.now() - t);
    }
    keystrokes.sort((a, b) => a - b);
    const complete = `${percentile(keystrokes, 50).toFixed(3)} / ${percentile(keystrokes, 99).toFixed(3)}`;
    lines.push(`| ${size.toLocaleString('en')} | ${buildS.toFixed(2)} | ${heapMb.toFixed(0)} | ${median('p50').toFixed(3)} | ${median('p99').toFixed(3)} | ${median('max').toFixed(2)} | ${complete} |`);
    questionRows.push(benchQuestions(size, briefings, library));
  }
  return [...lines, '', ...QUESTION_HEADER, ...questionRows];
}

const QUESTION_HEADER = [
  '### Free questions (the question path: story, then sentences)',
  '',
  '2,000 questions a round (why, who, when, how many, an open question, a follow-up in a thread, a story that is not there); each story’s article is prepared on the first question about it, as in a fresh process; median of 5 rounds.',
  '',
  '| briefings | p50 (ms) | p99 (ms) | max (ms) |',
  '|---:|---:|---:|---:|',
];

/** Times `answerQuestion` on chat-style questions about random stories of the library. */
function benchQuestions(size: number, briefings: Briefing[], library: Library): string {
  const random = rng(11);
  const asks: Array<{ text: string; recent?: { slug: string; people: string[] } }> = [];
  for (let q = 0; q < 2000; q++) {
    const b = briefings[Math.floor(random() * size)]!;
    const noun = b.aliases[0]!.split('-')[0]!;
    const place = b.headline.split(' ')[0]!;
    const person = b.actors[0]!.name;
    const recent = { slug: b.slug, people: [person] };
    asks.push(
      [
        { text: `why will the ${noun} in ${place.toLowerCase()} continue` },
        { text: `who disagreed with ${person.split(' ')[0]!.toLowerCase()}` },
        { text: `when will the ${noun} end?` },
        { text: `how many ppl are affected by the ${place} ${noun}` },
        { text: 'and what did he say?', recent },
        { text: 'why did the volcano erupt' },
      ][q % 6]!,
    );
  }
  for (const a of asks.slice(0, 50)) answerQuestion(a.text, library, a.recent ? { recent: a.recent } : {}); // warm up
  const rounds: Array<{ p50: number; p99: number; max: number }> = [];
  for (let round = 0; round < 5; round++) {
    const times: number[] = [];
    for (const a of asks) {
      const t = performance.now();
      answerQuestion(a.text, library, a.recent ? { recent: a.recent } : {});
      times.push(performance.now() - t);
    }
    times.sort((x, y) => x - y);
    rounds.push({ p50: percentile(times, 50), p99: percentile(times, 99), max: times[times.length - 1]! });
  }
  const median = (key: 'p50' | 'p99' | 'max') => rounds.map((r) => r[key]).sort((x, y) => x - y)[2]!;
  return `| ${size.toLocaleString('en')} | ${median('p50').toFixed(3)} | ${median('p99').toFixed(3)} | ${median('max').toFixed(2)} |`;
}

if (process.argv[1]?.endsWith('answer.ts')) console.log(benchAnswer().join('\n'));
