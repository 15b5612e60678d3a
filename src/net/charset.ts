/**
 * Bytes → text, before any XML or HTML parser sees them, for feeds and pages alike. In order:
 * 1. a byte-order mark (UTF-8, UTF-16, UTF-32);
 * 2. the document's first bytes, as XML 1.0 Appendix F reads them: `00 3C 00 3F` is UTF-16BE,
 *    `3C 00 00 00` UTF-32LE, `4C 6F A7 94` EBCDIC … and the declaration read in that encoding;
 * 3. the HTTP `Content-Type` charset, then the document's own declaration (XML `encoding`, HTML
 *    `<meta charset>`) — each only if the bytes fit it: a server that labels everything `utf-8`
 *    or `us-ascii` is not believed over bytes that are neither (`overrode` names it);
 * 4. UTF-8 when the bytes are valid UTF-8; else a charset detector (jschardet) for undeclared
 *    legacy bytes (Big5, Shift_JIS, KOI8-R …), falling back to windows-1252.
 * `gb2312` is read as its superset GB18030, as browsers and feed readers do.
 */
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { decodeEbcdic, ebcdicPage } from './ebcdic.ts';

/** A body decoded to text, with the charset used and how it was chosen. */
export interface DecodedBody {
  text: string;
  /** The charset used, lower case ("utf-8", "windows-1251", "utf-16le"). */
  encoding: string;
  /**
   * Where the charset came from: a byte-order mark, the first bytes' pattern (Appendix F), the
   * header, the document's declaration, the detector's guess, UTF-8 by default, or windows-1252 as
   * the last resort for bytes nothing explains.
   */
  from: 'bom' | 'byte-pattern' | 'content-type' | 'declaration' | 'detected' | 'default' | 'fallback';
  /** A charset the server or the document declared that was not used: unknown, or the bytes do not fit it. */
  overrode?: string;
  /** Some bytes are not valid in the charset used (they read as U+FFFD). */
  malformed?: true;
}

/** A charset label as iconv-lite and reports want it: lower case, unquoted, `gb2312` widened to GB18030. */
function normalise(label: string | undefined): string | undefined {
  const value = label?.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
  if (!value) return undefined;
  if (value === 'gb2312' || value === 'gbk' || value === 'x-gbk') return 'gb18030';
  return value === 'utf8' ? 'utf-8' : value;
}

/** The `charset` parameter of a Content-Type header, normalised; quotes and spaces around `=` allowed. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*("[^"]*"|'[^']*'|[^;\s]+)/i.exec(contentType ?? '');
  return normalise(match?.[1]);
}

/** The charset a declaration at the start of `head` names — XML `encoding`, or HTML `<meta charset>`. */
function declarationIn(head: string): string | undefined {
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  const meta = xml ? undefined : /<meta\b[^>]*?\bcharset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(head);
  return normalise((xml ?? meta)?.[1]);
}

/** The charset the document declares in its first bytes (read as ASCII), normalised. */
export function charsetFromDeclaration(bytes: Uint8Array): string | undefined {
  return declarationIn(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1'));
}

const BOMS: ReadonlyArray<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

function bomCharset(bytes: Uint8Array): string | undefined {
  return BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b))?.[1];
}

/** XML 1.0 Appendix F without a BOM: the family of the first `<` (`<?xml` or `<!--` or a tag). */
function patternCharset(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (bytes.length < 4) return undefined;
  if (a === 0 && b === 0 && c === 0 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0 && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0x3c && c === 0) return 'utf-16be';
  if (a === 0x3c && b === 0 && d === 0) return 'utf-16le';
  if (a === 0x4c && b === 0x6f && c === 0xa7 && d === 0x94) return 'cp037';
  return undefined;
}

const MULTIBYTE = /^(utf-8|gb18030|big5|big5-hkscs|shift_jis|sjis|cp932|windows-31j|euc-jp|euc-kr|cp949|cp936|cp950|iso-2022-jp)$/;

/** True when the bytes read cleanly in `encoding` (single-byte pages always do; UTF-16/32 never do here, where the first bytes did not show them). */
function fits(bytes: Uint8Array, encoding: string): boolean {
  if (/^(utf-?(16|32)|ucs-?[24])/.test(encoding)) return false;
  if (encoding === 'us-ascii' || encoding === 'ascii') return bytes.every((b) => b < 0x80);
  if (encoding === 'utf-8') {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return true;
    } catch {
      return false;
    }
  }
  if (MULTIBYTE.test(encoding)) return !iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 262_144)), encoding).includes('\ufffd');
  return true;
}

const known = (encoding: string | undefined): encoding is string => encoding !== undefined && (iconv.encodingExists(encoding) || ebcdicPage(encoding) !== undefined);

/** A detector's guess for undeclared, non-UTF-8 bytes; undefined when it has none worth more than windows-1252. */
function detect(bytes: Uint8Array): string | undefined {
  const guess = jschardet.detect(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 65_536)));
  const name = normalise(guess.encoding ?? undefined);
  if (!name || !iconv.encodingExists(name) || /^(windows-1252|iso-8859-1|ascii|utf-8|macroman|mac-roman)$/.test(name)) return undefined;
  // Multi-byte answers rest on valid byte sequences; single-byte ones only on letter statistics,
  // so those need the detector's own threshold of confidence.
  return MULTIBYTE.test(name) || guess.confidence >= 0.2 ? name : undefined;
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  const page = ebcdicPage(encoding);
  if (page) return decodeEbcdic(bytes, page);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
}

/** Chooses the charset for `bytes` (see the module comment). */
function choose(bytes: Uint8Array, contentType: string | undefined): Omit<DecodedBody, 'text'> {
  const bom = bomCharset(bytes);
  if (bom) return { encoding: bom, from: 'bom' };
  const pattern = patternCharset(bytes);
  if (pattern) {
    const declared = declarationIn(decodeAs(bytes.subarray(0, 512), pattern));
    // The bytes say which UTF-16/32 it is; a declaration may only name another EBCDIC page.
    if (pattern === 'cp037') return ebcdicPage(declared ?? '') ? { encoding: declared!, from: 'declaration' } : { encoding: 'cp037', from: 'byte-pattern' };
    return { encoding: pattern, from: 'byte-pattern' };
  }
  const overrode: string[] = [];
  for (const [label, from] of [
    [charsetFromContentType(contentType), 'content-type'],
    [charsetFromDeclaration(bytes), 'declaration'],
  ] as const) {
    if (label === undefined) continue;
    if (known(label) && fits(bytes, label)) return { encoding: label, from, ...(overrode.length ? { overrode: overrode[0]! } : {}) };
    overrode.push(label);
  }
  const over = overrode.length ? { overrode: overrode[0]! } : {};
  if (fits(bytes, 'utf-8')) return { encoding: 'utf-8', from: overrode.length ? 'fallback' : 'default', ...over };
  const detected = detect(bytes);
  return detected ? { encoding: detected, from: 'detected', ...over } : { encoding: 'windows-1252', from: 'fallback', ...over };
}

/** Decodes a body to text by its charset (see the module comment). */
export function decodeBody(bytes: Uint8Array, contentType?: string): DecodedBody {
  const chosen = choose(bytes, contentType);
  const text = decodeAs(bytes, chosen.encoding);
  // U+FFFD in the text that the bytes do not spell out (EF BF BD in UTF-8) marks bytes the charset could not read.
  const malformed = text.includes('\ufffd') && !(chosen.encoding === 'utf-8' && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(REPLACEMENT_UTF8) && fits(bytes, 'utf-8'));
  return { text, ...chosen, ...(malformed ? { malformed: true as const } : {}) };
}

const REPLACEMENT_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);
