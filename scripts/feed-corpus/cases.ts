/**
 * The corpus's test files as cases: each file's bytes, its category (the folder under `tests/`),
 * and what its opening comment says — `Description:`, `Expect:` and the `Header:` lines to serve
 * it with. The comment is written in the file's own encoding (UTF-16, UTF-32 and EBCDIC files
 * exist), so it is looked for under each of those; this reads the test, not the feed, so it does
 * not use the code under evaluation.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import iconv from 'iconv-lite';

/** One corpus file and the test its comment describes. */
export interface CorpusCase {
  /** Path under the corpus's `tests/` folder, with forward slashes. */
  path: string;
  /** The folder it sits in (`wellformed/rss`, `encoding`, `illformed/chardet`). */
  category: string;
  bytes: Buffer;
  description: string;
  /** The Python condition; undefined when the file has none. */
  expect?: string;
  /** HTTP headers to serve the file with, in the order written. */
  headers: Array<[string, string]>;
}

const COMMENT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be', 'cp037'] as const;

/** The file's opening comment, read in whichever of the usual encodings shows it. */
function commentOf(bytes: Buffer): string | undefined {
  for (const encoding of COMMENT_ENCODINGS) {
    const text = iconv.decode(bytes.subarray(0, 8192), encoding);
    const start = text.indexOf('<!--');
    const end = text.indexOf('-->', start);
    if (start >= 0 && end > start && /\b(Expect|Description):/.test(text.slice(start, end))) return text.slice(start + 4, end);
  }
  return undefined;
}

/** The `Key: value` lines of a comment, values trimmed. */
function fieldsOf(comment: string): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  for (const line of comment.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z]+):\s?(.*)$/.exec(line);
    if (match) fields.push([match[1]!, match[2]!.trim()]);
  }
  return fields;
}

/** A `Header:` value (`Content-type: text/xml; charset=x`) as a name and value; an empty value is kept. */
function headerOf(value: string): [string, string] | undefined {
  const colon = value.indexOf(':');
  if (colon <= 0) return undefined;
  return [value.slice(0, colon).trim(), value.slice(colon + 1).trim()];
}

/** Reads one corpus file into a case. */
export function readCase(path: string, bytes: Buffer): CorpusCase {
  const fields = fieldsOf(commentOf(bytes) ?? '');
  const value = (key: string) => fields.find(([k]) => k === key)?.[1];
  const headers = fields.filter(([k]) => k === 'Header').flatMap(([, v]) => {
    const header = headerOf(v);
    return header ? [header] : [];
  });
  const expect = value('Expect');
  return {
    path,
    category: path.split('/').slice(0, -1).join('/'),
    bytes,
    description: value('Description') ?? '',
    ...(expect ? { expect } : {}),
    headers,
  };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.name.endsWith('.xml')) files.push(full);
  }
  return files;
}

/** Every `.xml` file under `<corpus>/tests`, sorted by path. */
export async function readCorpus(corpusDir: string): Promise<CorpusCase[]> {
  const tests = join(corpusDir, 'tests');
  const files = (await walk(tests)).sort();
  return Promise.all(files.map(async (file) => readCase(relative(tests, file).split(sep).join('/'), await readFile(file))));
}
