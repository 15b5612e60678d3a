/**
 * Elements as rss-parser hands them over, in document order. rss-parser's XML layer (xml2js) is
 * configured to keep each element's children in order, text included (`$$`), so mixed content —
 * an Atom `type="xhtml"` title, `Example <b>Atom</b>` — reads in the order it was written. This
 * module turns those objects into a small `XmlNode` tree and reads it: children by name, text in
 * order, inner markup as HTML, attributes, and the `xml:base` in force.
 */

/** One element: its (namespace-canonical) name, attributes, and children in document order. */
export interface XmlNode {
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: ReadonlyArray<XmlNode | string>;
}

/** The options rss-parser passes to xml2js so children keep their order and text stays in place. */
export const ORDERED_XML2JS = { explicitChildren: true, preserveChildrenOrder: true, charsAsChildren: true, includeWhiteChars: true } as const;

type Raw = Record<string, unknown>;

/** The node for one xml2js element object (or the bare string xml2js uses for a text-only element). */
export function toNode(name: string, raw: unknown): XmlNode {
  if (typeof raw === 'string') return { name, attrs: {}, children: raw ? [raw] : [] };
  if (!raw || typeof raw !== 'object') return { name, attrs: {}, children: [] };
  const object = raw as Raw;
  const attrs = (object.$ && typeof object.$ === 'object' ? object.$ : {}) as Record<string, string>;
  const ordered = Array.isArray(object.$$) ? (object.$$ as Raw[]) : undefined;
  const children = ordered
    ? ordered.map((child) => (child['#name'] === '__text__' ? String(child._ ?? '') : toNode(String(child['#name']), child)))
    : typeof object._ === 'string'
      ? [object._]
      : [];
  return { name, attrs, children };
}

/** The node of an element from its ordered children and attributes, as rss-parser's custom fields carry them. */
export function nodeOf(name: string, children: unknown, attrs: unknown): XmlNode {
  return toNode(name, { $$: children, $: attrs });
}

/** Child elements, optionally only those with one of `names`. */
export function elements(node: XmlNode, ...names: string[]): XmlNode[] {
  return node.children.filter((c): c is XmlNode => typeof c !== 'string' && (names.length === 0 || names.includes(c.name)));
}

/** The first child element with one of `names`, in the order the names are given. */
export function firstOf(node: XmlNode, ...names: string[]): XmlNode | undefined {
  for (const name of names) {
    const found = node.children.find((c): c is XmlNode => typeof c !== 'string' && c.name === name);
    if (found) return found;
  }
  return undefined;
}

/** All text inside an element, in document order (what a person reads). */
export function textContent(node: XmlNode): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

/** True when the element has child elements (inline markup), not only text. */
export function hasElements(node: XmlNode): boolean {
  return node.children.some((c) => typeof c !== 'string');
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);

/**
 * An element's children written back as HTML: the markup of an inline XHTML title or content.
 * With `textIsHtml`, text is HTML source already (an Atom `type="html"` element whose publisher also
 * wrote markup unescaped) and is kept as it is.
 */
export function innerHtml(node: XmlNode, textIsHtml = false): string {
  return node.children
    .map((c) => {
      if (typeof c === 'string') return textIsHtml ? c : escapeText(c);
      const tag = c.name.replace(/^xhtml:/, '');
      const attrs = Object.entries(c.attrs)
        .filter(([k]) => k !== 'xmlns' && !k.startsWith('xmlns:'))
        .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
        .join('');
      return VOID.has(tag) && c.children.length === 0 ? `<${tag}${attrs} />` : `<${tag}${attrs}>${innerHtml(c, textIsHtml)}</${tag}>`;
    })
    .join('');
}

/** Resolves `value` against `base`; undefined when neither makes an absolute http(s) or other URL. */
export function resolveUrl(value: string | undefined, base: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return undefined;
  }
}

/** The base URI in force inside `node`, given the base in force around it (`xml:base`, RFC 3986 resolution). */
export function baseOf(node: XmlNode, outer: string | undefined): string | undefined {
  const own = node.attrs['xml:base'];
  if (own === undefined) return outer;
  return resolveUrl(own, outer) ?? outer;
}
