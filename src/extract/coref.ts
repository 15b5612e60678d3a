/**
 * Coreference inside one article: definite descriptions ("the president", "The Foreign
 * Secretary", "the group") become mentions of the actor they stand for, and pronouns are
 * resolved to the last person mentioned outside quotations.
 */
import type { ActorTable, Mention } from './actors.ts';
import type { Article } from './context.ts';
import { isDemonym, lookupPlace } from './gazetteer.ts';
import { foldName, isTitleWord } from './lexicon.ts';
import { firstNotBefore } from './bisect.ts';

const ORG_DESCRIPTIONS = new Set([
  'group', 'organisation', 'organization', 'company', 'firm', 'ministry', 'agency', 'committee', 'alliance',
  'coalition', 'party', 'network', 'broadcaster', 'newspaper', 'union', 'bank', 'watchdog', 'charity',
]);

/** How many mentions back a look-up searches; bounds the work on very long texts. */
const MAX_MENTIONS_BACK = 400;

/** The index in `mentions` of the last mention starting before `offset` (or -1). */
function lastIndexBefore(mentions: Mention[], offset: number): number {
  return firstNotBefore(mentions.length, (i) => mentions[i]!.start < offset) - 1;
}

/**
 * The actor of the last mention before `offset` (outside quotations) that passes `accept`.
 * Searches back no further than `floor`.
 */
export function lastActorBefore(
  table: ActorTable,
  offset: number,
  accept: (actor: number) => boolean,
  floor = 0,
): number | undefined {
  const last = lastIndexBefore(table.mentions, offset);
  for (let i = last; i >= 0 && last - i < MAX_MENTIONS_BACK; i--) {
    const m = table.mentions[i]!;
    if (m.start < floor) break;
    if (!m.quoted && accept(m.actor)) return m.actor;
  }
  return undefined;
}

/** The last person mentioned before `offset`, outside quotations. */
export function lastPersonBefore(table: ActorTable, offset: number, floor = 0): number | undefined {
  return lastActorBefore(table, offset, (a) => table.actors[a]!.kind === 'person', floor);
}

/** Adds mentions for definite descriptions, and gives roleless people the title they are called by. */
export function resolveDescriptions(article: Article, table: ActorTable): void {
  const { tokens } = article;
  const added: Mention[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.lower !== 'the' || article.tokenQuote[i]! >= 0) continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= 3 && !isTitleWord(tokens[k]!.lower)) {
      const t = tokens[k]!;
      const modifier = t.pos === 'ADJ' || (t.pos === 'PROPN' && (/^\p{Lu}/u.test(t.text) || isDemonym(t.text)));
      if (!modifier) break;
      k++;
    }
    const head = tokens[k];
    if (!head || head.pos === 'PUNCT') continue;
    const next = tokens[k + 1];
    if (next && /^\p{Lu}/u.test(next.text) && next.pos === 'PROPN' && article.tokenSentence[k + 1] === article.tokenSentence[k]) continue;
    const start = tokens[i]!.start;
    const end = head.end;
    if (isTitleWord(head.lower) && k > i) {
      const text = article.body.slice(start, end).replace(/\s+/g, ' ');
      const headWord = foldName(head.text);
      let actor = lastActorBefore(table, start, (a) => {
        const actorRole = table.actors[a]!.role;
        return table.actors[a]!.kind === 'person' && actorRole !== null && foldName(actorRole).split(' ').includes(headWord);
      });
      // "The Foreign Secretary said …": a capitalised title as the subject of a verb names the
      // person last mentioned without a role.
      const capitalised = /^\p{Lu}/u.test(head.text);
      const subjectOfVerb = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
      // "the Russian delegate": the person whose role names Russia.
      if (actor === undefined) {
        const countries = tokens.slice(i + 1, k).map((m) => lookupPlace(m.text)).filter((p) => p?.type === 'demonym').map((p) => foldName(p!.country));
        if (countries.length > 0) {
          actor = lastActorBefore(table, start, (a) => {
            const actorRole = table.actors[a]!.role;
            return table.actors[a]!.kind === 'person' && actorRole !== null && countries.some((c) => foldName(actorRole).includes(c));
          });
        }
      }
      if (actor === undefined && capitalised && subjectOfVerb) {
        actor = lastActorBefore(table, start, (a) => table.actors[a]!.kind === 'person' && table.actors[a]!.role === null);
        if (actor !== undefined) table.actors[actor]!.role = text.replace(/^the\s+/i, '');
      }
      if (actor === undefined) continue;
      table.actors[actor]!.aliases.add(text);
      added.push({ actor, start, end, token: i, quoted: false });
    } else if (ORG_DESCRIPTIONS.has(head.lower) && k === i + 1) {
      const actor = lastActorBefore(table, start, (a) => table.actors[a]!.kind === 'org');
      if (actor === undefined) continue;
      added.push({ actor, start, end, token: i, quoted: false });
    }
    i = k;
  }
  if (added.length === 0) return;
  table.mentions.push(...added);
  table.mentions.sort((a, b) => a.start - b.start);
}

const MAX_DESCRIPTION_TOKENS = 9;

/**
 * A definite description of a person that is the subject of a verb: "the Transport Secretary
 * announced", "The boss of plane manufacturer Boeing revealed", "The director of the Congressional
 * Budget Office had cautioned". Returns its text (without "the") and head word, or undefined.
 */
function subjectDescription(article: Article, the: number): { text: string; head: string; end: number } | undefined {
  const { tokens, tokenSentence } = article;
  let k = the + 1;
  let head = -1;
  for (; k < tokens.length && k - the <= MAX_DESCRIPTION_TOKENS && tokenSentence[k] === tokenSentence[the]; k++) {
    const tok = tokens[k]!;
    if (article.tokenQuote[k]! >= 0) return undefined;
    if (tok.pos === 'VERB' || tok.pos === 'AUX') break;
    if (tok.pos === 'PUNCT' || tok.pos === 'PRON' || tok.pos === 'SCONJ' || tok.pos === 'CCONJ') return undefined;
    if (head < 0 && isTitleWord(tok.lower)) head = k;
    if (head >= 0 && k > head && tok.pos === 'ADP' && tok.lower !== 'of' && tok.lower !== 'at' && tok.lower !== 'for') return undefined;
  }
  const verb = tokens[k];
  if (head < 0 || !verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || tokenSentence[k] !== tokenSentence[the]) return undefined;
  const text = article.body.slice(tokens[the + 1]!.start, tokens[k - 1]!.end).replace(/\s+/g, ' ');
  return { text, head: tokens[head]!.lower, end: k - 1 };
}

/**
 * Roles given in a sentence near the name rather than next to it:
 * - "The boss of plane manufacturer Boeing revealed … / Kelly Ortberg said …": a description
 *   that is the subject of a sentence, followed in the next two sentences by a person introduced
 *   without a role, is that person's role;
 * - "The director of the agency had warned … / the director, Elliot Farrant, said …": a bare
 *   role ("the director") is widened to the fuller description given just before.
 */
export function rolesFromNearbySentences(article: Article, table: ActorTable, accept: (actor: number, text: string) => boolean = () => true): void {
  const { tokens } = article;
  const descriptions: Array<{ text: string; head: string; sentence: number; token: number; taken: boolean }> = [];
  // Descriptions already resolved to someone mentioned before ("the president") are not new people.
  const resolved = new Set(table.mentions.map((m) => m.start));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'the' || article.tokenQuote[i]! >= 0 || resolved.has(tokens[i]!.start)) continue;
    const d = subjectDescription(article, i);
    if (!d) continue;
    descriptions.push({ text: d.text, head: d.head, sentence: article.tokenSentence[i]!, token: i, taken: false });
    i = d.end;
  }
  if (descriptions.length === 0) return;
  const firstMention = new Map<number, Mention>();
  for (const m of table.mentions) if (!firstMention.has(m.actor)) firstMention.set(m.actor, m);
  const mentionedBetween = (from: number, to: number, actor: number): boolean =>
    table.mentions.some((m) => m.actor !== actor && table.actors[m.actor]!.kind === 'person' && m.token > from && m.token < to);
  table.actors.forEach((actor, a) => {
    if (actor.kind !== 'person') return;
    const first = firstMention.get(a);
    if (!first || first.quoted) return;
    const sentence = article.tokenSentence[first.token]!;
    const bare = actor.role !== null && /^the\s+\S+$/i.test(actor.role.trim()) ? foldName(actor.role).split(' ').pop() : undefined;
    for (let d = descriptions.length - 1; d >= 0; d--) {
      const desc = descriptions[d]!;
      if (desc.token >= first.token || desc.sentence < sentence - 2 || desc.taken) continue;
      if (bare !== undefined && foldName(desc.head) === bare && desc.text.split(' ').length > 1 && accept(a, desc.text)) {
        actor.role = desc.text;
        desc.taken = true;
        return;
      }
      if (actor.role === null && desc.sentence < sentence && !mentionedBetween(desc.token, first.token, a) && accept(a, desc.text)) {
        actor.role = desc.text;
        actor.aliases.add(`the ${desc.text}`);
        desc.taken = true;
        return;
      }
    }
  });
}
