/**
 * Quotations and who said them: the hand rules' attribution (attributor.ts), then the learned
 * choice among the candidate speakers (speaker-choice.ts), for every quotation in order.
 */
import type { ExtractedQuote } from '../briefing/extraction.ts';
import type { ActorTable } from './actor-table.ts';
import { Attributor } from './attributor.ts';
import { citesFor, type Article } from './context.ts';
import type { Decisions } from './learned/decisions.ts';
import { FUNCTION_WORDS } from './lexicon.ts';
import { chooseSpeaker } from './speaker-choice.ts';

/** True when every word of `text` (spaces already single) is a function word. */
function isFunctionOnly(text: string): boolean {
  // Word by word, stopping at the first other word (most quotations' first word).
  for (let from = 0; ; ) {
    const space = text.indexOf(' ', from);
    const word = text.slice(from, space < 0 ? text.length : space);
    if (!FUNCTION_WORDS.has(word.toLowerCase())) return false;
    if (space < 0) return true;
    from = space + 1;
  }
}

/** Attributes every quotation in the article: the hand rules' attribution, then the learned choice among the candidates. */
export function attributeQuotes(article: Article, table: ActorTable, decisions: Decisions = { models: { version: 'none' } }): ExtractedQuote[] {
  const attributor = new Attributor(article, table);
  const out: ExtractedQuote[] = [];
  const chosen: number[] = [];
  article.quotes.forEach((q, index) => {
    let attribution = attributor.attribute(index);
    // "…this high,” he said: the comma belongs to the reporter's sentence, not to the speaker.
    const spaced = article.body.slice(q.textStart, q.textEnd).replace(/\s+/g, ' ');
    const text = spaced.endsWith(',') ? spaced.replace(/\s*,$/, '') : spaced;
    const learned = chooseSpeaker(article, table, {
      index, quote: q, rule: attribution, step: attributor.steps[index]!, previous: chosen, embedded: attributor.embedded(q), titled: attributor.titled(q),
      previousStep: attributor.steps[index - 1],
    }, text, decisions);
    const ruleActor = attribution.type === 'actor' ? attribution.actor : -1;
    if (learned !== undefined && learned !== ruleActor) attribution = learned >= 0 ? { type: 'actor', actor: learned } : { type: 'none' };
    attributor.results.push(attribution);
    chosen.push(attribution.type === 'actor' ? attribution.actor : -1);
    if (isFunctionOnly(text)) return;
    const quote: ExtractedQuote = {
      speaker: attribution.type === 'actor' ? table.actors[attribution.actor]!.name : null,
      text,
      cites: citesFor(article, q.open, q.close),
    };
    if (attribution.type === 'unnamed') quote.speakerDescription = attribution.description;
    if (/^\p{Ll}/u.test(text) || (q.opened && attributor.embedded(q))) quote.partial = true;
    out.push(quote);
  });
  return out;
}
