/**
 * Case tests on the first letters of a word, answered from the character code for ASCII and by
 * the Unicode property patterns otherwise: the same answers as `/^\p{Lu}/u` and the rest, without
 * a pattern call for each of the thousands of tokens an article has.
 */

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const UPPER_LOWER = /^\p{Lu}\p{Ll}/u;

/** `/^\p{Lu}/u.test(text)`: the word starts with a capital. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(text);
}

/** `/^\p{Ll}/u.test(text)`: the word starts with a small letter. */
export function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(text);
}

/** `/^\p{Lu}\p{Ll}/u.test(text)`: a capital, then a small letter ("Ford", not "FBI" or "ford"). */
export function startsUpperLower(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128 && (c < 65 || c > 90)) return false;
  const d = text.charCodeAt(1);
  if (c < 128 && d < 128) return d >= 97 && d <= 122;
  return UPPER_LOWER.test(text);
}

/** `/^\d/.test(text)`: the word starts with a digit (ASCII, as `\d` is). */
export function startsDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}
