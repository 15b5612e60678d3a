/**
 * Descriptions stated in the ordinary ways of any section of the news but with no title word to
 * vouch for them: "X is technology correspondent for Y", "X quit as club boss", "A church elder,
 * X, said". The patterns of roles.ts need a title or a word for a person from the lexicon; these
 * need only the shape, and are offered to the learned role decision alone (role-candidates.ts),
 * which weighs them by their head word and pattern. They do not feed the hand rule that decides
 * whether a name is a person (evidence.ts).
 */
import type { Article } from './context.ts';
import { isPersonNoun } from './lexicon.ts';
import { clean, span } from './roles.ts';
import { roleAs } from './role-verbs.ts';

/** Most words a loose description may have. */
const MAX_WORDS = 12;
/** Adverbs allowed between the copula and its complement ("is currently host of …"). */
const COPULA_ADVERBS = new Set(['currently', 'now', 'also', 'still', 'already', 'then']);
const DETERMINERS = new Set(['a', 'an', 'the', 'one']);
const STOPS = new Set(['.', ';', ':', ',', '"', '“', '”', '?', '!', '(', ')', '-', '–', '—']);

/**
 * The noun phrase from token `from` to the end of its clause, when it is one (no verb in it, a
 * noun in it, at most MAX_WORDS words); the last token's index, or -1.
 */
function nounPhraseEnd(article: Article, from: number, sentence: number): number {
  const { tokens, tokenSentence } = article;
  let end = -1;
  let noun = false;
  for (let k = from; k < tokens.length && k - from < MAX_WORDS && tokenSentence[k] === sentence; k++) {
    const tok = tokens[k]!;
    if (STOPS.has(tok.text) || ['who', 'which', 'that', 'whose', 'and', 'but'].includes(tok.lower)) break;
    // "world cross country champion": a verb's form between two nouns is part of a compound.
    const compound = tok.pos === 'VERB' && k > from && tokens[k - 1]!.pos === 'NOUN' && tokens[k + 1]?.pos === 'NOUN' && !/(?:ed|ing|[^s]s)$/.test(tok.lower);
    if (['VERB', 'AUX', 'PRON', 'SCONJ', 'PART'].includes(tok.pos) && !/^['’]s$/.test(tok.text) && !compound) break;
    if (tok.pos === 'NOUN') noun = true;
    end = k;
  }
  while (end >= from && ['ADP', 'DET', 'CCONJ'].includes(tokens[end]!.pos)) end--;
  return noun && end >= from ? end : -1;
}

/**
 * "X is technology correspondent for Y", "X is currently one half of the Thursday show": the
 * complement of "is"/"was" after the name, with no determiner or with one, when the copula
 * pattern of roles.ts (which needs a title word) found nothing.
 */
export function bareCopula(article: Article, nameLast: number): string | undefined {
  const { tokens, tokenSentence } = article;
  const verb = tokens[nameLast + 1];
  if (!verb || !['is', 'was'].includes(verb.lower)) return undefined;
  let from = nameLast + 2;
  if (COPULA_ADVERBS.has(tokens[from]?.lower ?? '')) from++;
  const first = tokens[from];
  // "X is still ranked 22nd in the world", "X was seeded fifth": a standing, to the clause's end.
  if (first && RANKED.has(first.lower)) return rankedPhrase(article, from, tokenSentence[nameLast]!);
  if (!first || !(DETERMINERS.has(first.lower) || ['NOUN', 'ADJ'].includes(first.pos))) return undefined;
  const end = nounPhraseEnd(article, from, tokenSentence[nameLast]!);
  return end < 0 ? undefined : clean(span(article, from, end));
}

/** Participles of standing in a competition. */
const RANKED = new Set(['ranked', 'seeded']);

/**
 * "ranked 22nd in the world", "seeded fifth": the participle with an ordinal or number after it,
 * and what follows up to a comma, a conjunction or a verb; undefined with no ordinal.
 */
function rankedPhrase(article: Article, from: number, sentence: number): string | undefined {
  const { tokens, tokenSentence } = article;
  if (!/^(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|no|number|top)$/i.test(tokens[from + 1]?.text ?? '')) return undefined;
  let end = from + 1;
  while (end + 1 < tokens.length && end - from < 8 && tokenSentence[end + 1] === sentence && !STOPS.has(tokens[end + 1]!.text)
    && ['ADP', 'DET', 'NOUN', 'NUM', 'ADJ', 'PROPN'].includes(tokens[end + 1]!.pos) && !['despite', 'after', 'before', 'since', 'but', 'and'].includes(tokens[end + 1]!.lower)) end++;
  while (end > from + 1 && ['ADP', 'DET'].includes(tokens[end]!.pos)) end--;
  return span(article, from, end);
}

/**
 * "X quit as Ajax boss", "X stepped down as chairman": "as" and a title after a verb (and a
 * particle) that follows the name, where roleAs (role-verbs.ts) wants "as" right after it.
 */
export function asAfterVerb(article: Article, nameLast: number): string | undefined {
  const { tokens, tokenSentence } = article;
  let k = nameLast + 1;
  if (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV') k++;
  if (tokens[k]?.pos !== 'VERB') return undefined;
  k++;
  if (['down', 'up', 'over', 'on', 'in', 'back'].includes(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower !== 'as' || tokenSentence[k] !== tokenSentence[nameLast]) return undefined;
  return roleAs(article, k - 1);
}

/**
 * "Jane Lush, controller of entertainment commissioning, said", "X, a lecturer in law at …,
 * told": an appositive set off by commas after the name whose head, among its first words and
 * before any verb, is a word for a person by its ending ("controller", "lecturer") — where
 * roleAfter (role-after.ts) wants a title or a listed word.
 */
export function looseAppositive(article: Article, nameLast: number): string | undefined {
  const { tokens, tokenSentence, tokenQuote } = article;
  if (tokens[nameLast + 1]?.text !== ',') return undefined;
  const sentence = tokenSentence[nameLast]!;
  const from = nameLast + 2;
  let head = -1;
  let end = from;
  for (; end < tokens.length && end - from < MAX_WORDS && tokenSentence[end] === sentence && tokenQuote[end] === tokenQuote[nameLast]; end++) {
    const tok = tokens[end]!;
    if (tok.text === ',') break;
    if (STOPS.has(tok.text) || ['who', 'which', 'that'].includes(tok.lower)) return undefined;
    if (head < 0) {
      if (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.pos === 'PRON' || end - from > 4) return undefined;
      // "…, club manager Sir Alex Ferguson,": a description before another name is a list's next item.
      if (/^\p{Ll}/u.test(tok.text) && tok.pos === 'NOUN' && isPersonNoun(tok.lower)) {
        if (/^\p{Lu}/u.test(tokens[end + 1]?.text ?? '')) return undefined;
        head = end;
      }
    }
  }
  // Closed by a comma before a verb ("…, said"), not a list going on.
  if (head < 0 || tokens[end]?.text !== ',' || !['VERB', 'AUX'].includes(tokens[end + 1]?.pos ?? '')) return undefined;
  return clean(span(article, from, end - 1));
}

/**
 * "A church elder, X, said": a noun phrase that opens the sentence with a determiner and is set
 * off by commas before the name, where roleInFront (roles.ts) wants a title word in it.
 */
export function plainFront(article: Article, nameFirst: number, nameLast: number): string | undefined {
  const { tokens, tokenSentence } = article;
  if (tokens[nameFirst - 1]?.text !== ',' || tokens[nameLast + 1]?.text !== ',') return undefined;
  const sentence = tokenSentence[nameFirst]!;
  let start = nameFirst - 2;
  while (start > 0 && tokenSentence[start - 1] === sentence && nameFirst - start < MAX_WORDS
    && ['ADJ', 'NOUN', 'NUM', 'PROPN', 'DET'].includes(tokens[start - 1]!.pos)) start--;
  const opens = start === 0 || tokenSentence[start - 1] !== sentence;
  if (!opens || !['a', 'an', 'the'].includes(tokens[start]!.lower) || tokens[nameFirst - 2]?.pos !== 'NOUN') return undefined;
  return clean(span(article, start, nameFirst - 2));
}

/**
 * "A customer who was waiting at the counter, Tadhg Collins, said": a description that opens the
 * sentence with a determiner, a word for a person and a relative clause running up to the comma
 * before the name. Not a clause that reports speech.
 */
export function frontClause(article: Article, nameFirst: number, nameLast: number): string | undefined {
  const { tokens, tokenSentence } = article;
  if (tokens[nameFirst - 1]?.text !== ',' || ![',', '.'].includes(tokens[nameLast + 1]?.text ?? '')) return undefined;
  const sentence = tokenSentence[nameFirst]!;
  let start = nameFirst - 2;
  while (start > 0 && tokenSentence[start - 1] === sentence) start--;
  if (nameFirst - start > 25 || !['a', 'an', 'the', 'one'].includes(tokens[start]!.lower)) return undefined;
  let who = start + 1;
  for (; who < nameFirst - 1 && tokens[who]!.lower !== 'who'; who++) {
    if (who - start > 5 || !['ADJ', 'NOUN', 'NUM', 'PROPN'].includes(tokens[who]!.pos)) return undefined;
  }
  if (tokens[who]?.lower !== 'who' || !isPersonNoun(tokens[who - 1]!.lower) || /^(?:said|says|told|added)$/.test(tokens[who + 1]?.lower ?? '')) return undefined;
  for (let k = who + 1; k < nameFirst - 1; k++) {
    if ([',', '"', '“', '”', ';', ':', '(', ')'].includes(tokens[k]!.text) || article.tokenQuote[k]! >= 0) return undefined;
  }
  return clean(span(article, start, nameFirst - 2));
}

/**
 * Court reports' participles of advocacy, and the word for the advocate when the participle
 * stands alone ("Prosecuting, X said …"); with an object or "for" the phrase itself is the role.
 */
const COURT_PARTICIPLES = new Map(Object.entries({
  prosecuting: 'prosecutor', defending: 'defence lawyer', mitigating: 'defence lawyer', representing: 'representing',
}));

/**
 * "Prosecuting, X told the court …", "Mitigating for Popescu, X said …", "Defending Maddox, X
 * said …": the court report's opening participle of advocacy, set off by a comma before the name.
 */
export function courtAdvocate(article: Article, nameFirst: number): string | undefined {
  const { tokens, tokenSentence } = article;
  if (tokens[nameFirst - 1]?.text !== ',') return undefined;
  const sentence = tokenSentence[nameFirst]!;
  let start = nameFirst - 2;
  while (start > 0 && tokenSentence[start - 1] === sentence && nameFirst - start < 6 && tokens[start - 1]!.text !== ',') start--;
  const opens = start === 0 || tokenSentence[start - 1] !== sentence;
  const role = COURT_PARTICIPLES.get(tokens[start]?.lower ?? '');
  if (!role || article.tokenQuote[start]! >= 0) return article.tokenQuote[nameFirst - 2]! >= 0 ? undefined : forTheSide(article, nameFirst - 2, sentence);
  if (!opens) return undefined;
  if (start === nameFirst - 2) return role;
  return advocacy(tokens[start]!.lower, role, clean(span(article, start + 1, nameFirst - 2)));
}

/**
 * The advocate's noun with the party the phrase names (corpus/README.md): "Defending Maddox" →
 * "defence lawyer for Maddox", "prosecuting for the council" → "prosecutor for the council";
 * "representing …" has no one noun, and stays as written.
 */
function advocacy(word: string, role: string, rest: string | undefined): string | undefined {
  // "Representing himself, X told the court": a defendant with no advocate, not an advocate.
  if (!rest || /^(?:him|her|them)sel(?:f|ves)$/i.test(rest)) return undefined;
  if (word === 'representing') return `${word} ${rest}`;
  return /^(?:for|on) /.test(rest) ? `${role} ${rest}` : `${role} for ${rest}`;
}

/** The side of a case an advocate speaks for: "for the prosecution" → prosecutor. */
const COURT_SIDES = new Map(Object.entries({ prosecution: 'prosecutor', crown: 'prosecutor', defence: 'defence lawyer', defense: 'defence lawyer' }));

/**
 * "Opening the case for the prosecution, X told jurors …": an opening phrase of the sentence that
 * ends in "for the prosecution" or "for the defence" (`last` is its last word).
 */
function forTheSide(article: Article, last: number, sentence: number): string | undefined {
  const { tokens, tokenSentence } = article;
  const side = COURT_SIDES.get(tokens[last]?.lower ?? '');
  if (!side || tokens[last - 1]?.lower !== 'the' || tokens[last - 2]?.lower !== 'for') return undefined;
  for (let i = last - 3; i >= Math.max(0, last - 9); i--) {
    if (tokens[i]!.text === ',' || article.tokenQuote[i]! >= 0) return undefined;
    if (i === 0 || tokenSentence[i - 1] !== sentence) return side;
  }
  return undefined;
}

/**
 * The same advocacy set off after the name: "X, for the prosecution, said …", "X, prosecuting
 * for the council, said …", "X, defending, told the court …".
 */
export function courtAdvocateAfter(article: Article, nameLast: number): string | undefined {
  const { tokens, tokenSentence } = article;
  if (tokens[nameLast + 1]?.text !== ',') return undefined;
  const sentence = tokenSentence[nameLast]!;
  const first = nameLast + 2;
  let end = first;
  while (end < first + 6 && tokenSentence[end] === sentence && tokens[end] && tokens[end]!.text !== ',') end++;
  if (tokens[end]?.text !== ',' || tokenSentence[end] !== sentence || article.tokenQuote[first]! >= 0) return undefined;
  const word = tokens[first]?.lower ?? '';
  if (word === 'for' && end === first + 3 && tokens[first + 1]!.lower === 'the') return COURT_SIDES.get(tokens[first + 2]!.lower);
  // "X, for Conor Fahy, said": the side is the person the advocate speaks for.
  if (word === 'for' && end > first + 1 && end <= first + 4 && tokens.slice(first + 1, end).every((t) => /^\p{Lu}/u.test(t.text) && t.pos === 'PROPN')) {
    return span(article, first, end - 1);
  }
  const role = COURT_PARTICIPLES.get(word);
  if (!role) return undefined;
  return end === first + 1 ? role : advocacy(word, role, clean(span(article, first + 1, end - 1)));
}
