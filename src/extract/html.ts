/**
 * An HTML page → its article: headline, plain-text body (paragraphs separated by blank lines)
 * and what the page says about its source. Uses @mozilla/readability over a linkedom DOM.
 *
 * Readability's time grows faster than the page (nested `<div>`s: seconds at a depth of a few
 * hundred, minutes past a thousand), and pages come from feeds and links nobody here controls. So
 * `readArticle` runs it off the event loop in a worker thread with a time and memory limit
 * (html-worker.mjs), and `readArticleFromHtml` skips Readability for a page nested deeper than any
 * real article (`MAX_HTML_DEPTH`), taking its paragraphs as they stand instead.
 */
import { Worker } from 'node:worker_threads';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The article found in a page. */
export interface PageArticle {
  title: string;
  body: string;
  siteName?: string;
  byline?: string;
  published?: string;
}

/** Pages larger than this are cut before parsing (a news page is far smaller). */
export const MAX_HTML_CHARS = 3_000_000;

/** Deeper than this, a page is not given to Readability (real articles nest a few dozen levels). */
export const MAX_HTML_DEPTH = 64;

type PageDocument = ReturnType<typeof parseHTML>['document'];
type PageElement = NonNullable<PageDocument['documentElement']>;

/** How deeply the document's elements nest, counted without recursion (a deep page would overflow the stack). */
export function documentDepth(document: PageDocument): number {
  let deepest = 0;
  const stack: Array<[PageElement, number]> = document.documentElement ? [[document.documentElement, 1]] : [];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (const child of element.children) stack.push([child as PageElement, depth + 1]);
  }
  return deepest;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre';

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function meta(document: PageDocument, names: string[]): string | undefined {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = clean(el?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

/** Paragraph text of an HTML fragment, one block per paragraph ("- " before list items). */
function blocksOf(html: string): string {
  return blocksOfDocument(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document);
}

function blocksOfDocument(document: PageDocument): string {
  const out: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue;
    const text = clean(el.textContent);
    if (!text) continue;
    out.push(el.tagName.toLowerCase() === 'li' ? `- ${text}` : text);
  }
  if (out.length === 0) return clean(document.body?.textContent);
  return out.join('\n\n');
}

/**
 * Takes the article out of a page. Returns undefined when the page has no readable article.
 *
 * @example readArticleFromHtml('<html><head><title>T</title></head><body><article><p>…</p></article></body></html>')
 */
export function readArticleFromHtml(html: string, url?: string, maxDepth = MAX_HTML_DEPTH): PageArticle | undefined {
  const { document } = parseHTML(html.slice(0, MAX_HTML_CHARS));
  const published = meta(document, ['article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date']);
  const siteName = meta(document, ['og:site_name', 'application-name']);
  const ogTitle = meta(document, ['og:title']);
  let parsed: ReturnType<Readability['parse']> = null;
  if (documentDepth(document) > maxDepth) {
    const body = blocksOfDocument(document);
    return body ? { title: clean(document.title) || ogTitle || '', body, ...(siteName ? { siteName } : {}), ...(published ? { published } : {}) } : undefined;
  }
  try {
    if (url) {
      try {
        const base = document.createElement('base');
        base.setAttribute('href', url);
        document.head?.appendChild(base);
      } catch {
        // A page without a head still parses.
      }
    }
    // Readability is typed against the browser DOM; linkedom's document implements what it uses.
    parsed = new Readability(document as never, { charThreshold: 200 }).parse();
  } catch {
    parsed = null;
  }
  const body = parsed?.content ? blocksOf(parsed.content) : clean(parsed?.textContent);
  if (!body) return undefined;
  const result: PageArticle = { title: clean(parsed?.title) || ogTitle || '', body };
  const site = clean(parsed?.siteName) || siteName;
  if (site) result.siteName = site;
  if (parsed?.byline) result.byline = clean(parsed.byline);
  const date = clean(parsed?.publishedTime) || published;
  if (date) result.published = date;
  return result;
}

/** A page the reader thread could not read in time, or at all; `reason` is one line. */
export class ArticleReadError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ArticleReadError';
  }
}

export interface ReadArticleOptions {
  /** The longest one page may take to read, once the thread is up (default 5 s). */
  timeoutMs?: number;
  /** Deeper pages skip Readability (default `MAX_HTML_DEPTH`; tests raise it to reach the time limit). */
  maxDepth?: number;
}

/** What the reader thread answers: `ready` once loaded, then one answer per page. */
export type ReaderMessage = { ready: true } | { article: PageArticle | null } | { error: string };

const DEFAULT_READ_TIMEOUT_MS = 5_000;
/** Loading Readability and linkedom in a fresh thread takes a second or so on a busy machine. */
const READER_START_TIMEOUT_MS = 30_000;
const READER_MEMORY_MB = 256;

/**
 * The thread that runs `readArticleFromHtml`, started on first use and reused; one page at a time.
 * A page that runs past its time ends the thread (the next page starts a new one), so a hostile
 * page costs at most `timeoutMs` of one core and never the event loop.
 */
class ReaderThread {
  private worker?: Promise<Worker>;
  private queue: Promise<unknown> = Promise.resolve();

  read(html: string, url: string | undefined, timeoutMs: number, maxDepth: number): Promise<PageArticle | undefined> {
    const job = this.queue.then(() => this.readNow(html, url, timeoutMs, maxDepth));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private start(): Promise<Worker> {
    const worker = new Worker(new URL('./html-worker.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: READER_MEMORY_MB } });
    return this.answer(worker, READER_START_TIMEOUT_MS, 'the article reader did not start').then(() => worker);
  }

  private async readNow(html: string, url: string | undefined, timeoutMs: number, maxDepth: number): Promise<PageArticle | undefined> {
    this.worker ??= this.start();
    const worker = await this.worker.catch((error: unknown) => {
      this.worker = undefined;
      throw error;
    });
    worker.postMessage({ html, url, maxDepth });
    const answer = await this.answer(worker, timeoutMs, `the page took longer than ${timeoutMs / 1000} s to read`);
    if ('error' in answer) throw new ArticleReadError(`the page could not be read: ${answer.error}`);
    return 'article' in answer ? (answer.article ?? undefined) : undefined;
  }

  /** The thread's next message within `ms`; past that, or if the thread dies, it is ended and forgotten. */
  private answer(worker: Worker, ms: number, late: string): Promise<ReaderMessage> {
    worker.ref();
    return new Promise<ReaderMessage>((resolve, reject) => {
      const fail = (reason: string) => {
        done();
        this.worker = undefined;
        void worker.terminate();
        reject(new ArticleReadError(reason));
      };
      const timer = setTimeout(() => fail(late), ms);
      const onMessage = (message: ReaderMessage) => {
        done();
        resolve(message);
      };
      const onError = (error: Error) => fail(`the article reader failed: ${error.message.split('\n')[0]}`);
      const onExit = () => fail('the article reader stopped');
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit).unref();
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    });
  }
}

let reader: ReaderThread | undefined;

/**
 * Takes the article out of a page off the event loop, within a time limit. Resolves undefined
 * when the page has no readable article; rejects with `ArticleReadError` when it takes too long.
 *
 * @example const article = await readArticle(page.html, page.url, { timeoutMs: 5000 });
 */
export function readArticle(html: string, url?: string, options: ReadArticleOptions = {}): Promise<PageArticle | undefined> {
  reader ??= new ReaderThread();
  return reader.read(html, url, options.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS, options.maxDepth ?? MAX_HTML_DEPTH);
}
