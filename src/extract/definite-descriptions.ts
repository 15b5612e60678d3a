/**
 * Definite descriptions of people that stand for a name in a later clause ("The 18-year-old
 * Indian, who …", "the central defender added"): role candidates for the person named last before
 * them (role-choice.ts decides who that is).
 */
import type { Article } from './context.ts';
import { isDemonym } from './gazetteer.ts';
import { FUNCTION_WORDS, NATIONALITY_NOUNS, isPersonNoun, isTitleWord } from './lexicon.ts';
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
}

/** Words after which "the" opens a clause of its own ("after the Russian struggled"). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'while', 'but', 'as', 'when', 'since', 'because', 'although', 'though', 'whereas', 'until', 'and', 'then']);

/**
 * Every definite description of one person that is the subject of its clause: "The 18-year-old
 * Indian, who …", "The central defender added …", "after the American billionaire launched …".
 * "The", modifiers (ages, adjectives, nouns, capitalised words), a singular head that is a word for
 * a person, a title, a nationality or an age, then a comma, "who" or a verb. Outside quotations.
 * Who it describes is decided by the caller (the person named last before it).
 */
export function definiteDescriptions(article: Article): DefiniteDescription[] {
  const { tokens, tokenSentence, tokenQuote } = article;
  const out: DefiniteDescription[] = [];
  for (let k = 0; k < tokens.length - 2; k++) {
    if (tokens[k]!.lower !== 'the' || tokenQuote[k]! >= 0) continue;
    const opens = article.clauseInitial[k] === 1;
    // "'…,' the prime minister told …": right after a quotation, as the one who says it.
    const afterQuote = ['"', '”'].includes(tokens[k - 1]?.text ?? '') && tokenQuote[k - 2]! >= 0;
    if (!opens && !afterQuote && !CLAUSE_OPENERS.has(tokens[k - 1]?.lower ?? '')) continue;
    for (let h = k + 1; h <= k + 5 && h < tokens.length; h++) {
      const tok = tokens[h]!;
      if (tokenSentence[h] !== tokenSentence[k] || tokenQuote[h]! >= 0) break;
      const next = tokens[h + 1];
      const closes = next !== undefined && tokenSentence[h + 1] === tokenSentence[k]
        && (next.text === ',' || next.lower === 'who' || ((next.pos === 'VERB' || next.pos === 'AUX') && !/^['’]s$/.test(next.text)));
      const nationality = /^\p{Lu}/u.test(tok.text) && (isDemonym(tok.text) || NATIONALITY_NOUNS.has(tok.lower)) && !/s$/.test(tok.lower);
      const word = /^\p{Ll}/u.test(tok.text) && tok.pos === 'NOUN' && (isPersonNoun(tok.lower) || isTitleWord(tok.lower)) && !/[^s]s$/.test(tok.lower);
      const age = /^\d+-year-old$/.test(tok.lower);
      if ((nationality || word || age) && closes) {
        out.push({ at: k, head: h, text: span(article, k + 1, h), opens, nationality });
        break;
      }
      const modifier = /^\d/.test(tok.text) || ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tok.pos) || (tok.pos === 'VERB' && /(?:ing|ed)$/.test(tok.lower));
      if (!modifier || FUNCTION_WORDS.has(tok.lower)) break;
    }
  }
  return out;
}
