/**
 * Who a quotation's own sentence makes its subject when no verb of saying names one: a name with
 * a relative clause of saying or thinking just before the quotation ("a view shared by X, who
 * believes "…"") and an organisation taken up by "It" or "The company" opening the sentence ("It
 * expected 2005 to be a "transitional year""). Features of the speaker decision (speaker-features.ts).
 */
import type { ActorTable } from './actor-table.ts';
import type { Article } from './context.ts';
import { isSpeechVerb } from './lexicon.ts';
import { THINKING_VERBS } from './speaker-cues.ts';
import { nameAt, ORG_NOUNS } from './speaker-said-by.ts';
import { firstNotBefore } from './bisect.ts';

/**
 * The actor named just before ", who" when the relative clause's verb, before the quotation in its
 * sentence, is one of saying or thinking: "Rooney, who believes "…"", "X, who told reporters: "…"".
 */
export function relativeSayer(article: Article, table: ActorTable, openTok: number, sentenceStartTok: number): number | undefined {
  const { tokens, tokenQuote } = article;
  for (let k = openTok - 1; k > Math.max(sentenceStartTok, openTok - 10); k--) {
    if (tokenQuote[k]! >= 0) return undefined;
    const t = tokens[k]!;
    if (t.lower !== 'who' || tokens[k - 1]!.text !== ',') continue;
    let saying = false;
    // The clause's own verb: up to the comma closing it ("X, who plays in midfield, called it").
    for (let v = k + 1; v < openTok && tokens[v]!.text !== ','; v++) {
      const w = tokens[v]!;
      if (isSpeechVerb(w.lower, w.pos) || (THINKING_VERBS.has(w.lower) && w.pos === 'VERB')) saying = true;
    }
    return saying ? nameAt(table, article, k - 2) : undefined;
  }
  return undefined;
}

/**
 * The quotation's sentence opens, before the quotation, with "It" or a definite organisation noun
 * ("The company", "The UK's biggest coal producer") as its subject.
 */
export function orgAnaphorOpens(article: Article, sentenceStartTok: number, openTok: number): boolean {
  const { tokens } = article;
  let k = sentenceStartTok;
  while (k < openTok && (tokens[k]!.pos === 'CCONJ' || tokens[k]!.pos === 'PUNCT' || tokens[k]!.lower === 'however')) k++;
  if (k >= openTok) return false;
  // A verb of its own ("It blamed", "The company also cited"), not "It will reward" or "It is".
  const verbNext = (j: number): boolean => {
    while (tokens[j]?.pos === 'ADV') j++;
    return tokens[j]?.pos === 'VERB';
  };
  if (tokens[k]!.lower === 'it' && tokens[k]!.pos === 'PRON') return verbNext(k + 1) && !/^(?:is|was|'s|’s|seems)$/.test(tokens[k + 1]!.lower);
  if (tokens[k]!.lower !== 'the' && tokens[k]!.lower !== 'its') return false;
  for (let j = k + 1; j < Math.min(openTok, k + 8); j++) {
    const t = tokens[j]!;
    if (ORG_NOUNS.has(t.lower) && /^\p{Ll}/u.test(t.text)) return verbNext(j + 1);
    if (!['ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].includes(t.pos) && !/^['’]s?$/.test(t.text)) return false;
  }
  return false;
}

/** What a quotation's sentence tells of its candidates, found once per quotation. */
export interface SubjectCues {
  /** Named before ", who believes …" governing the quotation. */
  relative: number | undefined;
  /** "It" or "The company" opens the sentence. */
  anaphor: boolean;
  /** "The airline said": an organisation's common noun is the subject of the words of saying. */
  orgSaid: boolean;
  /** "he said" / "she said" attributes the quotation. */
  pronoun: boolean;
  /** Named inside the quotation's own words. */
  namedInside: Set<number>;
  /** Subjects of the sentences before. */
  subjects: Set<number>;
  /** The organisation named last before the quotation (-1 for none). */
  lastOrg: number;
  /** Someone is named with a verb of saying in the quotation's own sentence. */
  saidInSentence: boolean;
}

/**
 * The features these cues give one candidate: "Simon Taylor is an outstanding player" is seldom
 * Simon Taylor speaking; "The airline said it was "…"" is an organisation, not a person; "…," he
 * added is a person, not an organisation.
 */
export function subjectFeatures(f: Set<string>, actor: number, kind: string, c: SubjectCues, tags: Set<string>, grammar: string | undefined): void {
  if (c.relative === actor) f.add('relativeSays');
  // "…" The words came from X / "…" X said later: named only in the sentence after, as its subject.
  if (tags.has('nextSent') && tags.has('verbAfter') && grammar === 'subject' && !c.saidInSentence) f.add('nextSentSays');
  if (c.namedInside.has(actor)) f.add(kind === 'person' ? 'namedInQuote' : 'namedInQuote&notPerson');
  if (kind === 'person') {
    if (c.anaphor || c.orgSaid) f.add('orgSays&person');
    return;
  }
  if (c.anaphor) f.add(c.subjects.has(actor) ? 'anaphor&subject' : actor === c.lastOrg ? 'anaphor&lastOrg' : 'anaphor&other');
  if (c.pronoun) f.add('pronoun&notPerson');
}

/** The index of the first mention starting at or after `from` (mentions are sorted by start). */
export function firstMentionFrom(table: ActorTable, from: number): number {
  return firstNotBefore(table.mentions.length, (i) => table.mentions[i]!.start < from);
}
