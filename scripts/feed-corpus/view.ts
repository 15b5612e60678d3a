/**
 * The translation of feedparser's result names into what Brief produced — the table a reviewer
 * checks. A name listed in `FEED_FIELDS`, `ENTRY_FIELDS` or `GLOBALS` reads Brief's value; every
 * other name is `Unknown` with the reason Brief does not keep it, so a check on it is skipped.
 *
 * Brief keeps, per feed: title, link, ttl; per item: title, link, guid, one date (the first of
 * published, issued, created, dc:date, updated, modified), one text (the full content when the
 * feed carries it, else the summary), author; and, per document, the charset it was decoded by and
 * whether it was rejected (`bozo`).
 */
import type { BriefItem, BriefOutcome } from './outcome.ts';
import { AuthorText, Callable, CheckFailure, Encoding, Instant, Missing, Text, Unknown, View, type Value } from './values.ts';

const DATE_NAMES = ['published', 'updated', 'created', 'issued', 'modified', 'date', 'pubDate'];

/** Why Brief has no value for a feedparser name it does not list. */
function notKept(where: 'feed' | 'entry', key: string): Unknown {
  if (/_detail$/.test(key) || /^(subtitle|tagline|info|description|rights|copyright)$/.test(key)) {
    if (where === 'feed') return new Unknown('Brief keeps no feed subtitle, description or rights');
  }
  if (DATE_NAMES.includes(key)) return new Unknown('Brief keeps a date as an instant, not as written (the `_parsed` checks read it)');
  if (where === 'feed' && DATE_NAMES.some((d) => key === `${d}_parsed`)) return new Unknown('Brief keeps no feed-level date');
  if (/^(author|authors|contributors|publisher)(_detail)?$/.test(key) && where === 'feed') return new Unknown('Brief keeps no feed-level author');
  return new Unknown(`Brief does not keep ${where === 'feed' ? 'the feed’s' : 'an item’s'} “${key}”`);
}

/** A `*_detail` dict: its `value` is Brief's field; type, language and base are not kept. */
function detail(label: string, value: Value): View {
  return new View(
    label,
    (key) => (key === 'value' ? value : new Unknown(`Brief keeps no content ${key === 'type' ? 'type' : key === 'language' ? 'language' : key === 'base' ? 'base URI' : `“${key}”`}`)),
    (key) => (key === 'value' ? true : new Unknown(`${label}.${key}`)),
  );
}

type Reader<T> = (source: T, label: string) => Value;

const FEED_FIELDS: Record<string, Reader<NonNullable<BriefOutcome['feed']>>> = {
  title: (f) => (f.title !== undefined ? new Text(f.title) : new Missing('the feed title')),
  title_detail: (f, label) => detail(`${label}.title_detail`, FEED_FIELDS.title!(f, label)),
  link: (f) => f.link ?? new Missing('the feed link'),
  ttl: (f) => (f.ttlMinutes !== undefined ? String(f.ttlMinutes) : new Missing('the feed ttl')),
};

const text = (item: BriefItem) => new Text(item.text);
const date = (item: BriefItem, label: string) => (item.published ? new Instant(item.published) : new Missing(`${label}'s date`));

const ENTRY_FIELDS: Record<string, Reader<BriefItem>> = {
  title: (i) => new Text(i.title),
  title_detail: (i, label) => detail(`${label}.title_detail`, new Text(i.title)),
  link: (i, label) => i.link ?? new Missing(`${label}'s link`),
  id: (i, label) => i.guid ?? new Missing(`${label}'s id`),
  guid: (i, label) => i.guid ?? new Missing(`${label}'s guid`),
  // Brief keeps one text per item; feedparser's summary, description and content all read it.
  summary: text,
  description: text,
  summary_detail: (i, label) => detail(`${label}.summary_detail`, text(i)),
  content: (i, label) => [detail(`${label}.content[0]`, text(i))],
  author: (i, label) => (i.author !== undefined ? new AuthorText(i.author) : new Missing(`${label}'s author`)),
  author_detail: (i, label) =>
    new View(
      `${label}.author_detail`,
      (key) => (key === 'name' ? (i.author !== undefined ? new Text(i.author) : new Missing(`${label}'s author`)) : new Unknown(`Brief shows an author's name, not their ${key}`)),
      (key) => (key === 'name' ? i.author !== undefined : new Unknown(`author ${key}`)),
    ),
  ...Object.fromEntries(DATE_NAMES.map((name) => [`${name}_parsed`, date])),
};

function record<T>(label: string, source: T, fields: Record<string, Reader<T>>, where: 'feed' | 'entry'): View {
  return new View(
    label,
    (key) => (fields[key] ? fields[key]!(source, label) : notKept(where, key)),
    (key) => {
      if (!fields[key]) return notKept(where, key);
      const value = fields[key]!(source, label);
      return !(value instanceof Missing);
    },
  );
}

const EMPTY_FEED = { notes: [] };

/** The names a condition can use, for one file's outcome. `origin` replaces feedparser's test server address. */
export function scopeFor(outcome: BriefOutcome): (name: string) => Value {
  const parsed = outcome.status === 'parsed';
  const feed = record('feed', outcome.feed ?? EMPTY_FEED, FEED_FIELDS, 'feed');
  const entries = (outcome.items ?? []).map((item, n) => record(`entries[${n}]`, item, ENTRY_FIELDS, 'entry'));
  const http: Record<string, Value> = {
    etag: outcome.etag ?? new Missing('the ETag'),
    modified: outcome.lastModified ?? new Missing('the Last-Modified date'),
  };
  const globals: Record<string, Value> = {
    bozo: !parsed,
    feed,
    entries,
    encoding: outcome.encoding ? new Encoding(outcome.encoding) : new Missing('the encoding (the document was rejected)'),
    ...http,
    locals: new Callable(() => new View('locals()', (key) => http[key] ?? new Unknown(`locals ${key}`), (key) => (key in http ? !(http[key] instanceof Missing) : new Unknown(`Brief does not report “${key}”`)))),
    len: new Callable(([value]) => {
      if (value instanceof Unknown) return value;
      if (value instanceof Text) return value.value.length;
      if (Array.isArray(value) || typeof value === 'string') return value.length;
      throw new CheckFailure('len() of a value without a length');
    }),
    ord: new Callable(([value]) => {
      if (value instanceof Unknown) return value;
      const chars = [...(value instanceof Text ? value.value.trim() : typeof value === 'string' ? value : '')];
      if (chars.length !== 1) throw new CheckFailure(`ord() expected one character, found ${chars.length}`);
      return chars[0]!.codePointAt(0)!;
    }),
    isinstance: new Callable(() => new Unknown('Brief keeps no exception classes')),
  };
  const unknownGlobals: Record<string, string> = {
    version: 'Brief does not report the format’s version',
    headers: 'Brief keeps no HTTP headers but ETag and Last-Modified',
    href: 'Brief does not report the final address',
    status: 'Brief does not report the HTTP status of a read feed',
    modified_parsed: 'Brief keeps Last-Modified as written, for conditional GET',
    bozo_exception: 'Brief keeps no exception classes',
    feedparser: 'feedparser’s own module',
    namespaces: 'Brief does not report namespaces',
  };
  return (name) => globals[name] ?? (unknownGlobals[name] ? new Unknown(unknownGlobals[name]!) : new Unknown(`Brief has no “${name}”`));
}
