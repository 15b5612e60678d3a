/**
 * Feed text → `ParsedFeed`: rss-parser reads the XML (rss-reader.ts) and Brief reads each item's
 * fields (item-reader.ts), with what real feeds need around that: an HTML page or an empty or
 * cut-off document gives a one-line reason, HTML entities are made XML-safe, names are read by
 * namespace, empty items are dropped, relative links resolve against `xml:base` and the document's
 * address, and a field that cannot be read is left empty — noted, and logged once per parse at
 * debug — never the reason a feed is refused. A fault inside the reader is told apart from XML
 * that is not well-formed.
 */
import type { Logger } from '../log.ts';
import { isAmbiguousNumericDate } from './dates.ts';
import { FeedFetchError } from './fetch.ts';
import { itemKey } from './identity.ts';
import { isEmptyItem, readItem, type FieldProblem, type ItemContext } from './item-reader.ts';
import { nameMapFor } from './namespaces.ts';
import { ReaderFault, readWithRssParser, type RawFeed } from './rss-reader.ts';
import { plainText, readTextConstruct } from './text-construct.ts';
import type { FeedItem, ParsedFeed } from './types.ts';
import { baseOf, elements, firstOf, resolveUrl, type XmlNode } from './xml-node.ts';
import { prepareXml } from './xml-text.ts';

const ATOM_03 = 'http://purl.org/atom/ns#';

/** The note on a document whose last end tag lost its `>` and was closed (so it was not well-formed XML). */
export const CUT_SHORT_NOTE = 'the document’s last tag was cut short; read what it holds';

/** How to read one document: its address and where to log what could not be read. */
export interface ParseOptions {
  /** The document's address (where it was fetched from, or its Content-Location): the base for relative links. */
  url?: string;
  /** Told, at debug, which fields of this feed could not be read. */
  logger?: Logger;
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
  if (!/<(?![?!])/.test(text.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/gi, ''))) return 'the document holds no element, only comments or declarations';
  return undefined;
}

/** Turns an error from reading the XML into the feed error a person sees: bad XML, not a feed, or a fault of Brief's reader. */
export function readError(url: string, error: unknown, text: string): FeedFetchError {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0]!.trim().replace(/\.$/, '');
  const where = /Line:\s*(\d+)\s*Column:\s*(\d+)/.exec(message);
  if (where && !(error instanceof ReaderFault)) {
    const at = ` (line ${Number(where[1]) + 1}, column ${where[2]})`;
    if (/Unclosed root tag|Unexpected end|unclosed tag/i.test(first)) return new FeedFetchError(url, 'parse', `the XML ends before the feed does — the document looks cut off${at}`);
    return new FeedFetchError(url, 'parse', `the XML is not well-formed: ${first.charAt(0).toLowerCase()}${first.slice(1)}${at}`);
  }
  if (/not recognized as RSS/i.test(first)) {
    const root = /<([A-Za-z_][\w:.-]*)[\s/>]/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, ''))?.[1];
    return new FeedFetchError(url, 'not-a-feed', `the document is XML but not RSS or Atom${root ? ` (its root element is <${root}>)` : ''}`);
  }
  const name = error instanceof Error && error.name !== 'Error' ? `${error.name}: ` : '';
  return new FeedFetchError(url, 'reader', `Brief's feed reader failed on this document (${name}${first}) — a fault in Brief, not necessarily in the feed; please report it with the feed's address`);
}

/** The base URI of the document's channel: the document address (or, for a file, the feed's own link), then `xml:base`. */
function channelBase(raw: RawFeed, url: string | undefined): string | undefined {
  const root: XmlNode = { name: 'root', attrs: raw.rootAttrs, children: [] };
  const fromAddress = url && /^https?:/i.test(url) ? url : resolveUrl(plainText(firstOf(raw.channel, 'link')), undefined);
  return baseOf(raw.channel, baseOf(root, fromAddress));
}

function feedLink(raw: RawFeed, base: string | undefined): string | undefined {
  const links = elements(raw.channel, 'link');
  if (raw.format === 'atom') {
    const alternate = links.find((l) => (l.attrs.rel ?? 'alternate').trim().toLowerCase() === 'alternate' && l.attrs.href?.trim()) ?? links.find((l) => l.attrs.href?.trim());
    return alternate ? resolveUrl(alternate.attrs.href, baseOf(alternate, base)) : undefined;
  }
  const text = links.map(plainText).find(Boolean);
  return text ? (resolveUrl(text, base) ?? text) : undefined;
}

/** One line about the fields that could not be read, with an example of each. */
function describeProblems(problems: FieldProblem[]): string | undefined {
  if (!problems.length) return undefined;
  const byField = new Map<string, FieldProblem[]>();
  for (const p of problems) byField.set(p.field, [...(byField.get(p.field) ?? []), p]);
  const parts = [...byField].map(([field, list]) => `${list.length} item ${field}${list.length === 1 ? '' : 's'} (e.g. “${list[0]!.value.slice(0, 60)}”)`);
  return `could not read ${parts.join(', ')}; left empty`;
}

/** Parses feed text. Throws `FeedFetchError` (kind `not-a-feed`, `parse` or `reader`) with a one-line reason. */
export async function parseFeed(text: string, options: ParseOptions = {}): Promise<ParsedFeed> {
  const url = options.url ?? '';
  const notFeed = sniffNotFeed(text);
  if (notFeed) throw new FeedFetchError(url, 'not-a-feed', notFeed);
  const { xml, repaired } = prepareXml(text);
  let raw: RawFeed;
  try {
    raw = await readWithRssParser(xml, nameMapFor(xml));
  } catch (error) {
    throw readError(url, error, text);
  }
  const language = plainText(firstOf(raw.channel, 'language', 'dc:language')) || raw.channel.attrs['xml:lang'] || raw.rootAttrs['xml:lang'] || undefined;
  const base = channelBase(raw, options.url);
  const atom03 = raw.format === 'atom' && (raw.rootAttrs.version === '0.3' || Object.entries(raw.rootAttrs).some(([k, v]) => k.startsWith('xmlns') && v === ATOM_03));
  const context: ItemContext = { format: raw.format, atom03, base, language };
  const problems: FieldProblem[] = [];
  const items: FeedItem[] = [];
  let phantoms = 0;
  let ambiguous = 0;
  for (const node of raw.items) {
    if (isEmptyItem(node)) {
      phantoms++;
      continue;
    }
    if (elements(node).some((e) => ['pubDate', 'dc:date', 'published', 'updated'].includes(e.name) && isAmbiguousNumericDate(plainText(e)))) ambiguous++;
    const item = readItem(node, context, problems);
    items.push({ key: itemKey(item), ...item });
  }
  const notes: string[] = [];
  if (repaired) notes.push(CUT_SHORT_NOTE);
  if (phantoms) notes.push(`${phantoms} empty item${phantoms === 1 ? '' : 's'} skipped`);
  if (items.length === 0) notes.push('no items');
  if (ambiguous) notes.push(`${ambiguous} numeric date${ambiguous === 1 ? '' : 's'} read ${/^en-us/i.test(language ?? '') ? 'month' : 'day'}-first`);
  const unreadable = describeProblems(problems);
  if (unreadable) {
    notes.push(unreadable);
    options.logger?.debug({ feed: url || undefined, fields: problems.length, note: unreadable }, 'feed fields left empty');
  }
  const titleNode = firstOf(raw.channel, 'title', 'dc:title');
  const title = titleNode ? readTextConstruct(titleNode, raw.format === 'atom' && !context.atom03 ? 'text' : 'sniff', 1000).text : '';
  const link = feedLink(raw, base);
  const ttl = Number(plainText(firstOf(raw.channel, 'ttl')));
  return {
    ...(title ? { title } : {}),
    ...(link ? { link } : {}),
    ...(Number.isInteger(ttl) && ttl > 0 ? { ttlMinutes: ttl } : {}),
    items,
    notes,
  };
}
