/**
 * Which story a free question is about: the words of its headline, aliases and actors (through
 * the story index), the sentences of the article that would answer it, the story
 * last discussed in this thread, and the stories this channel follows. Reads only through the
 * library: the story index for candidates, then the candidates' articles.
 */
import type { Library } from '../briefing/library.ts';
import type { Briefing } from '../briefing/model.ts';
import { prepareArticle } from './article.ts';
import { matchQuestion, rankSentences } from './passages.ts';
import { rankStories } from './story-rank.ts';
import { openingCountries, storyCountries } from './places.ts';
import { regionCountries } from './regions.ts';
import { isLight, type ReadQuestion } from './question.ts';
import { contentTokens } from './words.ts';
import { compoundHead, relatedTerms, similarWords } from './related.ts';

/** The previous exchange in this thread or conversation. */
export interface RecentExchange {
  /** The briefing it was about. */
  slug: string;
  /** Its actors, most salient first (full names). */
  people: string[];
  /** The question asked then, for elliptical follow-ups ("what about the US?"). */
  question?: string;
}

/** What the conversation adds to a question. */
export interface AskContext {
  recent?: RecentExchange;
  /** Slugs of the stories followed in this channel. */
  followed?: readonly string[];
}

/** A story chosen for a question, and how sure the choice is. */
export interface StoryChoice {
  briefing: Briefing;
  /** 0–1: the share of the question's words (weighted by rarity) that name this story in its headline, aliases or actors. */
  named: number;
  /** Whether the story came from the conversation rather than the question's words. */
  fromContext: boolean;
}

/** Libraries up to this size have every article read for each question; larger ones only the indexed candidates. */
export const FULL_SCAN_LIMIT = 300;
const CANDIDATES = 8;
/** "it", "they", "the deal": words that lean on the story already under discussion. */
const ANAPHORA = /\b(?:he|she|him|her|his|they|them|their|it|its|this|that|these|those|the deal|the story)\b/i;

const proper = new WeakMap<Briefing, Set<string>>();

/**
 * The terms that name a story as a name does: its headline's capitalised words after the first
 * ("Dunmore", "Iberavia"), its aliases and its actors' names — not the common words of a headline
 * ("heavy", "take"), which another story's article may well use otherwise.
 */
function properTerms(briefing: Briefing): Set<string> {
  let terms = proper.get(briefing);
  if (terms) return terms;
  const capitalised = briefing.headline.split(/\s+/).slice(1).filter((w) => /^\p{Lu}/u.test(w));
  terms = new Set(contentTokens([...capitalised, ...briefing.aliases].join(' ')).map((t) => t.term));
  for (const names of prepareArticle(briefing).actorNames) for (const name of names) for (const t of name) terms.add(t.term);
  proper.set(briefing, terms);
  return terms;
}

const placed = new WeakMap<Briefing, Set<string>>();

/**
 * The countries a story lies in by its places' names, which its article may never name ("Marseille":
 * France), and by the places and countries its first paragraph names — where a report says where it
 * happened ("a village in Portugal's Alentejo region"), once, as it says it nowhere else.
 */
function placedIn(briefing: Briefing): Set<string> {
  let countries = placed.get(briefing);
  if (countries) return countries;
  const lead = briefing.paragraphs[0]?.text ?? '';
  countries = new Set([...storyCountries(briefing), ...openingCountries(lead)]);
  placed.set(briefing, countries);
  return countries;
}

/** What an article using only a relative of a question word (WordNet, or used alike) counts for it. */
const RELATIVE_COVER = 0.5;
/** How much the share of the question's words an article uses adds to a story's score. */
const COVER_WEIGHT = 1;
/**
 * What an article using a question's word in one sentence only counts for it: a story about a dam
 * says "dam" throughout, one that mentions a dam once is less surely about it. Tune, right stories
 * of 270 (39 briefings): 253 at 0.3, 254 at 0.4, 257 at 0.5, 256 at 0.6 and 0.7, 255 at 0.85 and 1;
 * of 344 (50 briefings): 307 at 0.4, 309 at 0.5, 308 at 0.6, 310 at 0.7, 303 at 1.
 */
const ONCE = 0.5;

/**
 * What an article covers a region's word for ("african", "baltic", "scottish"): fully when the story
 * lies in one of its countries, as a word said once when the article only names one of them.
 */
function regionCover(term: string, lies: ReadonlySet<string>, df: ReadonlyMap<string, number>): number {
  const region = regionCountries(term);
  if (!region) return 0;
  let cover = 0;
  for (const country of region) {
    if (lies.has(country)) return 1;
    if (df.has(country)) cover = ONCE;
  }
  return cover;
}

/**
 * The share of a question's words, weighted by how few of the candidates use them, that an
 * article uses (in one sentence only at `ONCE`; a relative of the word at `RELATIVE_COVER`): "belgian … motorists" is
 * covered by the story whose article says "Belgian city" and "cars", though its headline says neither.
 */
function coverage(candidates: readonly Briefing[], question: ReadQuestion): Map<string, number> {
  const tokens = [...new Map(question.tokens.filter((t) => !isLight(t)).map((t) => [t.term, t])).values()];
  const relatives = tokens.map((t) => ({ terms: relatedTerms(t.word), words: similarWords(t.word) }));
  const heads = tokens.map((t) => compoundHead(t.word));
  const uses = candidates.map((b) => {
    const a = prepareArticle(b);
    const lies = placedIn(b);
    return tokens.map((t, k): number => {
      const n = a.df.get(t.term) ?? 0;
      if (n >= 2 || lies.has(t.term)) return 1;
      const region = regionCover(t.term, lies, a.df);
      if (region > 0) return region;
      if (n === 1) return ONCE;
      const head = heads[k];
      if (head !== undefined && a.df.has(head)) return RELATIVE_COVER;
      return relatives[k]!.terms.some((r) => a.df.has(r)) || relatives[k]!.words.some((w) => a.vocabulary.has(w)) ? RELATIVE_COVER : 0;
    });
  });
  const weights = tokens.map((_, k) => Math.log(1 + candidates.length / (1 + uses.filter((u) => u[k]! > 0).length)));
  const possible = weights.reduce((a, b) => a + b, 0);
  return new Map(candidates.map((b, i) => [b.slug, possible > 0 ? uses[i]!.reduce((sum, u, k) => sum + u * weights[k]!, 0) / possible : 0]));
}

/** Picks the story a question is about, or undefined when no story fits. Reads the candidates' articles. */
export async function chooseStory(library: Library, question: ReadQuestion, context: AskContext): Promise<StoryChoice | undefined> {
  const recent = context.recent ? await library.briefing(context.recent.slug) : undefined;
  // Stories named far less than the best are not read: each read costs a cold article's preparation.
  const ranked = await rankStories(library, question.tokens.filter((t) => !isLight(t)), CANDIDATES, { relatives: true });
  const hits = ranked.filter((h) => h.score >= 0.5 * ranked[0]!.score);
  const named = new Map(hits.map((h) => [h.slug, h.score]));
  const candidates = new Map<string, Briefing>();
  const add = async (slug: string) => {
    if (candidates.has(slug)) return;
    const b = slug === recent?.slug ? recent : await library.briefing(slug);
    if (b) candidates.set(b.slug, b);
  };
  for (const h of hits) await add(h.slug);
  if (recent) candidates.set(recent.slug, recent);
  for (const slug of context.followed ?? []) await add(slug);
  if ((await library.count()) <= FULL_SCAN_LIMIT) for (const b of await library.list(FULL_SCAN_LIMIT)) await add(b.slug);

  const isRecent = (b: Briefing) => recent !== undefined && b.slug === recent.slug;
  const leans = question.elliptical || question.pronoun !== undefined || ANAPHORA.test(question.text) || question.tokens.length === 0;
  // In a thread, a question stays with the story under discussion unless it names another clearly
  // by its headline words — words the story under discussion does not use itself ("residents" names
  // a story about residents, but not away from one whose article speaks of its residents too), and
  // a name among them or two words of it ("heavy" alone in another headline does not).
  const discussed = recent ? prepareArticle(recent) : undefined;
  const namesStory = (b: Briefing) => {
    const profile = prepareArticle(b).profile;
    const shared = question.tokens.filter((t) => profile.has(t.term) && !isLight(t) && (isRecent(b) || !discussed?.df.has(t.term)));
    if (isRecent(b)) return shared.length > 0;
    return new Set(shared.map((t) => t.term)).size >= 2 || shared.some((t) => properTerms(b).has(t.term));
  };
  if (recent && (namesStory(recent) || ![...candidates.values()].some((b) => !isRecent(b) && namesStory(b)))) {
    return { briefing: recent, named: named.get(recent.slug) ?? 0, fromContext: true };
  }
  let best: { briefing: Briefing; total: number; named: number } | undefined;
  const covered = coverage([...candidates.values()], question);
  for (const briefing of candidates.values()) {
    const article = prepareArticle(briefing);
    const match = matchQuestion(article, question);
    const passage = match.total > 0 ? (rankSentences(article, question, match)[0]?.score ?? 0) : 0;
    const byName = named.get(briefing.slug) ?? 0;
    let total = 0.5 * byName + 0.5 * passage + COVER_WEIGHT * (covered.get(briefing.slug) ?? 0);
    if (isRecent(briefing)) total += leans ? 0.6 : 0.15;
    if (context.followed?.includes(briefing.slug)) total += 0.05;
    if (!best || total > best.total) best = { briefing, total, named: byName };
  }
  if (!best) return undefined;
  const fromContext = isRecent(best.briefing) && best.named < 0.5;
  // Nothing names a story: in a thread, the question stays with the story under discussion.
  if (!fromContext && best.named === 0 && best.total < 0.25) return recent ? { briefing: recent, named: 0, fromContext: true } : undefined;
  return { briefing: best.briefing, named: best.named, fromContext };
}
