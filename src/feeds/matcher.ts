/**
 * Scores a feed item against every briefing and says why it matched. Built once per catalog
 * load: a phrase table of actor names and aliases (which briefings an item can concern at all),
 * each briefing's key terms (headline, aliases, summary, questions, claims — names left out) with
 * their document frequency, and a MiniSearch (BM25) index of those terms that orders several
 * briefings one item matches.
 *
 * An item concerns a briefing when it names the briefing's actors *and* its subject:
 *   score = Σ actors named (person 1, place/org/group 0.5) + 0.5 × Σ key terms shared (rare terms
 *   count fully, terms common across the archive less), terms capped at 4;
 * it matches when it names at least one actor and the score reaches the threshold (2 by default).
 * One shared name alone never suffices, and a surname preceded by someone else's first name
 * ("Joaquín Guzmán" against Ana María Guzmán) does not count as the actor.
 */
import MiniSearch from 'minisearch';
import type { Actor, BriefingOutline } from '../briefing/model.ts';
import { fold } from '../briefing/text.ts';
import { contentStems, isContentWord, stem, STOP_WORDS, TITLE_WORDS, tokenize, type Token } from './terms.ts';

/** Why an item matched one briefing. */
export interface BriefingMatch {
  slug: string;
  headline: string;
  score: number;
  /** Actor names (the briefing's spelling), in the order the item first names them. */
  mentions: string[];
  /** Key words shared, as the item writes them. */
  terms: string[];
  /** Open questions the item touches. */
  mayAnswer: string[];
  /** The BM25 relevance of the item's words to the briefing's key terms (for ranking). */
  relevance: number;
}

export interface MatcherOptions {
  /** Score needed to match (default 2). */
  threshold?: number;
  /** Most matches returned per item (default 3). */
  limit?: number;
}

interface ActorEntry {
  actor: Actor;
  weight: number;
  /** Folded tokens of the actor's full name and aliases: words that may sit next to its surname. */
  nameTokens: Set<string>;
  surname?: string;
}

interface QuestionEntry {
  text: string;
  specific: Set<string>;
}

interface BriefingEntry {
  briefing: BriefingOutline;
  actors: ActorEntry[];
  questions: QuestionEntry[];
  terms: Set<string>;
}

interface PhraseHit {
  briefing: number;
  actor: number;
  surnameOnly: boolean;
}

const MAX_PHRASE = 6;

function actorWeight(actor: Actor): number {
  return actor.kind === 'person' ? 1 : 0.5;
}

/** The names an actor goes by in copy; role descriptions ("the analyst") are not names. */
function actorPhrases(actor: Actor): string[] {
  return [actor.name, ...actor.aliases]
    .filter((name) => !/^(?:the|a|an)\s/i.test(name.trim()))
    .map((name) => fold(name))
    .filter((folded) => folded.length >= 2 && !(STOP_WORDS.has(folded) && !folded.includes(' ')));
}

function surnameOf(actor: Actor): string | undefined {
  if (actor.kind !== 'person') return undefined;
  const parts = fold(actor.name).split(' ');
  const last = parts[parts.length - 1];
  return parts.length > 1 && last && last.length >= 3 && !STOP_WORDS.has(last) ? last : undefined;
}

/** Matches feed items to briefings. Immutable; build a new one when the briefings change. */
export class FeedMatcher {
  private readonly entries: BriefingEntry[] = [];
  private readonly phrases = new Map<string, PhraseHit[]>();
  private readonly termDf = new Map<string, number>();
  private readonly search: MiniSearch<{ id: number; terms: string }>;
  private readonly threshold: number;
  private readonly limit: number;

  constructor(briefings: readonly BriefingOutline[], options: MatcherOptions = {}) {
    this.threshold = options.threshold ?? 2;
    this.limit = options.limit ?? 3;
    this.search = new MiniSearch({
      fields: ['terms'],
      // Terms arrive already stemmed; keep them as they are.
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term || null,
    });
    const docs: Array<{ id: number; terms: string }> = [];
    briefings.forEach((briefing, index) => {
      const entry = this.indexBriefing(briefing, index);
      this.entries.push(entry);
      for (const term of entry.terms) this.termDf.set(term, (this.termDf.get(term) ?? 0) + 1);
      docs.push({ id: index, terms: [...entry.terms].join(' ') });
    });
    this.search.addAll(docs);
  }

  /** How many briefings the matcher knows. */
  get size(): number {
    return this.entries.length;
  }

  private indexBriefing(briefing: BriefingOutline, index: number): BriefingEntry {
    const actors: ActorEntry[] = [];
    const nameStems = new Set<string>();
    briefing.actors.forEach((actor, actorIndex) => {
      const phrases = actorPhrases(actor);
      const nameTokens = new Set(phrases.flatMap((p) => p.split(' ')));
      const surname = surnameOf(actor);
      actors.push({ actor, weight: actorWeight(actor), nameTokens, ...(surname ? { surname } : {}) });
      for (const phrase of new Set([...phrases, ...(surname ? [surname] : [])])) {
        if (phrase.split(' ').length > MAX_PHRASE) continue;
        const hits = this.phrases.get(phrase) ?? [];
        if (!hits.some((h) => h.briefing === index && h.actor === actorIndex)) {
          // A one-word name of a person ("Brandt") may belong to a namesake; checked in context.
          hits.push({ briefing: index, actor: actorIndex, surnameOnly: actor.kind === 'person' && !phrase.includes(' ') });
        }
        this.phrases.set(phrase, hits);
      }
      for (const token of nameTokens) nameStems.add(stem(token));
    });
    const subject = [briefing.headline, ...briefing.aliases, briefing.summary.text, ...briefing.questions.map((q) => q.text), ...briefing.claims.map((c) => c.text)].join('. ');
    const terms = new Set([...contentStems(subject)].filter((t) => !nameStems.has(t)));
    const topic = new Set([...contentStems(`${briefing.headline} ${briefing.aliases.join(' ')}`)]);
    const questions = briefing.questions.map((q) => ({
      text: q.text,
      specific: new Set([...contentStems(q.text)].filter((t) => !topic.has(t) && !nameStems.has(t))),
    }));
    return { briefing, actors, questions, terms };
  }

  /** The briefings an item concerns, best first; empty when none reaches the threshold. */
  match(item: { title: string; text?: string }): BriefingMatch[] {
    if (this.entries.length === 0) return [];
    const text = `${item.title}. ${item.text ?? ''}`.slice(0, 6000);
    const tokens = tokenize(text);
    const actorHits = this.findActors(tokens, titleCased(item.title) ? tokenize(item.title).length : 0);
    if (actorHits.size === 0) return [];

    const itemStems = new Map<string, string>();
    for (const token of tokens) if (isContentWord(token.folded) && !itemStems.has(token.stem)) itemStems.set(token.stem, token.raw);

    const n = this.entries.length;
    const matches: Array<BriefingMatch & { index: number }> = [];
    for (const [index, hits] of actorHits) {
      const entry = this.entries[index]!;
      const actorScore = [...hits.values()].reduce((sum, h) => sum + entry.actors[h.actor]!.weight, 0);
      const shared = [...itemStems.keys()].filter((t) => entry.terms.has(t));
      // Rare terms are strong evidence; a term most briefings share is weak.
      const termScore = Math.min(4, shared.reduce((sum, t) => sum + termWeight(this.termDf.get(t) ?? 1, n), 0));
      const score = actorScore + 0.5 * termScore;
      if (score < this.threshold) continue;
      const order = [...hits.values()].sort((a, b) => a.position - b.position);
      matches.push({
        index,
        slug: entry.briefing.slug,
        headline: entry.briefing.headline,
        score: Math.round(score * 100) / 100,
        mentions: order.map((h) => entry.actors[h.actor]!.actor.name),
        terms: shared.map((t) => itemStems.get(t) ?? t),
        mayAnswer: entry.questions.filter((q) => touches(q, itemStems)).map((q) => q.text),
        relevance: 0,
      });
    }
    if (matches.length > 1) this.rankByRelevance(matches, itemStems);
    return matches
      .sort((a, b) => b.score - a.score || b.relevance - a.relevance)
      .slice(0, this.limit)
      .map(({ index: _index, ...match }) => match);
  }

  /**
   * BM25 over the briefings' key terms, to order several briefings the same item matches. Only
   * the item's rarer words are asked: words half the archive shares would make every briefing
   * a posting to score, and they rank nothing.
   */
  private rankByRelevance(matches: Array<BriefingMatch & { index: number }>, itemStems: Map<string, string>): void {
    const n = this.entries.length;
    const rare = [...itemStems.keys()].filter((t) => (this.termDf.get(t) ?? 0) > 0 && (n < 50 || this.termDf.get(t)! / n <= 0.02));
    if (rare.length === 0) return;
    const wanted = new Set(matches.map((m) => m.index));
    const scores = new Map<number, number>();
    for (const result of this.search.search(rare.join(' '), { combineWith: 'OR', filter: (r) => wanted.has(r.id as number) })) scores.set(result.id as number, result.score);
    for (const match of matches) match.relevance = Math.round((scores.get(match.index) ?? 0) * 100) / 100;
  }

  /** Actor names in the tokens: briefing index → actor index → first position. */
  private findActors(tokens: Token[], titleTokens: number): Map<number, Map<number, { actor: number; position: number }>> {
    const found = new Map<number, Map<number, { actor: number; position: number }>>();
    const surnameRejected = new Set<string>();
    const surnameHits: Array<{ hit: PhraseHit; position: number }> = [];
    const fullNamed = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      let phrase = '';
      for (let len = 1; len <= MAX_PHRASE && i + len <= tokens.length; len++) {
        phrase = len === 1 ? tokens[i]!.folded : `${phrase} ${tokens[i + len - 1]!.folded}`;
        const hits = this.phrases.get(phrase);
        if (!hits) continue;
        for (const hit of hits) {
          const key = `${hit.briefing}:${hit.actor}`;
          if (hit.surnameOnly) {
            // In running text, a capitalised word before a surname that is not the actor's own
            // first name or a title is someone else's first name.
            const before = tokens[i - 1];
            const entry = this.entries[hit.briefing]!.actors[hit.actor]!;
            const otherFirstName = before && i >= titleTokens && !before.sentenceStart && /^\p{Lu}/u.test(before.raw) && !entry.nameTokens.has(before.folded) && !TITLE_WORDS.has(before.folded) && !STOP_WORDS.has(before.folded);
            if (otherFirstName) surnameRejected.add(key);
            surnameHits.push({ hit, position: i });
          } else {
            fullNamed.add(key);
            record(found, hit, i);
          }
        }
      }
    }
    for (const { hit, position } of surnameHits) {
      const key = `${hit.briefing}:${hit.actor}`;
      if (fullNamed.has(key) || !surnameRejected.has(key)) record(found, hit, position);
    }
    return found;
  }
}

function record(found: Map<number, Map<number, { actor: number; position: number }>>, hit: PhraseHit, position: number): void {
  let actors = found.get(hit.briefing);
  if (!actors) found.set(hit.briefing, (actors = new Map()));
  const seen = actors.get(hit.actor);
  if (!seen || seen.position > position) actors.set(hit.actor, { actor: hit.actor, position });
}

/** 1 for terms in few briefings, down to 0.25 for terms in most of a large archive. */
function termWeight(df: number, n: number): number {
  if (n < 20) return 1;
  return Math.max(0.25, Math.min(1, Math.log(n / df) / Math.log(20)));
}

/** True when the item shares the words that make a question specific (not just the story's topic). */
function touches(question: QuestionEntry, itemStems: Map<string, string>): boolean {
  let hit = 0;
  for (const s of question.specific) if (itemStems.has(s)) hit++;
  return hit >= 2 || (hit === 1 && question.specific.size <= 2);
}

/** Headlines In Title Case carry no signal in their capitals. */
function titleCased(title: string): boolean {
  const words = title.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.7;
}

/** Phrases in the text that name the actor, for explanations: "mentions Nayib Bukele and Nicolás Maduro". */
export function describeMatch(match: Pick<BriefingMatch, 'mentions' | 'terms'>): string {
  const parts: string[] = [];
  if (match.mentions.length) parts.push(`mentions ${listing(match.mentions)}`);
  if (match.terms.length) parts.push(`${match.mentions.length ? 'and ' : ''}shares ${listing(match.terms.slice(0, 5).map((t) => `“${t}”`))}`);
  return parts.join(' ');
}

/** "a", "a and b", "a, b and c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
