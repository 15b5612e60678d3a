/**
 * Definite descriptions of people that stand for a name in a later clause ("The 18-year-old
 * Indian, who …", "the central defender added"): role candidates for the person named last before
 * them (role-choice.ts decides who that is).
 */
import type { Article } from './context.ts';
import { isDemonym } from './gazetteer.ts';
import { FUNCTION_WORDS, NATIONALITY_NOUNS, isPersonNoun, isTitleWord } from './lexicon.ts';
import { startsDigit, startsLower, startsUpper } from './letters.ts';
import { span } from './roles.ts';

/** A definite description of one person in the text ("the American billionaire"). */
export interface DefiniteDescription {
  /** Token of "the". */
  at: number;
  /** Token of the head word. */
  head: number;
  text: string;
  /** "The" opens the sentence (rather than a clause inside it). */
  opens: boolean;
  /** The head is a nationality ("The Slovakian", "the Briton"). */
  nationality: boolean;
  /**
   * What stands before "the": a clause's start or a word opening a clause ("after the Russian
   * struggled"), a comma ("Speaking to reporters, the coach said"), a verb ("said the Sale
   * player", "voted to keep the racing pundit"), a preposition ("a proposal from the US tycoon").
   */
  before: 'clause' | 'comma' | 'verb' | 'prep';
  /** What follows the head: a verb or "who" (its subject), a comma, the sentence's end, "'s". */
  after: 'verb' | 'comma' | 'end' | 'possessive';
}

/** Words after which "the" opens a clause of its own ("after the Russian struggled"). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'while', 'but', 'as', 'when', 'since', 'because', 'although', 'though', 'whereas', 'until', 'and', 'then']);

const REFLEXIVES = new Set(['himself', 'herself']);

/** What stands before a "the" at token `k` (undefined: nothing a description is taken after). */
function placeBefore(article: Article, k: number): DefiniteDescription['before'] | undefined {
  const { tokens, tokenQuote } = article;
  const prev = tokens[k - 1];
  // "'…,' the prime minister told …": right after a quotation, as the one who says it.
  const afterQuote = ['"', '”'].includes(prev?.text ?? '') && tokenQuote[k - 2]! >= 0;
  if (article.clauseInitial[k] === 1 || afterQuote || CLAUSE_OPENERS.has(prev?.lower ?? '')) return 'clause';
  if (!prev) return undefined;
  if (prev.text === ',') return 'comma';
  if (prev.pos === 'VERB' || prev.lower === 'that') return 'verb';
  if (prev.pos === 'ADP' && /^\p{Ll}/u.test(prev.text)) return 'prep';
  return undefined;
}

/** What follows the head at token `h` (undefined: nothing that closes a description). */
function placeAfter(article: Article, h: number): DefiniteDescription['after'] | undefined {
  const { tokens, tokenSentence } = article;
  let next = tokens[h + 1];
  if (!next) return undefined;
  if (next.text.length === 2 && /^['’]s$/.test(next.text)) return 'possessive';
  if (tokenSentence[h + 1] !== tokenSentence[h]) return 'end';
  if (['.', ':', ';'].includes(next.text)) return 'end';
  // "The health minister, Abena Darko, told …": a name after the comma is the one it describes.
  if (next.text === ',') return tokens[h + 2]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[h + 2]!.text) ? undefined : 'comma';
  // "The chancellor also unveiled …", "the Spaniard himself has been …": a word between the
  // subject and its verb.
  if ((next.pos === 'ADV' || REFLEXIVES.has(next.lower)) && tokenSentence[h + 2] === tokenSentence[h]) next = tokens[h + 2]!;
  if (next.lower === 'who' || next.pos === 'VERB' || next.pos === 'AUX') return 'verb';
  return undefined;
}

/**
 * Every definite description of one person: "The 18-year-old Indian, who …", "The central defender
 * added …", "after the American billionaire launched …", "said the Sale player.", "criticised the
 * chancellor.", "the Olympic champion's time". "The", modifiers (ages, adjectives, nouns,
 * capitalised words), a singular head that is a word for a person, a title, a nationality or an
 * age, then a comma, "who", a verb, the sentence's end or "'s". Outside quotations. Where it stands
 * (`before`, `after`) is for the decision; who it describes is decided by the caller (the person
 * named last before it).
 */
export function definiteDescriptions(article: Article): DefiniteDescription[] {
  const { tokens, tokenSentence, tokenQuote } = article;
  const out: DefiniteDescription[] = [];
  for (let k = 0; k < tokens.length - 2; k++) {
    if (tokens[k]!.lower !== 'the' || tokenQuote[k]! >= 0) continue;
    const opens = article.clauseInitial[k] === 1;
    const before = placeBefore(article, k);
    if (!before) continue;
    for (let h = k + 1; h <= k + 7 && h < tokens.length; h++) {
      const tok = tokens[h]!;
      if (tokenSentence[h] !== tokenSentence[k] || tokenQuote[h]! >= 0) break;
      const nationality = startsUpper(tok.text) && (isDemonym(tok.text) || NATIONALITY_NOUNS.has(tok.lower)) && !/s$/.test(tok.lower);
      const word = startsLower(tok.text) && tok.pos === 'NOUN' && (isPersonNoun(tok.lower) || isTitleWord(tok.lower)) && !/[^s]s$/.test(tok.lower);
      const age = tok.lower.endsWith('-year-old') && /^\d+-year-old$/.test(tok.lower);
      // "The world number seven is …": a ranking.
      const rank = tokens[h - 1]!.lower === 'number' && (/^\d+$/.test(tok.text) || tok.pos === 'NUM');
      if (nationality || word || age || rank) {
        const after = placeAfter(article, h);
        if (after) {
          out.push({ at: k, head: h, text: span(article, k + 1, h), opens, nationality, before, after });
          break;
        }
      }
      // "the Olympic 800m and 1500m champion": two modifiers joined.
      const joined = tok.lower === 'and' && h > k + 1 && startsDigit(tokens[h + 1]?.text ?? '');
      const modifier = startsDigit(tok.text) || ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tok.pos) || (tok.pos === 'VERB' && /(?:ing|ed)$/.test(tok.lower)) || joined;
      if (!modifier || (FUNCTION_WORDS.has(tok.lower) && !joined)) break;
    }
  }
  return out;
}
