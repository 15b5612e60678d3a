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

/** The text of an HTML fragment, entities decoded once. */
function textOf(html: string): string {
  const parts: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (name === 'br') parts.push(' ');
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BREAKS.has(name)) parts.push(' ');
      },
      ontext(text) {
        if (!skipping) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return parts.join('');
}

/** HTML (or plain text) → one line of plain text. */
export function htmlToText(html: string): string {
  let text = textOf(html);
  // Double-escaped feeds leave `&#40;` or `&nbsp;` after one round.
  if (/&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text)) text = decodeEntities(text);
  // Escaped markup decodes to tags; drop those too.
  if (/<\/?[a-z][^>]*>/i.test(text)) text = textOf(text.replace(/&/g, '&amp;'));
  return text.replace(/\u00ad/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The named entities XML itself defines. */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Makes a document that uses HTML's named entities acceptable to an XML parser: every named
 * entity XML does not define becomes a numeric reference, unknown ones become literal text.
 */
export function xmlSafeEntities(xml: string): string {
  return xml.replace(/&([a-z][a-z0-9]{1,31});/gi, (whole, name: string) => {
    if (XML_ENTITIES.has(name)) return whole;
    const decoded = decodeHTMLStrict(whole);
    if (decoded === whole) return `&amp;${name};`;
    return [...decoded].map((ch) => `&#${ch.codePointAt(0)};`).join('');
  });
}
