/**
 * Feed text → `ParsedFeed` on rss-parser (RSS 0.9x/1.0/2.0 and Atom), plus what real feeds need
 * around it: an HTML page or a cut-off document gives a one-line reason, HTML entities are made
 * XML-safe, phantom empty items are dropped, relative links are resolved and odd dates are read.
 */
import Parser from 'rss-parser';
import { FeedFetchError } from './fetch.ts';
import { isAmbiguousNumericDate, parseFeedDate } from './dates.ts';
import { htmlToText, xmlSafeEntities } from '../net/html-text.ts';
import { itemKey } from './identity.ts';
import type { FeedItem, ParsedFeed } from './types.ts';

/** Longest item text kept; matching and posts need the gist, not the whole article. */
const MAX_TEXT = 4000;
/** Longest full-article HTML kept for drafts (`content`). */
const MAX_CONTENT = 200_000;

type RawItem = Record<string, unknown>;

const parser = new Parser<Record<string, unknown>, RawItem>({
  defaultRSS: 2,
  customFields: { item: [['feedburner:origLink', 'origLink'], 'description'] },
});

/** A field xml2js may hand over as a string, an `{ _: text }` object or a one-element array. */
function str(value: unknown): string | undefined {
  if (Array.isArray(value)) return str(value[0]);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '_' in value) return str((value as { _: unknown })._);
  return undefined;
}

function resolveLink(link: string | undefined, base: string | undefined): string | undefined {
  const value = link?.trim();
  if (!value) return undefined;
  try {
    return new URL(value, base).href;
  } catch {
    return /^https?:\/\//i.test(value) ? value : undefined;
  }
}

/** Names what the text is when it is not a feed at all; undefined when it looks like XML. */
function sniffNotFeed(text: string): string | undefined {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  if (!head) return 'the response is empty';
  if (/^<!doctype\s+html|^<html[\s>]/i.test(head) || (/^<!doctype/i.test(head) && /<html[\s>]/i.test(head))) {
    const alt = /<link\b[^>]*type=["']application\/(?:rss|atom)\+xml["'][^>]*>/i.exec(text.slice(0, 65536))?.[0];
    const href = alt ? /href=["']([^"']+)["']/i.exec(alt)?.[1] : undefined;
    return `the address serves an HTML page, not a feed${href ? ` (the page names a feed at ${href})` : ''}`;
  }
  if (!head.startsWith('<')) return `the response is not XML (it starts with “${head.slice(0, 30).replace(/\s+/g, ' ')}”)`;
  return undefined;
}

/** Turns an xml2js / rss-parser error into one line a person can act on. */
function xmlReason(message: string, text: string): string {
  const first = message.split('\n')[0]!.trim().replace(/\.$/, '');
  const where = /Line:\s*(\d+)\s*Column:\s*(\d+)/.exec(message);
  const at = where ? ` (line ${Number(where[1]) + 1}, column ${where[2]})` : '';
  if (/Unclosed root tag|Unexpected end|unclosed tag/i.test(first)) return `the XML ends before the feed does — the document looks cut off${at}`;
  if (/not recognized as RSS/i.test(first)) {
    const root = /<([A-Za-z_][\w:.-]*)[\s/>]/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, ''))?.[1];
    return `the document is XML but not RSS or Atom${root ? ` (its root element is <${root}>)` : ''}`;
  }
  return `the XML is not well-formed: ${first.charAt(0).toLowerCase()}${first.slice(1)}${at}`;
}

export interface ParseOptions {
  /** Where the feed was fetched from: the base for relative links. */
  url?: string;
}

/** Parses feed text. Throws `FeedFetchError` (kind `not-a-feed` or `parse`) with a one-line reason. */
export async function parseFeed(text: string, options: ParseOptions = {}): Promise<ParsedFeed> {
  const url = options.url ?? '';
  const notFeed = sniffNotFeed(text);
  if (notFeed) throw new FeedFetchError(url, 'not-a-feed', notFeed);
  let raw: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    raw = await parser.parseString(xmlSafeEntities(text));
  } catch (error) {
    throw new FeedFetchError(url, 'parse', xmlReason(error instanceof Error ? error.message : String(error), text));
  }
  const language = str(raw.language);
  const feedLink = str(raw.link)?.trim();
  // Relative links resolve against the document's address; a file read from disk has none, so
  // the feed's own link stands in.
  const base = /^https?:/i.test(url) ? url : resolveLink(feedLink, undefined);
  const notes: string[] = [];
  const items: FeedItem[] = [];
  let phantoms = 0;
  let ambiguous = 0;
  // In Atom, `content` is the article and `summary` the teaser; rss-parser puts an RSS
  // `description` in `content` too, so only Atom's counts as the full article.
  const head = text.slice(0, 4096);
  const atom = /<feed[\s>]/.test(head) && !/<rss[\s>]|<rdf:RDF[\s>]/i.test(head);
  for (const entry of raw.items ?? []) {
    if (isAmbiguousNumericDate(rawDate(entry as RawItem))) ambiguous++;
    const item = toItem(entry as RawItem, base, language, atom);
    if (item) items.push(item);
    else phantoms++;
  }
  if (phantoms) notes.push(`${phantoms} empty item${phantoms === 1 ? '' : 's'} skipped`);
  if (items.length === 0) notes.push('no items');
  if (ambiguous) notes.push(`${ambiguous} numeric date${ambiguous === 1 ? '' : 's'} read ${/^en-us/i.test(language ?? '') ? 'month' : 'day'}-first`);
  const ttl = Number(str(raw.ttl));
  return {
    ...(str(raw.title)?.trim() ? { title: htmlToText(str(raw.title)!) } : {}),
    ...(feedLink ? { link: resolveLink(feedLink, base) ?? feedLink } : {}),
    ...(Number.isInteger(ttl) && ttl > 0 ? { ttlMinutes: ttl } : {}),
    items,
    notes,
  };
}

function rawDate(entry: RawItem): string | undefined {
  return str(entry.pubDate) ?? str(entry['dc:date']) ?? str(entry.date) ?? str(entry.updated);
}

function toItem(entry: RawItem, base: string | undefined, language: string | undefined, atom: boolean): FeedItem | undefined {
  const title = htmlToText(str(entry.title) ?? '');
  const link = resolveLink(str(entry.origLink) ?? str(entry.link), base);
  const guid = (str(entry.guid) ?? str(entry.id) ?? str(entry['rdf:about']))?.trim() || undefined;
  const html = str(entry['content:encoded']) ?? str(entry.content) ?? str(entry.summary) ?? str(entry.description) ?? '';
  const text = htmlToText(html).slice(0, MAX_TEXT);
  // `<item/>` nested in an item (or any entry with nothing in it) is not a story.
  if (!title && !link && !guid && !text) return undefined;
  const published = parseFeedDate(rawDate(entry), language);
  const content = (str(entry['content:encoded']) ?? (atom ? str(entry.content) : undefined))?.trim().slice(0, MAX_CONTENT);
  const item = {
    title: title || text.slice(0, 120) || link || guid || '(untitled)',
    ...(link ? { link } : {}),
    ...(published ? { published } : {}),
    text,
    ...(content ? { content } : {}),
    ...(guid ? { guid } : {}),
  };
  return { key: itemKey(item), ...item };
}
