/**
 * Plain-text article files: the headline on the first line, then the body (a blank second line
 * is normal and is dropped).
 */

/** A headline and its body. */
export interface ArticleText {
  title: string;
  body: string;
}

/**
 * Splits a plain-text article into headline (line 1) and body (the rest, leading blank lines
 * dropped, otherwise verbatim).
 *
 * @example splitTitle('Swap stirs talk\n\nIn a move…') → { title: 'Swap stirs talk', body: 'In a move…' }
 */
export function splitTitle(raw: string): ArticleText {
  const text = raw.replace(/^\uFEFF/, '');
  const nl = text.indexOf('\n');
  if (nl < 0) return looksLikeHeadline(text, true) ? { title: text.trim(), body: '' } : { title: '', body: text };
  const first = text.slice(0, nl);
  const rest = text.slice(nl + 1);
  const blankSecond = /^[ \t]*\r?(?:\n|$)/.test(rest);
  // A file without a headline (its first line is already a paragraph) keeps every line as body.
  if (!looksLikeHeadline(first, blankSecond)) return { title: '', body: text };
  return { title: first.trim(), body: rest.replace(/^(?:[ \t]*\r?\n)+/, '') };
}

/** A headline is short; a long first line ending like a sentence, run straight into more text, is a paragraph. */
function looksLikeHeadline(line: string, blankAfter: boolean): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0) return false;
  const words = trimmed.split(/\s+/).length;
  if (words > 40) return false;
  return blankAfter || words <= 20 || !/[.!?]["”’']?$/.test(trimmed);
}
