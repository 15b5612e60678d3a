/**
 * The decision "who said this quotation": the candidates of speaker-features.ts scored by the
 * learned model, the best one taken. The hand rules' attribution is one candidate among them.
 */
import type { ActorTable } from './actor-table.ts';
import type { Article } from './context.ts';
import type { Decisions } from './learned/decisions.ts';
import { SPEAKER_RULES, ruling } from './hand-rules.ts';
import { probability } from './learned/linear.ts';
import { speakerOptions, type QuoteContext } from './speaker-features.ts';

/**
 * The actor the learned model picks as the speaker (-1 for nobody named), or undefined when there
 * is no model. Every candidate goes into the trace when there is one.
 */
export function chooseSpeaker(article: Article, table: ActorTable, ctx: QuoteContext, text: string, decisions: Decisions): number | undefined {
  const model = decisions.models.speaker;
  if (!model && !decisions.trace) return undefined;
  // With nobody named in the article, nobody can be chosen.
  if (table.actors.length === 0) return undefined;
  let best: { actor: number; p: number } | undefined;
  let ruled = false;
  for (const o of speakerOptions(article, table, ctx)) {
    const actor = o.actor >= 0 ? table.actors[o.actor]! : undefined;
    decisions.trace?.speakers.push({ quote: text, index: ctx.index, speaker: actor?.name ?? null, aliases: actor ? [...actor.aliases] : [], features: o.features });
    if (o.actor < 0 && ruling(SPEAKER_RULES, o.features) === true) ruled = true;
    if (!model) continue;
    const p = probability(model, o.features);
    if (!best || p > best.p) best = { actor: o.actor, p };
  }
  if (ruled) return -1;
  return best?.actor;
}
