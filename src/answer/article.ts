/**
 * A briefing's article prepared for answering questions: each sentence's terms, what kind of
 * answer it can carry (a date, a number, a cause, an attribution, a statement that something is
 * not known) and which actors it mentions — by name, or by the sentences extraction or curation
 * tied to the actor. Prepared once per briefing on first use and cached with it.
 */
import type { Briefing, Sentence } from '../briefing/model.ts';
import { fold } from '../briefing/text.ts';
import { contentTokens, termOf, tokenize, type Token } from './words.ts';

/** What kind of answer a sentence can carry. */
export interface SentenceCues {
  date: boolean;
  /** A day, a month, a year or a time of day, rather than only "this week" or "last year". */
  exactDate: boolean;
  duration: boolean;
  number: boolean;
  money: boolean;
  /** An age or a founding year: "Dunbar, 44,", "built in 1978", "a 27-year-old". */
  age: boolean;
  /** A measure with its unit: "1,200 hectares", "15 kilometres", "two million cubic metres". */
  measure: boolean;
  /** "because", "due to", "in protest at", "reason". */
  cause: boolean;
  /** "can rebook", "will be contacted", "are entitled to": what people affected can or should do. */
  advice: boolean;
  /** "will", "plans to", "expects", "next week": what is to come. */
  future: boolean;
  /** "after", "amid", "following", "over": weaker signs of a cause. */
  weakCause: boolean;
  /** "has not said", "declined to comment", "too early to say", "remains to be seen". */
  unknown: boolean;
  quote: boolean;
  attribution: boolean;
  place: boolean;
  person: boolean;
  negation: boolean;
}

/** One sentence ready for ranking. */
export interface PreparedSentence {
  sentence: Sentence;
  /** Term → how often it occurs. */
  terms: Map<string, number>;
  /** Terms that follow a number within two words: "27 votes", "140 jobs", "two million cubic metres". */
  counted: Set<string>;
  cues: SentenceCues;
  /** Indexes into `briefing.actors` of the actors the sentence mentions. */
  actors: Set<number>;
}

/** An article ready for ranking. */
export interface PreparedArticle {
  briefing: Briefing;
  sentences: PreparedSentence[];
  /** Term → how many sentences contain it. */
  df: Map<string, number>;
  /** Folded word → its term, for matching typed words with small typos. */
  vocabulary: Map<string, string>;
  /** Terms that name the story (headline, aliases, slug): they pick the story, not the sentence. */
  profile: Set<string>;
  /** Per actor: the token lists of its names (name, aliases, surname). */
  actorNames: Token[][][];
  /** Per actor: the head words of its role ("analyst", "president", "ceo", "mayor"). */
  actorRoles: string[][];
}

const MONTHS_DAYS = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter)\b/;
const WHEN_WORDS = /\b(?:yesterday|today|tonight|tomorrow|(?:last|next|this) (?:week|month|year|night|season|spring|summer|autumn|winter|weekend|morning)|earlier this \w+|ago|(?:in|since|by|from|until) (?:19|20)\d\d|(?:19|20)\d\d|\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm)|overnight|(?:early|late) (?:on )?(?:\w+day|morning|afternoon|evening|night|June|July|\w+ber)|pre-season|at the weekend|on the \w+ of)\b/i;
const EXACT_WHEN = /\b(?:yesterday|today|tonight|tomorrow|overnight|(?:19|20)\d\d|\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm))\b/i;
const DURATION = /\b(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a|an|more than a|less than a)(?:\s+|-)(?:more\s+|full\s+)?(?:hours?|days?|weeks?|months?|years?|minutes?|seasons?|decades?)\b|\buntil\b|\bat least\b|\bwithin\b|\bbefore the\b|\bfor (?:more than|over|about|nearly)\b/i;
/** Numbers that are dates or times, not amounts: "in 2027", "January 1", "at 11am", "3.40am"; and "one of". */
const NOT_A_QUANTITY = /\bone of\b|\b(?:1[6-9]|20)\d\d\b|\b\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm)\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?\b/g;
const YEAR = /^(?:1[6-9]|20)\d\d$/;
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|hundreds?|thousands?|millions?|billions?|dozens?|half|third|quarter|fifth|several|no one|nobody|none)\b/i;
const NUMBER_WORD = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|several)$/;
const MONEY = /[$€£¥]|\b(?:euros?|dollars?|pounds|zloty|kronor|krona|kroner|francs?|yen|yuan|rupees?|pesos?|cents?)\b/i;
const AGE = /\b(?:built|founded|opened|established|created|set up|formed|launched|dating|dates|born|aged?)\b[^.]*?\b(?:1[6-9]|20)\d\d\b|,\s\d{1,3},|\b\d{1,3}-year-old\b|\bin (?:1[6-9]|20)\d\d\b|\baged \d+/i;
const MEASURE = /\b\d[\d,.]*\s*(?:%|per ?cent|hectares?|acres?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|cubic|square|tonnes?|tons?|kg|kilos?|litres?|liters?|gigabytes?|GB|TB|km\/h|mph|degrees?|feet|ft)\b|\b(?:million|billion|thousand) (?:cubic|square|tonnes|litres|hectares)/i;
const ADVICE = /\b(?:can|could|should|must|will be (?:contacted|offered|given|refunded|able|replaced)|are (?:advised|urged|asked|told|entitled|being replaced)|asked (?:people|passengers|customers|residents|patients|drivers)|urged|advised|entitled|for free|free of charge|refunds?|rebook|replaced by|diverted|may also)\b/i;
const FUTURE = /\b(?:will|would|plans? to|planned|expects?|expected|hop(?:es?|ed) to|aim(?:s|ed)? to|intend(?:s|ed)?|is to|are to|(?:next|new|coming|upcoming) (?:week|month|year|season|term)|due to (?:start|begin|leave|arrive|open)|should|could take|until)\b/i;
const CAUSE = /\b(?:because|due to|cause|precaution|for fear|fears?|concerns?|risk|threat|danger|accident(?:al)?|deliberate(?:ly)?|arson|as a result|in order to|so that|reason|motiv\w*|in response to|in protest|caused by|blamed|to make up for|(?:was|were|is|are) needed|to counter|aimed at|the aim|after (?:a|an|the|its|their|his|her) (?:\w+ )?(?:review|collapse|defeat|failure|decision|attack|discovery|finding|vote)|arguing that|said the \w+ was|prompted|led to|why)\b/i;
const WEAK_CAUSE = /\b(?:after|following|amid|over|since|seeking|as|to)\b/i;
const UNKNOWN = /\b(?:not (?:yet )?(?:known|clear)|(?:has|have|had|did|does|do|would|could|will) not (?:yet |publicly )?(?:said|say|explain\w*|comment\w*|disclos\w*|reveal\w*|name\w*|confirm\w*|been told|decid\w*|commented)|neither \w+ has|declined to|refused to|no (?:official )?comment|undisclosed|remains? to be seen|too early to|unclear|unknown|did not say|neither\b[^.]*\b(?:is|are|has been|have been) (?:yet )?(?:known|clear|decided|announced|set))\b/i;
const QUOTE = /["“”]/;
const ATTRIBUTION = /\b(?:said|says|told|according to|added|stated|announced|statement|wrote|posted|confirmed|called)\b/i;
const PLACE = /\b(?:in|at|near|from|to|outside|inside|across|on the island of|north|south|east|west)\s+(?:the\s+)?\p{Lu}\p{L}+/u;
const PERSON = /(?<!^)\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|\b(?:people|persons?|men|women|children|residents|passengers|crew|members|workers|staff|employees|officials|police|officers|firefighters|soldiers|students|patients|voters|fans|supporters|farmers|engineers|investigators|judges|prosecutors|lawyers?|council|government|company|union|group|owners?|shareholders|investors|customers|nationals|detainees|prisoners)\b/iu;
const NEGATION = /\b(?:not|no|never|nobody|none|neither|nor|without)\b|n't\b/i;
const PRONOUN_START = /^(?:He|She|His|Her)\b/;
const CHIEF_OFFICER = /\bchief\s+(\p{L})\p{L}+\s+officer\b/giu;
const HYPHENATED = /\b(\p{L}+)-(\p{L}+)\b/gu;

function cuesOf(text: string): SentenceCues {
  return {
    date: MONTHS_DAYS.test(text) || WHEN_WORDS.test(text),
    exactDate: MONTHS_DAYS.test(text) || EXACT_WHEN.test(text),
    duration: DURATION.test(text),
    number: NUMBER.test(text.replace(NOT_A_QUANTITY, ' ')),
    money: MONEY.test(text),
    age: AGE.test(text),
    measure: MEASURE.test(text),
    cause: CAUSE.test(text),
    advice: ADVICE.test(text),
    future: FUTURE.test(text),
    weakCause: WEAK_CAUSE.test(text),
    unknown: UNKNOWN.test(text),
    quote: QUOTE.test(text),
    attribution: ATTRIBUTION.test(text),
    place: PLACE.test(text),
    person: PERSON.test(text),
    negation: NEGATION.test(text),
  };
}

/** Whether every token of a name occurs among a sentence's terms. */
function hasName(terms: Map<string, number>, name: Token[]): boolean {
  return name.length > 0 && name.every((t) => terms.has(t.term));
}

function actorNameTokens(briefing: Briefing): Token[][][] {
  return briefing.actors.map((actor) => {
    const names = [actor.name, ...actor.aliases];
    const parts = actor.name.trim().split(/\s+/);
    // People go by their surname, and in chat by their given name too ("what did maren say").
    if ((actor.kind === 'person' || actor.kind === undefined) && parts.length > 1) names.push(parts[parts.length - 1]!, parts[0]!);
    return names.map((n) => contentTokens(n)).filter((t) => t.length > 0);
  });
}

const cache = new WeakMap<Briefing, PreparedArticle>();

/** The prepared article of a briefing (cached with the briefing object). */
export function prepareArticle(briefing: Briefing): PreparedArticle {
  const cached = cache.get(briefing);
  if (cached) return cached;
  const actorNames = actorNameTokens(briefing);
  const cited = briefing.actors.map((a) => new Set(a.cites));
  const df = new Map<string, number>();
  const vocabulary = new Map<string, string>();
  const sentences: PreparedSentence[] = briefing.sentences.map((sentence) => {
    const terms = new Map<string, number>();
    const counted = new Set<string>();
    let sinceNumber = 99;
    for (const token of tokenize(sentence.text)) {
      terms.set(token.term, (terms.get(token.term) ?? 0) + 1);
      if (!vocabulary.has(token.word)) vocabulary.set(token.word, token.term);
      sinceNumber = NUMBER_WORD.test(token.word) && !YEAR.test(token.word) ? 0 : sinceNumber + 1;
      if (sinceNumber > 0 && sinceNumber <= 3) counted.add(token.term);
    }
    // "chief operating officer" is also "coo", as people write it in chat.
    for (const m of sentence.text.matchAll(CHIEF_OFFICER)) terms.set(`c${m[1]!.toLowerCase()}o`, 1);
    // "co-operative", "start-up", "break-in" are also typed as one word: "coop", "startup", "breakin".
    for (const m of sentence.text.matchAll(HYPHENATED)) {
      const joined = fold(m[1]! + m[2]!);
      if (!vocabulary.has(joined)) vocabulary.set(joined, termOf(joined));
      terms.set(termOf(joined), terms.get(termOf(joined)) ?? 1);
    }
    for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    const actors = new Set<number>();
    actorNames.forEach((names, i) => {
      if (cited[i]!.has(sentence.id) || names.some((name) => hasName(terms, name))) actors.add(i);
    });
    return { sentence, terms, counted, cues: cuesOf(sentence.text), actors };
  });
  resolveLeadingPronouns(briefing, sentences);
  const profile = new Set(contentTokens([briefing.headline, ...briefing.aliases, briefing.slug.replace(/-/g, ' ')].join(' ')).map((t) => t.term));
  const actorRoles = briefing.actors.map((a) => roleHead(a.role ?? ''));
  const prepared: PreparedArticle = { briefing, sentences, df, vocabulary, profile, actorNames, actorRoles };
  cache.set(briefing, prepared);
  return prepared;
}

/**
 * The head words of a role: what comes before its first preposition, clause or participle, so
 * "political analyst specializing in Latin American relations" gives "political analyst" and
 * "one of the two governments that carried out the swap" gives nothing to match on.
 */
function roleHead(role: string): string[] {
  const head = role.split(/\s+(?:of|in|at|for|from|with|on|near|to|who|that|which|whose|by|and|or)\s+|,|\s+\w+ing\b/i)[0] ?? '';
  const terms = contentTokens(head)
    .filter((t) => !/^\d+$/.test(t.word))
    .slice(-2)
    .map((t) => t.term);
  return [...terms, ...initialsOf(role)];
}

/** "chief operating officer" is "coo" in chat: the initials of a role's three or four leading words. */
function initialsOf(role: string): string[] {
  const lead = (role.split(/\s+(?:of|in|at|for|from|with|on|near|to|who|that|which|whose|by|and|or)\s+|,/i)[0] ?? '').trim().split(/\s+/);
  const words = lead.filter((w) => /^\p{L}/u.test(w) && !/'s$|’s$/.test(w));
  return words.length >= 3 && words.length <= 4 ? [words.map((w) => w[0]!.toLowerCase()).join('')] : [];
}

/** "He was appointed in 2024": a sentence opening on a pronoun mentions the last person named before it. */
function resolveLeadingPronouns(briefing: Briefing, sentences: PreparedSentence[]): void {
  let lastPerson: number | undefined;
  for (const s of sentences) {
    if (PRONOUN_START.test(s.sentence.text) && lastPerson !== undefined) s.actors.add(lastPerson);
    const people = [...s.actors].filter((i) => briefing.actors[i]!.kind === 'person' || briefing.actors[i]!.kind === undefined);
    if (people.length > 0) lastPerson = people[people.length - 1];
  }
}
