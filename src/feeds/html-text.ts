/**
 * Feed HTML → plain text for matching and display: tags dropped, entities decoded (twice when a
 * feed escaped them twice, as `&amp;nbsp;` feeds do), whitespace collapsed. Not a sanitiser: the
 * result is only ever shown as text, and renderers escape it for their platform.
 */

/** Named HTML entities feeds use; anything else is left as written. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™',
  deg: '°', plusmn: '±', times: '×', divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', sect: '§', para: '¶',
  euro: '€', pound: '£', yen: '¥', cent: '¢', dagger: '†', Dagger: '‡', prime: '′', Prime: '″', iexcl: '¡', iquest: '¿',
  aacute: 'á', Aacute: 'Á', eacute: 'é', Eacute: 'É', iacute: 'í', Iacute: 'Í', oacute: 'ó', Oacute: 'Ó',
  uacute: 'ú', Uacute: 'Ú', ntilde: 'ñ', Ntilde: 'Ñ', uuml: 'ü', Uuml: 'Ü', ouml: 'ö', Ouml: 'Ö', auml: 'ä',
  Auml: 'Ä', euml: 'ë', iuml: 'ï', agrave: 'à', Agrave: 'À', egrave: 'è', Egrave: 'È', igrave: 'ì', ograve: 'ò',
  ugrave: 'ù', acirc: 'â', ecirc: 'ê', icirc: 'î', ocirc: 'ô', ucirc: 'û', atilde: 'ã', otilde: 'õ', ccedil: 'ç',
  Ccedil: 'Ç', aring: 'å', Aring: 'Å', aelig: 'æ', oslash: 'ø', Oslash: 'Ø', szlig: 'ß', scaron: 'š', Scaron: 'Š',
  zcaron: 'ž', Zcaron: 'Ž', oelig: 'œ', yacute: 'ý', yuml: 'ÿ',
};

const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,8});/gi;

function codePoint(n: number): string {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

/** Decodes character references once. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, body: string) => {
    if (body[0] === '#') return codePoint(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1)));
    return NAMED[body] ?? whole;
  });
}

/**
 * Makes a document that uses HTML's named entities acceptable to an XML parser: every named
 * entity XML does not define becomes a numeric reference, unknown ones become literal text.
 */
export function xmlSafeEntities(xml: string): string {
  return xml.replace(/&([a-z][a-z0-9]{1,8});/gi, (whole, name: string) => {
    if (name === 'amp' || name === 'lt' || name === 'gt' || name === 'quot' || name === 'apos') return whole;
    const ch = NAMED[name];
    return ch === undefined ? `&amp;${name};` : ch === '' ? '' : `&#${ch.codePointAt(0)};`;
  });
}

/** HTML (or plain text) → one line of plain text. */
export function htmlToText(html: string): string {
  let text = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\s*(br|\/p|\/div|\/li|\/h\d|\/tr)\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '');
  text = decodeEntities(text);
  // Double-escaped feeds leave `&#40;` or `&nbsp;` after one round.
  if (/&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text)) text = decodeEntities(text);
  // Escaped markup decodes to tags; drop those too.
  if (/<\/?[a-z][^>]*>/i.test(text)) text = text.replace(/<\/?[a-z][^>]*>/gi, ' ');
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
