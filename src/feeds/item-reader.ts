/**
 * One item or entry element → a `FeedItem`'s fields, each read on its own: a field that cannot be
 * read (a date in no known form, a base64 title that is not base64) is left empty and noted, and
 * the item — and the feed — are still read. What is read:
 * - title: Atom/RSS/RDF `title` (or `dc:title`) as its type says (text-construct.ts);
 * - link: Atom's `alternate` link, else RSS/RDF `link`, FeedBurner's `origLink`, an RSS `guid`
 *   that is a permalink, or an `atom:link`; resolved against `xml:base` and the document address;
 * - guid: RSS `guid`, Atom `id`, RDF `rdf:about`;
 * - date: the first readable of published, pubDate, issued, dc:date, dcterms:issued/created,
 *   created, updated, modified, dcterms:modified;
 * - author: Atom `author/name`, RSS `author` (`me@example.com (Name)` shows the name),
 *   `dc:creator`, `itunes:author` — several are joined with commas;
 * - text and content: the full article when the item carries one (`content:encoded`, Atom
 *   `content`, `xhtml:body`), else the summary; text is cut before it is reduced from HTML.
 */
import { parseFeedDate } from './dates.ts';
import { plainText, readTextConstruct, type DefaultMarkup } from './text-construct.ts';
import type { FeedItem } from './types.ts';
import { baseOf, elements, firstOf, hasElements, resolveUrl, textContent, type XmlNode } from './xml-node.ts';

/** Longest item text kept; matching and posts need the gist, not the whole article. */
export const MAX_TEXT = 4000;
/** Longest full-article HTML kept for drafts (`content`). */
export const MAX_CONTENT = 200_000;
/** Longest title kept. */
const MAX_TITLE = 1000;

/** What every item of one document shares. */
export interface ItemContext {
  format: 'atom' | 'rss' | 'rdf';
  /** Atom 0.3 (its text constructs default to sniffing rather than plain text). */
  atom03: boolean;
  /** The base URI around the item. */
  base: string | undefined;
  /** The feed's language, for day-first or month-first numeric dates. */
  language: string | undefined;
}

/** A field that could not be read: which, and the value as written. */
export interface FieldProblem {
  field: string;
  value: string;
}

/** An item as read, before its identity key is added. */
export type ReadItem = Omit<FeedItem, 'key'>;

const DATE_ELEMENTS = ['published', 'pubDate', 'issued', 'dc:date', 'dcterms:issued', 'dcterms:created', 'created', 'updated', 'modified', 'dcterms:modified'];

function textDefault(ctx: ItemContext, field: 'title' | 'body'): DefaultMarkup {
  if (ctx.format === 'atom' && !ctx.atom03) return 'text';
  return field === 'title' || ctx.format === 'atom' ? 'sniff' : 'html';
}

/** The link an Atom-style `<link>` list names: the `alternate` (HTML first), else the first without a rel. */
function atomLink(links: XmlNode[], base: string | undefined): string | undefined {
  // Atom 0.3 feeds sometimes write the address as the element's text instead of `href`.
  const hrefOf = (l: XmlNode) => l.attrs.href?.trim() || plainText(l);
  const alternates = links.filter((l) => hrefOf(l) && (l.attrs.rel ?? 'alternate').trim().toLowerCase() === 'alternate');
  const chosen = alternates.find((l) => /html/i.test(l.attrs.type ?? '')) ?? alternates[0];
  return chosen ? resolveUrl(hrefOf(chosen), baseOf(chosen, base)) : undefined;
}

function readLink(item: XmlNode, ctx: ItemContext, base: string | undefined): string | undefined {
  if (ctx.format === 'atom') return atomLink(elements(item, 'link'), base);
  const origLink = firstOf(item, 'feedburner:origLink');
  const link = elements(item, 'link').find((l) => plainText(l));
  const fromText = (node: XmlNode | undefined) => (node ? resolveUrl(plainText(node), baseOf(node, base)) : undefined);
  const guid = firstOf(item, 'guid');
  const permalink = guid && guid.attrs.isPermaLink?.trim().toLowerCase() !== 'false' && /^https?:\/\//i.test(plainText(guid)) ? fromText(guid) : undefined;
  return fromText(origLink) ?? fromText(link) ?? permalink ?? atomLink(elements(item, 'atom:link'), base) ?? (ctx.format === 'rdf' ? resolveUrl(item.attrs['rdf:about'], base) : undefined);
}

function readGuid(item: XmlNode, ctx: ItemContext): string | undefined {
  const node = ctx.format === 'atom' ? firstOf(item, 'id') : firstOf(item, 'guid', 'atom:id', 'dc:identifier');
  return plainText(node) || item.attrs['rdf:about']?.trim() || undefined;
}

function readDate(item: XmlNode, ctx: ItemContext, problems: FieldProblem[]): string | undefined {
  for (const name of DATE_ELEMENTS) {
    for (const node of elements(item, name)) {
      const written = plainText(node);
      if (!written) continue;
      const date = parseFeedDate(written, ctx.language);
      if (date) return date;
      problems.push({ field: 'date', value: written });
    }
  }
  return undefined;
}

/** `me@example.com (Name)` and `Name (me@example.com)` → `Name`; `Name <me@example.com>` → `Name`. */
function personName(written: string): string {
  const value = written.replace(/\s+/g, ' ').trim();
  const paren = /^(\S+@\S+)\s*\((.+)\)$/.exec(value) ?? /^(.+?)\s*\((\S+@\S+)\)$/.exec(value);
  if (paren) return /@/.test(paren[1]!) ? paren[2]!.trim() : paren[1]!.trim();
  const angle = /^(.+?)\s*<\S+@\S+>$/.exec(value);
  return angle ? angle[1]!.replace(/^"|"$/g, '').trim() : value;
}

function readAuthor(item: XmlNode): string | undefined {
  const names: string[] = [];
  for (const node of elements(item, 'author', 'dc:creator', 'itunes:author', 'dc:author')) {
    const name = hasElements(node) ? plainText(firstOf(node, 'name')) || plainText(firstOf(node, 'email')) : personName(plainText(node));
    if (name && !names.includes(name)) names.push(name);
  }
  return names.length ? names.join(', ') : undefined;
}

/** The full article (content) and the text for matching: the article when there is one, else the summary. */
function readBody(item: XmlNode, ctx: ItemContext): { text: string; content?: string } {
  const markup = textDefault(ctx, 'body');
  const articleNode = firstOf(item, 'content:encoded', 'content', 'xhtml:body', 'body', 'fullitem');
  const article = articleNode && readTextConstruct(articleNode, articleNode.name === 'content' ? markup : 'html', MAX_TEXT);
  const summaryNode = article?.text ? undefined : firstOf(item, 'summary', 'description', 'dc:description', 'itunes:summary');
  const summary = summaryNode && readTextConstruct(summaryNode, markup, MAX_TEXT);
  const content = article?.html.trim().slice(0, MAX_CONTENT);
  return { text: article?.text || summary?.text || '', ...(content ? { content } : {}) };
}

/** Runs one field's reader; a throw leaves the field empty and is noted. */
function attempt<T>(field: string, problems: FieldProblem[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    problems.push({ field, value: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

/** True for an item element with nothing in it (`<item/>`), which is no story. */
export function isEmptyItem(item: XmlNode): boolean {
  return elements(item).length === 0 && !textContent(item).trim() && !item.attrs['rdf:about'];
}

/** Reads one item; fields that cannot be read are left empty and added to `problems`. */
export function readItem(item: XmlNode, ctx: ItemContext, problems: FieldProblem[]): ReadItem {
  const base = baseOf(item, ctx.base);
  const titleNode = firstOf(item, 'title', 'dc:title');
  const title = attempt('title', problems, () => (titleNode ? readTextConstruct(titleNode, textDefault(ctx, 'title'), MAX_TITLE).text : ''));
  const link = attempt('link', problems, () => readLink(item, ctx, base));
  const guid = attempt('guid', problems, () => readGuid(item, ctx));
  const published = attempt('date', problems, () => readDate(item, ctx, problems));
  const author = attempt('author', problems, () => readAuthor(item));
  const body = attempt('content', problems, () => readBody(item, ctx)) ?? { text: '' };
  return {
    title: title || body.text.slice(0, 120) || link || guid || '(untitled)',
    ...(link ? { link } : {}),
    ...(published ? { published } : {}),
    text: body.text,
    ...(body.content ? { content: body.content } : {}),
    ...(guid ? { guid } : {}),
    ...(author ? { author } : {}),
  };
}
