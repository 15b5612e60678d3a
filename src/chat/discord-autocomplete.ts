/**
 * Autocomplete for `/brief query:`: briefing slugs and aliases, actor names, the grammar's verbs
 * (taken from the help usage, so a new verb shows up here without a change) and part names after a
 * topic. Built once per library load into sorted keys, so each keystroke is a binary search, not a
 * scan of every briefing — autocomplete must answer well inside Discord's 3 seconds.
 */
import { USAGE } from '../commands/index.ts';
import { PART_NAMES } from '../answer/intent.ts';
import type { Library } from '../briefing/library.ts';
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

interface Keyed<T> {
  key: string;
  item: T;
}

interface TopicItem {
  value: string;
  label: string;
  keys: Set<string>;
}

interface ActorItem {
  name: string;
  role?: string;
}

interface Index {
  topics: Array<Keyed<TopicItem>>;
  /** Exact folded slug or alias → the value to complete with. */
  topicByKey: Map<string, string>;
  actors: Array<Keyed<ActorItem>>;
  verbs: VerbTemplate[];
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

const cache = new WeakMap<Library, Index>();

function byKey<T>(a: Keyed<T>, b: Keyed<T>): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function buildIndex(library: Library): Index {
  const topics: Array<Keyed<TopicItem>> = [];
  const topicByKey = new Map<string, string>();
  const actors: Array<Keyed<ActorItem>> = [];
  const seenActors = new Set<string>();
  for (const b of library.briefings) {
    const value = b.aliases[0] ?? b.slug;
    const item: TopicItem = { value, label: b.headline, keys: new Set() };
    for (const name of [b.slug, ...b.aliases]) {
      const key = fold(name);
      if (!key) continue;
      item.keys.add(key);
      if (!topicByKey.has(key)) topicByKey.set(key, name);
    }
    for (const word of fold(b.headline).split(' ')) if (word.length >= 4) item.keys.add(word);
    for (const key of item.keys) topics.push({ key, item });
    for (const actor of b.actors) {
      const id = fold(actor.name);
      if (!id || seenActors.has(id)) continue;
      seenActors.add(id);
      const entry: ActorItem = { name: actor.name, ...(actor.role ? { role: actor.role } : {}) };
      const keys = new Set([id, ...actor.aliases.map(fold), ...id.split(' ').filter((w) => w.length >= 3)]);
      for (const key of keys) if (key) actors.push({ key, item: entry });
    }
  }
  topics.sort(byKey);
  actors.sort(byKey);
  return { topics, topicByKey, actors, verbs: verbTemplates() };
}

function indexFor(library: Library): Index {
  let index = cache.get(library);
  if (!index) cache.set(library, (index = buildIndex(library)));
  return index;
}

/** Items whose key starts with `prefix`, in key order, each item once, at most `limit`. */
function withPrefix<T>(sorted: ReadonlyArray<Keyed<T>>, prefix: string, limit: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.key < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out = new Set<T>();
  for (let i = lo; i < sorted.length && out.size < limit && sorted[i]!.key.startsWith(prefix); i++) out.add(sorted[i]!.item);
  return [...out];
}

function choice(name: string, value: string): Choice {
  return { name: truncate(name, DISCORD_LIMITS.choiceName), value: truncate(value, DISCORD_LIMITS.choiceValue) };
}

function topicChoice(t: TopicItem, words = '', after = ''): Choice {
  const value = `${words ? `${words} ` : ''}${t.value}${after}`;
  return choice(`${value} — ${t.label}`, value);
}

function actorChoice(a: ActorItem, words: string, after = ''): Choice {
  const value = `${words} ${a.name}${after}`;
  return choice(a.role ? `${value} — ${a.role}` : value, value);
}

/**
 * Choices for what someone has typed so far into `query`.
 *
 * @example autocompleteChoices(library, 'sw') → [{ name: 'swap — Venezuela and El Salvador swap…', value: 'swap' }, …]
 * @example autocompleteChoices(library, 'who guz') → [{ name: 'who Ana María Guzmán — political analyst…', value: 'who Ana María Guzmán' }]
 */
export function autocompleteChoices(library: Library, typed: string, limit: number = DISCORD_LIMITS.choices): Choice[] {
  const index = indexFor(library);
  const text = typed.replace(/^\s*\/?brief\b\s*/i, '').replace(/\s+/g, ' ').trimStart();
  const folded = fold(text);
  const out = new Map<string, Choice>();
  const add = (c: Choice) => {
    if (out.size < limit && !out.has(c.value)) out.set(c.value, c);
  };

  if (!folded) {
    for (const b of library.briefings.slice(0, limit)) add(choice(`${b.aliases[0] ?? b.slug} — ${b.headline}`, b.aliases[0] ?? b.slug));
    for (const v of index.verbs) add(choice(v.words, v.words));
    return [...out.values()];
  }

  // A verb and the start of its argument: "who guz", "follow sw".
  for (const verb of index.verbs) {
    const head = fold(verb.words);
    if (!verb.arg || !folded.startsWith(`${head} `)) continue;
    const rest = folded.slice(head.length + 1);
    if (verb.arg === 'name') for (const a of withPrefix(index.actors, rest, limit)) add(actorChoice(a, verb.words, verb.after));
    if (verb.arg === 'topic') for (const t of withPrefix(index.topics, rest, limit)) add(topicChoice(t, verb.words, verb.after));
  }
  if (out.size) return [...out.values()];

  // A topic and the start of a part: "swap act".
  const split = /^(.*\S)\s+(\S*)$/.exec(text);
  const topicValue = split ? index.topicByKey.get(fold(split[1]!)) : undefined;
  if (split && topicValue) {
    const partial = fold(split[2] ?? '');
    for (const part of PART_NAMES) if (part.startsWith(partial)) add(choice(`${topicValue} ${part}`, `${topicValue} ${part}`));
  }

  for (const t of withPrefix(index.topics, folded, limit)) add(topicChoice(t));
  for (const a of withPrefix(index.actors, folded, limit)) add(actorChoice(a, 'who'));
  for (const v of index.verbs) if (fold(v.words).startsWith(folded)) add(choice(v.words, v.words));
  return [...out.values()];
}
