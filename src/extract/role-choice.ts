/**
 * The decision "which description is this person's role": every candidate found at any of the
 * person's occurrences (role-candidates.ts) is scored by the learned model (role-features.ts).
 */
import type { ActorDraft } from './actor-table.ts';
import type { Article } from './context.ts';
import type { Occurrence } from './evidence.ts';
import type { Decisions } from './learned/decisions.ts';
import { preference } from './learned/linear.ts';
import { roleOptions, type RoleOption } from './role-candidates.ts';
import { noRoleFeatures, roleFeatures, summarise } from './role-features.ts';

/** How many of a person's mentions, from the one that introduces them, are searched for a role. */
const MAX_MENTIONS = 12;

/**
 * Each person's role: of every description found at any of their occurrences, the one the
 * learned model scores highest, when it clears the model's threshold. Without a model the hand
 * rule stands (the first occurrence's description, set while building the table).
 */
export function chooseRoles(article: Article, actors: ActorDraft[], occurrences: Map<number, Occurrence[]>, decisions: Decisions): void {
  const model = decisions.models.role;
  if (!model && !decisions.trace) return;
  for (const [index, list] of occurrences) {
    const actor = actors[index]!;
    if (actor.kind !== 'person') continue;
    // Mentions are counted from the one that introduces the full name ("Partington's son, Hugh
    // Partington III" after a bare "Partington" earlier is still the introduction).
    const intro = Math.max(0, list.findIndex((o) => o.run.name === actor.name));
    // Roles are given at the first mentions; later ones add little but cost, so at most 12 count.
    const options: RoleOption[] = list.slice(0, intro + MAX_MENTIONS).flatMap((o, i) => roleOptions(article, o.run, Math.max(0, i - intro), o.known));
    const summary = summarise(options);
    const scored: Array<{ option: RoleOption; p: number }> = [];
    const none = noRoleFeatures(options.length);
    for (const option of options) {
      const features = roleFeatures(option, summary);
      decisions.trace?.roles.push({ person: actor.name, aliases: [...actor.aliases], text: option.text, features });
      if (model) scored.push({ option, p: preference(model, features, none) });
    }
    if (model) actor.role = pickRole(scored, model.threshold);
  }
}

/**
 * The role from scored candidates: the best one above the threshold, joined with a second one
 * above it that says something else at the same mention ("Councillor, the cabinet member for
 * transport"), in the order the text gives them.
 */
function pickRole(scored: Array<{ option: RoleOption; p: number }>, threshold: number): string | null {
  const passing = scored.filter((s) => s.p >= threshold).sort((a, b) => b.p - a.p);
  let best = passing[0];
  if (!best) return null;
  // "A second member of the panel, Acting Justice" over "A second member of the panel": a longer
  // description at the same mention that holds the best one says more.
  const wider = passing.find((s) => s.option.occurrence === best!.option.occurrence && s.option.text.length > best!.option.text.length
    && s.option.text.includes(best!.option.text));
  if (wider) best = wider;
  const second = passing.find((s) => s.option.occurrence === best!.option.occurrence && s.option.source !== best!.option.source
    && JOINABLE.has(s.option.source) && JOINABLE.has(best!.option.source)
    && !s.option.text.includes(best!.option.text) && !best!.option.text.includes(s.option.text));
  if (!second) return best.option.text;
  const order = scored.indexOf(best) < scored.indexOf(second) ? [best, second] : [second, best];
  return order.map((s) => s.option.text).join(', ');
}

/** Sources whose descriptions read well joined ("Councillor, the cabinet member for transport"). */
const JOINABLE = new Set<RoleOption['source']>(['descriptor', 'title', 'before', 'front', 'after', 'phrase', 'copula', 'of']);
