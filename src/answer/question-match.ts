/**
 * What a question needs from one article: its words as matched there and the actors it names,
 * made by passages.ts (matchQuestion) and read by the ranking and the fit of answers (answer-fit.ts).
 */
import type { Token } from './words.ts';

/** One question word as matched in an article. */
export interface Need {
  token: Token;
  /** The article term it matched (itself, a typo's correction), or undefined when the article lacks it. */
  term?: string;
  /** The actor it names, when it is a name, alias or role word. */
  actor?: number;
  weight: number;
  /** 1 for an exact match, less for a typo or a prefix. */
  quality: number;
  /** Article terms related to it by meaning (WordNet; words used alike, in the chosen story), matched at `RELATED_QUALITY`. */
  related?: string[];
  /** Of `related`, the article terms that are newsroom words for its chat phrase (paraphrase.ts), matched at `CHAT_QUALITY`. */
  chat?: string[];
  /** A vague word: never counted as what the article lacks. */
  light?: boolean;
  /** A word of the previous question, not of this one: it adds what it covers and is never missed. */
  hint?: boolean;
  /** A word of the question's own subject: neither the story's name words nor vague ones. */
  focus: boolean;
}

/** What a question needs from one article, ready to score sentences with. */
export interface QuestionMatch {
  needs: Need[];
  /** The actors the question names (by name, alias, role word, or a pronoun resolved by the caller). */
  actors: Set<number>;
  /** Total weight of the question's words. */
  total: number;
  /** The share of the question's own subject words that the article never uses: what it cannot answer. */
  missing: number;
  /** Whether the question has words of its own subject, beyond the story's name words and vague ones. */
  hasFocus: boolean;
  /** The weight of those words. */
  focusTotal: number;
}
