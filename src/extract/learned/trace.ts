/**
 * What the learned decisions saw, for training: each decision's candidates with their features.
 * Extraction fills a `Trace` only when given one (training does; the bot never does).
 */

/** A name group considered as a person. */
export interface PersonCandidate {
  /** The name as first written, and every other form of it seen. */
  name: string;
  forms: string[];
  features: string[];
}

/** A description considered as a person's role. */
export interface RoleCandidate {
  /** The person's name and aliases, to find their label. */
  person: string;
  aliases: string[];
  text: string;
  features: string[];
}

/** A candidate speaker of one quotation (`speaker` null for "nobody named"). */
export interface SpeakerCandidate {
  quote: string;
  /** Index of the quotation in the article, to group candidates. */
  index: number;
  speaker: string | null;
  aliases: string[];
  features: string[];
}

/** A sentence considered as an open question. */
export interface QuestionCandidate {
  text: string;
  features: string[];
}

/** The candidates of one article. */
export interface Trace {
  persons: PersonCandidate[];
  roles: RoleCandidate[];
  speakers: SpeakerCandidate[];
  questions: QuestionCandidate[];
}

/** An empty trace. */
export function newTrace(): Trace {
  return { persons: [], roles: [], speakers: [], questions: [] };
}
