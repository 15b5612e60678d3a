/**
 * `brief ingest <file|url|-> [--slug S]`: writes a draft briefing `briefings/<slug>.md` from an
 * article — YAML front matter (slug, aliases, headline, source, actors, quotes, questions,
 * claims) and then the body verbatim. A URL is fetched (with a timeout and a size cap) and the
 * article is taken out of the page with Readability. An existing briefing is never overwritten:
 * the slug gets a numeric suffix ("-2") instead.
 */
import { writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { CliIO } from './io.ts';
import { articleFromInput, readSource } from './extract-command.ts';
import { fold } from '../briefing/text.ts';
import { extractArticle } from '../extract/extract.ts';
import { readArticleFromHtml } from '../extract/html.ts';
import type { Extraction } from '../briefing/extraction.ts';

/** Arguments of `brief ingest`. */
export interface IngestArgs {
  source: string;
  slug?: string;
  /** The briefings folder the draft is written to. */
  dir: string;
  /** Fetch time limit in milliseconds (default 15 s). */
  timeoutMs?: number;
}

/** The article to turn into a briefing, with what is known of its source. */
export interface IngestedArticle {
  title: string;
  body: string;
  source: { name?: string; url?: string; published?: string };
}

/** Pages larger than this are refused. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
const MAX_SLUG = 60;

/** A slug from a headline: kebab-case, ASCII-folded, at most 60 characters, cut at a word. */
export function slugify(headline: string): string {
  const words = fold(headline).replace(/[^a-z0-9 ]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  return slug || words.join('-').slice(0, MAX_SLUG) || 'article';
}

const ALIAS_STOP = new Set(
  'about above after again against amid also among been before being below between both could does down during each from further have having here into itself just more most much need only other over same says said should some such than that their them then there these they this those through under until very were what when where which while will with would your year years week over latest news report reports amid after says told'.split(' '),
);

/** What `/brief` should accept besides the slug: the headline's salient words, most used in the body first. */
export function salientAliases(title: string, body: string, slug: string): string[] {
  const words = fold(title).split(' ').filter((w) => w.length >= 4 && !ALIAS_STOP.has(w) && !/^\d+$/.test(w));
  const bodyText = ` ${fold(body)} `;
  const count = (w: string): number => bodyText.split(` ${w} `).length - 1;
  const ranked = [...new Set(words)].sort((a, b) => count(b) - count(a));
  const aliases: string[] = [];
  for (const w of ranked.slice(0, 2)) if (w !== slug) aliases.push(w);
  const titleWords = fold(title).split(' ');
  for (let i = 0; i + 1 < titleWords.length; i++) {
    const pair = `${titleWords[i]} ${titleWords[i + 1]}`;
    if (ranked.includes(titleWords[i]!) && ranked.includes(titleWords[i + 1]!) && count(pair) >= 1) {
      aliases.push(pair);
      break;
    }
  }
  return [...new Set(aliases)];
}

/** Fetches a page with a time limit and a size cap; returns its text or a one-line reason. */
export async function fetchPage(url: string, timeoutMs = 15_000): Promise<{ html: string; url: string } | { error: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(url, { signal: controller.signal, redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.8' } });
    if (!res.ok) return { error: `${url}: the server answered ${res.status} ${res.statusText}`.trim() };
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > MAX_PAGE_BYTES) return { error: `${url}: the page is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB` };
    const reader = res.body?.getReader();
    if (!reader) return { html: '', url: res.url || url };
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_PAGE_BYTES) {
        await reader.cancel();
        return { error: `${url}: the page is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB` };
      }
      chunks.push(value);
    }
    return { html: Buffer.concat(chunks).toString('utf8'), url: res.url || url };
  } catch (err) {
    const reason = controller.signal.aborted ? `no answer within ${Math.round(timeoutMs / 1000)} s` : ((err as Error).cause as Error | undefined)?.message ?? (err as Error).message;
    return { error: `${url}: cannot fetch: ${reason}` };
  } finally {
    clearTimeout(timer);
  }
}

async function loadArticle(args: IngestArgs, io: CliIO): Promise<IngestedArticle | { error: string }> {
  if (/^https?:\/\//i.test(args.source)) {
    const page = await fetchPage(args.source, args.timeoutMs);
    if ('error' in page) return page;
    const article = readArticleFromHtml(page.html, page.url);
    if (!article) return { error: `${args.source}: no readable article on the page` };
    const source: IngestedArticle['source'] = { url: page.url };
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

/** The front matter of a draft briefing, in the briefing document format. */
export function draftFrontMatter(slug: string, article: IngestedArticle, x: Extraction): Record<string, unknown> {
  const fm: Record<string, unknown> = { slug };
  const aliases = salientAliases(article.title, article.body, slug);
  if (aliases.length > 0) fm.aliases = aliases;
  fm.headline = article.title;
  if (Object.keys(article.source).length > 0) fm.source = article.source;
  if (x.actors.length > 0) {
    fm.actors = x.actors.map((a) => ({
      name: a.name,
      ...(a.aliases.length > 0 ? { aliases: a.aliases } : {}),
      kind: a.kind,
      ...(a.role ? { role: a.role } : {}),
    }));
  }
  if (x.quotes.length > 0) {
    fm.quotes = x.quotes.map((q) => ({ speaker: q.speaker, ...(q.speakerDescription ? { speakerDescription: q.speakerDescription } : {}), text: q.text }));
  }
  if (x.questions.length > 0) fm.questions = x.questions.map((q) => ({ text: q.text, ...(q.why ? { why: q.why } : {}) }));
  if (x.claims.length > 0) fm.claims = x.claims.map((c) => ({ text: c.text, sourcing: c.sourcing, ...(c.source ? { source: c.source } : {}) }));
  return fm;
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
  const { path, slug } = freePath(dir, args.slug ?? slugify(title));
  const extraction = extractArticle(draft.body, { title });
  const yaml = stringify(draftFrontMatter(slug, draft, extraction), { lineWidth: 0 });
  try {
    writeFileSync(path, `---\n${yaml}---\n${draft.body}`, { flag: 'wx' });
  } catch (err) {
    io.stderr.write(`brief ingest: cannot write ${path}: ${(err as Error).message}\n`);
    return 2;
  }
  const shown = relative(io.cwd, path) || path;
  io.stdout.write(`wrote ${shown} (${extraction.actors.length} actors, ${extraction.quotes.length} quotes, ${extraction.questions.length} open questions)\n`);
  return 0;
}
