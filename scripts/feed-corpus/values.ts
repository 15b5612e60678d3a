/**
 * The values a translated condition works with. Besides Python's own (strings, numbers, None,
 * lists, dicts), four stand for what Brief produced and say how a test's literal compares with it:
 * - `Unknown`: a field Brief does not keep (feed subtitle, enclosures, content type…). Anything
 *   computed from it stays unknown, so a check that depends on it is *skipped* with the reason,
 *   never passed;
 * - `Missing`: a field Brief keeps but did not produce for this file; using it fails the check,
 *   as the missing key fails feedparser's own test;
 * - `Text`: a field Brief keeps as plain text (titles, summaries, author): compared with a test's
 *   literal as text — HTML reduced to its text, entities decoded, whitespace runs collapsed;
 * - `Instant` and `Encoding`: a date compared with a `time.struct_time` tuple in UTC, and a charset
 *   name compared by the names that denote one decoder.
 */
import { Parser } from 'htmlparser2';

/** A field Brief does not keep; what depends on it is skipped with `reason`. */
export class Unknown {
  constructor(readonly reason: string) {}
}

/** A field Brief keeps but did not produce here; using it fails the check. */
export class Missing {
  constructor(readonly what: string) {}
}

/** A field Brief keeps as plain text, compared with a literal as text. */
export class Text {
  constructor(readonly value: string) {}
}

/** Text whose source the document declares plain (`type="text"`): feedparser's value is then text too, compared as written. */
export class PlainText extends Text {}

/** A URL Brief produced: equal to a literal naming the same URL (the host's case does not matter). */
export class Url {
  constructor(readonly href: string) {}
}

/** A URL in its normal form, or the string itself when it is not one. */
export function normalUrl(value: string): string {
  try {
    return new URL(value).href;
  } catch {
    return value;
  }
}

/** A Brief author line: compared like text, but feedparser's `name (email)` form matches the name alone. */
export class AuthorText extends Text {}

/** A date Brief read, compared with a UTC `struct_time` tuple. */
export class Instant {
  constructor(readonly iso: string) {}
}

/** The charset Brief decoded by, compared by the decoder a name denotes. */
export class Encoding {
  constructor(readonly name: string) {}
}

/** A dict-like view whose keys are looked up on demand (a feed, an entry, a `*_detail`). */
export class View {
  constructor(
    readonly label: string,
    readonly lookup: (key: string) => Value,
    readonly has: (key: string) => boolean | Unknown,
  ) {}
}

/** A function a condition may call (`len`, `ord`, `entries[0].get`). */
export class Callable {
  constructor(readonly call: (args: Value[]) => Value) {}
}

/** Anything a condition computes with. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value } | Unknown | Missing | Text | Url | Instant | Encoding | View | Callable;

/** Thrown while evaluating: the check fails with this message (as an exception fails feedparser's). */
export class CheckFailure extends Error {}

/** Collapses whitespace runs (non-breaking spaces included, as Brief's text does) and trims. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The text a person reads in an HTML (or plain) string: tags dropped, entities decoded once. */
export function textOf(html: string): string {
  const parts: string[] = [];
  const parser = new Parser({ ontext: (text) => parts.push(text), onclosetag: (name) => /^(p|div|br|li|h\d)$/.test(name) && parts.push(' ') }, { decodeEntities: true });
  parser.end(html);
  return squeeze(parts.join(''));
}

/**
 * Names that denote one decoder for the bytes a test holds: a superset that browsers use for the
 * label (WHATWG Encoding Standard: `euc-kr` is decoded as windows-949, `tis-620` as windows-874,
 * `gb2312` as GBK, within GB18030), or an alias.
 */
const SAME_DECODER: readonly (readonly string[])[] = [
  ['utf-8', 'utf8'],
  ['us-ascii', 'ascii'],
  ['iso-8859-1', 'latin1', 'iso8859-1', 'l1'],
  ['euc-kr', 'cp949', 'windows-949', 'ks_c_5601-1987'],
  ['shift_jis', 'cp932', 'windows-31j', 'sjis'],
  ['tis-620', 'cp874', 'windows-874'],
  ['gb2312', 'gbk', 'cp936', 'gb18030'],
  ['big5', 'cp950', 'big5-hkscs'],
];

/** The canonical name of a charset label for comparison (lower case, `_` as `-`, aliases joined). */
export function decoderName(label: string): string {
  const norm = (s: string) => s.trim().toLowerCase().replace(/_/g, '-');
  const name = norm(label);
  return SAME_DECODER.find((group) => group.some((member) => norm(member) === name))?.[0] ?? name;
}
