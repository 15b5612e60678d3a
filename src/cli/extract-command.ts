/**
 * `brief extract <file|-> [--json]`: automatic extraction of one article (plain text, headline on
 * the first line). With --json it prints exactly the contract of DESIGN.md:
 * `{"actors":[{"name","aliases","kind","role"}],"quotes":[{"speaker","text"}],"questions":[{"text"}]}`.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readAll, type CliIO } from './io.ts';
import { splitTitle, type ArticleText } from '../extract/article-text.ts';
import { extractArticle, looksBinary, looksLikeHtml, MAX_CHARS } from '../extract/extract.ts';
import { readArticleFromHtml } from '../extract/html.ts';
import type { Extraction } from '../briefing/extraction.ts';

/** Arguments of `brief extract`. */
export interface ExtractArgs {
  file: string;
  json: boolean;
}

/** The JSON printed by `brief extract --json` (contract). */
export interface ExtractJson {
  actors: Array<{ name: string; aliases: string[]; kind: string; role: string | null }>;
  quotes: Array<{ speaker: string | null; text: string }>;
  questions: Array<{ text: string }>;
}

/** Reads a file, or standard input for "-"; undefined with a one-line reason when it cannot. */
export async function readSource(file: string, io: CliIO): Promise<{ text: string } | { error: string }> {
  try {
    if (file === '-') return { text: await readAll(io.stdin) };
    return { text: await readFile(resolve(io.cwd, file), 'utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    return { error: `cannot read ${file}: ${reason}` };
  }
}

/** Turns raw input into headline and body: plain text as it is, HTML through Readability. */
export function articleFromInput(raw: string): { article: ArticleText; note?: string } {
  if (looksBinary(raw)) return { article: { title: '', body: '' }, note: 'the input looks like binary data, not article text: nothing extracted' };
  if (looksLikeHtml(raw)) {
    const page = readArticleFromHtml(raw);
    if (page) return { article: { title: page.title, body: page.body }, note: 'the input is HTML: read the article out of the page' };
    return { article: { title: '', body: '' }, note: 'the input is HTML with no readable article: nothing extracted' };
  }
  const note = raw.length > MAX_CHARS ? `the input is long: only the first ${MAX_CHARS.toLocaleString('en')} characters were read` : undefined;
  return { article: splitTitle(raw), ...(note ? { note } : {}) };
}

/** The contract view of an extraction. */
export function toExtractJson(x: Extraction): ExtractJson {
  return {
    actors: x.actors.map((a) => ({ name: a.name, aliases: a.aliases, kind: a.kind, role: a.role })),
    quotes: x.quotes.map((q) => ({ speaker: q.speaker, text: q.text })),
    questions: x.questions.map((q) => ({ text: q.text })),
  };
}

/** A readable summary of an extraction for the terminal. */
export function formatExtraction(title: string, x: Extraction): string {
  const lines: string[] = [];
  if (title) lines.push(title, '');
  lines.push(`Actors (${x.actors.length})`);
  for (const a of x.actors) {
    const role = a.role ? ` — ${a.role}` : '';
    const aliases = a.aliases.length > 0 ? `  [also: ${a.aliases.join(', ')}]` : '';
    lines.push(`  ${a.name} (${a.kind})${role}${aliases}`);
  }
  lines.push('', `Quotes (${x.quotes.length})`);
  for (const q of x.quotes) {
    const who = q.speaker ?? (q.speakerDescription ? `unnamed: ${q.speakerDescription}` : 'unattributed');
    lines.push(`  ${who}: “${q.text}”  [${q.cites.join(', ')}]`);
  }
  lines.push('', `Open questions (${x.questions.length})`);
  for (const q of x.questions) lines.push(`  ${q.text}${q.why ? `  (${q.why})` : ''}  [${q.cites.join(', ')}]`);
  lines.push('', `Claims (${x.claims.length})`);
  for (const c of x.claims) lines.push(`  ${c.sourcing === 'unnamed' ? 'unnamed' : 'on record'}${c.source ? ` (${c.source})` : ''}: ${c.text}  [${c.cites.join(', ')}]`);
  return lines.join('\n') + '\n';
}

/**
 * Runs `brief extract`. Exit 0 with the extraction (possibly empty, with a note on stderr for
 * binary or HTML input); exit 2 with a one-line error when the file cannot be read.
 */
export async function runExtract(args: ExtractArgs, io: CliIO): Promise<number> {
  const source = await readSource(args.file, io);
  if ('error' in source) {
    io.stderr.write(`brief extract: ${source.error}\n`);
    return 2;
  }
  const { article, note } = articleFromInput(source.text);
  if (note) io.stderr.write(`brief extract: ${note}\n`);
  const extraction = extractArticle(article.body, { title: article.title });
  if (args.json) io.stdout.write(JSON.stringify(toExtractJson(extraction), null, 2) + '\n');
  else io.stdout.write(formatExtraction(article.title, extraction));
  return 0;
}
