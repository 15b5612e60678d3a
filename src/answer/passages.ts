/**
 * Ranks an article's sentences for a question. A sentence scores by how much of the question's
 * weight it covers — words weighted by how rare they are in the article, the story's own name
 * words and vague words ("happen", "related") counting less, actors matched by name, alias, role
 * or the sentences tied to them — times how well it fits the kind of answer wanted (a date for
 * "when", a number for "how many", a cause for "why", an attribution for "what did X say"). A
 * sentence that says something is not known answers any question it covers. Pure.
 */
import { distance } from 'fastest-levenshtein';
import type { PreparedArticle, PreparedSentence } from './article.ts';
import { fitOf } from './answer-fit.ts';
import { isLight, type ReadQuestion } from './question.ts';
import type { Need, QuestionMatch } from './question-match.ts';
import { contentTokens, IRREGULAR_VERB_FORMS, sameFamily, stemWord, type Token } from './words.ts';
import { paraphrasesIn } from './paraphrase.ts';
import { relatedTerms, similarWords } from './related.ts';

export type { QuestionMatch } from './question-match.ts';

/** The weight of a word the article never uses, as a share of a word it uses once. */
export const MISSING_WEIGHT = 1;

/** How much a word counts when only the sentence before it, in the same paragraph, has it. */
const CONTEXT_SHARE = 0.4;
/**
 * How much a word counts in a quote or attribution when the sentence before opens on it, for "what
 * did X say": "Economists were divided." introduces the economist quoted next. Tune answered 212
 * → 213 of 370 (batch 8) from 0.55 to 1, no decline lost.
 */
const SAID_CONTEXT_SHARE = 0.85;

/** How much a word naming the story (its headline's) counts in a sentence that does not repeat it. */
export const STORY_SHARE = 0.5;

/**
 * How much a word counts when a sentence has only a word related to it by meaning ("shut" for
 * "closed"): tune answered 120 of 151 at 0.6 and 0.8, 119 at 0.4.
 */
export const RELATED_QUALITY = 0.6;
/** How much of a word the article has only related words for still counts as missing from it. */
export const RELATED_MISSING = 0.5;

/**
 * A chat phrase's newsroom words (paraphrase.ts) mean what the reader asked, so a sentence with one
 * counts more than one with a WordNet relative, and the word counts less as missing: tune answered
 * 160 of 280 at 0.8 and 0.25, 156 at 0.6 and 0.5, 161 at 1 and 0.25 with one decline fewer.
 */
export const CHAT_QUALITY = 0.8;
export const CHAT_MISSING = 0.25;

const VERB_FORM = /^\w{3,}(?:ing|ed)$/;
const VERB_MISSING = 0.5;

/** A ranked sentence. */
export interface ScoredSentence {
  prepared: PreparedSentence;
  /** Share of the question's weight the sentence covers, 0–1. */
  coverage: number;
  /** How well it fits the kind of answer wanted, 0–1. */
  fit: number;
  /** Share of the weight of the question's own subject words (neither the story's name nor vague) the sentence covers, 0–1; 1 when there are none. */
  focus: number;
  /** Whether the sentence itself has a word or a person of the question (not only its paragraph or its story). */
  own: boolean;
  /** Whether it answers by saying the thing is not known. */
  viaUnknown: boolean;
  score: number;
  /** The weight of the previous question's words it has: what breaks a tie between equal scores. */
  hinted: number;
}

/**
 * The article's term for a word it does not use as typed: a word of the same family ("hospital" and
 * "hospitalised"; not "ransom" and "ransomware"), or a typo ("derailmnet", "compensaton").
 */
function closestTerm(article: PreparedArticle, word: string, stem: string): { term: string; quality: number } | undefined {
  if (word.length < 4) return undefined;
  // "unsafe" answers "is it safe", and "safe" answers "is it unsafe": the sentence says which.
  const negated = article.vocabulary.get(`un${word}`) ?? (word.startsWith('un') ? article.vocabulary.get(word.slice(2)) : undefined);
  if (negated) return { term: negated, quality: 0.8 };
  const allowed = word.length >= 9 ? 2 : word.length >= 6 ? 1 : 0;
  let best: { term: string; quality: number } | undefined;
  for (const [known, term] of article.vocabulary) {
    const knownStem = stemWord(known);
    const prefix = stem.length >= 4 && knownStem.length >= 4 && Math.abs(knownStem.length - stem.length) <= 4 && sameFamily(stem, knownStem);
    if (prefix) return { term, quality: 0.8 };
    if (allowed > 0 && Math.abs(known.length - word.length) <= allowed && distance(known, word) <= allowed && !best) best = { term, quality: 0.85 };
  }
  return best;
}

/**
 * The actors a question names: every word of one of its names is in the question ("lindgren",
 * "baltic link ferries"; a common word of an organisation's name alone is not its name).
 */
function namedActors(article: PreparedArticle, terms: Set<string>): Map<string, number> {
  const byTerm = new Map<string, number>();
  // A one-word "name" that is another actor's title ("PM" kept as an alias of a minister the prime
  // minister quarrelled with) names the one who holds the title.
  const titleOfOther = (name: Token[], i: number) => name.length === 1 && article.actorRoles.some((role, j) => j !== i && role.includes(name[0]!.term));
  article.actorNames.forEach((names, i) => {
    for (const name of names) if (name.every((t) => terms.has(t.term)) && !titleOfOther(name, i)) for (const t of name) if (!byTerm.has(t.term)) byTerm.set(t.term, i);
  });
  return byTerm;
}

/** The actor a role word stands for: a head word of its role ("the analyst", "the ceo", "the mayor"). */
function actorByRole(article: PreparedArticle, token: Token): number | undefined {
  // A two-letter word names a role only as the whole of it ("pm" for "Prime Minister").
  const i = article.actorRoles.findIndex((role) => (token.word.length > 2 ? role.includes(token.term) : role.length === 1 && role[0] === token.term));
  return i >= 0 ? i : undefined;
}

/**
 * Matches a question's words against an article; `extraActors` are people named by pronoun. With
 * `similar`, a word the article lacks is also matched, as its WordNet relatives are, by the
 * article's words used alike (`similarWords`). The answerer asks for that in the story it has
 * chosen; while choosing one, the best passage is scored without them (weaker evidence than a
 * shared word should not move a question to another story), and they count only at half weight
 * in how much of the question an article covers (stories.ts).
 */
export function matchQuestion(article: PreparedArticle, question: ReadQuestion, extraActors: number[] = [], extraTokens: Token[] = [], similar = false): QuestionMatch {
  const n = article.sentences.length;
  const idf = (df: number) => Math.log((n + 1) / (df + 0.5));
  const maxIdf = idf(0);
  const needs: Need[] = [];
  const actors = new Set<number>(extraActors);
  const seen = new Set<string>();
  const named = namedActors(article, new Set([...question.tokens, ...extraTokens].map((t) => t.term)));
  const paraphrased = paraphrasesIn(question.text);
  const add = (token: Token, scale: number) => {
    if (seen.has(token.term)) return;
    seen.add(token.term);
    const actor = named.get(token.term) ?? actorByRole(article, token);
    if (actor !== undefined) actors.add(actor);
    let term: string | undefined = article.df.has(token.term) ? token.term : undefined;
    let quality = 1;
    if (!term && actor === undefined) {
      const close = closestTerm(article, token.word, token.term);
      if (close) ({ term, quality } = close);
    }
    // A chat phrase the article says in its own words ("called off" for "cancelled") is part of what is asked, even when its words alone are vague.
    const chat = !term && actor === undefined ? paraphrased.get(token.term) : undefined;
    const light = isLight(token) && !chat?.some((r) => article.df.has(r));
    const lacking = actor === undefined && !term && !light;
    const related = lacking ? [...new Set([...relatedTerms(token.word), ...(chat ?? [])])].filter((r) => article.df.has(r)) : [];
    const saidOtherwise = lacking ? (chat ?? []).filter((r) => article.df.has(r)) : [];
    if (lacking && similar) {
      for (const word of similarWords(token.word)) {
        const known = article.vocabulary.get(word);
        if (known !== undefined && !related.includes(known)) related.push(known);
      }
    }
    const df = term ? (article.df.get(term) ?? 0) : 0;
    // Vague words ("happen", "related") weigh little and are never what the article lacks.
    // A word the article never uses weighs as a rare one: the question may ask what the article lacks.
    let weight = light ? 0.25 * idf(Math.max(df, 1)) : term || actor !== undefined ? idf(df) : MISSING_WEIGHT * idf(1);
    if (article.profile.has(token.term)) weight *= 0.3;
    const focus = !light && !article.profile.has(token.term) && scale === 1;
    needs.push({ token, ...(term ? { term } : {}), ...(actor !== undefined ? { actor } : {}), ...(related.length > 0 ? { related } : {}), ...(saidOtherwise.length > 0 ? { chat: saidOtherwise } : {}), weight: weight * scale, quality, ...(light ? { light } : {}), ...(scale < 1 ? { hint: true } : {}), focus });
  };
  for (const token of question.tokens) add(token, 1);
  for (const token of extraTokens) add(token, 0.35);
  // A person named by pronoun ("what did she say") counts as a name in the question.
  for (const actor of extraActors) {
    if (!needs.some((need) => need.actor === actor)) needs.push({ token: { word: `@${actor}`, term: `@${actor}` }, actor, weight: maxIdf * 0.6, quality: 1, focus: false });
  }
  // The previous question's words ("extra") only break ties: what they cover adds, what they miss does not count.
  const total = needs.reduce((sum, need) => sum + (need.hint ? 0 : need.weight), 0);
  const focus = needs.filter((need) => need.focus);
  const focusTotal = focus.reduce((sum, need) => sum + need.weight, 0);
  // A verb form the article lacks ("organising", "stepped") is more often said otherwise than a thing it lacks ("severance").
  const absent = (need: Need) => need.weight * (VERB_FORM.test(need.token.word) || IRREGULAR_VERB_FORMS.has(need.token.word) ? VERB_MISSING : 1);
  const focusMissing = focus.filter((need) => need.term === undefined && need.actor === undefined).reduce((sum, need) => sum + absent(need) * (need.chat ? CHAT_MISSING : need.related ? RELATED_MISSING : 1), 0);
  return { needs, actors, total, missing: focusTotal > 0 ? focusMissing / focusTotal : 0, hasFocus: focusTotal > 0, focusTotal };
}

/** Whether a sentence opens on a term (among its first three words): what it is about, "Economists were divided." */
function opens(s: PreparedSentence, term: string): boolean {
  let i = 0;
  for (const known of s.terms.keys()) {
    if (known === term) return true;
    if (++i >= 3) return false;
  }
  return false;
}

/** Scores every sentence of an article for a question, best first. `quoted`: ids of sentences quoting the asked-about speaker. */
export function rankSentences(article: PreparedArticle, question: ReadQuestion, match: QuestionMatch, quoted: Set<string> = new Set()): ScoredSentence[] {
  // A sentence quoting the person asked about mentions them, even as "she said".
  const direct = (s: PreparedSentence | undefined, need: Need) =>
    s !== undefined &&
    ((need.term !== undefined && s.terms.has(need.term)) || (need.actor !== undefined && (s.actors.has(need.actor) || quoted.has(s.sentence.id))));
  const viaRelated = (s: PreparedSentence | undefined, need: Need) => s !== undefined && need.related !== undefined && need.related.some((r) => s.terms.has(r));
  const has = (s: PreparedSentence | undefined, need: Need) => direct(s, need) || viaRelated(s, need);
  const scored = article.sentences.map((prepared, i): ScoredSentence => {
    // The sentence before, in the same paragraph, often names what this one says "it" or "he" of.
    const before = article.sentences[i - 1];
    const context = before && before.sentence.paragraph === prepared.sentence.paragraph ? before : undefined;
    const introduced = question.type === 'said' && (prepared.cues.quote || prepared.cues.attribution);
    let covered = 0;
    let focused = 0;
    let hinted = 0;
    let own = false;
    for (const need of match.needs) {
      if (has(prepared, need)) {
        const quality = direct(prepared, need) ? (need.actor !== undefined && !prepared.terms.has(need.term ?? '') ? 1 : need.quality) : need.chat?.some((r) => prepared.terms.has(r)) ? CHAT_QUALITY : RELATED_QUALITY;
        const got = need.weight * quality;
        if (need.hint) {
          hinted += got;
          continue;
        }
        covered += got;
        own = true;
        if (need.focus) focused += got;
      } else if (need.hint) {
        continue;
      } else if (has(context, need)) {
        const share = (introduced && need.term !== undefined && opens(context!, need.term) ? SAID_CONTEXT_SHARE : CONTEXT_SHARE) * (direct(context, need) ? 1 : RELATED_QUALITY);
        covered += need.weight * share;
        if (need.focus) focused += need.weight * share;
      }
      // Every sentence of the article is about its story: "when did the leeds hack start" is
      // answered by "It was detected on Sunday", which needs not name the hack again.
      else if (need.term !== undefined && article.profile.has(need.term)) covered += need.weight * STORY_SHARE;
    }
    let coverage = match.total > 0 ? Math.min(1, covered / match.total) : 0;
    // With no words of its own subject ("how old is the dam?"), a question is answered by the kind
    // of answer it wants in any sentence about the story: its name words only point there.
    if (!match.hasFocus && covered > 0) coverage = 0.5 + 0.5 * coverage;
    const { fit, viaUnknown } = fitOf(article, question, prepared, match, quoted);
    const focus = match.focusTotal > 0 ? focused / match.focusTotal : 1;
    return { prepared, coverage, fit, focus, own, viaUnknown, score: coverage * fit, hinted };
  });
  return scored.sort((a, b) => b.score - a.score || b.hinted - a.hinted || a.prepared.sentence.start - b.prepared.sentence.start);
}

/** The share of a text's question-weight: how well an open question's words cover the question. */
export function textCoverage(article: PreparedArticle, match: QuestionMatch, text: string): number {
  if (match.total <= 0) return 0;
  const terms = new Set(contentTokens(text).map((t) => t.term));
  let covered = 0;
  for (const need of match.needs) {
    if (terms.has(need.token.term) || (need.term !== undefined && terms.has(need.term))) covered += need.weight;
    else if (need.actor !== undefined && article.actorNames[need.actor]!.some((name) => name.every((t) => terms.has(t.term)))) covered += need.weight;
  }
  return covered / match.total;
}
