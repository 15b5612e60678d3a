/**
 * What an editor changed on the review page, as corrections: an actor's kind or role, a quote's
 * speaker, an open question answered by a development. Each correction remembers the value the
 * editor saw, so it applies only while the file still says that; anything else is a conflict,
 * reported with what the file says now, and nothing is written.
 *
 * Applying works on the front matter's values, not the file text: a list the front matter does not
 * have (the briefing took it from extraction) is written out whole, as the page showed it, because
 * a curated list replaces the extracted one.
 */
import type { Actor, Briefing, OpenQuestion, Quote } from '../briefing/model.ts';
import type { Development } from '../feeds/types.ts';

/** One change made on the review page. */
export type Correction =
  | { kind: 'actor-kind'; actor: string; was: string; value: string }
  | { kind: 'actor-role'; actor: string; was: string; value: string }
  | { kind: 'quote-speaker'; quote: string; was: string; value: string }
  | { kind: 'question-answered'; question: string; development: string };

const KINDS = new Set(['', 'person', 'org', 'place', 'group']);
/** More rows than any review page has: a bound on what a form is read for. */
const MAX_ROWS = 500;
const MAX_TEXT = 300;

/** One line of text: control characters and runs of space become one space. */
const clean = (text: string | null) => (text ?? '').replace(/[\p{Cc}\s]+/gu, ' ').trim();

/** The row numbers the form has for one kind of item (`actor.3.name` → 3), at most `MAX_ROWS`. */
function rows(form: URLSearchParams, item: string, field: string): number[] {
  const pattern = new RegExp(`^${item}\\.(\\d{1,4})\\.${field}$`);
  const found = new Set<number>();
  for (const key of form.keys()) {
    const m = pattern.exec(key);
    if (m) found.add(Number(m[1]));
  }
  return [...found].sort((a, b) => a - b).slice(0, MAX_ROWS);
}

/** Reads the review form: the corrections it asks for, or what is wrong with it. */
export function readCorrections(form: URLSearchParams): { corrections: Correction[]; problems: string[] } {
  const corrections: Correction[] = [];
  const problems: string[] = [];
  for (const i of rows(form, 'actor', 'name')) {
    const actor = form.get(`actor.${i}.name`)!;
    const kind = clean(form.get(`actor.${i}.kind`));
    const role = clean(form.get(`actor.${i}.role`));
    if (!KINDS.has(kind)) problems.push(`${actor}: “${kind}” is not a kind — choose person, organisation, place or group`);
    else if (kind !== clean(form.get(`actor.${i}.kind.was`))) corrections.push({ kind: 'actor-kind', actor, was: clean(form.get(`actor.${i}.kind.was`)), value: kind });
    if (role.length > MAX_TEXT) problems.push(`${actor}: the role is longer than ${MAX_TEXT} characters — shorten it to the words the article uses`);
    else if (role !== clean(form.get(`actor.${i}.role.was`))) corrections.push({ kind: 'actor-role', actor, was: clean(form.get(`actor.${i}.role.was`)), value: role });
  }
  for (const i of rows(form, 'quote', 'text')) {
    const speaker = form.get(`quote.${i}.speaker`) ?? '';
    const was = form.get(`quote.${i}.speaker.was`) ?? '';
    if (speaker !== was) corrections.push({ kind: 'quote-speaker', quote: form.get(`quote.${i}.text`)!, was, value: speaker });
  }
  for (const i of rows(form, 'question', 'text')) {
    const development = form.get(`question.${i}.answeredBy`) ?? '';
    if (development) corrections.push({ kind: 'question-answered', question: form.get(`question.${i}.text`)!, development });
  }
  return { corrections, problems };
}

/** The front matter lists a review may rewrite. */
export type ReviewedKey = 'actors' | 'quotes' | 'questions';

/** What applying corrections gives: the lists to write, notes for the file, and any conflicts. */
export interface Applied {
  values: Map<ReviewedKey, unknown[]>;
  /** Comment lines to add above a key (what answered a question). */
  notes: Map<ReviewedKey, string[]>;
  conflicts: string[];
}

type Row = Record<string, unknown>;

/** The front matter's list for `key`, or the briefing's items written out as a curated list. */
function listFor(key: ReviewedKey, frontMatter: Row, briefing: Briefing): Row[] {
  const current = frontMatter[key];
  if (Array.isArray(current)) return current.map((item) => (item && typeof item === 'object' ? { ...(item as Row) } : item) as Row);
  switch (key) {
    case 'actors':
      return briefing.actors.map((a: Actor) => ({ name: a.name, ...(a.aliases.length ? { aliases: a.aliases } : {}), ...(a.kind ? { kind: a.kind } : {}), ...(a.role ? { role: a.role } : {}) }));
    case 'quotes':
      return briefing.quotes.map((q: Quote) => ({ speaker: q.speaker, ...(q.speakerDescription ? { speakerDescription: q.speakerDescription } : {}), text: q.text }));
    case 'questions':
      return briefing.questions.map((q: OpenQuestion) => ({ text: q.text, ...(q.why ? { why: q.why } : {}), ...(q.followUpAfter ? { followUpAfter: q.followUpAfter } : {}) }));
  }
}

const same = (a: unknown, b: string) => typeof a === 'string' && a.trim() === b;

/**
 * Applies corrections to the front matter of the file as it is now (`briefing` is that file, built).
 * `context` says who reviewed and when, for the notes.
 */
// Long on purpose: one case per kind of correction, each checking the value the editor saw first.
export function applyCorrections(
  corrections: readonly Correction[],
  frontMatter: Row,
  briefing: Briefing,
  developments: readonly Development[],
  context: { editor: string; day: string },
): Applied {
  const applied: Applied = { values: new Map(), notes: new Map(), conflicts: [] };
  const list = (key: ReviewedKey) => {
    let rows = applied.values.get(key) as Row[] | undefined;
    if (!rows) applied.values.set(key, (rows = listFor(key, frontMatter, briefing)));
    return rows;
  };
  for (const c of corrections) {
    switch (c.kind) {
      case 'actor-kind':
      case 'actor-role': {
        const field = c.kind === 'actor-kind' ? 'kind' : 'role';
        const actor = briefing.actors.find((a) => a.name === c.actor);
        if (!actor) {
          applied.conflicts.push(`${c.actor} is no longer among the actors in the file.`);
          break;
        }
        const now = actor[field] ?? '';
        if (now !== c.was) {
          applied.conflicts.push(`${c.actor}: the ${field} is now “${now || 'not set'}” in the file (it was “${c.was || 'not set'}” when you opened the page).`);
          break;
        }
        const row = list('actors').find((r) => same(r.name, c.actor));
        if (!row) applied.conflicts.push(`${c.actor} is not in the front matter's actors any more.`);
        else if (c.value) row[field] = c.value;
        else delete row[field];
        break;
      }
      case 'quote-speaker': {
        const quote = briefing.quotes.find((q) => q.text === c.quote);
        const now = quote?.speaker ?? '';
        if (!quote) applied.conflicts.push(`The quote “${c.quote.slice(0, 60)}…” is no longer in the file.`);
        else if (now !== c.was) applied.conflicts.push(`The quote “${c.quote.slice(0, 60)}…” is now attributed to ${now || 'nobody'} in the file (it was ${c.was || 'nobody'}).`);
        else if (c.value && !briefing.actors.some((a) => a.name === c.value)) applied.conflicts.push(`${c.value} is not among the actors, so cannot be the speaker — add them as an actor first.`);
        else {
          const row = list('quotes').find((r) => same(r.text, c.quote));
          if (!row) applied.conflicts.push(`The quote “${c.quote.slice(0, 60)}…” is not in the front matter's quotes any more.`);
          else row.speaker = c.value || null;
        }
        break;
      }
      case 'question-answered': {
        const development = developments.find((d) => d.id === c.development);
        const rows = list('questions');
        const index = rows.findIndex((r) => same(r.text, c.question));
        if (!development) applied.conflicts.push(`The development chosen for “${c.question}” is no longer known to the feeds.`);
        else if (index < 0) applied.conflicts.push(`“${c.question}” is no longer an open question in the file.`);
        else {
          rows.splice(index, 1);
          const note = `Answered, per ${context.editor} on ${context.day}: “${c.question}” — by “${development.title}”${development.sources[0] ? ` (${development.sources[0].feed})` : ''}${development.link ? ` ${development.link}` : ''}`;
          applied.notes.set('questions', [...(applied.notes.get('questions') ?? []), note]);
        }
        break;
      }
    }
  }
  return applied;
}
