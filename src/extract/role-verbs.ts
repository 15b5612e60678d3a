/**
 * Roles stated by a verb rather than next to the name: "appointed X as chief financial officer",
 * "X will run the new division", and a description opening the next sentence ("… Liam Fraser at
 * 3am. The systems administrator, who was on shift, …").
 */
import type { Article } from './context.ts';
import { isPersonNoun, isTitleWord } from './lexicon.ts';
import { clean, span } from './roles.ts';

/**
 * "appointed Sarah Jennings as chief financial officer", "replaced by Tom Hale as coach": a role
 * given with "as" right after the name.
 */
export function roleAs(article: Article, nameLast: number): string | undefined {
  const { tokens, tokenSentence } = article;
  if (tokens[nameLast + 1]?.lower !== 'as') return undefined;
  let from = nameLast + 2;
  if (['a', 'an', 'the', 'its', 'their', 'his', 'her'].includes(tokens[from]?.lower ?? '')) from++;
  let end = from - 1;
  let title = false;
  for (let k = from; k < tokens.length && k - from < 8 && tokenSentence[k] === tokenSentence[nameLast]; k++) {
    const tok = tokens[k]!;
    if (!['NOUN', 'ADJ', 'PROPN', 'ADP', 'DET'].includes(tok.pos) && !isTitleWord(tok.lower)) break;
    if (tok.pos === 'ADP' && tok.lower !== 'of' && tok.lower !== 'for') break;
    end = k;
    if (isTitleWord(tok.lower)) title = true;
  }
  while (end >= from && ['ADP', 'DET'].includes(tokens[end]!.pos)) end--;
  return title && end >= from ? clean(span(article, nameLast + 2, end)) : undefined;
}

/**
 * "Ian Brook's future as Oldbury manager", "her time as chief executive", "Park Ji-hoon's first
 * season as captain": a role held, after a possessive and a word or two for a spell in it.
 */
export function roleAsOwned(article: Article, nameLast: number): string | undefined {
  const { tokens } = article;
  if (!/^['’]s?$/.test(tokens[nameLast + 1]?.text ?? '')) return undefined;
  for (let k = nameLast + 2; k <= nameLast + 3; k++) {
    const tok = tokens[k];
    if (!tok || !['NOUN', 'ADJ'].includes(tok.pos) || !/^\p{Ll}/u.test(tok.text)) return undefined;
    if (tokens[k + 1]?.lower === 'as') return roleAs(article, k);
  }
  return undefined;
}

/** Verbs of taking up a post: "X will run the new division", "X will take over the software group". */
const DUTIES = new Set(['lead', 'head', 'run', 'chair', 'replace', 'succeed', 'direct', 'manage', 'coach', 'captain', 'oversee']);

/**
 * "Daniel Okafor will take over the software group", "Grace Whitfield, who joined in March, will
 * run a new division": the post a person is named to, as the role.
 */
export function roleByDuty(article: Article, nameLast: number): string | undefined {
  const { tokens, tokenSentence } = article;
  let k = nameLast + 1;
  // Skip one relative clause set off by commas.
  if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'who') {
    k += 2;
    while (k < tokens.length && tokenSentence[k] === tokenSentence[nameLast] && tokens[k]!.text !== ',' && k - nameLast < 20) k++;
    if (tokens[k]?.text !== ',') return undefined;
    k++;
  }
  if (tokens[k]?.lower !== 'will') return undefined;
  const verb = tokens[k + 1];
  const takeOver = verb?.lower === 'take' && tokens[k + 2]?.lower === 'over';
  if (!verb || !(DUTIES.has(verb.lower) || takeOver)) return undefined;
  let end = k + (takeOver ? 3 : 2);
  const from = end;
  while (end < tokens.length && tokenSentence[end] === tokenSentence[nameLast] && end - from < 8
    && !['.', ',', ';', ':', '"', '“', '”'].includes(tokens[end]!.text) && !['and', 'but', 'from', 'after', 'when'].includes(tokens[end]!.lower)) end++;
  if (end === from) return undefined;
  return clean(span(article, k, end - 1));
}

/**
 * "The breach was spotted by Liam Fraser at 3am. The systems administrator, who was on shift, …":
 * a definite description of one person that opens the next sentence of the same paragraph as its
 * subject takes up the name that closed the sentence before. Not when its head word was used
 * earlier in the article (it may then stand for someone already named), nor when another name is
 * joined to this one ("X and Y").
 */
export function roleNextSentence(article: Article, nameFirst: number, nameLast: number): string | undefined {
  const { tokens, tokenSentence } = article;
  if (article.tokenQuote[nameLast]! >= 0) return undefined;
  const sentence = tokenSentence[nameLast]!;
  // "near the village of Chiu Chiu": a name governed by a preposition of place is not a person.
  if (['in', 'at', 'near', 'from', 'of', 'to', 'into', 'outside', 'inside', 'across'].includes(tokens[nameFirst - 1]?.lower ?? '')) return undefined;
  let k = nameLast + 1;
  for (; k < tokens.length && tokenSentence[k] === sentence; k++) {
    const tok = tokens[k]!;
    if (article.tokenQuote[k]! >= 0) return undefined;
    if (['and', 'or', ','].includes(tok.lower) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && tokenSentence[k + 1] === sentence) return undefined;
  }
  const the = tokens[k];
  if (!the || the.text !== 'The' || tokenSentence[k] !== sentence + 1 || article.tokenQuote[k]! >= 0) return undefined;
  const paragraph = article.paragraphs.find((p) => p.start <= tokens[nameFirst]!.start && tokens[nameFirst]!.start < p.end);
  // The next sentence in the same paragraph, or opening the next one when the name's paragraph is
  // a single sentence (a lead: "Wasps are set to offer X a new deal. ¶ The 31-year-old …").
  if (!paragraph) return undefined;
  if (the.start >= paragraph.end && article.body.slice(tokens[nameFirst]!.start, paragraph.end).match(/[.!?]["”’]?\s+\S/)) return undefined;
  if (the.start >= paragraph.end && article.body.slice(paragraph.start, tokens[nameFirst]!.start).match(/[.!?]["”’]?\s+\S/)) return undefined;
  for (let h = k + 1; h <= k + 6 && h < tokens.length; h++) {
    const tok = tokens[h]!;
    // "The 31-year-old World Cup winning scrum-half": ages and capitalised modifiers may come first.
    if (article.tokenQuote[h]! >= 0 || tokenSentence[h] !== sentence + 1) return undefined;
    if (!/^\p{Ll}/u.test(tok.text)) {
      if (/^\d/.test(tok.text) || (tok.pos === 'PROPN' && h > k + 1)) continue;
      return undefined;
    }
    const after = tokens[h + 1];
    const headLike = (isPersonNoun(tok.lower) || isTitleWord(tok.lower)) && !/[^s]s$/.test(tok.lower);
    // "The health minister, Abena Kyei, said": a name after the comma is the one it describes.
    const named = after?.text === ',' && tokens[h + 2]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[h + 2]!.text);
    if (headLike && after && !named && (after.text === ',' || after.pos === 'VERB' || after.pos === 'AUX')) {
      const earlier = article.body.slice(0, tokens[nameFirst]!.start).toLowerCase();
      if (new RegExp(`\\b${tok.lower.replace(/[^\p{L}-]/gu, '')}\\b`, 'u').test(earlier)) return undefined;
      return clean(span(article, k + 1, h));
    }
    if (!['NOUN', 'ADJ'].includes(tok.pos) && !(tok.pos === 'VERB' && /ing$/.test(tok.lower))) return undefined;
  }
  return undefined;
}

/** Verbs of saying that attribute a sentence to a description withheld of its name. */
const LEDE_VERBS = new Set(['said', 'says', 'told', 'warned', 'claimed', 'admitted', 'announced', 'insisted', 'revealed']);

/**
 * "Mittal Steel could cut 45,000 jobs, its chief executive has said. ¶ … Lakshmi Mittal has told
 * investors …", "Meanwhile, France's finance minister has said the world faced … Herve Gaymard
 * said …": a description owned by a possessive ("its", "France's"), with a head word for a person
 * right before a verb of saying, in one of the two sentences before a person's first mention —
 * the news lead that names the speaker only afterwards. The nearest one.
 */
export function roleInLede(article: Article, first: number): string | undefined {
  const { tokens, tokenSentence } = article;
  const s = tokenSentence[first]!;
  if (s === 0 || article.tokenQuote[first]! >= 0) return undefined;
  let k = first - 1;
  while (k >= 0 && tokenSentence[k] === s) k--;
  for (let v = k; v > 0 && tokenSentence[v]! >= s - 2; v--) {
    if (!LEDE_VERBS.has(tokens[v]!.lower) || article.tokenQuote[v]! >= 0) continue;
    // "X's spokesman said: \"…\"": the description speaks a quotation here, it is no lead withholding a name.
    const next = tokens[v + 1];
    if (next && (next.text === ':' || article.tokenQuote[v + 1]! >= 0 || /^["“‘]$/.test(next.text))) continue;
    const description = ownedSubject(article, v);
    if (description) return description;
  }
  return undefined;
}

/** "its chief executive (has) said", "France's finance minister said": the owned description before verb `v`. */
function ownedSubject(article: Article, v: number): string | undefined {
  const { tokens, tokenSentence } = article;
  let end = v - 1;
  if (['has', 'have', 'had'].includes(tokens[end]?.lower ?? '')) end--;
  const head = tokens[end];
  if (!head || !/^\p{Ll}/u.test(head.text) || !(isPersonNoun(head.lower) || isTitleWord(head.lower)) || /[^s]s$/.test(head.lower)) return undefined;
  let start = end;
  let owned = false;
  for (let h = end - 1; h >= 0 && end - h < 8 && tokenSentence[h] === tokenSentence[v]; h--) {
    const tok = tokens[h]!;
    if (/^['’]s?$/.test(tok.text) || tok.lower === 'its') {
      owned = true;
      start = h;
      continue;
    }
    if (!['NOUN', 'ADJ', 'PROPN'].includes(tok.pos) || (owned && !/^\p{Lu}/u.test(tok.text))) break;
    start = h;
  }
  return owned && start < end ? clean(span(article, start, end)) : undefined;
}
