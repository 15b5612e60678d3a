/**
 * `Reply`: what the bot answers, as a platform-neutral value. Renderers turn it into a Slack Block
 * Kit payload, a Discord message or terminal text; the answer engine never knows which.
 * Every statement carries `cites`: the ids of the article sentences it stands on.
 */
import type { ActorKind, Origin, Sourcing } from '../briefing/model.ts';
import type { SentenceId } from '../briefing/text.ts';
import type { ErrorCode } from '../errors.ts';

/** The parts of a briefing a person can ask for. `card` is the overview. */
export const BRIEFING_PARTS = ['card', 'actors', 'questions', 'quotes', 'claims', 'sources', 'full'] as const;
export type BriefingPart = (typeof BRIEFING_PARTS)[number];

export interface CitedText {
  text: string;
  cites: SentenceId[];
}

export interface ActorLine {
  name: string;
  kind?: ActorKind;
  role?: string;
  cites: SentenceId[];
}

export interface QuoteLine {
  speaker: string | null;
  speakerDescription?: string;
  text: string;
  cites: SentenceId[];
}

export interface QuestionLine {
  text: string;
  why?: string;
  cites: SentenceId[];
  /** Newer developments (from feeds) that may answer it: "May be answered by: <title> (<feed>) <link>". */
  developments?: string[];
}

export interface ClaimLine {
  text: string;
  sourcing: Sourcing;
  source?: string;
  cites: SentenceId[];
}

/** What a briefing reply shows: the briefing's structure without its body. */
export interface BriefingView {
  slug: string;
  aliases: string[];
  headline: string;
  summary: CitedText;
  actors: ActorLine[];
  questions: QuestionLine[];
  quotes: QuoteLine[];
  claims: ClaimLine[];
  source: { name?: string; url?: string; published?: string };
  /** Whether structure came from the curator, extraction or both. */
  origins: Origin[];
  /** The article's sentences by id, for parts that show the text behind citations (`sources`, `full`). */
  sentences?: Array<{ id: SentenceId; text: string }>;
  /** The briefing's web page, when pages are served to this reader; citations link to `<page>#s4-1`. */
  page?: string;
}

/** Where an actor appears, briefing by briefing. */
export interface ActorAppearanceView {
  slug: string;
  headline: string;
  /** The shortest way to ask for that briefing: "/brief swap". */
  ask: string;
  role?: string;
  kind?: ActorKind;
  quotes: QuoteLine[];
  cites: SentenceId[];
  /** That briefing's web page, when pages are served to this reader. */
  page?: string;
}

/** An article sentence quoted as written, with its citation: `{ cite: "4.2", text: "…" }`. */
export interface QuotedSentence {
  cite: SentenceId;
  text: string;
}

/** The story a free question was answered from. */
export interface AnsweredFrom {
  /** The briefing's slug. */
  briefing: string;
  headline: string;
  /** The shortest way to ask for the briefing: "/brief swap". */
  ask: string;
  /** The question as asked. */
  question: string;
  /** The actors of this exchange, most salient first, so a follow-up ("what did she say?") can lean on them. */
  people: string[];
  /** The briefing's web page, when pages are served to this reader; citations link to `<page>#s4-1`. */
  page?: string;
}

export interface Suggestion {
  /** What to show: "Venezuela and El Salvador swap prisoners" or "Nayib Bukele". */
  label: string;
  /** The message that would ask for it: "/brief swap", "who is Nayib Bukele". */
  ask: string;
}

export type Reply =
  | { kind: 'briefing'; part: BriefingPart; briefing: BriefingView }
  | {
      kind: 'actor';
      focus: 'profile' | 'quotes';
      name: string;
      aliases: string[];
      appearances: ActorAppearanceView[];
      /** Other actors the same words fit, so an ambiguous name is never silently resolved. */
      alsoMatches: Suggestion[];
      /** How many more briefings name the actor than `appearances` lists (an archive can hold hundreds). */
      moreAppearances?: number;
    }
  | {
      kind: 'not-found';
      subject: 'topic' | 'name';
      query: string;
      suggestions: Suggestion[];
      /** `close`: near the words asked; `available`: nothing was near, so these are what there is. */
      suggestionsAre: 'close' | 'available';
      /** Set while a first index of the archive runs: the answer may be among the files not read yet. */
      indexing?: { done: number; total: number };
    }
  | {
      kind: 'help';
      briefings: Suggestion[];
      usage: Array<{ ask: string; does: string }>;
      /** What help was asked about ("who"); `usage` then holds only its lines when `topicFound`. */
      topic?: string;
      topicFound?: boolean;
    }
  | (AnsweredFrom & {
      kind: 'answer';
      /** The one to three sentences that answer, best first, quoted as written. */
      sentences: QuotedSentence[];
      /**
       * Set when what the article says is that the answer is not known: the briefing's open question
       * (its words, with the sentences it stands on), or the sentence that says so.
       */
      unknown?: { text: string; cites: SentenceId[] };
    })
  | (AnsweredFrom & {
      kind: 'no-answer';
      /** What the article does not say, as a phrase: "why", "how many", "whether", "what was said". */
      asks: string;
      /** What the article does say near the question: related sentences, which do not answer it. */
      nearby: QuotedSentence[];
    })
  | { kind: 'notice'; title: string; lines: string[] }
  | { kind: 'list'; title: string; items: Array<{ text: string; detail?: string }>; empty: string }
  | {
      kind: 'error';
      code: ErrorCode;
      message: string;
      /** Do not post this where others see it (a repeated "slow down"); answer privately or not at all. */
      quiet?: boolean;
    };

export type ReplyKind = Reply['kind'];

/** A free question answered from the article. */
export type AnswerReply = Extract<Reply, { kind: 'answer' }>;
/** A free question whose story was found but whose article does not answer it. */
export type NoAnswerReply = Extract<Reply, { kind: 'no-answer' }>;
