/**
 * A free question, read: what kind of answer it wants (who, why, when, how many…), its content
 * words, and the pronouns or "what about X" that lean on the previous exchange. Pure.
 *
 * @example readQuestion("and what did she say?") → { type: 'said', pronoun: 'she', elliptical: false, … }
 */
import { contentTokens, LIGHT, stemWord, words, type Token } from './words.ts';

/** The kind of answer a question wants. */
export type QuestionType = 'who' | 'what' | 'why' | 'how' | 'when' | 'where' | 'quantity' | 'duration' | 'said' | 'yesno' | 'general';

/** A question as the answerer reads it. */
export interface ReadQuestion {
  /** The question as asked, without a leading "and", "so", "ok". */
  text: string;
  type: QuestionType;
  /** Whether the question asks for money ("how much … cost", "how much money"). */
  money: boolean;
  /** For "how old" an age or a year; for "how big", "how far" a measure with its unit. */
  measure?: 'age' | 'size';
  /** "can i get a refund", "what should i do": asks what the people affected can do. */
  advice: boolean;
  /** "will they appeal", "is there going to be": asks what is to come. */
  future: boolean;
  /** "which company", "which hospitals": asks for an organisation by its name. */
  named?: boolean;
  /** "how many people …": asks for a count of people, whatever the article calls them (residents, staff, jobs). */
  countsPeople?: boolean;
  /** Content tokens, in order. */
  tokens: Token[];
  /** A personal pronoun standing for someone named before ("he", "she", "her"). */
  pronoun?: 'he' | 'she' | 'they';
  /** "what about X", "and X?": a follow-up that names only its new subject. */
  elliptical: boolean;
  /** What the article would not say, as a phrase for "does not say …": "why", "how many", "whether". */
  asks: string;
}

const FILLER = /^(?:(?:and|so|but|ok|okay|also|hey|hi|um+|hmm+|then|btw|pls|please|quick q|q|sorry|wait|oh|right|well|brief)\b[,:!]?\s*)+/i;
const POLITE = /^(?:(?:can|could|would) you (?:tell me|say|explain)|do you know|does anyone know|any idea|i wonder|i want to know|tell me|explain)\s+/i;

function typeOf(text: string): { type: QuestionType; money: boolean; asks: string } {
  const t = text.toLowerCase();
  const money = /^how (?:cheap|expensive|costly|pricey|dear)\b/.test(t) || /\bhow much\b.*\b(?:money|cost|costs|costing|pay|paying|paid|worth|spend|spent|spending|price|fine|ransom|compensation|salary|earn|revenue|valuation|value|subsidy|bribes?|loans?|debts?|budget|funding|profits?|losses|wages?|fees?|bonus(?:es)?|euros?|dollars?|pounds?)\b|\bhow much (?:money|cash)\b/.test(t);
  if (/^(?:why|y|how come|what for|for what reason)\b|^what (?:was|is|were|are) the (?:reason|motive|cause)|^what (?:caused|made|led|prompted|triggered|started|sparked)\b|^how (?:did|does|do) .+ (?:start|begin|began|happen|occur|come about)$/.test(t)) return { type: 'why', money, asks: 'why' };
  if (/^how (?:long|soon)\b/.test(t)) return { type: 'duration', money, asks: 'how long' };
  if (/^(?:how (?:many|much|big|large|old|far|often|high|fast|full|cheap|expensive|costly|pricey)|what (?:percentage|proportion|share|number|amount))\b/.test(t)) {
    return { type: 'quantity', money, asks: t.match(/^how \w+|^what \w+/)![0] };
  }
  if (/^(?:when|what (?:time|day|date|year|month)|since when)\b/.test(t)) return { type: 'when', money, asks: 'when' };
  if (/^(?:where|wheres|from where)\b/.test(t)) return { type: 'where', money, asks: 'where' };
  if (/^what (?:did|does|do|has|have|had|was|is|are|were) .+ (?:say|said|saying|think|thinks|thinking|tell|told|telling|reply|respond|react|comment|commenting)\b|^what(?:'s| was| is| were) .+ (?:reaction|response|comment|statement|take)\b|^(?:did|has|have) .+ (?:say|said|comment|commented|respond|responded|react|reacted|speak|spoken)\b|^how (?:did|does|do|has|have|is|are|was|were) .+ (?:react|reacted|reacting|respond|responded|responding|take|taking)\b/.test(t)) {
    return { type: 'said', money, asks: 'what was said' };
  }
  if (/^(?:who|whom|whose|which (?:person|people|company|companies|team|group|country|countries|firm|official|officials))\b/.test(t)) return { type: 'who', money, asks: 'who' };
  if (/^(?:how|hows)\b/.test(t)) return { type: 'how', money, asks: 'how' };
  if (/^(?:what|whats|wat|wht|which)\b/.test(t)) return { type: 'what', money, asks: 'what' };
  if (/^(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|any|anyone|anybody|anything)\b/.test(t)) return { type: 'yesno', money, asks: 'whether' };
  return { type: 'general', money, asks: 'anything about that' };
}

/** The words of a wh-phrase that say what kind of answer is wanted, not what it is about ("how big"). */
const WH_PHRASE = /^(?:how (?:many|much|big|large|old|long|far|often|high|fast|full|soon|cheap|expensive|costly|pricey)|what (?:time|day|date|year|month|percentage|proportion|share|number|amount)|what (?:kind|sort|type)s? of)\b/i;
const MONEY_WORDS = new Set(['money', 'cash']);
/** In a money question, the verbs of paying say that money is wanted: "how much is it worth", "how much are they paying". */
const MONEY_VERBS = new Set(['cost', 'pai', 'pay', 'earn', 'charg', 'spend', 'worth']);
/** "which company", "which hospitals": a kind of organisation, asked for by its name. */
const NAMED_KIND = /^which (?:compan(?:y|ies)|firms?|hospitals?|clubs?|banks?|part(?:y|ies)|airlines?|schools?|universit(?:y|ies)|museums?|groups?|unions?|agenc(?:y|ies)|organi[sz]ations?|charit(?:y|ies)|trusts?)\b/i;
/** "the guy", "that bloke": a man named before, as "he" is. */
const CHAT_MAN = /\b(?:the|that|this) (?:guy|bloke|dude|fella|chap)\b/i;
const HOW_MANY_PEOPLE = /^how many (?:people|ppl|persons|folks?)\b/i;
/** A question is a few words; a pasted paragraph is read by its first ones, so it costs no more to answer. */
export const MAX_QUESTION_WORDS = 16;
/** Nouns that ask for a number ("the vote count", "the death toll"). */
const QUANTITY_WORDS = new Set(['count', 'number', 'total', 'tally', 'toll', 'amount', 'figure', 'figures', 'numbers']);

/** Question words as typed in a hurry. */
const TYPED_WH_FIX: Record<string, string> = { any1: 'anyone', wat: 'what', wht: 'what', whta: 'what', waht: 'what', whats: "what's", whos: "who's", y: 'why', hw: 'how', hows: "how's", wen: 'when', whens: "when's", wher: 'where', wheres: "where's", woh: 'who' };
const TYPED_WH = /^(?:any1|wat|wht|whta|waht|whats|whos|y|hw|hows|wen|whens|wher|wheres|woh)\b/i;

/** Reads a question. `text` is the message as normalised by the grammar. */
export function readQuestion(message: string): ReadQuestion {
  const text = message
    .replace(FILLER, '')
    .replace(POLITE, '')
    .replace(/[?!.\s]+$/, '')
    .trim()
    .replace(TYPED_WH, (w) => TYPED_WH_FIX[w.toLowerCase()] ?? w);
  const about = /^(?:what|how) about\s+(.+)$/i.exec(text) ?? /^(?:and|also)\s+(.+)$/i.exec(message.trim().replace(/[?!.\s]+$/, ''));
  const elliptical = Boolean(about && !/^(?:who|what|why|when|where|how|is|are|was|were|did|does|do|has|have|will|can)\b/i.test(about[1]!));
  const { type, money, asks } = typeOf(text);
  const folded = words(text);
  const pronoun = folded.some((w) => w === 'she' || w === 'her' || w === 'hers')
    ? 'she'
    : folded.some((w) => w === 'he' || w === 'him' || w === 'his') || CHAT_MAN.test(text)
      ? 'he'
      : undefined;
  // The wh-phrase, "the number of" and, in a money question, "money" say what kind of answer is wanted, not what about.
  // "how many people": the people counted are the answer's kind, not its subject ("residents", "jobs").
  const countsPeople = HOW_MANY_PEOPLE.test(text);
  const asked = text.replace(WH_PHRASE, ' ');
  const tokens = contentTokens(countsPeople ? asked.replace(/^\s*(?:people|ppl|persons|folks?)\b/i, ' ') : asked)
    .filter((t) => !QUANTITY_WORDS.has(t.word) && !(money && MONEY_WORDS.has(t.word)))
    .slice(0, MAX_QUESTION_WORDS)
    .map((t) => (money && (MONEY_VERBS.has(t.term) || MONEY_VERBS.has(stemWord(t.word))) ? { ...t, light: true as const } : t));
  const quantity = type === 'what' && contentTokens(text).some((t) => QUANTITY_WORDS.has(t.word));
  const measure = /^how old\b/i.test(text) ? 'age' : /^how (?:big|large|far|high|deep|tall|heavy|wide|long is|long was)\b/i.test(text) ? 'size' : undefined;
  const advice = /\b(?:can|could|should|do|shall|must) (?:i|we|you|passengers|customers|people|patients|residents)\b|\bhow do (?:i|we|you)\b|\bwhat (?:do|should|can) (?:i|we|you)\b/i.test(text);
  const future = /^(?:will|is (?:\w+ )?going to|are (?:\w+ )?going to|when will|what will|is there going to)\b|\b(?:next|gonna|going to)\b/i.test(text);
  // "which hospital found it" wants St Aidan's, not "a hospital".
  const named = NAMED_KIND.test(text);
  return { ...(named ? { named } : {}), ...(countsPeople ? { countsPeople } : {}), text, type: elliptical ? 'general' : quantity ? 'quantity' : type, money, ...(measure ? { measure } : {}), advice, future, tokens, ...(pronoun ? { pronoun } : {}), elliptical, asks };
}

/** Whether a content token says little about which sentence answers ("happen", "related"). */
export function isLight(token: Token): boolean {
  return token.light === true || LIGHT.has(token.word) || LIGHT.has(token.term) || LIGHT.has(stemWord(token.word));
}
