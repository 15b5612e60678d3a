/**
 * What the briefing index needs from a store, behind two narrow interfaces: `IndexWriter` keeps the
 * index in step with the folder (one row per file, with the look-up rows of its briefing), and
 * `IndexLookup` answers the look-ups the library makes. The store's `SqliteBriefingIndex`
 * (src/store/sqlite-briefing-index.ts) implements both on SQLite with FTS5; a Postgres store
 * implements the same methods. Every method is async and takes and returns plain values: the
 * domain decides what a look-up means (folding, typo tolerance, ranking by citations), the store
 * only how to find rows fast.
 */
import type { Extraction } from './extraction.ts';
import type { BriefingOutline } from './model.ts';

/** A problem found in one file, as `path:line: message` shows it. */
export interface FileProblem {
  line: number;
  message: string;
}

/** One file of the briefings folder as the index last saw it. */
export interface IndexedFile {
  /** The file's name inside the briefings folder, e.g. `harbour-strike.md`. */
  name: string;
  size: number;
  mtimeMs: number;
  /** sha256 of the file's text. */
  hash: string;
  /** The index format the row was written with; rows of another format are re-read. */
  format: number;
  /** The slug the file declares (also when another file already holds it). */
  slug?: string;
  /** True when the file is in the index as a briefing; false when it has problems or its slug is taken. */
  indexed: boolean;
  problems: FileProblem[];
  /** The stored extraction its briefing was built with; absent when the front matter left nothing to extract. */
  extraction?: { key: string; version: string };
}

/** A weighted word for full-text and completion look-ups (folded: lower case, no accents). */
export interface IndexKey {
  key: string;
  /** True for whole names (slug, alias, headline; actor name, alias, surname); false for words used only to complete. */
  exact: boolean;
}

/** One actor of a briefing, as the index keeps it for look-ups across briefings. */
export interface IndexedActor {
  /** Its place in the briefing's `actors`. */
  position: number;
  /** The identity it belongs to across briefings: its folded name. */
  identity: string;
  name: string;
  /** Folded names and aliases, space-separated: the words a name look-up matches. */
  names: string;
  /** Folded role, or empty. */
  role: string;
  /** The role as the briefing states it, for labels. */
  roleText?: string;
  /** How much the briefing says about it: its citations plus one. Identities rank by the sum. */
  weight: number;
  keys: IndexKey[];
}

/** One good briefing with everything its look-ups need. */
export interface IndexedBriefing {
  outline: BriefingOutline;
  /** What asks for it: its first alias, else its slug. */
  ask: string;
  /** What orders briefings in lists (folded headline). */
  sortKey: string;
  keys: IndexKey[];
  /** Folded text for full-text search, per field. */
  text: Record<TopicField, string>;
  actors: IndexedActor[];
  /** Words that typo-tolerant look-ups may correct to, by vocabulary. */
  terms: { topic: string[]; actor: string[] };
}

/** What one file contributes to the index: its row, its briefing when it has one, and a new extraction to keep. */
export interface IndexEntry {
  file: IndexedFile;
  briefing?: IndexedBriefing;
  extraction?: { key: string; version: string; value: Extraction };
}

/** The fields of a briefing's full-text row. */
export type TopicField = 'names' | 'headline' | 'summary' | 'actors';
/** The fields of an actor identity's full-text row. */
export type ActorField = 'names' | 'roles';

/** One word of a full-text query: any of its spellings may match. */
export type QueryWord = Array<{ term: string; prefix?: boolean }>;

/** A full-text query over folded words: every word must match (`all`) or any (`any`). */
export interface TextQuery<F extends string> {
  words: QueryWord[];
  combine: 'all' | 'any';
  /** The fields to search (default every field). */
  fields?: readonly F[];
  /** Ranking weight per field (default 1). */
  weights?: Partial<Record<F, number>>;
}

/** A briefing as look-ups return it: enough to name it and ask for it; its outline is read separately. */
export interface BriefingRef {
  slug: string;
  headline: string;
  /** What asks for it: its first alias, else its slug. */
  ask: string;
  /** The file it was read from, inside the briefings folder. */
  file: string;
}

/** An actor identity across briefings. */
export interface IdentityHit {
  key: string;
  /** Its name as the first briefing (in headline order) spells it. */
  name: string;
  /** Its role as the first briefing that states one does, for labels. */
  role?: string;
  /** The sum of its appearances' weights. */
  weight: number;
  /** In how many briefings it appears. */
  appearances: number;
}

/**
 * How a key look-up matches: `exact` only whole names (else also single name and headline words);
 * `prefix` keys that start with the key (in key order, for completion), else keys equal to it.
 */
export interface KeyMatch {
  exact?: boolean;
  prefix?: boolean;
  limit: number;
}

/** A look-up of whole keys (no prefix), `limit` per key. */
export type WholeKeyMatch = Omit<KeyMatch, 'prefix'>;

/** Which vocabulary a typo-tolerant look-up corrects against. */
export type Vocabulary = 'topic' | 'actor';

/** A file whose text is unchanged but whose size or modification time moved (a copy, a checkout). */
export interface TouchedFile {
  name: string;
  size: number;
  mtimeMs: number;
}

/** A running bot that keeps the index in step with a folder by watching it. */
export interface IndexWatcher {
  /** The folder's absolute path. */
  folder: string;
  /** When it last said it was watching (epoch ms); it says so every few seconds. */
  heartbeatAt: number;
}

/**
 * One file row as a whole-folder comparison reads it — name, size, modification time and
 * `FILE_*` flags — so comparing 100,000 files reads four plain values a file, not whole rows.
 */
export type FileStamp = readonly [name: string, size: number, mtimeMs: number, flags: number];
/** Flag of a `FileStamp`: written by another index format, or extracted by another extractor version. */
export const FILE_STALE = 1;
/** Flag of a `FileStamp`: the row has problems. */
export const FILE_PROBLEMS = 2;
/** Flag of a `FileStamp`: the file declares a slug but is not indexed (it has problems, or another file holds the slug). */
export const FILE_UNINDEXED_SLUG = 4;

/**
 * How much of the index's change log is kept: the last `revisions` revisions (each write that
 * changes briefings is one, even when it only moved a file with problems), and fewer when they
 * changed more than about `slugs` briefings between them.
 */
export const CHANGE_LOG = { revisions: 512, slugs: 4096 } as const;

/** Keeps the index in step with the folder. */
export interface IndexWriter {
  /** Every file row as a stamp; `current` is the index format and extractor version rows should have been written with. */
  fileStamps(current: { format: number; extractor: string }): Promise<FileStamp[]>;
  /** The rows of these files (those the index knows). */
  filesNamed(names: readonly string[]): Promise<IndexedFile[]>;
  /** The rows of files that declare one of these slugs. */
  filesWithSlugs(slugs: readonly string[]): Promise<IndexedFile[]>;
  /**
   * Writes entries, records new sizes and times of unchanged files, and forgets files, all at once:
   * after a crash either all of it is there or none. Entries apply in order.
   */
  apply(change: { put: readonly IndexEntry[]; touch?: readonly TouchedFile[]; remove: readonly string[] }): Promise<void>;
  /**
   * Merges the full-text indexes after a run that wrote many briefings. Each write leaves its own
   * piece of the full-text index (and marks for the rows it replaced), and a search reads every
   * piece for every word: at 100,000 briefings a name search read about a dozen. Answers do not change.
   */
  compactText(): Promise<void>;
  /**
   * One bounded step of the same merge, for a running bot: writes about `pages` pages of merged
   * full-text index and says whether more is left (call again, between other work, until false).
   * Single-file writes each leave small pieces; steps bring them back into one without the pause of
   * `compactText`. Answers do not change between steps.
   */
  tidyText(pages: number): Promise<boolean>;
  /** A stored extraction by content key, when it was made by this extractor version. */
  storedExtraction(key: string, version: string): Promise<Extraction | undefined>;
  /** The bot watching a folder for this index, as it last said; undefined when none said so. */
  watcher(): Promise<IndexWatcher | undefined>;
  /** Says a bot is watching (or, with undefined, that it stopped). */
  setWatcher(watcher: IndexWatcher | undefined): Promise<void>;
}

/**
 * The briefings that changed after one revision of the index, as they are at a later one
 * (`IndexLookup.changesSince`): what derives something from every briefing brings it up to date
 * by reading these alone.
 */
export interface BriefingChanges {
  /** The revision the changes bring it to. */
  revision: number;
  /**
   * Each slug a write added, edited, renamed (the old slug and the new) or removed, once: with its
   * outline and its place in headline order now (how many briefings sort before it), or alone when
   * no briefing holds it any more.
   */
  changed: Array<{ slug: string; now?: { outline: BriefingOutline; position: number } }>;
}

/** The look-ups the library makes. */
export interface IndexLookup {
  /** How many briefings are indexed. */
  count(): Promise<number>;
  /**
   * Counts the index's writes that changed briefings (any process's): something derived from
   * every briefing at one revision holds until it moves.
   */
  revision(): Promise<number>;
  /** What `keepDerived` kept under this name, with the revision it was derived at. */
  derived(name: string): Promise<{ revision: number; data: Buffer } | undefined>;
  /**
   * Keeps something derived from every briefing (at `revision`, read before deriving) for other
   * processes, so a one-shot command need not derive it again. A cache: losing it costs time only.
   */
  keepDerived(name: string, revision: number, data: Buffer): Promise<void>;
  /**
   * The briefings changed after `revision`, read at one moment. Undefined when the index's change
   * log no longer reaches back to it (the log keeps the last `CHANGE_LOG` revisions and slugs),
   * or when more than `limit` slugs changed: then derive from every briefing again.
   */
  changesSince(revision: number, limit: number): Promise<BriefingChanges | undefined>;
  /** Briefings in headline order. */
  list(limit: number, offset?: number): Promise<BriefingRef[]>;
  /** Outlines in headline order, a page at a time (for parts that scan every briefing, such as feed matching). */
  outlines(limit: number, offset: number): Promise<BriefingOutline[]>;
  /** The outline of the briefing with this slug, with the file it came from. */
  outline(slug: string): Promise<{ outline: BriefingOutline; file: string } | undefined>;
  /**
   * Briefings with a key (whole names: slug, slug words, alias, headline; words: headline words)
   * matching `key`, in headline order (key order for a prefix); a briefing may come once per key.
   */
  briefingsByKey(key: string, match: KeyMatch): Promise<BriefingRef[]>;
  /** `briefingsByKey` for several whole keys in one look-up: what it returns for each key (keys with none are left out). */
  briefingsByKeys(keys: readonly string[], match: WholeKeyMatch): Promise<Map<string, BriefingRef[]>>;
  /** Full-text search over briefings, best first. */
  searchBriefings(query: TextQuery<TopicField>, limit: number): Promise<BriefingRef[]>;
  /**
   * Identities with a key (whole names: name, alias, surname; words: name words) matching `key`,
   * heaviest first (key order for a prefix); an identity may come once per key.
   */
  identitiesByKey(key: string, match: KeyMatch): Promise<IdentityHit[]>;
  /** `identitiesByKey` for several whole keys in one look-up: what it returns for each key (keys with none are left out). */
  identitiesByKeys(keys: readonly string[], match: WholeKeyMatch): Promise<Map<string, IdentityHit[]>>;
  /**
   * Full-text search over identities' names (and roles): the `limit` best when more match, and
   * otherwise every identity that matches, in no set order (ranking what is all kept costs time).
   */
  searchIdentities(query: TextQuery<ActorField>, limit: number): Promise<IdentityHit[]>;
  /** The folded words of identities' names and roles, for checking a match word by word. */
  identityWords(keys: readonly string[]): Promise<Map<string, { names: string[]; roles: string[] }>>;
  /** Where an identity appears: its heaviest `limit` appearances (the briefing, and the actor's place in it). */
  appearancesOf(key: string, limit: number): Promise<Array<{ briefing: BriefingRef; position: number }>>;
  /** Words of a vocabulary that one of `variants` (a word with letters deleted, see `deletionVariants`) also comes from. */
  similarTerms(vocabulary: Vocabulary, variants: readonly string[]): Promise<string[]>;
}

/** The whole store the briefing index needs. */
export type BriefingIndexStore = IndexWriter & IndexLookup;
