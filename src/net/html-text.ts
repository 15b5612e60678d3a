/**
 * HTML → plain text for feeds and drafts, through a real tokenizer (htmlparser2) and the full
 * HTML entity table (entities): tags dropped — attributes and all, so `<a title="x>y">` leaves
 * nothing behind — script and style skipped, entities decoded (twice when a feed escaped them
 * twice, as `&amp;nbsp;` feeds do), whitespace collapsed. Not a sanitiser: the result is only
 * ever shown as text, and renderers escape it for their platform.
 */
import { decodeHTMLStrict } from 'entities';
import { Parser } from 'htmlparser2';

/** Tags whose end (or, for `br`, whose start) separates words. */
const BREAKS = new Set(['br', 'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'blockquote']);
const SKIPPED = new Set(['script', 'style']);

/** Decodes character references once (`&amp;`, `&#8212;`, `&minus;`, `&rarr;` …); unknown names stay as written. */
export function decodeEntities(text: string): string {
  return decodeHTMLStrict(text);
}

/** Options for `htmlToText`. */
export interface TextOptions {
  /**
   * Longest text wanted. The HTML is read only until that much text is found, so a huge document
   * costs little (the cut comes before the reduction, not after).
   */
  maxLength?: number;
  /**
   * Read the HTML exactly as written: entities decoded once, nothing that looks double-escaped
   * undone. For content whose type the feed declares (Atom `type="html"`, inline XHTML).
   */
  strict?: boolean;
}

/** How much HTML is read per step while looking for `maxLength` characters of text. */
const CHUNK = 16_384;

/** The text of an HTML fragment, entities decoded once, and whether it held any element. */
function textOf(html: string, maxLength = Infinity): { text: string; hadTags: boolean } {
  const parts: string[] = [];
  let length = 0;
  let skipping = 0;
  let hadTags = false;
  const parser = new Parser(
    {
      onopentag(name) {
        hadTags = true;
        if (SKIPPED.has(name)) skipping++;
        else if (name === 'br') parts.push(' ');
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BREAKS.has(name)) parts.push(' ');
      },
      ontext(text) {
        if (skipping) return;
        parts.push(text);
        length += text.length;
      },
    },
    { decodeEntities: true },
  );
  // Twice the wanted length of raw text leaves room for the whitespace that collapsing removes.
  for (let at = 0; at < html.length && length <= maxLength * 2 + 64; at += CHUNK) parser.write(html.slice(at, at + CHUNK));
  parser.end();
  return { text: parts.join(''), hadTags };
}

/**
 * HTML (or plain text) → one line of plain text, at most `maxLength` characters. Unless `strict`,
 * undoes what double escaping leaves: character references still standing after one round
 * (`&amp;nbsp;` feeds), and markup that was escaped twice (`&amp;lt;p&amp;gt;`) when the fragment
 * holds no real markup of its own — a `<code>&lt;br&gt;</code>` example inside real HTML stays.
 */
export function htmlToText(html: string, options: TextOptions = {}): string {
  const maxLength = options.maxLength ?? Infinity;
  const read = textOf(html, maxLength);
  let text = read.text;
  if (!options.strict) {
    if (/&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text)) text = decodeEntities(text);
    if (!read.hadTags && /<\/?[a-z][^>]*>/i.test(text)) text = textOf(text.replace(/&/g, '&amp;'), maxLength).text;
  }
  const line = text.replace(/\u00ad/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
  return line.length > maxLength ? line.slice(0, maxLength).trimEnd() : line;
}

/** The named entities XML itself defines. */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Makes a document that uses HTML's named entities acceptable to an XML parser: every named
 * entity XML does not define becomes a numeric reference, unknown ones become literal text.
 */
export function xmlSafeEntities(xml: string): string {
  // XML's own five are skipped by the pattern, not the callback: a document can hold millions.
  return xml.replace(/&(?!(?:amp|lt|gt|quot|apos);)([a-z][a-z0-9]{1,31});/gi, (whole, name: string) => {
    if (XML_ENTITIES.has(name)) return whole;
    const decoded = decodeHTMLStrict(whole);
    if (decoded === whole) return `&amp;${name};`;
    return [...decoded].map((ch) => `&#${ch.codePointAt(0)};`).join('');
  });
}
