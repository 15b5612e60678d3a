/**
 * Feed text made acceptable to a strict XML parser without changing what it says, the way feed
 * readers' own parsers recover — outside CDATA sections and comments, whose text is literal:
 * - an entity the document declares in its DOCTYPE (`<!ENTITY id "tag:example.com,">`) is
 *   expanded, if its value is plain text (no references, so no expansion bombs), within a budget;
 * - a bare `&` (`?a=1&b=2`) becomes `&amp;`; HTML's named entities become numeric references
 *   (`&hearts;` → `&#9829;`), unknown names literal text;
 * - windows-1252's characters written as C1 controls (`&#146;`, or U+0092 itself) become the
 *   characters they stand for (’), as HTML does;
 * - a last end tag that lost its `>` (`</rss`) is closed.
 */
import { xmlSafeEntities } from '../net/html-text.ts';

/** Most bytes declared entities may add to a document. */
const ENTITY_BUDGET = 1 << 20;
/** windows-1252's characters for bytes 0x80–0x9F (the five it leaves undefined stay as they are). */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The general entities a DOCTYPE's internal subset declares with plain-text values. */
function declaredEntities(text: string): Map<string, string> {
  const subset = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i.exec(text.slice(0, 65_536))?.[1] ?? '';
  const entities = new Map<string, string>();
  for (const m of subset.matchAll(/<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(["'])([^"'&<%]{0,1024})\2\s*>/g)) {
    if (entities.size < 64 && !['amp', 'lt', 'gt', 'quot', 'apos'].includes(m[1]!)) entities.set(m[1]!, m[3]!);
  }
  return entities;
}

const c1 = (code: number) => CP1252_C1[code - 0x80]!;

/** Prepares feed text for the XML parser; `repaired` says when a cut-short last tag was closed. */
export function prepareXml(text: string): { xml: string; repaired: boolean } {
  const entities = declaredEntities(text);
  let budget = ENTITY_BUDGET;
  const parts = text.split(/(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)/);
  for (let i = 0; i < parts.length; i += 2) {
    let part = parts[i]!;
    if (entities.size) {
      part = part.replace(/&([A-Za-z_][\w.-]*);/g, (whole, name: string) => {
        const value = entities.get(name);
        if (value === undefined || budget < value.length) return whole;
        budget -= value.length;
        return value;
      });
    }
    part = part
      .replace(/&#(?:(1[2-5]\d)|x([89][0-9a-f]));/gi, (whole, dec?: string, hex?: string) => {
        const code = dec ? Number(dec) : parseInt(hex!, 16);
        return code >= 0x80 && code <= 0x9f ? `&#${c1(code).codePointAt(0)};` : whole;
      })
      .replace(/&(?!(?:#\d+|#x[\da-f]+|[A-Za-z_][\w.-]*);)/gi, '&amp;');
    parts[i] = xmlSafeEntities(part);
  }
  let xml = parts.join('').replace(/[\u0080-\u009f]/g, (ch) => c1(ch.charCodeAt(0)));
  const cut = /<\/([A-Za-z_][\w:.-]*)\s*$/.exec(xml);
  if (cut) xml = `${xml.slice(0, cut.index)}</${cut[1]}>`;
  return { xml, repaired: cut !== null };
}
