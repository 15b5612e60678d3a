/**
 * Element names by namespace, not by the prefix a document happened to choose. rss-parser's XML
 * layer reads names as written, so `<a:feed xmlns:a="http://www.w3.org/2005/Atom">`, an RDF feed
 * that writes `<rss:item>`, or Dublin Core bound to `<d:date>` would go unrecognised. The document's
 * namespace declarations are collected first; then every prefixed name is rewritten to the
 * canonical prefix of its namespace — none for the vocabulary of the root element (so rss-parser
 * finds `feed`, `channel`, `item`, `entry`), `dc:`, `dcterms:`, `content:`, `atom:` … for the
 * others — and a prefix bound to a namespace Brief does not read keeps a name no reader looks for.
 */

/** Namespace URI → canonical prefix. The vocabulary a feed is written in is one of the first three. */
const CANONICAL: Readonly<Record<string, string>> = {
  'http://www.w3.org/2005/Atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/': 'rss',
  'http://my.netscape.com/rdf/simple/0.9/': 'rss',
  'http://backend.userland.com/rss2': 'rss',
  'http://backend.userland.com/rss': 'rss',
  'http://channel.netscape.com/rdf/simple/0.9/': 'rss',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://rssnamespace.org/feedburner/ext/1.0': 'feedburner',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  // Apple's own documentation spelled it this way for years, and feeds copied it.
  'http://www.itunes.com/DTDs/Podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

/** The vocabulary of a document: which canonical prefix its root element's names drop. */
export type Vocabulary = 'atom' | 'rss';

/** A renaming for one document's element and attribute names. */
export interface NameMap {
  vocabulary: Vocabulary | undefined;
  element(name: string): string;
  attribute(name: string): string;
}

const DECLARATION = /\bxmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*(["'])([^"']*)\2/g;

/** The first element's start tag: after the XML declaration, comments, processing instructions and a DOCTYPE. */
function rootTag(text: string): string | undefined {
  const start = /<(?![?!])/.exec(text.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/gi, (m) => ' '.repeat(m.length)));
  if (!start) return undefined;
  const end = text.indexOf('>', start.index);
  return text.slice(start.index, end < 0 ? undefined : end + 1);
}

/** The element name a document's root start tag names, with its namespace resolved (`{uri}local`). */
function rootVocabulary(tag: string | undefined, prefixes: Map<string, string>): Vocabulary | undefined {
  const name = tag && /^<([A-Za-z_][\w.:-]*)/.exec(tag)?.[1];
  if (!name) return undefined;
  const [prefix, local] = name.includes(':') ? (name.split(':', 2) as [string, string]) : ['', name];
  const declared = [...tag.matchAll(DECLARATION)].find((m) => (m[1] ?? '') === prefix)?.[3] ?? prefixes.get(prefix);
  const canonical = declared !== undefined ? CANONICAL[declared] : undefined;
  if (canonical === 'atom') return 'atom';
  if (canonical === 'rss') return 'rss';
  if (canonical === 'rdf' && local === 'RDF') return 'rss';
  if (!prefix && (local === 'feed' || local === 'rss')) return local === 'feed' ? 'atom' : 'rss';
  return undefined;
}

/**
 * The name map for one document. Prefixes are collected from every declaration in the text (the
 * first binding of a prefix wins — rebinding one prefix to two namespaces in one feed is not seen in
 * practice); unprefixed names are left alone, since a default namespace applies to them whatever it is.
 */
export function nameMapFor(text: string): NameMap {
  const prefixes = new Map<string, string>();
  for (const match of text.matchAll(DECLARATION)) if (!prefixes.has(match[1] ?? '')) prefixes.set(match[1] ?? '', match[3]!);
  const vocabulary = rootVocabulary(rootTag(text), prefixes);
  const rename = (name: string, keepUnknown: boolean): string => {
    const colon = name.indexOf(':');
    if (colon < 0 || name.startsWith('xmlns')) return name;
    const prefix = name.slice(0, colon);
    const local = name.slice(colon + 1);
    if (prefix === 'xml') return name;
    const uri = prefixes.get(prefix);
    const canonical = uri !== undefined ? CANONICAL[uri] : undefined;
    if (canonical === undefined) return keepUnknown || uri === undefined ? name : `ns-${prefix}:${local}`;
    return canonical === vocabulary ? local : `${canonical}:${local}`;
  };
  return { vocabulary, element: (name) => rename(name, false), attribute: (name) => rename(name, true) };
}
