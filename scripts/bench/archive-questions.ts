/**
 * The questions the archive and answer benchmarks ask: one of each kind in turn, drawn from the
 * archive's own briefings with a fixed seed, so two checkouts ask the same ones.
 */
import type { Library } from '../../src/briefing/library.ts';
import { rng } from './archive-corpus.ts';

/** How many questions a round asks. */
export const QUESTIONS = 2000;

/** The kinds of question, in the order a round asks them (the latency table's rows). */
export const KINDS = ['a card', 'a card’s actors', 'who is (a name)', 'what did (a surname) say', 'headline words', 'a topic no briefing has', 'a name no briefing has', 'a misspelt name'] as const;

/** A mix of what people ask: cards, parts, who-is, quotes, headline words, typos, and misses (one of each of KINDS in turn). */
export async function questionsFor(library: Library, size: number, count = QUESTIONS): Promise<{ mix: string[]; who: string }> {
  const random = rng(7);
  const mix: string[] = [];
  let who = '';
  while (mix.length < count) {
    const [ref] = await library.list(1, Math.floor(random() * size));
    const outline = ref && (await library.bySlugExact(ref.slug));
    const actor = outline?.actors.find((a) => a.kind === 'person' && a.name.includes(' '));
    if (!ref || !outline || !actor) continue;
    who ||= actor.name;
    const surname = actor.name.split(' ').pop()!;
    const typo = actor.name.slice(0, -3) + actor.name.slice(-2) + actor.name.slice(-3, -2);
    mix.push(
      `/brief ${ref.ask}`,
      `/brief ${ref.ask} actors`,
      `who is ${actor.name}`,
      `what did ${surname} say`,
      `/brief ${outline.headline.split(' ').slice(0, 3).join(' ')}`,
      '/brief volcano eruption on Zanzibar',
      'who is Jane Doe',
      `who is ${typo}`,
    );
  }
  return { mix: mix.slice(0, count), who };
}
