/**
 * `brief ingest <file|url|-> [--slug S]`: writes a draft briefing `briefings/<slug>.md` from an
 * article — YAML front matter (slug, aliases, headline, source, actors, quotes, questions,
 * claims) and then the body verbatim. A URL is fetched (with a timeout and a size cap) and the
 * article is taken out of the page with Readability. An existing briefing is never overwritten:
 * the slug gets a numeric suffix ("-2") instead.
 */
import { writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { CliIO } from './io.ts';
import { articleFromInput, readSource } from './extract-command.ts';
import { draftFrontMatter, type DraftArticle } from '../briefing/draft.ts';
import { slugify } from '../briefing/slug.ts';
import { describeError } from '../errors.ts';
import { Egress } from '../net/egress.ts';
import { FetchFailure } from '../net/fetch.ts';
import { fetchPage } from '../net/page.ts';
import { extractArticle } from '../extract/extract.ts';
import { ArticleReadError, readArticle } from '../extract/html.ts';

/** Arguments of `brief ingest`. */
export interface IngestArgs {
  source: string;
  slug?: string;
  /** The briefings folder the draft is written to. */
  dir: string;
  /** Fetch time limit in milliseconds (default 15 s). */
  timeoutMs?: number;
}

async function loadArticle(args: IngestArgs, io: CliIO): Promise<DraftArticle | { error: string }> {
  if (/^https?:\/\//i.test(args.source)) {
    let page: { html: string; url: string };
    // The operator's own command: through the one egress, to any address they name.
    const egress = new Egress();
    try {
      page = await fetchPage(args.source, { fetch: egress.anyAddress, ...(args.timeoutMs !== undefined ? { timeoutMs: args.timeoutMs } : {}) });
    } catch (error) {
      return { error: error instanceof FetchFailure ? `${args.source}: ${error.reason}` : `${args.source}: cannot fetch: ${describeError(error)}` };
    } finally {
      await egress.close();
    }
    let article: Awaited<ReturnType<typeof readArticle>>;
    try {
      // In its own thread with a time limit: a page built to make Readability run for minutes cannot hang the command.
      article = await readArticle(page.html, page.url);
    } catch (error) {
      return { error: `${args.source}: ${error instanceof ArticleReadError ? error.reason : describeError(error)}` };
    }
    if (!article) return { error: `${args.source}: no readable article on the page` };
    const source: DraftArticle['source'] = { url: page.url };
    const site = article.siteName ?? new URL(page.url).hostname.replace(/^www\./, '');
    if (site) source.name = site;
    if (article.published) source.published = article.published.slice(0, 10);
    return { title: article.title, body: article.body, source };
  }
  const raw = await readSource(args.source, io);
  if ('error' in raw) return raw;
  const { article, note } = articleFromInput(raw.text);
  if (note) io.stderr.write(`brief ingest: ${note}\n`);
  return { title: article.title, body: article.body, source: {} };
}

/** The first free path for `slug` in `dir`: `<slug>.md`, else `<slug>-2.md`, `<slug>-3.md`, … */
function freePath(dir: string, slug: string): { path: string; slug: string } {
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? slug : `${slug}-${n}`;
    const path = join(dir, `${candidate}.md`);
    if (!existsSync(path)) return { path, slug: candidate };
  }
  throw new Error(`${dir}: no free file name for ${slug}`);
}

/**
 * Runs `brief ingest`. Exit 0 after writing the draft (its path on stdout); exit 2 with a
 * one-line reason when the source cannot be read or fetched, or the slug is not kebab-case.
 */
export async function runIngest(args: IngestArgs, io: CliIO): Promise<number> {
  if (args.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(args.slug)) {
    io.stderr.write(`brief ingest: --slug must be kebab-case (lower-case letters and digits joined by "-"), got "${args.slug}"\n`);
    return 2;
  }
  const article = await loadArticle(args, io);
  if ('error' in article) {
    io.stderr.write(`brief ingest: ${article.error}\n`);
    return 2;
  }
  if (!article.body.trim()) {
    io.stderr.write(`brief ingest: ${args.source}: no article text to ingest\n`);
    return 2;
  }
  const title = article.title || article.body.trim().split(/\n/)[0]!.slice(0, 120);
  const draft = { ...article, title };
  const dir = resolve(io.cwd, args.dir);
  mkdirSync(dir, { recursive: true });
  const { path, slug } = freePath(dir, args.slug ?? slugify(title, { fallback: 'article' }));
  const extraction = extractArticle(draft.body, { title });
  const yaml = stringify(draftFrontMatter(slug, draft, extraction), { lineWidth: 0 });
  // The DRAFT note marks the file for review; publishing a review replaces it.
  const from = /^https?:\/\//i.test(args.source) ? args.source : args.source === '-' ? 'standard input' : basename(args.source);
  const header = [
    `# DRAFT written by Brief on ${new Date().toISOString().slice(0, 10)} by brief ingest from ${from.replace(/\s+/g, ' ')}.`,
    `# Review the actors, quotes and questions: npx brief open --review ${slug} (or /brief review ${slug} in chat), then publish.`,
  ].join('\n');
  try {
    writeFileSync(path, `---\n${header}\n${yaml}---\n${draft.body}`, { flag: 'wx' });
  } catch (err) {
    io.stderr.write(`brief ingest: cannot write ${path}: ${(err as Error).message}\n`);
    return 2;
  }
  const shown = relative(io.cwd, path) || path;
  io.stdout.write(`wrote ${shown} (${extraction.actors.length} actors, ${extraction.quotes.length} quotes, ${extraction.questions.length} open questions) — review it with: npx brief open --review ${slug}\n`);
  return 0;
}
