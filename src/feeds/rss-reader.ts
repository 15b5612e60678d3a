/**
 * rss-parser, set up to hand Brief each feed's elements as written. rss-parser parses the XML
 * (its xml2js layer, told to keep children in order and to read names by namespace — see
 * namespaces.ts), recognises the format (Atom, RSS 0.9x/2.0, RDF) and finds the channel and the
 * items; its custom fields carry each one's elements and attributes on to Brief, which reads the
 * fields itself (item-reader.ts). Three things rss-parser gets wrong are worked around here:
 * - an `<rss>` without a `<channel>` is a TypeError inside it: such a document gets an empty
 *   channel (and any items written straight under `<rss>`);
 * - it converts Atom dates with `new Date(x).toISOString()`, which throws on any date V8 cannot
 *   read and so rejects the whole feed; and its own field reading can throw on markup inside an
 *   RSS description. Items reach it with only the custom fields, so nothing of it can throw there;
 * - a document with no element at all never settles its promise; that is answered as an error.
 */
import Parser from 'rss-parser';
import type { NameMap } from './namespaces.ts';
import { nodeOf, ORDERED_XML2JS, type XmlNode } from './xml-node.ts';

type Raw = Record<string, unknown>;

/** What rss-parser found: the format, the channel (or Atom feed) element, and the item elements in order. */
export interface RawFeed {
  format: 'atom' | 'rss' | 'rdf';
  /** The root element's attributes (`xml:base`, `xml:lang`, `version`). */
  rootAttrs: Readonly<Record<string, string>>;
  channel: XmlNode;
  items: XmlNode[];
}

/** The custom fields that carry an element's ordered children and attributes through rss-parser. */
const CARRY = [
  ['$$', 'children', { keepArray: true }],
  ['$', 'attrs', { keepArray: true }],
];

/** An item or channel with only what rss-parser needs to carry it. */
const bare = (node: unknown): Raw => (node && typeof node === 'object' ? { $$: (node as Raw).$$, $: (node as Raw).$ } : {});

/** Calls rss-parser's own implementation of a builder this subclass wraps. */
const base = Parser.prototype as unknown as Record<string, (this: unknown, ...args: unknown[]) => unknown>;

/** The first element of an xml2js array, as an object (an empty element is the empty string there). */
const first = (value: unknown): Raw => (Array.isArray(value) && value[0] && typeof value[0] === 'object' ? (value[0] as Raw) : {});

class TolerantParser extends Parser<Raw, Raw> {
  rootAttrs: Record<string, string> = {};
  format: RawFeed['format'] = 'rss';

  private remember(root: Raw, format: RawFeed['format']): void {
    this.rootAttrs = (root.$ as Record<string, string> | undefined) ?? {};
    this.format = format;
  }

  /** A root with its channel (empty when missing) holding the items, stripped to what rss-parser carries. */
  private channelled(root: Raw): Raw {
    const channel = first(root.channel);
    const items = (channel.item ?? root.item ?? []) as unknown[];
    return { ...root, channel: [{ ...bare(channel), item: items }] };
  }

  buildAtomFeed(xmlObj: { feed: Raw }): unknown {
    this.remember(xmlObj.feed, 'atom');
    return base.buildAtomFeed!.call(this, { feed: { ...bare(xmlObj.feed), entry: xmlObj.feed.entry ?? [] } });
  }

  buildRSS0_9(xmlObj: { rss: Raw }): unknown {
    this.remember(xmlObj.rss, 'rss');
    return base.buildRSS0_9!.call(this, { rss: this.channelled(xmlObj.rss) });
  }

  buildRSS2(xmlObj: { rss: Raw }): unknown {
    this.remember(xmlObj.rss, 'rss');
    return base.buildRSS2!.call(this, { rss: this.channelled(xmlObj.rss) });
  }

  buildRSS1(xmlObj: Record<string, Raw>): unknown {
    const root = xmlObj['rdf:RDF']!;
    this.remember(root, 'rdf');
    return base.buildRSS1!.call(this, { 'rdf:RDF': { channel: [bare(first(root.channel))], item: root.item ?? [] } });
  }

  parseItemAtom(entry: unknown): unknown {
    return base.parseItemAtom!.call(this, bare(entry));
  }

  parseItemRss(item: unknown, fields: unknown): unknown {
    return base.parseItemRss!.call(this, bare(item), fields);
  }
}

type Carried = { children?: unknown; attrs?: unknown };

/** An error from rss-parser itself rather than from the XML (which xml2js reports with a line and column). */
export class ReaderFault extends Error {}

/** Parses XML text with rss-parser. Throws the XML error (with line and column), or a `ReaderFault`. */
export async function readWithRssParser(xml: string, names: NameMap): Promise<RawFeed> {
  const parser = new TolerantParser({
    defaultRSS: 2,
    xml2js: { ...ORDERED_XML2JS, tagNameProcessors: [names.element], attrNameProcessors: [names.attribute] },
    customFields: { feed: CARRY as never, item: CARRY as never },
  });
  let settled = false;
  const parsing = parser.parseString(xml).finally(() => (settled = true));
  // xml2js parses synchronously inside that call, so the promise has settled by the next
  // microtask — or never will (a document with no element).
  await Promise.resolve();
  if (!settled) {
    parsing.catch(() => undefined);
    throw new ReaderFault('rss-parser gave no answer for this document');
  }
  const output = (await parsing) as unknown as Carried & { items: Carried[] };
  return {
    format: parser.format,
    rootAttrs: parser.rootAttrs,
    channel: nodeOf('channel', output.children, output.attrs),
    items: (output.items ?? []).map((item) => nodeOf('item', item.children, item.attrs)),
  };
}
