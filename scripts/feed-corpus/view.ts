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
import { CUT_SHORT_NOTE } from '../../src/feeds/parse.ts';
import type { CorpusCase } from './cases.ts';
import type { BriefItem, BriefOutcome } from './outcome.ts';
import { AuthorText, Callable, CheckFailure, Encoding, Instant, Missing, PlainText, Text, Unknown, Url, View, type Value } from './values.ts';

/**
 * Which of a document's text elements it declares plain text (Atom `type="text"`, `text/plain`):
 * feedparser reports those as text, not HTML, so a test's literal is compared as written.
 */
function plainDeclared(source: string): (element: string) => boolean {
  return (element) => {
    const tags = startTags(source, element);
    return tags.length > 0 && tags.every((tag) => /\btype=["'](text|text\/plain)["']/.test(tag) && !/\bmode=["'](escaped|base64)["']/.test(tag));
  };
}

/** The start tags of an element, whatever its prefix, in a document's source. */
function startTags(source: string, element: string): string[] {
  return [...source.matchAll(new RegExp(`<(?:[\\w.-]+:)?${element}(?=[\\s/>])[^>]*>`, 'g'))].map((m) => m[0]);
}

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

/** What the document's source says about its elements: declared plain text, present at all. */
interface SourceFacts {
  plain(element: string): boolean;
  has(element: string): boolean;
}

/** Reads one field of a feed or item, with what the document's source says. */
type Reader<T> = (source: T, label: string, facts: SourceFacts) => Value;

/** Text from an element: plain when the document declares it so, else compared as HTML reduced to text. */
const textFrom = (value: string, plain: boolean) => (plain ? new PlainText(value) : new Text(value));

const FEED_FIELDS: Record<string, Reader<NonNullable<BriefOutcome['feed']>>> = {
  // Brief leaves out a title with no text; feedparser's empty title is the same thing.
  title: (f, _label, facts) => textFrom(f.title ?? '', facts.plain('title')),
  title_detail: (f, label, facts) => detail(`${label}.title_detail`, FEED_FIELDS.title!(f, label, facts)),
  link: (f) => (f.link ? new Url(f.link) : new Missing('the feed link')),
  ttl: (f) => (f.ttlMinutes !== undefined ? String(f.ttlMinutes) : new Missing('the feed ttl')),
};

/** The elements an item's text can come from: a full content, or a summary. */
const CONTENT_ELEMENTS = ['content', 'encoded', 'body', 'fullitem'];
const SUMMARY_ELEMENTS = ['summary', 'description'];

/**
 * Brief keeps one text per item: the full content when the item carries one, else the summary.
 * Where the document gives one body element, feedparser's summary, description and content all
 * read it (feedparser fills its summary from a lone content too). Where it gives two, Brief kept
 * one: the content check reads Brief's content, and the summary is not kept apart.
 */
const body =
  (element: string, summary: boolean): Reader<BriefItem> =>
  (i, _label, facts) => {
    const present = [...CONTENT_ELEMENTS, ...SUMMARY_ELEMENTS].filter((e) => facts.has(e)).length;
    if (present > 1 && (summary || i.content === undefined)) return new Unknown('the item carries two texts; Brief keeps one (the full content when there is one)');
    return textFrom(i.text, facts.plain(element));
  };
const date: Reader<BriefItem> = (item, label) => (item.published ? new Instant(item.published) : new Missing(`${label}'s date`));

const ENTRY_FIELDS: Record<string, Reader<BriefItem>> = {
  title: (i, _label, facts) => textFrom(i.title, facts.plain('title')),
  title_detail: (i, label, facts) => detail(`${label}.title_detail`, textFrom(i.title, facts.plain('title'))),
  link: (i, label) => (i.link ? new Url(i.link) : new Missing(`${label}'s link`)),
  id: (i, label) => i.guid ?? new Missing(`${label}'s id`),
  guid: (i, label) => i.guid ?? new Missing(`${label}'s guid`),
  summary: body('summary', true),
  description: body('description', true),
  summary_detail: (i, label, facts) => detail(`${label}.summary_detail`, body('summary', true)(i, label, facts)),
  content: (i, label, facts) => [detail(`${label}.content[0]`, body('content', false)(i, label, facts))],
  author: (i, label) => (i.author !== undefined ? new AuthorText(i.author) : new Missing(`${label}'s author`)),
  author_detail: (i, label) =>
    new View(
      `${label}.author_detail`,
      (key) => (key === 'name' ? (i.author !== undefined ? new Text(i.author) : new Missing(`${label}'s author`)) : new Unknown(`Brief shows an author's name, not their ${key}`)),
      (key) => (key === 'name' ? i.author !== undefined : new Unknown(`author ${key}`)),
    ),
  ...Object.fromEntries(DATE_NAMES.map((name) => [`${name}_parsed`, date])),
};

function record<T>(label: string, source: T, fields: Record<string, Reader<T>>, where: 'feed' | 'entry', facts: SourceFacts): View {
  return new View(
    label,
    (key) => (fields[key] ? fields[key]!(source, label, facts) : notKept(where, key)),
    (key) => {
      if (!fields[key]) return notKept(where, key);
      const value = fields[key]!(source, label, facts);
      return value instanceof Unknown ? value : !(value instanceof Missing);
    },
  );
}

const EMPTY_FEED = { notes: [] };

/**
 * The names a condition can use, for one file's outcome. `bozo` — feedparser's flag for a
 * document that is not well-formed or whose charset it had to override or guess — is true when
 * Brief refused the document (or had to close its cut-short last tag), decoded it by another charset than the one declared, had to guess
 * the charset (detector or last resort), or found bytes invalid in it.
 */
export function scopeFor(outcome: BriefOutcome, entry: CorpusCase): (name: string) => Value {
  const parsed = outcome.status === 'parsed';
  const source = entry.bytes.toString('latin1');
  const facts: SourceFacts = { plain: plainDeclared(source), has: (element) => startTags(source, element).length > 0 };
  const feed = record('feed', outcome.feed ?? EMPTY_FEED, FEED_FIELDS, 'feed', facts);
  const entries = (outcome.items ?? []).map((item, n) => record(`entries[${n}]`, item, ENTRY_FIELDS, 'entry', facts));
  const http: Record<string, Value> = {
    etag: outcome.etag ?? new Missing('the ETag'),
    modified: outcome.lastModified ?? new Missing('the Last-Modified date'),
  };
  const globals: Record<string, Value> = {
    bozo: !parsed || outcome.feed?.notes.includes(CUT_SHORT_NOTE) === true || outcome.encodingOverrode !== undefined || outcome.encodingMalformed === true || outcome.encodingFrom === 'detected' || outcome.encodingFrom === 'fallback',
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
