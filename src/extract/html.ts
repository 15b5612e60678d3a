/**
 * An HTML page → its article: headline, plain-text body (paragraphs separated by blank lines)
 * and what the page says about its source. Uses @mozilla/readability over a linkedom DOM.
 */
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

type PageDocument = ReturnType<typeof parseHTML>['document'];

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
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
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
export function readArticleFromHtml(html: string, url?: string): PageArticle | undefined {
  const { document } = parseHTML(html.slice(0, MAX_HTML_CHARS));
  const published = meta(document, ['article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date']);
  const siteName = meta(document, ['og:site_name', 'application-name']);
  const ogTitle = meta(document, ['og:title']);
  let parsed: ReturnType<Readability['parse']> = null;
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
