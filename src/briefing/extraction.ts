/**
 * What automatic extraction produces for one article. Items cite the sentence ids of
 * `splitBody(body)` (src/briefing/text.ts), the same ids the briefing model uses.
 */
import type { ActorKind, Sourcing } from './model.ts';
import type { SentenceId } from './text.ts';

export interface ExtractedActor {
  name: string;
  aliases: string[];
  kind: ActorKind;
  role: string | null;
  cites: SentenceId[];
}

export interface ExtractedQuote {
  /** An actor's full `name`, or null when the article names no speaker. */
  speaker: string | null;
  /** For unnamed speakers, the article's description ("a presidential adviser"). */
  speakerDescription?: string;
  text: string;
  partial?: boolean;
  cites: SentenceId[];
}

export interface ExtractedQuestion {
  text: string;
  /** The phrase that makes it open ("remains to be seen", "declined to say"). */
  why?: string;
  cites: SentenceId[];
}

export interface ExtractedClaim {
  text: string;
  sourcing: Sourcing;
  source?: string;
  cites: SentenceId[];
}

/** The result of `extractArticle`. */
export interface Extraction {
  actors: ExtractedActor[];
  quotes: ExtractedQuote[];
  questions: ExtractedQuestion[];
  claims: ExtractedClaim[];
}
