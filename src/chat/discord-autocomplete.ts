/**
 * Autocomplete for `/brief query:`: briefing slugs and aliases, actor names, the grammar's verbs
 * (taken from the help usage, so a new verb shows up here without a change) and part names after a
 * topic. Each keystroke is a prefix range on the index's sorted keys, not a scan of every briefing —
 * autocomplete must answer well inside Discord's 3 seconds, at any archive size.
 */
import { USAGE } from '../commands/index.ts';
import { PART_NAMES } from '../answer/intent.ts';
import type { BriefingRef, Library } from '../briefing/library.ts';
import { fold } from '../briefing/text.ts';
import { truncate } from '../render/common.ts';
import { DISCORD_LIMITS } from '../render/discord-limits.ts';

/** One autocomplete choice as Discord takes it. */
export interface Choice {
  name: string;
  value: string;
}

/** A verb of the grammar: the words before its argument, what the argument is, what follows. */
export interface VerbTemplate {
  words: string;
  arg?: 'name' | 'topic' | 'other';
  after: string;
}

/**
 * The verbs in the help usage, read as templates: "/brief who <name>" → `who` + a name;
 * "what did <name> say" → `what did` + a name + ` say`.
 */
export function verbTemplates(usage: ReadonlyArray<{ ask: string }> = USAGE): VerbTemplate[] {
  const out = new Map<string, VerbTemplate>();
  for (const { ask } of usage) {
    for (const alternative of ask.split(' · ')) {
      const text = alternative.replace(/^\/?brief\s+/i, '').trim();
      const m = /^([^<[]*?)\s*(?:<(\w+)>(.*))?$/.exec(text);
      if (!m || !m[1]) continue;
      const words = m[1].trim();
      if (words.includes('|')) continue;
      const argName = m[2];
      const arg = argName === 'name' ? 'name' : argName === 'topic' ? 'topic' : argName ? 'other' : undefined;
      const after = arg === 'name' || arg === 'topic' ? (m[3] ?? '').replace(/<[^>]*>|\[[^\]]*\]/g, '').replace(/\s+/g, ' ').trimEnd() : '';
      if (!out.has(words)) out.set(words, { words, ...(arg ? { arg } : {}), after });
    }
  }
  return [...out.values()];
}

let verbs: VerbTemplate[] | undefined;

/** The grammar's verbs, read once from the help usage. */
function verbList(): VerbTemplate[] {
  verbs ??= verbTemplates();
  return verbs;
}

/** The slug or alias, as the briefing writes it, that the typed words name exactly. */
async function topicNamed(library: Library, typed: string): Promise<string | undefined> {
  const folded = fold(typed);
  const briefing = folded ? await library.findBriefingByName(typed) : undefined;
  if (!briefing) return undefined;
  return [briefing.slug, ...briefing.aliases].find((name) => fold(name) === folded) ?? briefing.aliases[0] ?? briefing.slug;
}

function choice(name: string, value: string): Choice {
  return { name: truncate(name, DISCORD_LIMITS.choiceName), value: truncate(value, DISCORD_LIMITS.choiceValue) };
}

function topicChoice(t: BriefingRef, words = '', after = ''): Choice {
  const value = `${words ? `${words} ` : ''}${t.ask}${after}`;
  return choice(`${value} — ${t.headline}`, value);
}

function actorChoice(a: { name: string; role?: string }, words: string, after = ''): Choice {
  const value = `${words} ${a.name}${after}`;
  return choice(a.role ? `${value} — ${a.role}` : value, value);
}

/**
 * Choices for what someone has typed so far into `query`.
 *
 * @example autocompleteChoices(library, 'sw') → [{ name: 'swap — Venezuela and El Salvador swap…', value: 'swap' }, …]
 * @example autocompleteChoices(library, 'who guz') → [{ name: 'who Ana María Guzmán — political analyst…', value: 'who Ana María Guzmán' }]
 */
export async function autocompleteChoices(library: Library, typed: string, limit: number = DISCORD_LIMITS.choices): Promise<Choice[]> {
  const text = typed.replace(/^\s*\/?brief\b\s*/i, '').replace(/\s+/g, ' ').trimStart();
  const folded = fold(text);
  const out = new Map<string, Choice>();
  const add = (c: Choice) => {
    if (out.size < limit && !out.has(c.value)) out.set(c.value, c);
  };

  if (!folded) {
    for (const b of await library.list(limit)) add(choice(`${b.ask} — ${b.headline}`, b.ask));
    for (const v of verbList()) add(choice(v.words, v.words));
    return [...out.values()];
  }

  // A verb and the start of its argument: "who guz", "follow sw".
  for (const verb of verbList()) {
    const head = fold(verb.words);
    if (!verb.arg || !folded.startsWith(`${head} `)) continue;
    const rest = folded.slice(head.length + 1);
    if (verb.arg === 'name') for (const a of await library.completeActors(rest, limit)) add(actorChoice(a, verb.words, verb.after));
    if (verb.arg === 'topic') for (const t of await library.completeBriefings(rest, limit)) add(topicChoice(t, verb.words, verb.after));
  }
  if (out.size) return [...out.values()];

  // A topic and the start of a part: "swap act".
  const split = /^(.*\S)\s+(\S*)$/.exec(text);
  const topicValue = split ? await topicNamed(library, split[1]!) : undefined;
  if (split && topicValue) {
    const partial = fold(split[2] ?? '');
    for (const part of PART_NAMES) if (part.startsWith(partial)) add(choice(`${topicValue} ${part}`, `${topicValue} ${part}`));
  }

  for (const t of await library.completeBriefings(folded, limit)) add(topicChoice(t));
  for (const a of await library.completeActors(folded, limit)) add(actorChoice(a, 'who'));
  for (const v of verbList()) if (fold(v.words).startsWith(folded)) add(choice(v.words, v.words));
  return [...out.values()];
}
