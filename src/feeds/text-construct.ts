/**
 * A title, summary or content element → its text (for matching and posts) and its HTML (for
 * drafts), by what the element says it holds:
 * - Atom 1.0 `type`: `text` (the default: shown as written, so "History of the <blink> tag" keeps
 *   its tag), `html` (escaped HTML), `xhtml` (inline markup);
 * - Atom 0.3 `mode`: `escaped`, `base64`, or `xml` (the default: inline markup), with a MIME `type`;
 * - RSS says nothing: descriptions are HTML; a title is HTML only when it holds HTML markup or
 *   character references, since most RSS titles are plain text that may contain a "<".
 * Inline child elements are markup whatever the type claims: their text is read in order.
 */
import { htmlToText } from '../net/html-text.ts';
import { hasElements, innerHtml, textContent, type XmlNode } from './xml-node.ts';

/** What an element holds when it does not say. */
export type DefaultMarkup = 'text' | 'html' | 'sniff';

/** The text and the HTML of a text construct. */
export interface TextConstruct {
  text: string;
  html: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** HTML markup a plain-text field would not contain: a known tag, or a character reference. */
const LOOKS_LIKE_HTML =
  /<\/?(?:a|abbr|acronym|b|big|blockquote|br|cite|code|dd|del|dfn|div|dl|dt|em|font|h[1-6]|hr|i|img|ins|kbd|li|ol|p|pre|q|s|samp|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul|var)\b[^>]*>|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]+);/i;

/** True when text from a field of unstated type should be read as HTML. */
export function looksLikeHtml(text: string): boolean {
  return LOOKS_LIKE_HTML.test(text);
}

/** `text`, `html` or `xhtml` for an element's `type` (Atom 1.0 names or MIME types); undefined when unstated or unknown. */
function declaredMarkup(type: string | undefined): 'text' | 'html' | 'xhtml' | 'other' | undefined {
  const value = type?.trim().toLowerCase().split(';')[0];
  if (!value) return undefined;
  if (value === 'text' || value === 'text/plain') return 'text';
  if (value === 'html' || value === 'text/html') return 'html';
  if (value === 'xhtml' || value === 'application/xhtml+xml') return 'xhtml';
  return /^text\/|\+xml$|\/xml$/.test(value) ? 'text' : 'other';
}

function fromBase64(text: string): string {
  return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
}

/** Atom 1.0 content of a non-text type is base64: its text when it decodes to text, else nothing. */
function otherContent(node: XmlNode, maxLength: number): TextConstruct {
  const decoded = fromBase64(textContent(node));
  // Binary content (an image) decodes to control characters or U+FFFD: not text.
  const binary = [...decoded.slice(0, 4096)].some((ch) => ch === '\ufffd' || (ch < ' ' && !'\t\n\r'.includes(ch)));
  if (!decoded || binary) return { text: '', html: '' };
  return read(decoded, looksLikeHtml(decoded) ? 'html' : 'text', true, maxLength);
}

/** A string read as the given markup. `lenient` HTML undoes double escaping; declared HTML does not. */
function read(content: string, markup: 'text' | 'html', lenient: boolean, maxLength: number): TextConstruct {
  if (markup === 'text') return { text: htmlFree(content, maxLength), html: escapeHtml(content) };
  return { text: htmlToText(content, { maxLength, strict: !lenient }), html: content };
}

/** Plain text as written, whitespace collapsed and cut. */
function htmlFree(text: string, maxLength: number): string {
  const line = text.slice(0, maxLength * 2 + 64).replace(/[\s\u00a0]+/g, ' ').trim();
  return line.length > maxLength ? line.slice(0, maxLength).trimEnd() : line;
}

/**
 * Reads a text construct. `fallback` is what an element of unstated type holds: Atom 1.0's
 * default is text; RSS descriptions are HTML; RSS titles and Atom 0.3's unstated type are sniffed.
 */
export function readTextConstruct(node: XmlNode, fallback: DefaultMarkup, maxLength = Infinity): TextConstruct {
  const declared = declaredMarkup(node.attrs.type);
  if (node.attrs.src !== undefined) return { text: '', html: '' };
  if (declared === 'other') return otherContent(node, maxLength);
  if (hasElements(node)) {
    const html = innerHtml(node, declared === 'html');
    return { text: htmlToText(html, { maxLength, strict: true }), html };
  }
  const mode = node.attrs.mode?.trim().toLowerCase();
  const raw = mode === 'base64' ? fromBase64(textContent(node)) : textContent(node);
  const lenient = declared === undefined;
  const markup = declared === 'html' || declared === 'xhtml' ? 'html' : declared === 'text' ? 'text' : fallback === 'sniff' || mode === 'escaped' ? (looksLikeHtml(raw) ? 'html' : 'text') : fallback;
  return read(raw, markup, lenient, maxLength);
}

/** The text of an element read as plain text (names, ids): whitespace collapsed. */
export function plainText(node: XmlNode | undefined): string {
  return node ? textContent(node).replace(/[\s\u00a0]+/g, ' ').trim() : '';
}
