/**
 * Claims and their sourcing. A sentence resting on unnamed sources ("sources familiar with the
 * negotiations", "insiders", "officials who asked not to be named", "analysts say") is marked
 * `unnamed` with the phrase as its source; a sentence a named actor is reported saying is
 * `on-record` with that actor as its source.
 */
import type { ExtractedClaim, ExtractedQuote } from '../briefing/extraction.ts';
import type { Article } from './context.ts';

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

const LAST_WORDS = new Map<number, RegExp>();

/** The last one to `most` words of a text, each followed by space. */
function lastWords(most: number): RegExp {
  let re = LAST_WORDS.get(most);
  if (!re) {
    re = new RegExp(`(?:[\\p{L}'’.-]+\\s+){1,${most}}$`, 'u');
    LAST_WORDS.set(most, re);
  }
  return re;
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
  const m = lastWords(most).exec(before);
  if (!m) return '';
  let words = m[0].trim().split(/\s+/);
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
