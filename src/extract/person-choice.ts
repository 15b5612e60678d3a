/**
 * The decision "is this name a person" for one name and all its occurrences: the hand rules that
 * override (hand-rules.ts), else the learned model (person-features.ts), else — with no model —
 * the hand rule it replaced. Also how a person's name is written: family name first or last.
 */
import type { Article } from './context.ts';
import { companyCue, type Occurrence } from './evidence.ts';
import { isFamilyNameFirst, isSyllablePair } from './family-names.ts';
import { PERSON_RULES, ruling } from './hand-rules.ts';
import type { Decisions } from './learned/decisions.ts';
import { probability } from './learned/linear.ts';
import type { NameRun } from './names.ts';
import type { NameContext } from './person-context.ts';
import { nameFeatures } from './person-features.ts';

/**
 * True when a person's name is written family name first ("Park Ji-hoon", "Hu Jintao"): it opens
 * with a family name of such a culture and either has a hyphenated pair of syllables or its first
 * word, not its last, is used alone in the article.
 */
export function familyNameFirst(article: Article, run: NameRun, words: string[], singleWords: Set<string>): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const tokens = article.tokens.slice(run.nameFirst, run.nameLast + 1).map((t) => t.text);
  if (!isFamilyNameFirst(tokens[0] ?? '')) return false;
  if (tokens.slice(1).some(isSyllablePair)) return true;
  return singleWords.has(words[0]!) && !singleWords.has(words[words.length - 1]!);
}

/**
 * "the General Election", "the Queen Mother": a title word glued before one common word, with
 * "the" before the title at every mention, names an event, an office or a post, not someone
 * ("President Vale", "the Reverend Ann Vale" and "General Vale" keep their reading).
 */
function titledCommonWord(article: Article, key: string, list: Occurrence[], context: NameContext): boolean {
  if (key.includes(' ') || !context.common(key)) return false;
  return list.every((o) => o.run.kind === 'person' && !o.run.honorific && article.tokens[o.run.first - 1]?.lower === 'the');
}

/**
 * Whether the name `key` (all its occurrences) is a person: the learned model when there is one,
 * else the hand rule it replaced (evidence at some occurrence, or a full name whose surname is
 * used alone, unless only a company is used that way).
 */
export function isPerson(
  article: Article, key: string, list: Occurrence[], context: NameContext, singleWords: Set<string>, decisions: Decisions,
): boolean {
  const model = decisions.models.person;
  const titledCommon = titledCommonWord(article, key, list, context);
  // The hand rules read only the cues and the word count: when one decides, the rest of the
  // features are not needed (unless training wants them).
  if (model && !decisions.trace) {
    const cues = new Set(list.flatMap((o) => o.cues ?? []));
    if (!key.includes(' ')) cues.add('w<=1');
    if (titledCommon) cues.add('titledCommon');
    const decided = ruling(PERSON_RULES, [...cues]);
    if (decided !== undefined) return decided;
  }
  const features = model || decisions.trace ? nameFeatures(article, list, key, context) : [];
  if (titledCommon) features.push('titledCommon');
  if (decisions.trace) {
    const forms = new Set(list.flatMap((o) => [o.run.name, o.run.text]));
    decisions.trace.persons.push({ name: list[0]!.run.name, forms: [...forms], features });
  }
  if (model) return ruling(PERSON_RULES, features) ?? probability(model, features) >= model.threshold;
  const evidence = list.some((o) => o.evidence) || (key.includes(' ') && singleWords.has(key.split(' ').pop()!));
  // "Shares of Westcoast Midstream rose": a company, whatever else the text suggests, unless a
  // title or honorific in the name says otherwise.
  return evidence && (list.some((o) => o.run.kind === 'person') || !list.some((o) => companyCue(article, o.run)));
}
