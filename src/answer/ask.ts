/**
 * Free questions answered from the article: find the story, rank its sentences for the question,
 * and answer with the one to three best sentences quoted as written — or, when the article says
 * the answer is not known, with that; or, when nothing in it answers, say so and offer what it
 * does say nearby. Never a sentence that does not answer, never text from outside the article.
 * No I/O but the library's: the conversation (the previous exchange, the channel's followed stories) comes in as data.
 */
import type { Library } from '../briefing/library.ts';
import type { Briefing } from '../briefing/model.ts';
import { fold } from '../briefing/text.ts';
import { answer, topicNotFound } from './answer.ts';
import { OTHER_UNKNOWN, saysKindUnknown } from './answer-fit.ts';
import { prepareArticle, type PreparedArticle } from './article.ts';
import { declineReason } from './decline.ts';
import { matchQuestion, rankSentences, textCoverage, type QuestionMatch, type ScoredSentence } from './passages.ts';
import { isLight, readQuestion, type ReadQuestion } from './question.ts';
import type { AnsweredFrom, QuotedSentence, Reply } from './reply.ts';
import { chooseStory, type AskContext, type StoryChoice } from './stories.ts';
import { contentTokens } from './words.ts';
import { loadSimilarWords } from './related.ts';
import { leadCause } from './lead-cause.ts';

export type { AskContext, RecentExchange } from './stories.ts';

/** A sentence must reach this score (coverage × fit) to be given as an answer. */
export const ANSWER_THRESHOLD = 0.45;
/** A question whose own subject words are this much absent from the article is not answered by it. */
export const MISSING_LIMIT = 0.5;
/** An answer must carry at least this share of the question's own subject words (its story's name words are in every sentence). */
export const FOCUS_MIN = 0.4;
/**
 * A "when", "how long", "how many" or "where" question whose best sentence carries the kind of
 * answer asked for (a date, a duration, a number counting the thing, a place) is answered at a
 * lower score: tune answered 166 → 167 of 280 at 0.3 to 0.4, declines unchanged ("who" adds nothing:
 * any sentence naming someone new fits it).
 */
const SLOT_TYPES = new Set<ReadQuestion['type']>(['quantity', 'when', 'duration', 'where']);
const SLOT_THRESHOLD = 0.4;
/** Further sentences join the best one when they score at least this share of it. */
const COMPANION_SHARE = 0.8;
const MAX_SENTENCES = 3;

/** Words that stand for what the previous exchange was about. */
const FOLLOW_UP = /\b(?:it|its|they|them|their|this|that)\b/i;

/** How a free question is being asked. */
export interface AskOptions extends AskContext {
  /**
   * `question` (default): the message is a question. `topic`: words given as a topic that named no
   * story — answer only when a sentence answers them, else show the story's card.
   */
  mode?: 'question' | 'topic';
}

/** Answers a free question from the library (reading the chosen story's article). */
export async function answerQuestion(text: string, library: Library, options: AskOptions = {}): Promise<Reply> {
  const anchored = await anchoredStory(text, library);
  const question = readQuestion(anchored?.rest ?? text);
  const recent = options.recent;
  // "he" or "she" after an exchange that named no one (a card, a "does not say") stands for the first person its story names.
  const person = question.pronoun ? (recent?.people[0] ?? (recent ? await firstPerson(library, recent.slug) : undefined)) : undefined;
  const onlyVague = question.tokens.every(isLight);
  if (question.pronoun && !person && onlyVague) return unresolvedPronoun(question);
  if (person && question.type === 'who' && onlyVague) return answer({ kind: 'who', name: person, focus: 'profile' }, library);

  // Topic words must name their story themselves: `/brief nonexistent` is not the thread's story.
  const context = options.mode === 'topic' ? {} : options;
  // Words used alike are read for a question, not for topic words given to the grammar (`/brief x`),
  // so an answer in the grammar never loads their table; a question's story is chosen with them too.
  const similar = options.mode !== 'topic';
  if (similar) await loadSimilarWords();
  const choice: StoryChoice | undefined = anchored ? { briefing: anchored.briefing, named: 1, fromContext: false } : await chooseStory(library, question, context);
  if (!choice) return topicNotFound(library, shortQuery(question.tokens.map((t) => t.word).join(' ') || text.trim()));
  const { briefing } = choice;
  if (options.mode === 'topic' && question.tokens.length > 0 && choice.named >= 0.5 && coversOnlyStory(briefing, question)) {
    return answer({ kind: 'briefing', topic: briefing.slug, part: 'card' }, library);
  }

  const article = prepareArticle(briefing);
  const people = person ? actorIndexes(briefing, [person]) : [];
  // A follow-up leans on the previous question: "what about the US?", "how are they paying for it?"
  // ("he" and "she" stand for the person of the previous exchange, who is matched as such).
  const followsUp = question.elliptical || (FOLLOW_UP.test(question.text) && !question.tokens.some((t) => article.profile.has(t.term)));
  const extra = followsUp && recent?.slug === briefing.slug && recent.question ? contentTokens(recent.question) : [];
  // A bare "when?" or "how much?" after a question asks it of the previous question's subject: its
  // words are this question's own, not only a tie-break.
  const bare = question.tokens.length === 0 && question.type !== 'general' && recent?.slug === briefing.slug && recent.question;
  const asked = bare ? { ...question, tokens: readQuestion(recent.question!).tokens } : question;
  const match = matchQuestion(article, asked, people, bare ? [] : extra, similar);
  const ranked = rankSentences(article, asked, match, quotedBy(briefing, match));
  const from: AnsweredFrom = {
    briefing: briefing.slug,
    headline: briefing.headline,
    ask: `/brief ${briefing.aliases[0] ?? briefing.slug}`,
    question: question.text,
    people: peopleOf(briefing, match, ranked[0]),
  };
  const unknown = openQuestionFor(article, question, match);
  const best = ranked[0];
  if (unknown && (!best || unknown.score >= best.score * 0.9)) {
    return { kind: 'answer', ...from, sentences: unknown.sentences, unknown: { text: unknown.text, cites: unknown.sentences.map((s) => s.cite) } };
  }
  const slot = best !== undefined && SLOT_TYPES.has(question.type) && best.fit >= 1 && !best.viaUnknown;
  if (best && best.score >= (slot ? SLOT_THRESHOLD : ANSWER_THRESHOLD) && match.missing < MISSING_LIMIT && best.focus >= FOCUS_MIN && !declineReason(asked, match, best)) {
    // Companions answer too: they score near the best, fit the kind of answer as well as it does,
    // and have a word of the question themselves (a date elsewhere in the story is no companion).
    const companion = (s: ScoredSentence) => s.score >= Math.max(ANSWER_THRESHOLD, best.score * COMPANION_SHARE) && s.fit >= best.fit && s.viaUnknown === best.viaUnknown && s.own && s.focus >= FOCUS_MIN;
    const chosen = [best, ...ranked.slice(1).filter(companion)].slice(0, MAX_SENTENCES);
    const sentences = chosen.map(quote);
    if (!best.viaUnknown) return { kind: 'answer', ...from, sentences };
    // Said as the briefing's open question when one stands on this sentence.
    const id = best.prepared.sentence.id;
    const open = briefing.questions.find((q) => q.cites.includes(id));
    return { kind: 'answer', ...from, sentences, unknown: open ? { text: open.text, cites: open.cites } : { text: best.prepared.sentence.text, cites: [id] } };
  }
  if (options.mode === 'topic') return answer({ kind: 'briefing', topic: briefing.slug, part: 'card' }, library);
  // "why did the bus guys down tools": the first sentence's cause, when the question is about its event.
  const lead = leadCause(article, question, match, ranked);
  if (lead) return { kind: 'answer', ...from, sentences: [quote(lead)] };
  const nearby = ranked.filter((s) => s.coverage >= 0.25).slice(0, 2).map(quote);
  return { kind: 'no-answer', ...from, asks: question.asks, nearby };
}

/** What "not in any briefing" repeats of a question: its words, or the message, within 80 characters. */
function shortQuery(query: string): string {
  return query.length <= 80 ? query : `${query.slice(0, 79).replace(/\s+\S*$/, '')}…`;
}

/** "swap: who was released?" — a story named before a colon. */
async function anchoredStory(text: string, library: Library): Promise<{ briefing: Briefing; rest: string } | undefined> {
  const m = /^\s*(?:\/?brief\s+)?([^:?]{2,80}):\s+(.+)$/i.exec(text);
  if (!m) return undefined;
  const named = await library.findBriefingByName(m[1]!);
  const briefing = named ? await library.briefing(named.slug) : undefined;
  return briefing ? { briefing, rest: m[2]! } : undefined;
}

/** Whether every word of the question names the story itself (a topic, not a question). */
function coversOnlyStory(briefing: Briefing, question: ReadQuestion): boolean {
  const names = new Set(contentTokens([briefing.headline, ...briefing.aliases, briefing.slug.replace(/-/g, ' '), briefing.summary.text, ...briefing.actors.flatMap((a) => [a.name, ...a.aliases])].join(' ')).map((t) => t.term));
  return question.tokens.every((t) => names.has(t.term));
}

function quote(s: ScoredSentence): QuotedSentence {
  return { cite: s.prepared.sentence.id, text: s.prepared.sentence.text };
}

function actorIndexes(briefing: Briefing, names: string[]): number[] {
  const wanted = new Set(names.map((n) => fold(n)));
  return briefing.actors.flatMap((a, i) => (wanted.has(fold(a.name)) || a.aliases.some((alias) => wanted.has(fold(alias))) ? [i] : []));
}

/** Sentences quoting the people the question names (for "what did she say"). */
function quotedBy(briefing: Briefing, match: QuestionMatch): Set<string> {
  const names = new Set([...match.actors].flatMap((i) => [briefing.actors[i]!.name, ...briefing.actors[i]!.aliases].map(fold)));
  return new Set(briefing.quotes.filter((q) => q.speaker !== null && names.has(fold(q.speaker))).flatMap((q) => q.cites));
}

/** The actors of this exchange: those the question names, then those of the best sentence; people first. */
function peopleOf(briefing: Briefing, match: QuestionMatch, best: ScoredSentence | undefined): string[] {
  const order = [...match.actors, ...(best ? [...best.prepared.actors] : [])];
  const isPerson = (i: number) => briefing.actors[i]!.kind === 'person' || briefing.actors[i]!.kind === undefined;
  const sorted = [...new Set(order)].sort((a, b) => Number(isPerson(b)) - Number(isPerson(a)));
  return sorted.map((i) => briefing.actors[i]!.name);
}

/** How an open question that asks the same thing begins, by the kind of question asked. */
const WH_OF_QUESTION: Record<ReadQuestion['type'], RegExp> = {
  why: /^why\b/i,
  when: /^(?:when|how long)\b/i,
  duration: /^(?:when|how long)\b/i,
  quantity: /^(?:how (?:many|much))\b/i,
  who: /^(?:who|which)\b/i,
  where: /^where\b/i,
  what: /^what\b/i,
  how: /^how\b/i,
  said: /^(?:what|has|have|did|will|how)\b.*\b(?:say|said|comment\w*|react\w*|respond\w*|explain\w*)\b/i,
  yesno: /^(?:will|would|is|are|was|were|did|does|do|has|have|had|can|could|should|whether)\b/i,
  general: /$^/,
};

/** An open question of the briefing that the question asks: the article says its answer is not known. */
function openQuestionFor(article: PreparedArticle, question: ReadQuestion, match: QuestionMatch): { text: string; sentences: QuotedSentence[]; score: number } | undefined {
  let best: { text: string; sentences: QuotedSentence[]; score: number } | undefined;
  const byId = new Map(article.briefing.sentences.map((s) => [s.id, s]));
  for (const open of article.briefing.questions) {
    const cites = open.cites.filter((id) => byId.has(id));
    if (cites.length === 0) continue;
    // An open question phrased as a question must ask the same way ("why …?" for "why …?"), which is
    // strong evidence on its own; one phrased as the article's statement counts by its words alone.
    const asked = /\?\s*$/.test(open.text);
    if (asked && !WH_OF_QUESTION[question.type].test(open.text)) continue;
    // One phrased as a statement must share a word of the question's own subject: "Dunbar has not
    // commented" is about Dunbar, but says nothing of how old he is.
    if (!asked && !match.needs.some((n) => n.focus && textCoverage(article, { ...match, needs: [n], total: n.weight }, open.text) > 0)) continue;
    // A statement that names another kind of answer ("nothing has been decided" for "when") counts less.
    const kind = asked || saysKindUnknown(question.type, open.text) ? 1 : OTHER_UNKNOWN;
    const score = Math.min(1, textCoverage(article, match, `${open.text} ${open.why ?? ''}`) + (asked ? 0.2 : 0)) * kind;
    if (score >= 0.6 && (!best || score > best.score)) {
      best = { text: open.text, sentences: cites.slice(0, MAX_SENTENCES).map((id) => ({ cite: id, text: byId.get(id)!.text })), score };
    }
  }
  return best;
}

/** The first person a story names (its actors are in order of first mention). */
async function firstPerson(library: Library, slug: string): Promise<string | undefined> {
  const briefing = await library.briefing(slug);
  return briefing?.actors.find((a) => a.kind === 'person')?.name;
}

function unresolvedPronoun(question: ReadQuestion): Reply {
  return {
    kind: 'error',
    code: 'bad_argument',
    message: `I do not know who “${question.pronoun}” is here yet — ask with their name (\`who is <name>\`, \`what did <name> say\`), or ask about a story first and then follow up in the same thread.`,
  };
}
