/**
 * `extractArticle`: article text → actors, quotes, open questions and claims.
 *
 * Pure and synchronous. Work is capped so that any input returns quickly: only the first
 * `MAX_CHARS` characters are read (cut at a paragraph break), text that looks binary yields an
 * empty result, and HTML tags are blanked out (same length, so offsets still line up) before
 * the text is read.
 */
import { findActors, type ActorTable } from './actors.ts';
import { findClaims } from './claims.ts';
import { analyse, citesFor } from './context.ts';
import { resolveDescriptions, rolesFromNearbySentences } from './coref.ts';
import { findQuestions } from './questions.ts';
import { attributeQuotes } from './quotes.ts';
import type { ExtractedActor, Extraction } from '../briefing/extraction.ts';
import type { Decisions } from './learned/decisions.ts';
import { committedModels, type Models } from './learned/models.ts';
import { foldName } from './lexicon.ts';
import type { Trace } from './learned/trace.ts';
import type { ActorDraft } from './actor-table.ts';
import { preference } from './learned/linear.ts';
import type { RoleOption } from './role-candidates.ts';
import { noRoleFeatures, roleFeatures, summarise } from './role-features.ts';

/** Bumped whenever extraction output changes, so cached results are not reused across versions. */
export const EXTRACTOR_VERSION = '25';

/** Only this many characters of an article are read (~15,000 words, far beyond any news story). */
export const MAX_CHARS = 100_000;

/** Options for `extractArticle`. */
export interface ExtractOptions {
  /** The headline, when known. It is not part of the body and is not cited. */
  title?: string;
  /** Learned models to use instead of the committed ones (training and cross-validation). */
  models?: Models;
  /** Filled with every learned decision's candidates and features (training). */
  trace?: Trace;
}

/**
 * Whether a description from a nearby sentence becomes a person's role: the learned role model
 * judges it as it judges a description next to the name (no model: yes, the hand rule).
 */
function acceptNearbyRole(actor: ActorDraft, text: string, decisions: Decisions): boolean {
  const model = decisions.models.role;
  const option: RoleOption = { source: 'nearby', text, occurrence: 0, quoted: false };
  const features = roleFeatures(option, summarise([option]));
  decisions.trace?.roles.push({ person: actor.name, aliases: [...actor.aliases], text, features });
  return !model || preference(model, features, noRoleFeatures(1)) >= model.threshold;
}

/** An extraction with nothing in it. */
export function emptyExtraction(): Extraction {
  return { actors: [], quotes: [], questions: [], claims: [] };
}

/** True when the text is mostly control characters or replacement characters (binary data). */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.02;
}

/** True when the text is an HTML page rather than plain article text. */
export function looksLikeHtml(text: string): boolean {
  const sample = text.slice(0, 4096);
  return /<(?:!doctype|html|head|body|div|p|span|script|article|section)\b/i.test(sample) && (sample.match(/<\/?[a-z][^>]*>/gi)?.length ?? 0) >= 3;
}

/** Blanks HTML tags, scripts and styles with spaces of the same length (newlines kept). */
function blankHtml(text: string): string {
  const blank = (m: string): string => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<[^<>]{0,2000}>/g, blank);
}

/** The part of `body` that extraction reads: at most MAX_CHARS, cut at a paragraph or line break. */
export function capBody(body: string): string {
  if (body.length <= MAX_CHARS) return body;
  const head = body.slice(0, MAX_CHARS);
  const cut = Math.max(head.lastIndexOf('\n\n'), head.lastIndexOf('\n'));
  return cut > MAX_CHARS / 2 ? head.slice(0, cut) : head;
}

function dropEmptyActors(table: ActorTable): void {
  // Usually every actor keeps its name: nothing to drop, and no mention to renumber.
  if (table.actors.every((a) => a.name)) return;
  const remap = new Map<number, number>();
  const kept = table.actors.filter((a, i) => {
    if (!a.name) return false;
    remap.set(i, remap.size);
    return true;
  });
  table.mentions = table.mentions
    .filter((m) => remap.has(m.actor))
    .map((m) => ({ ...m, actor: remap.get(m.actor)! }));
  table.actors = kept;
}

/**
 * Extracts the structure of one article body (the headline excluded). Sentence ids in `cites`
 * are those of `splitBody(body)`.
 *
 * @example extractArticle(body).actors.find((a) => a.kind === 'person')?.role
 */
export function extractArticle(body: string, options: ExtractOptions = {}): Extraction {
  if (typeof body !== 'string' || body.trim() === '' || looksBinary(body)) return emptyExtraction();
  let text = capBody(body);
  if (looksLikeHtml(text)) text = blankHtml(text);
  const article = analyse(text);
  if (options.title) article.title = options.title;
  const decisions: Decisions = { models: options.models ?? committedModels(), trace: options.trace };
  const table = findActors(article, decisions);
  dropEmptyActors(table);
  resolveDescriptions(article, table);
  rolesFromNearbySentences(article, table, (a, text) => acceptNearbyRole(table.actors[a]!, text, decisions));
  const quotes = attributeQuotes(article, table, decisions);
  const questions = findQuestions(article, decisions);
  const claims = findClaims(article, quotes);

  const cites = table.actors.map(() => new Set<string>());
  for (const m of table.mentions) for (const id of citesFor(article, m.start, m.end)) cites[m.actor]!.add(id);
  const actors: ExtractedActor[] = table.actors
    .map((a, i) => ({ a, i }))
    .filter(({ i }) => cites[i]!.size > 0)
    .sort((x, y) => x.a.first - y.a.first)
    .map(({ a, i }) => {
      const own = foldName(a.name);
      const seen = new Set([own]);
      const aliases: string[] = [];
      for (const alias of a.aliases) {
        const key = foldName(alias);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        aliases.push(alias);
      }
      return { name: a.name, aliases, kind: a.kind, role: a.role, cites: [...cites[i]!].slice(0, 20) };
    });
  return { actors, quotes, questions, claims };
}
