/**
 * Claims and their sourcing. A sentence resting on unnamed sources ("sources familiar with the
 * negotiations", "insiders", "officials who asked not to be named", "analysts say") is marked
 * `unnamed` with the phrase as its source; a sentence a named actor is reported saying is
 * `on-record` with that actor as its source.
 */
import type { ExtractedClaim, ExtractedQuote } from '../briefing/extraction.ts';
import type { Article } from './context.ts';
import { isSpaceCode } from './letters.ts';

const UNNAMED: RegExp[] = [
  /\b(?:(?:two|three|several|many|some|other|senior|western|european|government|diplomatic|security|military|intelligence|industry|unnamed|anonymous)\s+)*sources?\s+(?:close to|familiar with|with knowledge of|briefed on|in|at|inside|within)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}/i,
  /\b(?:people|persons|officials?|diplomats?|those|insiders)\s+(?:familiar with|close to|briefed on|with knowledge of|involved in)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}/i,
  /\baccording to\s+(?:(?:two|three|four|several|some|many|senior|western|unnamed|anonymous|government|administration|military|security|intelligence|european|local)\s+)*(?:officials?|diplomats?|sources?|people|insiders?)\b/i,
  /\b(?:officials|diplomats|sources)\s+(?:said|say|says|told|confirmed)\b/i,
  /\b(?:officials?|diplomats?|sources?|people|aides?)\s+(?:who|speaking)\s+(?:asked|spoke|requested|declined|did not want|on condition)[^,.;]*/i,
  /\b(?:officials?|diplomats?|sources?)\b[^,.;]{0,40}\bon condition of anonymity\b/i,
  /\bwho\s+(?:asked|requested|spoke|declined)\s+(?:not\s+to\s+be\s+(?:named|identified)|on\s+condition\s+of\s+anonymity|anonymously|to\s+be\s+named)/i,
  /\bon condition of anonymity\b/i,
  /\b(?:according to\s+)?(?:unnamed|anonymous)\s+(?:sources?|officials?|diplomats?)\b/i,
  /\binsiders?\b/i,
  /\b(?:some\s+|many\s+|most\s+|other\s+)?(?:analysts|experts|observers|economists|critics)\s+(?:say|said|believe|believed|suggest|suggested|note|noted|warn|warned|argue|argued)\b/i,
  /\b(?:say|said)\s+(?:analysts|experts|observers|economists)\b/i,
  /\b(?:interpreted|seen|viewed|described)\s+by\s+(?:some\s+)?(?:analysts|experts|observers)\b/i,
  /\b(?:reports?|sources)\s+(?:said|say|suggest|suggested|claimed)\b/i,
  /\b(?:reports\s+have\s+circulated|it\s+is\s+understood|it\s+is\s+believed)\b/i,
];

/**
 * A word every UNNAMED pattern needs (each pattern's match holds one of them as a whole word): a
 * sentence without any is sourced by none of them, and one scan rejects it.
 */
const UNNAMED_WORDS = /\b(?:sources?|people|persons|officials?|diplomats?|aides?|those|insiders?|according|who|anonymity|unnamed|anonymous|analysts|experts|observers|economists|critics|reports?|understood|believed)\b/i;

const ON_RECORD_VERB = /\b(?:said|says|told|added|announced|confirmed|stated|insisted|warned|according to)\b/i;

/** Finds claims and how they are sourced. */
export function findClaims(article: Article, quotes: ExtractedQuote[]): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  const speakerBySentence = new Map<string, string>();
  for (const q of quotes) if (q.speaker) for (const id of q.cites) speakerBySentence.set(id, q.speaker);
  for (const sentence of article.sentences) {
    const text = sentence.text;
    if (text.length > 1500) continue;
    let source: string | undefined;
    for (const re of UNNAMED_WORDS.test(text) ? UNNAMED : []) {
      const m = re.exec(text);
      if (m) {
        const qualified = /^(?:officials?|diplomats?|sources?|people|aides?)\b/i.test(m[0]);
        const describedBefore = /^who\b/i.test(m[0]);
        source = (qualified || describedBefore ? modifiersBefore(text, m.index, describedBefore ? 5 : 3) : '') + m[0].trim().replace(/^according to\s+/i, '').replace(/\s+(?:confirmed|said|say|says|told|added|note|noted|claimed|suggested|believe|believed|that)\b.*$/i, '');
        break;
      }
    }
    if (source) {
      out.push({ text, sourcing: 'unnamed', source, cites: [sentence.id] });
      continue;
    }
    const speaker = speakerBySentence.get(sentence.id);
    if (speaker && ON_RECORD_VERB.test(text)) out.push({ text, sourcing: 'on-record', source: speaker, cites: [sentence.id] });
  }
  return out;
}

const SOURCE_MODIFIERS = new Set(
  'two three four five several some many most other senior junior western foreign government administration military security intelligence local regional police diplomatic industry unnamed anonymous'.split(' '),
);

const LETTER = /^\p{L}$/u;

/**
 * The length of the character of a word ([\p{L}'’.-]) that ends at `end` in `text` (2 for a
 * letter outside the Basic Multilingual Plane), or 0 when the character there is something else.
 */
function wordCharBefore(text: string, end: number): number {
  if (end <= 0) return 0;
  const c = text.charCodeAt(end - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 || c === 46 ? 1 : 0;
  if (c === 0x2019) return 1;
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER.test(text.slice(end - 2, end)) ? 2 : 0;
  }
  return LETTER.test(text[end - 1]!) ? 1 : 0;
}

/**
 * The last one to `most` words of a text, each followed by space: what
 * `/(?:[\p{L}'’.-]+\s+){1,most}$/u` matches, read backwards from the end instead of tried at
 * every position. Undefined when the text does not end in a word and space.
 */
function lastWords(text: string, most: number): string | undefined {
  let at = text.length;
  let start: number | undefined;
  for (let words = 0; words < most; words++) {
    // The space after the word (the text's last characters, or those before the word after it).
    const spaceEnd = at;
    while (at > 0 && isSpaceCode(text.charCodeAt(at - 1))) at--;
    if (at === spaceEnd) break;
    const wordEnd = at;
    for (let n = wordCharBefore(text, at); n > 0; n = wordCharBefore(text, at)) at -= n;
    if (at === wordEnd) break;
    start = at;
  }
  return start === undefined ? undefined : text.slice(start);
}

/**
 * Words before `index` that qualify the source: for "officials"/"sources", up to three modifiers
 * ("several EU diplomats"); for "… who asked not to be named", the description before it, up to
 * `most` words ("a resident of Weir Street").
 */
function modifiersBefore(text: string, index: number, most: number): string {
  const describing = most > 3;
  let before = text.slice(Math.max(0, index - 60), index);
  if (describing) before = before.replace(/,\s*$/, ' ');
  else if (/,\s*$/.test(before)) return '';
  const last = lastWords(before, most);
  if (last === undefined) return '';
  let words = last.trim().split(/\s+/);
  if (describing) {
    while (words.length > 0 && /^(?:said|says|told|that|and|but|as|while|however|according|to)$/i.test(words[0]!)) words.shift();
  } else {
    const kept: string[] = [];
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i]!;
      if (!SOURCE_MODIFIERS.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w)) break;
      kept.unshift(w);
    }
    words = kept;
  }
  return words.length > 0 ? `${words.join(' ')} ` : '';
}
