import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBody } from '../../src/net/charset.ts';

const feed = (encoding?: string) => `${encoding ? `<?xml version="1.0" encoding="${encoding}"?>` : ''}<rss version="2.0"><channel><title>Hafen öffnet — 港口</title></channel></rss>`;

describe('decoding a body by its charset', () => {
  it('reads UTF-16 and UTF-32 without a byte-order mark from the first bytes (XML 1.0 Appendix F)', () => {
    for (const encoding of ['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be']) {
      const decoded = decodeBody(iconv.encode(feed(encoding.slice(0, 6)), encoding, { addBOM: false }));
      expect(decoded).toMatchObject({ encoding, from: 'byte-pattern' });
      expect(decoded.text).toContain('Hafen öffnet — 港口');
    }
  });

  it('reads UTF-32 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(feed(), 'utf-32le', { addBOM: false })]);
    expect(decodeBody(bytes)).toMatchObject({ encoding: 'utf-32le', from: 'bom', text: feed() });
  });

  it('reads EBCDIC by its first bytes and its declaration', () => {
    // "<?xml" … in IBM code page 037: < is 4C, ? is 6F, x is A7, m is 94.
    const ascii = '<?xml version="1.0" encoding="ebcdic-cp-us"?><rss version="2.0"><channel><title>Port [A-Z]</title></channel></rss>';
    const toCp037: Record<string, number> = { '<': 0x4c, '?': 0x6f, '>': 0x6e, '=': 0x7e, '"': 0x7f, '/': 0x61, ' ': 0x40, '.': 0x4b, '-': 0x60, '[': 0xba, ']': 0xbb, '0': 0xf0, '1': 0xf1, '2': 0xf2 };
    const letter = (ch: string) => {
      const upper = ch.toUpperCase();
      const base = ch === upper ? 0xc1 : 0x81;
      const i = upper.charCodeAt(0) - 65;
      return base + (i < 9 ? i : i < 18 ? i - 9 + 16 : i - 18 + 33);
    };
    const bytes = Buffer.from([...ascii].map((ch) => toCp037[ch] ?? letter(ch)));
    const decoded = decodeBody(bytes);
    expect(decoded).toMatchObject({ encoding: 'ebcdic-cp-us', from: 'declaration', text: ascii });
  });

  it('reads a quoted or spaced charset parameter, and widens gb2312 to GB18030', () => {
    expect(charsetFromContentType(`application/atom+xml; charset='us-ascii'`)).toBe('us-ascii');
    expect(charsetFromContentType('text/xml;charset = "ISO-8859-1"')).toBe('iso-8859-1');
    expect(charsetFromContentType('text/xml; charset:iso-8859-1')).toBeUndefined();
    const decoded = decodeBody(iconv.encode(feed('gb2312'), 'gb18030'));
    expect(decoded).toMatchObject({ encoding: 'gb18030', from: 'declaration' });
    expect(decoded.text).toContain('港口');
  });

  it('does not believe a charset the bytes do not fit, and says so', () => {
    const utf8 = Buffer.from(feed());
    expect(decodeBody(utf8, 'text/xml; charset=us-ascii')).toMatchObject({ encoding: 'utf-8', from: 'fallback', overrode: 'us-ascii', text: feed() });
    expect(decodeBody(Buffer.from(feed('utf-16')))).toMatchObject({ encoding: 'utf-8', overrode: 'utf-16' });
    expect(decodeBody(Buffer.from(feed('x-no-such-charset')))).toMatchObject({ encoding: 'utf-8', overrode: 'x-no-such-charset' });
  });

  it('guesses undeclared legacy bytes with a detector, and falls back to windows-1252 for Western text', () => {
    const japanese = iconv.encode('<rss version="2.0"><channel><title>港の労働者がストライキを終了し、船の荷役が再開された</title></channel></rss>', 'shift_jis');
    const guessed = decodeBody(japanese);
    expect(guessed.from).toBe('detected');
    expect(guessed.text).toContain('港の労働者がストライキ');
    const russian = iconv.encode('<rss version="2.0"><channel><title>Портовые рабочие прекратили забастовку, и погрузка судов возобновилась в понедельник утром</title></channel></rss>', 'koi8-r');
    expect(decodeBody(russian).text).toContain('Портовые рабочие');
    const western = iconv.encode('<rss version="2.0"><channel><title>Café “closing” — naïve</title></channel></rss>', 'windows-1252');
    expect(decodeBody(western)).toMatchObject({ encoding: 'windows-1252', text: expect.stringContaining('Café “closing” — naïve') });
  });

  it('marks bytes that are invalid in the charset a byte-order mark names', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss><channel><title>Espa'), Buffer.from([0xf1]), Buffer.from('a</title></channel></rss>')]);
    expect(decodeBody(bytes)).toMatchObject({ encoding: 'utf-8', from: 'bom', malformed: true });
  });
});
