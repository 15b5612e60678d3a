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

/** True for a character code that `\s` matches. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `/\s/.test(text)`, one character code at a time (a word is short, and most hold no space). */
export function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 0xa0) if (isSpaceCode(c)) return true;
  }
  return false;
}
