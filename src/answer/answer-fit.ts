/**
 * How well a sentence fits the kind of answer a question wants: a date for "when", a number for
 * "how many", a cause for "why", an attribution for "what did X say", someone not already named
 * for "who", an organisation for "which company", what is to come for "will they …"; and a sentence
 * saying the thing is not known, as an answer that it is unknown. Pure; used by passages.ts.
 */
import type { PreparedArticle, PreparedSentence } from './article.ts';
import type { QuestionMatch } from './question-match.ts';
import type { ReadQuestion } from './question.ts';
import { termOf } from './words.ts';

/** Words that count people: "residents", "staff", "jobs", "patients" (as terms). */
const PEOPLE_TERMS = new Set(
  `people person persons residents villagers locals inhabitants passengers crew members workers staff employees jobs officials officers police firefighters
  soldiers students pupils patients voters fans supporters farmers engineers children adults men women families households homes migrants refugees
  detainees prisoners inmates customers users players athletes participants volunteers doctors nurses teachers`
    .split(/\s+/)
    .filter(Boolean)
    .map(termOf),
);

/** How well a sentence naming no organisation fits "which company …", "which hospitals …". */
const NAMED_MISSING = 0.4;

/**
 * How well a sentence fits the kind of answer wanted; a sentence saying the thing is not known
 * ("declined to comment on the cause") fits too, as an answer that it is unknown.
 */
export function fitOf(article: PreparedArticle, question: ReadQuestion, s: PreparedSentence, match: QuestionMatch, quoted: Set<string>): { fit: number; viaUnknown: boolean } {
  const fit = typeFit(article, question, s, match, quoted);
  if (!s.cues.unknown || fit >= 0.99) return { fit, viaUnknown: false };
  // An unknown answers only about what the question asks: "why" when the sentence speaks of
  // reasons or motives, anything else when it names a word of the question's own subject.
  // "has X said anything" is answered by "X has not commented", about X whatever the subject.
  const aboutIt =
    question.type === 'why'
      ? s.cues.cause
      : (question.type === 'said' && [...match.actors].some((a) => s.actors.has(a))) || match.needs.some((n) => n.focus && n.term !== undefined && s.terms.has(n.term));
  if (!aboutIt) return { fit, viaUnknown: false };
  // "have not decided where next year's finals will be played" answers "where" better than "had not
  // decided whether to play": an unknown that names the kind of answer asked for comes first.
  return { fit: saysKindUnknown(question.type, s.sentence.text) ? 1 : OTHER_UNKNOWN, viaUnknown: true };
}

/** How well an unknown fits a "where", "when", "who", "how many" question when it does not name that kind of answer. */
export const OTHER_UNKNOWN = 0.85;

/** The words by which a sentence saying something is not known names the kind of thing: "where", "the date", "how many". */
const KIND_OF_UNKNOWN: Partial<Record<ReadQuestion['type'], RegExp>> = {
  where: /\b(?:where|location|venue|site)\b/i,
  when: /\b(?:when|date|dates|time|timing|timetable|how long|until)\b/i,
  duration: /\b(?:when|date|how long|until|timetable)\b/i,
  who: /\b(?:who|whom|whose|name|named|names|identity|identified|identify)\b/i,
  quantity: /\b(?:how (?:many|much)|number|amount|figure|size|sum|cost)\b/i,
};

/** Whether a text saying something is not known names the kind of answer a question of this type wants (true for the other types). */
export function saysKindUnknown(type: ReadQuestion['type'], text: string): boolean {
  const kind = KIND_OF_UNKNOWN[type];
  return kind === undefined || kind.test(text);
}

function typeFit(article: PreparedArticle, question: ReadQuestion, s: PreparedSentence, match: QuestionMatch, quoted: Set<string>): number {
  const c = s.cues;
  // "can i get a refund": what people can do; "will they appeal": what is to come.
  // "when will it reopen" wants what is to come: a date in the past does not answer it.
  const manner = question.advice
    ? c.advice ? 1 : 0.6
    : question.future && question.type === 'when'
      ? c.future ? 1 : 0.4
      : question.future && (question.type === 'yesno' || question.type === 'what') ? (c.future ? 1 : 0.7) : 1;
  return manner * kindFit(article, question, s, match, quoted);
}

function kindFit(article: PreparedArticle, question: ReadQuestion, s: PreparedSentence, match: QuestionMatch, quoted: Set<string>): number {
  const c = s.cues;
  // "which company", "which hospitals": an organisation the question does not already name, not a
  // person, a place or "two hospital trusts" (tune: two unanswerable questions more declined, 0.6 one).
  if (question.named) {
    return [...s.actors].some((a) => !match.actors.has(a) && article.briefing.actors[a]!.kind !== 'place' && article.briefing.actors[a]!.kind !== 'person') ? 1 : NAMED_MISSING;
  }
  switch (question.type) {
    case 'when':
      // "on Monday", "in 2019" answer better than "this week".
      return c.exactDate ? 1 : c.date ? 0.7 : c.duration ? 0.6 : 0.3;
    case 'duration':
      return c.duration ? 1 : c.date ? 0.7 : 0.3;
    case 'quantity':
      if (question.money) return c.money && c.number ? 1 : 0.35;
      if (question.measure === 'age') return c.age ? 1 : 0.3;
      if (question.measure === 'size') return c.measure ? 1 : c.number ? 0.6 : 0.3;
      // "how many votes": best a number that counts a word of the question ("27 votes"); "how many
      // people", a number that counts people by any name ("1,200 residents", "140 jobs").
      // A name is not what is counted: "a 70% stake in Atlântida Air" does not count the airline.
      if (match.needs.some((n) => n.term !== undefined && n.actor === undefined && s.counted.has(n.term))) return 1;
      if (question.countsPeople) return [...s.counted].some((t) => PEOPLE_TERMS.has(t)) ? 1 : c.number ? 0.6 : 0.3;
      return c.number ? 0.85 : 0.3;
    case 'where':
      // A place the question does not already name, by the article's words or its actors.
      return c.place || [...s.actors].some((a) => !match.actors.has(a) && article.briefing.actors[a]!.kind === 'place') ? 1 : 0.4;
    case 'who':
      // Someone the question does not already name: "who is behind the attack" wants the attacker.
      // A place is not a "who": "in London" does not say who did it.
      return [...s.actors].some((a) => !match.actors.has(a) && article.briefing.actors[a]!.kind !== 'place') ? 1 : c.person ? 0.7 : 0.45;
    case 'why':
      return c.cause && !c.unknown ? 1 : c.weakCause ? 0.65 : 0.5;
    case 'said': {
      const speakerQuoted = quoted.has(s.sentence.id);
      if (speakerQuoted) return 1;
      const speaker = [...match.actors].some((a) => s.actors.has(a));
      return (c.quote || c.attribution) && (speaker || match.actors.size === 0) ? 0.85 : c.attribution ? 0.5 : 0.3;
    }
    case 'how':
      return 0.9;
    case 'what':
    case 'yesno':
    case 'general':
      return 1;
  }
}
