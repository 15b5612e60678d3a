/**
 * The decision "which description is this person's role": every candidate found at any of the
 * person's occurrences (role-candidates.ts) is scored by the learned model (role-features.ts).
 */
import type { ActorDraft, Mention } from './actor-table.ts';
import type { Article } from './context.ts';
import type { Occurrence } from './evidence.ts';
import type { Decisions } from './learned/decisions.ts';
import { lookupPlace } from './gazetteer.ts';
import { preference } from './learned/linear.ts';
import { isPersonNoun } from './lexicon.ts';
import { definiteDescriptions } from './definite-descriptions.ts';
import { roleOptions, type RoleOption } from './role-candidates.ts';
import { addressJoined } from './role-address.ts';
import { noRoleFeatures, roleFeatures, summarise } from './role-features.ts';

/** How many of a person's mentions, from the one that introduces them, are searched for a role. */
const MAX_MENTIONS = 12;

/**
 * Each person's role: of every description found at any of their occurrences, the one the
 * learned model scores highest, when it clears the model's threshold. Without a model the hand
 * rule stands (the first occurrence's description, set while building the table).
 */
export function chooseRoles(article: Article, actors: ActorDraft[], occurrences: Map<number, Occurrence[]>, decisions: Decisions, mentions: readonly Mention[] = []): void {
  const model = decisions.models.role;
  if (!model && !decisions.trace) return;
  const anaphors = anaphorOptions(article, actors, occurrences);
  // Organisations, but not names the gazetteer knows as places or peoples ("Manchester", "Swede").
  const organisations = mentions.filter((m) => actors[m.actor]?.kind === 'org' && !m.quoted && !lookupPlace(actors[m.actor]!.name))
    .sort((a, b) => a.token - b.token);
  const people = mentions.filter((m) => actors[m.actor]?.kind === 'person' && !m.quoted).sort((a, b) => a.token - b.token);
  const chosen: Array<{ actor: ActorDraft; scored: Array<{ option: RoleOption; p: number }> }> = [];
  for (const [index, list] of occurrences) {
    const actor = actors[index]!;
    if (actor.kind !== 'person') continue;
    // Mentions are counted from the one that introduces the full name ("Partington's son, Hugh
    // Partington III" after a bare "Partington" earlier is still the introduction).
    const intro = Math.max(0, list.findIndex((o) => o.run.name === actor.name));
    // Roles are given at the first mentions; later ones add little but cost, so at most 12 count.
    const options: RoleOption[] = list.slice(0, intro + MAX_MENTIONS).flatMap((o, i) => roleOptions(article, o.run, Math.max(0, i - intro), o.known));
    for (const [i, o] of list.slice(0, intro + MAX_MENTIONS).entries()) {
      for (const option of options.filter((x) => x.occurrence === Math.max(0, i - intro) && OWNED.test(x.text))) {
        const resolved = ofOrganisation(option.text, ownerOf(article, actors, organisations, option.text, o.run.first), actors);
        if (resolved && !options.some((x) => x.text === resolved)) options.push({ ...option, source: 'resolved', text: resolved, cues: [`resolved&${option.source}`] });
      }
    }
    for (const [i, o] of list.slice(0, intro + MAX_MENTIONS).entries()) {
      // Not a whole clause after "whose" ("whose son was treated there"): a relation is a few words.
      for (const option of options.filter((x) => x.occurrence === Math.max(0, i - intro) && !(/^whose /i.test(x.text) && x.text.split(' ').length > 4) && KIN.test(x.text))) {
        const resolved = ofPerson(option.text, people, actors, index, o.run.first);
        if (resolved && !options.some((x) => x.text === resolved)) options.push({ ...option, source: 'resolved', text: resolved, cues: [`resolved&${option.source}`] });
      }
    }
    for (const a of anaphors.get(index) ?? []) {
      if (a.at < intro + MAX_MENTIONS && !options.some((o) => o.text === a.option.text)) options.push({ ...a.option, occurrence: Math.max(0, a.at - intro) });
    }
    addressJoined(options);
    const summary = summarise(options);
    const scored: Array<{ option: RoleOption; p: number }> = [];
    const none = noRoleFeatures(options.length);
    for (const option of options) {
      const features = roleFeatures(option, summary);
      decisions.trace?.roles.push({ person: actor.name, aliases: [...actor.aliases], text: option.text, features });
      if (model) scored.push({ option, p: preference(model, features, none) });
    }
    if (model) chosen.push({ actor, scored });
  }
  if (!model) return;
  // A definite description takes up one person: of those offered it, the one it suits best.
  const best = new Map<number, number>();
  for (const { scored } of chosen) {
    for (const s of scored) if (s.option.key !== undefined) best.set(s.option.key, Math.max(best.get(s.option.key) ?? 0, s.p));
  }
  for (const { actor, scored } of chosen) {
    actor.role = pickRole(scored.filter((s) => s.option.key === undefined || s.p >= best.get(s.option.key)!), model.threshold);
  }
}

/** "Its director", "the company's founder": a description owned by an organisation not named in it. */
const OWNED = /^(?:its|the (\p{Ll}+)['’]s?)\s+(\p{Ll}[\p{L} -]*)$/iu;

/**
 * "The museum has … Its director, Helen Marchbank, said", "Judy Bell, the company's founder":
 * the description with the organisation named last before the mention ("director of the Hallworth
 * Museum"); not when the owner is a person ("the singer's lawyer").
 */
function ofOrganisation(text: string, organisation: Mention | undefined, actors: ActorDraft[]): string | undefined {
  const match = OWNED.exec(text);
  if (!match || !organisation) return undefined;
  if (match[1] && isPersonNoun(match[1].toLowerCase())) return undefined;
  return `${match[2]} of ${actors[organisation.actor]!.name}`;
}

/** "His father", "her lawyer", "whose father and coach": a description owned by a person not named in it. */
const KIN = /^(?:his|her|whose)\s+(\p{Ll}[\p{L} -]*)$/iu;

/**
 * "Harold Fenwick … His daughter, Lucinda Fenwick, said", "Amira Ben Salah, whose father and coach
 * Karim Ben Salah": the description with its owner named, the other person named last before the
 * mention at token `at` ("Harold Fenwick's daughter").
 */
function ofPerson(text: string, people: readonly Mention[], actors: ActorDraft[], self: number, at: number): string | undefined {
  const match = KIN.exec(text);
  if (!match) return undefined;
  let owner: Mention | undefined;
  for (const m of people) {
    if (m.token >= at) break;
    if (m.actor !== self) owner = m;
  }
  return owner ? `${actors[owner.actor]!.name}'s ${match[1]}` : undefined;
}

/** Nouns for any organisation, whatever its name ends in. */
const GENERIC_OWNERS = new Set(['company', 'firm', 'group', 'business', 'organisation', 'organization', 'charity', 'agency']);

/**
 * The organisation an owned description at token `at` belongs to: one whose name ends in the noun
 * the text uses for it ("the museum" → "Hallworth Museum": the owner's noun); for "its", the
 * organisation that opens the sentence before ("The charity Sickle Aid welcomed … Its chief
 * executive, X"), else one named by "the <noun>" in the sentence before or this one; else the one
 * named last before it.
 */
function ownerOf(article: Article, actors: ActorDraft[], organisations: readonly Mention[], text: string, at: number): Mention | undefined {
  const { tokens, tokenSentence, sentences } = article;
  const nouns = new Set<string>();
  const owner = OWNED.exec(text)?.[1]?.toLowerCase();
  const sentence = tokenSentence[at]!;
  if (owner) nouns.add(owner);
  else {
    for (let k = at - 1; k > 0 && tokenSentence[k]! >= sentence - 1; k--) {
      if (tokens[k - 1]!.lower === 'the' && tokens[k]!.pos === 'NOUN') nouns.add(tokens[k]!.lower);
    }
  }
  const before = organisations.filter((m) => m.token < at);
  if (!owner && sentence > 0) {
    const opening = sentences[sentence - 1]!.start;
    const opener = before.find((m) => tokenSentence[m.token] === sentence - 1 && m.start - opening <= 14);
    if (opener) return opener;
  }
  for (let j = before.length - 1; j >= 0; j--) {
    const last = actors[before[j]!.actor]!.name.split(/\s+/).pop()!.toLowerCase();
    if (nouns.has(last) || (owner && calledBy(article, before[j]!, owner))) return before[j];
  }
  // "the band's solicitor" with no band named: no owner ("Its …" and "the company's …" take the
  // last one named).
  return owner && !GENERIC_OWNERS.has(owner) ? undefined : before[before.length - 1];
}

/**
 * Whether the text calls the organisation of mention `m` by `noun`: "the charity Sickle Aid",
 * "Patients First, an independent group,".
 */
function calledBy(article: Article, m: Mention, noun: string): boolean {
  const { tokens } = article;
  if (tokens[m.token - 1]?.lower === noun) return true;
  let k = m.token;
  while (k + 1 < tokens.length && tokens[k + 1]!.end <= m.end) k++;
  if (tokens[k + 1]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[k + 2]?.lower ?? '')) return false;
  for (let h = k + 3; h < Math.min(tokens.length, k + 7); h++) {
    if (tokens[h]!.lower === noun) return true;
    if (!['ADJ', 'NOUN', 'PROPN'].includes(tokens[h]!.pos)) return false;
  }
  return false;
}

/** How many sentences after a person is named a definite description may still take them up. */
const ANAPHOR_REACH = 3;

/**
 * "Sania Mirza beat … ¶ The 18-year-old Indian, who …", "'…,' said Ferdinand. '…' The central
 * defender added …": each definite description that is the subject of its clause
 * (role-candidates.ts) becomes a candidate of the people named in the last sentence before it that
 * names anyone (or earlier in its own sentence), within a few sentences, with cues for the
 * decision: how far, whether the person is the one named last, whether they open their sentence
 * (its subject), how many people that sentence names, whether the description opens its sentence,
 * whether its head is a nationality. Not when the head word was used before the person was named
 * (it then stands for whoever it named). Keyed by actor index; `at` is the mention's rank among
 * the person's occurrences.
 */
function anaphorOptions(article: Article, actors: ActorDraft[], occurrences: Map<number, Occurrence[]>): Map<number, Array<{ at: number; option: RoleOption }>> {
  const out = new Map<number, Array<{ at: number; option: RoleOption }>>();
  const mentions: Array<{ actor: number; rank: number; first: number; last: number; quoted: boolean }> = [];
  for (const [index, list] of occurrences) {
    if (actors[index]?.kind !== 'person') continue;
    list.forEach((o, rank) => mentions.push({ actor: index, rank, first: o.run.first, last: o.run.nameLast, quoted: o.run.quoted }));
  }
  if (mentions.length === 0) return out;
  mentions.sort((a, b) => a.last - b.last);
  const { tokens, tokenSentence, body } = article;
  let m = -1;
  const firstUse = new Map<string, number>();
  for (const d of definiteDescriptions(article)) {
    while (m + 1 < mentions.length && mentions[m + 1]!.last < d.at) m++;
    const nearest = mentions[m];
    if (!nearest) continue;
    const sentence = tokenSentence[nearest.last]!;
    const distance = tokenSentence[d.at]! - sentence;
    if (distance > ANAPHOR_REACH) continue;
    // The people of that sentence, before the description, each once (their first mention there).
    const group = new Map<number, (typeof mentions)[number]>();
    for (let j = m; j >= 0 && tokenSentence[mentions[j]!.last] === sentence; j--) group.set(mentions[j]!.actor, mentions[j]!);
    const head = tokens[d.head]!.lower.replace(/[^\p{L}-]/gu, '');
    for (const [actor, mention] of group) {
      if (mention.quoted) continue;
      const subject = mention.first === 0 || article.clauseInitial[mention.first] === 1 || tokenSentence[mention.first - 1] !== sentence;
      const seen = usedBefore(body, head, tokens[mention.first]!.start, firstUse);
      // A description outside a clause's subject ("said the Sale player", "criticised the
      // chancellor", "the champion's time") is a candidate of its own kind, weighed apart.
      const wide = d.before !== 'clause' || d.after === 'end' || d.after === 'possessive';
      const p = wide ? 'wide' : 'ana';
      const cues = [`${p}:d=${Math.min(distance, 2)}`, d.opens ? `${p}:opens` : `${p}:inner`, group.size === 1 ? `${p}:alone` : `${p}:shared`];
      if (actor === nearest.actor) cues.push(`${p}:nearest`);
      if (subject) cues.push(`${p}:subject`);
      if (subject && group.size > 1) cues.push(`${p}:subject&shared`);
      if (d.nationality) cues.push(`${p}:nation`);
      if (wide) cues.push(`wide:before=${d.before}`, `wide:after=${d.after}`);
      // "Home Secretary Charles Clarke … ¶ The home secretary said": a head word used before the
      // person was named stands for whoever it named then.
      if (seen) continue;
      const list = out.get(actor) ?? [];
      list.push({ at: mention.rank, option: { source: wide ? 'anaphorWide' : 'anaphor', text: d.text, occurrence: 0, quoted: false, cues, key: d.at } });
      out.set(actor, list);
    }
  }
  return out;
}

/**
 * Whether the word `head` occurs in `body` before offset `start`: `/\\bhead\\b/iu` tested on
 * `body.slice(0, start)`, without scanning the body again for each person and description. A
 * match inside the slice that ends before `start` is a match in the whole body, so the end of the
 * leftmost one (kept in `firstUse`) answers; only a match ending right at `start` needs the slice,
 * and none can where a space stands before `start`.
 */
function usedBefore(body: string, head: string, start: number, firstUse: Map<string, number>): boolean {
  let end = firstUse.get(head);
  if (end === undefined) {
    const match = new RegExp(`\\b${head}\\b`, 'iu').exec(body);
    end = match ? match.index + match[0].length : Infinity;
    firstUse.set(head, end);
  }
  if (end < start) return true;
  if (start > 0 && /\s/.test(body[start - 1]!)) return false;
  return new RegExp(`\\b${head}\\b`, 'iu').test(body.slice(0, start));
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
  // "the authority's commissioner" → "commissioner of Financial Sector Conduct Authority": the same
  // description with its owner named says more.
  const named = passing.find((s) => s.option.source === 'resolved' && s.option.occurrence === best!.option.occurrence
    && s.option.cues?.[0] === `resolved&${best!.option.source}`);
  if (named) best = named;
  const second = passing.find((s) => s.option.occurrence === best!.option.occurrence && s.option.source !== best!.option.source
    && JOINABLE.has(s.option.source) && (JOINABLE.has(best!.option.source) || ownedByPerson(best!.option))
    // Not the owned form a resolved description was made from ("Her co-author" beside "Ann Lee's co-author").
    && !(best!.option.source === 'resolved' && (OWNED.test(s.option.text) || KIN.test(s.option.text)))
    && !s.option.text.includes(best!.option.text) && !best!.option.text.includes(s.option.text));
  if (!second) return best.option.text;
  const order = scored.indexOf(best) < scored.indexOf(second) ? [best, second] : [second, best];
  return order.map((s) => s.option.text).join(', ');
}

/** A description resolved to a person's ("Ann Lee's co-author", from "Her co-author"), which reads well joined. */
function ownedByPerson(option: RoleOption): boolean {
  // An organisation's reads "director of Hallworth Museum"; a person's opens with the name.
  return option.source === 'resolved' && /^\p{Lu}/u.test(option.text);
}

/** Sources whose descriptions read well joined ("Councillor, the cabinet member for transport"). */
const JOINABLE = new Set<RoleOption['source']>(['descriptor', 'title', 'before', 'front', 'after', 'phrase', 'copula', 'of', 'appositive']);
