/**
 * `autoIngest`: a new item of such a feed that matches no briefing becomes a draft briefing file
 * in the briefings folder, built the way `brief ingest` builds one (extraction engine, same front
 * matter). The body is the item's full article when the feed carries it, else the article fetched
 * from its link through the Readability path (bounded by a timeout and a size cap, through the
 * egress that refuses local and private addresses), else the feed's summary. A draft never overwrites a file, carries no aliases
 * (so it never captures a short name people already use) and says in a comment where it came from.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { draftFrontMatter, type DraftArticle } from '../briefing/draft.ts';
import { slugify } from '../briefing/slug.ts';
import type { Logger } from '../log.ts';
import type { Egress } from '../net/egress.ts';
import { FetchFailure } from '../net/fetch.ts';
import { htmlToText } from '../net/html-text.ts';
import { fetchPage } from '../net/page.ts';
import type { Clock } from '../time/clock.ts';
import type { FeedConfig } from './config.ts';
import type { FeedItem } from './types.ts';

export interface DraftIngestOptions {
  /** The briefings folder drafts are written to. */
  dir: string;
  logger: Logger;
  clock: Clock;
  /** Article fetch time limit (default 10 s). */
  timeoutMs?: number;
  /** Largest article page accepted (default 2 MB). */
  maxBytes?: number;
  /** Full content shorter than this is a teaser, and the linked article is fetched instead (default 300 characters). */
  minArticleChars?: number;
  /** The way out: public addresses only, unless the operator marked the feed `allowPrivate`. */
  egress: Pick<Egress, 'public' | 'anyAddress'>;
}

/** Where a draft's body came from. */
export type DraftBodySource = 'feed content' | 'linked article' | 'feed summary';

/** What was written, for logs and tests. */
export interface WrittenDraft {
  path: string;
  slug: string;
  from: DraftBodySource;
}

// Readability, linkedom and the extraction engine load on the first draft, not with the bot
// (`brief ask` builds the same core and must start fast). Readability runs in its own thread with a
// time limit (`readArticle`), so a hostile page never holds up the commands the bot is answering.
let htmlModule: typeof import('../extract/html.ts') | undefined;
async function loadDraftTools() {
  htmlModule ??= await import('../extract/html.ts');
  return import('../extract/extract.ts');
}

/** The article out of a page, or why it could not be read in time. */
async function readPage(html: string, url?: string): Promise<{ body: string } | { note: string }> {
  try {
    const page = await htmlModule!.readArticle(html, url);
    return { body: page?.body.trim() ?? '' };
  } catch (error) {
    return { note: error instanceof htmlModule!.ArticleReadError ? error.reason : String(error) };
  }
}

/** Paragraph text of an item's full-content HTML, through the same Readability path as pages (plain text when that fails). */
async function contentText(html: string, title: string): Promise<string> {
  const page = `<!doctype html><html><head><title>${title.replace(/[<&]/g, ' ')}</title></head><body><article>${html}</article></body></html>`;
  const read = await readPage(page);
  return ('body' in read && read.body) || htmlToText(html);
}

/** The article body for an item, and where it came from; undefined when there is no text at all. */
async function articleOf(item: FeedItem, feed: Pick<FeedConfig, 'allowPrivate'>, options: DraftIngestOptions): Promise<{ body: string; from: DraftBodySource; note?: string } | undefined> {
  const content = item.content ? await contentText(item.content, item.title) : '';
  if (content.length >= (options.minArticleChars ?? 300)) return { body: content, from: 'feed content' };
  let note: string | undefined;
  if (item.link) {
    try {
      const fetched = await fetchPage(item.link, {
        timeoutMs: options.timeoutMs ?? 10_000,
        maxBytes: options.maxBytes ?? 2 * 1024 * 1024,
        fetch: feed.allowPrivate ? options.egress.anyAddress : options.egress.public,
      });
      const page = await readPage(fetched.html, fetched.url);
      if ('body' in page && page.body) return { body: page.body, from: 'linked article' };
      note = 'note' in page ? page.note : 'the linked page has no readable article';
    } catch (error) {
      note = error instanceof FetchFailure ? error.reason : String(error);
    }
  }
  const summary = content || item.text.trim();
  return summary ? { body: summary, from: 'feed summary', ...(note ? { note } : {}) } : undefined;
}

/** Creates `<slug>.md`, else `<slug>-2.md`, … — never replacing a file that exists. */
async function writeNew(dir: string, slug: string, text: (slug: string) => string): Promise<{ path: string; slug: string }> {
  await mkdir(dir, { recursive: true });
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? slug : `${slug}-${n}`;
    const path = join(dir, `${candidate}.md`);
    try {
      await writeFile(path, text(candidate), { flag: 'wx' });
      return { path, slug: candidate };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`${dir}: no free file name for ${slug}`);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Writes one item as a draft briefing; returns undefined when the item has no text to build on. */
export async function writeDraftBriefing(item: FeedItem, feed: Pick<FeedConfig, 'name' | 'url' | 'allowPrivate'>, options: DraftIngestOptions): Promise<WrittenDraft | undefined> {
  const { extractArticle } = await loadDraftTools();
  const found = await articleOf(item, feed, options);
  if (!found) return undefined;
  const article: DraftArticle = {
    title: oneLine(item.title),
    body: found.body,
    source: { name: feed.name, ...(item.link ? { url: item.link } : {}), ...(item.published ? { published: item.published.slice(0, 10) } : {}) },
  };
  const extraction = extractArticle(article.body, { title: article.title });
  const day = options.clock.now().toISOString().slice(0, 10);
  const written = await writeNew(options.dir, slugify(article.title), (slug) => {
    const { slug: _slug, aliases: _aliases, ...rest } = draftFrontMatter(slug, article, extraction);
    const header = [
      `# DRAFT written by Brief on ${day} from the feed “${oneLine(feed.name)}” (autoIngest), from the ${found.from}${found.note ? ` (the article could not be read: ${oneLine(found.note)})` : ''}.`,
      '# Review the actors, quotes and questions, then add aliases people will ask for it by.',
    ].join('\n');
    return `---\n${header}\n${stringify({ slug, aliases: [], ...rest }, { lineWidth: 0 })}---\n${article.body}\n`;
  });
  return { ...written, from: found.from };
}

/** The `ingest` hook for `startFeeds`: writes drafts and logs each one. */
export function draftIngester(options: DraftIngestOptions): (item: FeedItem, feed: FeedConfig) => Promise<void> {
  return async (item, feed) => {
    const draft = await writeDraftBriefing(item, feed, options);
    if (!draft) {
      options.logger.info({ feed: feed.url, item: item.link ?? item.title }, 'auto-ingest: item has no text; no draft written');
      return;
    }
    options.logger.info({ feed: feed.url, item: item.link ?? item.title, path: draft.path, slug: draft.slug, from: draft.from }, 'auto-ingest: draft briefing written');
  };
}
