/** The table of actors extraction builds up: drafts and the mentions that point at them. */
import type { ActorKind } from '../briefing/model.ts';

/** An actor while extraction is running; `cites` are filled by the caller from mentions. */
export interface ActorDraft {
  name: string;
  aliases: Set<string>;
  kind: ActorKind;
  role: string | null;
  /** Token index of the first mention, for ordering. */
  first: number;
}

/** One place in the body that refers to an actor. */
export interface Mention {
  actor: number;
  start: number;
  end: number;
  /** Token index of the mention's first word. */
  token: number;
  quoted: boolean;
}

/** Actors and where they are mentioned (sorted by position). */
export interface ActorTable {
  actors: ActorDraft[];
  mentions: Mention[];
}
