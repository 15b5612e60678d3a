/**
 * Bytes → text, before any XML or HTML parser sees them, for feeds and pages alike. The charset
 * comes from a byte-order mark, else the HTTP `Content-Type`, else the document's own declaration
 * (the XML declaration, or an HTML `<meta charset>`), else UTF-8 — with one pragmatic exception:
 * a server that labels every file `utf-8` while the document declares another charset and the
 * bytes are not valid UTF-8 is believed on the document's word.
 */
import iconv from 'iconv-lite';

export interface DecodedBody {
  text: string;
  /** The charset used, lower case ("utf-8", "windows-1251"). */
  encoding: string;
  /** Where the charset came from. */
  from: 'bom' | 'content-type' | 'declaration' | 'default' | 'fallback';
}

/** The `charset` parameter of a Content-Type header, lower case. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

/** The charset the document declares in its first bytes — XML `encoding`, or HTML `<meta charset>` — lower case. */
export function charsetFromDeclaration(bytes: Uint8Array): string | undefined {
  // Declarations are ASCII in every charset a feed or page uses, so latin1 reads them safely.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  const meta = xml ? undefined : /<meta\b[^>]*?\bcharset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(head);
  return (xml ?? meta)?.[1]?.toLowerCase();
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const isUtf8 = (name: string) => name === 'utf-8' || name === 'utf8';

/** Decodes a body to text by its declared charset. Unknown charsets fall back to UTF-8 with `from: 'fallback'`. */
export function decodeBody(bytes: Uint8Array, contentType?: string): DecodedBody {
  const bom = bomCharset(bytes);
  const header = charsetFromContentType(contentType);
  const declared = charsetFromDeclaration(bytes);
  let encoding: string;
  let from: DecodedBody['from'];
  if (bom) [encoding, from] = [bom, 'bom'];
  else if (header && iconv.encodingExists(header)) {
    [encoding, from] = [header, 'content-type'];
    if (isUtf8(header) && declared && !isUtf8(declared) && iconv.encodingExists(declared) && !isValidUtf8(bytes)) {
      [encoding, from] = [declared, 'declaration'];
    }
  } else if (declared && iconv.encodingExists(declared)) [encoding, from] = [declared, 'declaration'];
  else if (header || declared) [encoding, from] = ['utf-8', 'fallback'];
  else [encoding, from] = ['utf-8', 'default'];
  // Undeclared bytes that are not UTF-8 are almost always windows-1252 in the wild.
  if (isUtf8(encoding) && from !== 'bom' && from !== 'content-type' && !isValidUtf8(bytes)) [encoding, from] = ['windows-1252', 'fallback'];
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
  return { text, encoding: isUtf8(encoding) ? 'utf-8' : encoding, from };
}
