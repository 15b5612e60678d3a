/**
 * `node bin/run.js scripts/eval/extract-snapshot.ts [--out file] [--compare file] [--quick]`:
 * runs the extractor over every article text it can find and writes one canonical JSON of all
 * outputs, so that a change meant to leave extraction as it is (a speed-up, a refactor) can be
 * checked byte for byte: record the snapshot before the change, then `--compare` after it.
 *
 * Each article is extracted twice: with the committed models (what the bot does) and with no
 * models (the hand rules, what training starts from); both times the trace of every learned
 * decision's candidates and features is kept, so a change in a feature shows even where the
 * outcome does not.
 *
 * Texts: the corpus's own articles (train and vault), the briefings' bodies, every long string in
 * the test files (the tests' fixtures), and, when ../shared is beside the checkout, the labelled
 * development articles and the whole BBC dataset (`--quick`: only the BBC stories the corpus
 * labels name, about a tenth of the time; a cue alternative seen only in the rest of the dataset
 * once slipped through it). The snapshot holds text from ../shared, so it is written under data/
 * (never committed). A mismatch is reported by article id only: the vault is compared, never read.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { splitTitle } from '../../src/extract/article-text.ts';
import { extractArticle, EXTRACTOR_VERSION } from '../../src/extract/extract.ts';
import { newTrace } from '../../src/extract/learned/trace.ts';
import { parseBriefingFile } from '../../src/briefing/parse.ts';
import { available, defaultPaths, listCorpus } from '../corpus/corpus.ts';

/** One text to extract. */
interface Input {
  id: string;
  title?: string;
  body: string;
}

/** Every file under `dir` (sorted, recursively) whose name passes `keep`. */
function walk(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path, keep);
    return keep(name) ? [path] : [];
  });
}

/** Strings in test files at least this long are treated as fixtures. */
const MIN_FIXTURE_CHARS = 60;

/** Long string and template literals (without substitutions) of a TypeScript file. */
function longStrings(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text.length >= MIN_FIXTURE_CHARS) out.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

function inputs(root: string, quick: boolean): Input[] {
  const out: Input[] = [];
  const paths = defaultPaths(root);
  const read = new Set<string>();
  const add = (id: string, path: string): void => {
    const { title, body } = splitTitle(readFileSync(path, 'utf8'));
    out.push({ id, title, body });
    read.add(path);
  };
  for (const entry of listCorpus(['train', 'vault'], paths)) {
    if (available(entry, paths)) add(`${entry.part}/${entry.id}`, entry.textPath);
  }
  for (const dir of [join(root, 'briefings'), join(root, 'corpus', 'ask')]) {
    for (const path of walk(dir, (n) => n.endsWith('.md'))) {
      const parsed = parseBriefingFile(path, readFileSync(path, 'utf8'));
      if (parsed.ok) out.push({ id: relative(root, path), title: parsed.file.frontMatter.headline, body: parsed.file.body });
    }
  }
  for (const path of walk(join(root, 'test'), (n) => n.endsWith('.ts'))) {
    // Named by content, so a test file that gains or loses a string keeps the others' names.
    for (const text of longStrings(path)) out.push({ id: `${relative(root, path)}#${createHash('sha256').update(text).digest('hex').slice(0, 12)}`, body: text });
  }
  const shared = resolve(root, '..', 'shared');
  const rest = [...walk(join(shared, 'fixtures', 'articles'), (n) => n.endsWith('.txt')), ...(quick ? [] : walk(paths.bbcDir, (n) => n.endsWith('.txt')))];
  for (const path of rest) if (!read.has(path)) add(relative(shared, path), path);
  return out;
}

/** Each input's extraction (committed models, then none) with traces, as one canonical line. */
function extractAll(list: Input[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { id, title, body } of list) {
    const withModels = newTrace();
    const rules = newTrace();
    const result = {
      models: extractArticle(body, { title, trace: withModels }),
      modelsTrace: withModels,
      rules: extractArticle(body, { title, models: { version: EXTRACTOR_VERSION }, trace: rules }),
      rulesTrace: rules,
    };
    // Repeated ids (the same literal in two tests) keep both.
    let key = id;
    for (let n = 2; key in out; n++) key = `${id}~${n}`;
    out[key] = JSON.stringify(result);
  }
  return out;
}

function main(): number {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const root = process.cwd();
  const list = inputs(root, args.includes('--quick'));
  const t0 = performance.now();
  const lines = extractAll(list);
  const seconds = (performance.now() - t0) / 1000;
  const digest = createHash('sha256').update(JSON.stringify(lines)).digest('hex');
  console.log(`${list.length} texts extracted twice in ${seconds.toFixed(1)} s; digest ${digest.slice(0, 16)}`);

  const outPath = option('--out');
  if (outPath) {
    mkdirSync(dirname(resolve(outPath)), { recursive: true });
    writeFileSync(outPath, `${JSON.stringify(lines, null, 1)}\n`);
    console.log(`written to ${outPath}`);
  }
  const comparePath = option('--compare');
  if (comparePath) {
    const before = JSON.parse(readFileSync(comparePath, 'utf8')) as Record<string, string>;
    // Texts only one side has (a test string added or removed) are counted, not compared.
    const ids = Object.keys(lines).filter((id) => id in before);
    const added = Object.keys(lines).length - ids.length;
    const gone = Object.keys(before).length - ids.length;
    const differ = ids.filter((id) => before[id] !== lines[id]);
    const others = added + gone > 0 ? `; ${added} texts only here, ${gone} only there` : '';
    if (differ.length > 0) {
      console.log(`${differ.length} of ${ids.length} texts differ from ${comparePath}${others}:`);
      for (const id of differ.slice(0, 40)) console.log(`  ${id}`);
      return 1;
    }
    console.log(`identical to ${comparePath} (${ids.length} texts${others})`);
  }
  return 0;
}

process.exitCode = main();
