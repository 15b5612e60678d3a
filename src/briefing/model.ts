/**
 * The briefing document model: one developing story, its article and its structure.
 * Every structured item says where it came from (`origin`) and which sentences it stands on
 * (`cites`), so answers can show their evidence.
 */
import type { Paragraph, Sentence, SentenceId } from './text.ts';

export type { Paragraph, Sentence, SentenceId };

/** Whether an item was written by a person in the front matter or found by extraction. */
export type Origin = 'curated' | 'extracted';

export type ActorKind = 'person' | 'place' | 'org' | 'group';

/** Someone or something the story is about. */
export interface Actor {
  name: string;
  aliases: string[];
  kind?: ActorKind;
  /** The role as the article states it, e.g. "President of El Salvador". */
  role?: string;
  cites: SentenceId[];
  origin: Origin;
}

/** A direct quotation. `speaker` is an actor's full name, or null when the article names nobody. */
export interface Quote {
  speaker: string | null;
  /** For unnamed speakers, how the article describes them ("a presidential adviser"). */
  speakerDescription?: string;
  text: string;
  cites: SentenceId[];
  origin: Origin;
}

/** Something the article says is not yet known. */
export interface OpenQuestion {
  text: string;
  /** Why it is open, in the article's terms. */
  why?: string;
  /** How long after following the briefing to check in on it, e.g. "7d". */
  followUpAfter?: string;
  cites: SentenceId[];
  origin: Origin;
}

/** How a claim is sourced. */
export type Sourcing = 'on-record' | 'unnamed';

/** A statement of fact the article reports, and who it rests on. */
export interface Claim {
  text: string;
  sourcing: Sourcing;
  /** Who the article says it comes from: "sources familiar with the negotiations", "Ana María Guzmán". */
  source?: string;
  cites: SentenceId[];
  origin: Origin;
}

/** A scheduled check-in written by the curator. */
export interface Followup {
  after: string;
  note: string;
}

export interface BriefingSource {
  name?: string;
  url?: string;
  published?: string;
}

/**
 * A briefing's structure without its article: everything a card, an actor answer, a follow-up or a
 * feed match needs. The index keeps this for every briefing; the body is read only when an answer
 * shows sentences (`Briefing`).
 */
export interface BriefingOutline {
  slug: string;
  aliases: string[];
  headline: string;
  source: BriefingSource;
  summary: { text: string; cites: SentenceId[]; origin: Origin };
  actors: Actor[];
  quotes: Quote[];
  questions: OpenQuestion[];
  claims: Claim[];
  followups: Followup[];
  /** Where the document was loaded from (relative to the working directory when possible). */
  path: string;
  /** sha256 of the whole file, for caches. */
  hash: string;
}

/** One briefing document, loaded and filled in: the outline plus its article. */
export interface Briefing extends BriefingOutline {
  /** The article body exactly as written in the file. */
  body: string;
  paragraphs: Paragraph[];
  /** All sentences in order, for citation look-up. */
  sentences: Sentence[];
}
