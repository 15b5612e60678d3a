/**
 * Facts about the whole article that the person decision's features (person-features.ts) share
 * among its names: the names used alone, results-style scores, words the article writes in lower
 * case, and whether it is about works, firms or sport.
 */
import type { Article } from './context.ts';
import type { Occurrence } from './evidence.ts';
import { isFamilyNameFirst } from './family-names.ts';
import { startsLower } from './letters.ts';
import { ARTS_WORDS, FIRM_WORDS, SPORT_WORDS, WORK_WORDS } from './person-words.ts';

/** Facts about the article that several names' features share. */
export interface NameContext {
  /** True when the article writes `word` in lower case somewhere ("care", "malaria"): a common word, not a name. */
  writesLower: (word: string) => boolean;
  /** Folded single-word names used on their own somewhere ("Conroy"). */
  singleWords: Set<string>;
  /** Results-style article: scores such as "6-3" or "2-1" occur several times. */
  scores: boolean;
  /** Folded last words of the article's names of two words or more ("tim henman" → henman), and first words that are family names written first. */
  nameEnds: Set<string>;
  /** True for a folded word that news writes mostly in lower case (learned from the training part). */
  common: (word: string) => boolean;
  /** An article about works (films, albums, books, shows, games): it uses their words several times. */
  works: boolean;
  /** An article about firms and markets (shares, profits, customers, deals): it uses their words several times. */
  firms: boolean;
  /** An article about sport (matches, teams, players, results): it uses their words several times. */
  sport: boolean;
  /** The topics the article is about, of 'works', 'firms' and 'sport' (a feature's prefix each). */
  topics: readonly string[];
  /** The mentions of each folded name of the article ("disney" → every lone "Disney"). */
  names: ReadonlyMap<string, Occurrence[]>;
}

const commonSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The learned common words as a set, built once per list. */
function commonSet(words: readonly string[] | undefined): ReadonlySet<string> {
  if (!words) return new Set();
  let set = commonSets.get(words);
  if (!set) {
    set = new Set(words);
    commonSets.set(words, set);
  }
  return set;
}

const SCORE = /\b\d{1,2}-\d{1,2}\b/g;

/** The facts of `article` that `nameFeatures` needs. */
export function nameContext(article: Article, singleWords: Set<string>, names: ReadonlyMap<string, Occurrence[]>, commonWords?: readonly string[]): NameContext {
  const common = commonSet(commonWords);
  const nameEnds = new Set<string>();
  for (const key of names.keys()) {
    const space = key.indexOf(' ');
    if (space < 0) continue;
    // A surname, or a family name written first ("Park" of "Park Ji-hoon").
    const head = key.slice(0, space);
    if (isFamilyNameFirst(head)) nameEnds.add(head);
    nameEnds.add(key.slice(key.lastIndexOf(' ') + 1));
  }
  const scores = (article.body.slice(0, 20_000).match(SCORE)?.length ?? 0) >= 2;
  let lowerWords: Set<string> | undefined;
  const writesLower = (word: string): boolean => {
    if (!lowerWords) {
      lowerWords = new Set<string>();
      for (const t of article.tokens) if (startsLower(t.text)) lowerWords.add(t.lower);
    }
    return lowerWords.has(word);
  };
  let workWords = 0;
  let firmWords = 0;
  let sportWords = 0;
  for (const t of article.tokens) {
    const kind = TOPIC_WORDS.get(t.lower);
    if (kind === undefined) continue;
    if (kind & WORK) workWords++;
    if (kind & FIRM) firmWords++;
    if (kind & SPORT) sportWords++;
  }
  const works = workWords >= WORKS_ARTICLE;
  const firms = firmWords >= FIRMS_ARTICLE;
  const sport = sportWords >= SPORT_ARTICLE;
  const topics = [...(works ? ['works'] : []), ...(firms ? ['firms'] : []), ...(sport ? ['sport'] : [])];
  return { singleWords, nameEnds, scores, writesLower, common: (word) => common.has(word), works, firms, sport, topics, names };
}

const WORK = 1;
const FIRM = 2;
const SPORT = 4;

/** Each word of works (WORK) or of firms (FIRM), or both: one look-up per token of the article. */
const TOPIC_WORDS = ((): Map<string, number> => {
  const map = new Map<string, number>();
  for (const w of [...WORK_WORDS, ...ARTS_WORDS]) map.set(w, WORK);
  for (const w of FIRM_WORDS) map.set(w, (map.get(w) ?? 0) | FIRM);
  for (const w of SPORT_WORDS) map.set(w, (map.get(w) ?? 0) | SPORT);
  return map;
})();

/** How many words of works make an article one about works. */
const WORKS_ARTICLE = 4;

/** How many words of firms and markets make an article one about firms. */
const FIRMS_ARTICLE = 6;

/** How many words of sport make an article one about sport. */
const SPORT_ARTICLE = 6;

