/**
 * Who the words of saying attached to a quotation have as their subject when no name stands
 * there: "…," the statement said / the lawsuit states (a document), "…," the diplomat said / said
 * a guesthouse owner (an unnamed person), "Kim's lawyer said his client "…"" (someone described
 * by whose they are), "…," fans wrote (an unnamed group). And what a "she said" takes up: the
 * unnamed "young woman selling phone credit" of the sentence before rather than a name further
 * back. Features of the speaker decision (speaker-features.ts), not rules.
 */
import type { ActorTable, Mention } from './actor-table.ts';
import type { Article } from './context.ts';
import { isPersonNoun, isSpeechVerb } from './lexicon.ts';
import type { Token } from './nlp.ts';
import { pronounFits } from './given-names.ts';
import { personGender } from './speaker-cues.ts';
import { firstNotBefore } from './bisect.ts';

/** Nouns for a document whose wording is quoted ("the lawsuit states", "the statement said"). */
const DOCUMENT_NOUNS = new Set(`statement statements report lawsuit suit complaint filing motion advert advertisement
  poster letter newsletter note study survey review ruling judgment judgement indictment notice leaflet memo website
  release manifesto document papers submission petition citation`.split(/\s+/));

/** Nouns that take up an organisation already named ("the company said", "the airline warned"). */
export const ORG_NOUNS = new Set(`company firm group bank airline carrier club council business retailer maker manufacturer
  producer operator giant insurer lender supplier chain agency authority regulator watchdog board ministry department
  government union party organisation organization charity foundation institute association federation league team
  broadcaster network publisher studio label airport exchange fund conglomerate corporation`.split(/\s+/));

/** Nouns for a legal filing or an advert: wording from a document, where nobody speaks. */
const FILING_NOUNS = new Set('lawsuit suit complaint filing motion advert advertisement poster indictment petition citation'.split(' '));

/** Verbs that attribute a document's or a writer's words besides the verbs of saying. */
const WRITING_VERBS = new Set('wrote writes write states stated reads read beams concluded concludes found finds'.split(' '));

const SKIPPED = new Set(['has', 'have', 'had', 'will', 'would', 'also', 'later', 'then', 'was', 'is', 'previously', 'earlier', 'once', 'simply', 'only']);
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'some', 'other']);

/** What stands as the subject of the words of saying when no name does: a kind of common noun. */
export type SaidBy = 'document' | 'filing' | 'group' | 'person:indefinite' | 'person:definite' | 'person:possessed' | 'org:definite' | 'org:pronoun';

/** The subject of the words of saying: a common-noun kind, the actor a name there names, or nothing known. */
export type Said = SaidBy | number | undefined;

// wink tags "states" in "the lawsuit states" as a noun, so the writing verbs go by their form.
const attributing = (t: Token): boolean => isSpeechVerb(t.lower, t.pos) || (WRITING_VERBS.has(t.lower) && /^\p{Ll}/u.test(t.text));

/** People and bodies of people the person nouns leave out ("the judges", "fans", "the family"). */
const MORE_PEOPLE = new Set('judge judges jury panel fans family families friends'.split(' '));

/** The unquoted mention covering token `k` (mentions are sorted by start), if any. */
function mentionAt(table: ActorTable, article: Article, k: number): Mention | undefined {
  const t = article.tokens[k]!;
  const lo = firstNotBefore(table.mentions.length, (i) => table.mentions[i]!.start <= t.start);
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
    const m = table.mentions[i]!;
    if (!m.quoted && m.end >= t.end) return m;
  }
  return undefined;
}

/** The actor named at token `k`, if a name stands there. */
export const nameAt = (table: ActorTable, article: Article, k: number): number | undefined => mentionAt(table, article, k)?.actor;

/** The kind of a common-noun phrase whose head is token `head`, reading its determiner before it. */
function phraseKind(article: Article, head: number, floor: number): SaidBy | undefined {
  const { tokens } = article;
  const h = tokens[head]!;
  if (!/^\p{Ll}/u.test(h.text) || (h.pos !== 'NOUN' && h.pos !== 'PROPN')) return undefined;
  let d = head - 1;
  while (d >= floor && d > head - 6 && (tokens[d]!.pos === 'ADJ' || tokens[d]!.pos === 'NOUN' || tokens[d]!.pos === 'PROPN' || tokens[d]!.pos === 'NUM' || (d > floor && /^\p{Lu}/u.test(tokens[d]!.text)))) d--;
  const det = d >= floor ? tokens[d]! : undefined;
  if (DOCUMENT_NOUNS.has(h.lower)) {
    // "a BBC statement", "the World Bank report": a named author before the noun speaks through it.
    for (let k = d + 1; k < head; k++) if (/^\p{Lu}/u.test(tokens[k]!.text)) return undefined;
    return FILING_NOUNS.has(h.lower) ? 'filing' : 'document';
  }
  // "the company said", "the South Yorkshire firm warned": an organisation named before speaks.
  if (ORG_NOUNS.has(h.lower) && det && (det.lower === 'the' || det.lower === 'its')) return 'org:definite';
  if (!isPersonNoun(h.lower) && !MORE_PEOPLE.has(h.lower)) return undefined;
  if ((/s$/.test(h.lower) && !/(?:ss|us)$/.test(h.lower)) || ['family', 'people', 'jury', 'panel'].includes(h.lower)) return 'group';
  if (det && /^['’]s?$/.test(det.text)) return 'person:possessed';
  if (det && (det.lower === 'his' || det.lower === 'her' || det.lower === 'their' || det.lower === 'its')) return 'person:possessed';
  if (det && INDEFINITE.has(det.lower)) return 'person:indefinite';
  return 'person:definite';
}

/** The subject before a verb at `v` ("the statement said", "The parent …, who asked …, said"). */
function subjectBefore(article: Article, table: ActorTable, v: number, floor: number): Said {
  const { tokens } = article;
  // "The report was welcomed by X": the agent of a passive says it.
  if (tokens[v + 1]?.lower === 'by' && ['was', 'were', 'been', 'is', 'are'].includes(tokens[v - 1]?.lower ?? '')) {
    return subjectAfter(article, table, v + 1, Math.min(tokens.length - 1, v + 9));
  }
  let b = v - 1;
  while (b >= floor && (SKIPPED.has(tokens[b]!.lower) || tokens[b]!.pos === 'ADV')) b--;
  // Past one or two clauses between commas: a relative clause is skipped ("A guesthouse owner,
  // who asked not to be named, said"), an appositive is the subject ("Another, a young woman
  // selling phone credit, said"; "Her son, Robert Pascoe, said").
  for (let hops = 0; hops < 2 && b >= floor && tokens[b]!.text === ','; hops++) {
    let c = b - 1;
    while (c >= floor && tokens[c]!.text !== ',' && b - c < 16) c--;
    if (c < floor || tokens[c]!.text !== ',') break;
    // "X, a member of the team, said": the appositive describes the name before it.
    for (let k = c - 1; k < b; k++) if (nameAt(table, article, k) !== undefined) return nameAt(table, article, k);
    if (!RELATIVES.has(tokens[c + 1]!.lower)) {
      for (let k = c + 1; k < b; k++) if (tokens[k]!.pos === 'NOUN' && (isPersonNoun(tokens[k]!.lower) || MORE_PEOPLE.has(tokens[k]!.lower))) return phraseKind(article, k, c + 1);
    }
    b = c - 1;
  }
  if (b < floor || article.tokenQuote[b]! >= 0) return undefined;
  if (nameAt(table, article, b) !== undefined) return nameAt(table, article, b);
  if (tokens[b]!.pos === 'PRON') return tokens[b]!.lower === 'it' ? 'org:pronoun' : undefined;
  // "Armando Falcon, OFHEO director said": the description stands after the name it describes.
  let d = b;
  while (d > floor && d > b - 6 && (tokens[d - 1]!.pos === 'ADJ' || tokens[d - 1]!.pos === 'NOUN' || tokens[d - 1]!.pos === 'PROPN' || tokens[d - 1]!.pos === 'DET')) d--;
  if (d - 2 >= floor && tokens[d - 1]!.text === ',' && nameAt(table, article, d - 2) !== undefined) return nameAt(table, article, d - 2);
  return phraseKind(article, b, floor) ?? documentAuthor(article, table, b, floor) ?? sentenceSubject(article, table, floor, v);
}

const RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'that', 'speaking', 'citing']);

/**
 * The noun phrase opening the sentence, when a verb's nearest noun was not its subject ("A
 * guesthouse owner near the lighthouse … said"): its head noun's kind, or the actor named in it
 * when no person noun heads it ("An All England club spokesperson" is a spokesperson).
 */
function sentenceSubject(article: Article, table: ActorTable, floor: number, v: number): Said {
  const { tokens } = article;
  let k = floor;
  while (k < v && (tokens[k]!.pos === 'CCONJ' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PUNCT')) k++;
  if (k >= v || tokens[k]!.pos !== 'DET' || !/^\p{Lu}/u.test(tokens[k]!.text)) return undefined;
  let name: number | undefined;
  for (let j = k + 1; j < v && j < k + 8; j++) {
    const t = tokens[j]!;
    name ??= nameAt(table, article, j);
    if (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && (isPersonNoun(t.lower) || MORE_PEOPLE.has(t.lower))) return phraseKind(article, j, k);
    if (t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') break;
  }
  return name;
}

/** The subject after a verb at `v` ("said the diplomat", "said a Fox spokesman", "wrote the judges"). */
function subjectAfter(article: Article, table: ActorTable, v: number, ceiling: number): Said {
  const { tokens } = article;
  let a = v + 1;
  if (a <= ceiling && nameAt(table, article, a) !== undefined) return nameAt(table, article, a);
  const start = a;
  while (a <= ceiling && article.tokenQuote[a]! < 0 && (tokens[a]!.pos === 'DET' || tokens[a]!.pos === 'ADJ' || tokens[a]!.pos === 'NUM' || /^\p{Lu}/u.test(tokens[a]!.text) || /^['’]s$/.test(tokens[a]!.text))) a++;
  // "said bank officials": the last of a run of common nouns is the head.
  while (a + 1 <= ceiling && tokens[a + 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[a + 1]!.text) && article.tokenQuote[a + 1]! < 0) a++;
  if (a > ceiling || (a === start && tokens[a]!.pos !== 'NOUN')) return undefined;
  // "said chief financial officer Peter Gregg", "said chairman and chief executive Bill Ford": a
  // name after the description says it.
  for (let k = start; k <= Math.min(ceiling, a + 6) && (k <= a || (tokens[k]!.pos !== 'PUNCT' && tokens[k]!.pos !== 'VERB')); k++) {
    if (nameAt(table, article, k) !== undefined) return nameAt(table, article, k);
  }
  return phraseKind(article, a, start) ?? documentAuthor(article, table, a, start);
}

/** "a BBC statement read", "the World Bank report said": the author named before a document noun speaks through it. */
function documentAuthor(article: Article, table: ActorTable, head: number, floor: number): number | undefined {
  const { tokens } = article;
  if (!DOCUMENT_NOUNS.has(tokens[head]?.lower ?? '') || FILING_NOUNS.has(tokens[head]!.lower)) return undefined;
  for (let k = head - 1; k >= Math.max(floor, head - 5) && /^(?:PROPN|NOUN|ADJ|PART)$/.test(tokens[k]!.pos); k--) {
    const actor = nameAt(table, article, k);
    if (actor !== undefined) return actor;
  }
  return undefined;
}

/**
 * The kind of common-noun subject of the words of saying attached to the quotation: right after
 * its closing mark ("…," the statement said), or governing it from just before its opening mark
 * in its sentence (Kim's lawyer said his client "…"; A spokeswoman said: "…").
 */
export function saidBy(article: Article, table: ActorTable, openTok: number, closeTok: number, sentenceStartTok: number, sentenceEndTok: number): Said {
  const { tokens, tokenQuote } = article;
  const last = Math.min(sentenceEndTok, tokens.length - 1);
  // After (`closeTok` is the token after the closing mark): "…," the statement said / said the diplomat.
  for (let k = closeTok; k <= Math.min(last, closeTok + 5); k++) {
    if (tokenQuote[k]! >= 0 || tokens[k]!.text === '.') break;
    if (!attributing(tokens[k]!)) continue;
    const between = tokens.slice(closeTok, k).filter((t) => /\p{L}/u.test(t.text));
    return between.length > 0 ? subjectBefore(article, table, k, closeTok) : subjectAfter(article, table, k, Math.min(last, k + 8));
  }
  // Before: the nearest verb of saying in the sentence before the opening mark.
  for (let k = openTok - 1; k >= Math.max(sentenceStartTok, openTok - 15); k--) {
    if (tokenQuote[k]! >= 0) break;
    if (attributing(tokens[k]!)) return subjectBefore(article, table, k, sentenceStartTok);
  }
  return undefined;
}

/**
 * What a "he said" / "she said" takes up, going back sentence by sentence (this paragraph and the
 * one before): the subject of the first words of saying met that the pronoun fits (the actor, or a
 * common-noun kind), else the first person named, or unnamed person brought in ("a nurse I met"),
 * in a sentence — "Judge X set bail. Y told the judge … "…," she replied" skips the man for "she".
 */
export function pronounTakesUp(article: Article, table: ActorTable, openTok: number, paragraphStartTok: number, pronoun: string): Said {
  const { tokens, tokenQuote, tokenSentence } = article;
  const fits = (actor: number): boolean => table.actors[actor]!.kind === 'person' && pronounFits(pronoun, personGender(article, table, actor));
  const floor = Math.max(0, paragraphStartTok, openTok - 120);
  let end = openTok - 1;
  for (let sentences = 0; sentences < 4 && end >= floor; sentences++) {
    let start = end;
    while (start > floor && tokenSentence[start - 1] === tokenSentence[end]) start--;
    let first: Said;
    let possessor: number | undefined;
    // "Under cross-examination by X's barrister, Y, he agreed …": the same pronoun as subject sends
    // the question back past the names the sentence merely lists.
    let passBack = false;
    for (let k = start; k <= end; k++) {
      if (tokenQuote[k]! >= 0) continue;
      if (attributing(tokens[k]!)) {
        // A sentence of saying whose subject is not made out ("Under cross-examination by X, Mrs Y
        // said") says nothing sure; a pronoun subject passes the question to the sentence before.
        const kind = subjectBefore(article, table, k, start);
        const org = typeof kind === 'string' && kind.startsWith('org:');
        if ((typeof kind === 'string' && !org) || (typeof kind === 'number' && fits(kind))) return kind;
        if ((kind === undefined || org) && tokens[k - 1]?.pos !== 'PRON') return undefined;
        if (kind === undefined && tokens[k - 1]?.lower === pronoun) passBack = true;
      }
      if (first !== undefined) continue;
      const m = mentionAt(table, article, k);
      // "Wenger's Bayern counterpart Felix Magath …. He said": a possessor is not who the sentence is about.
      let after = k;
      while (m && after < tokens.length && tokens[after]!.end <= m.end) after++;
      if (m && fits(m.actor)) {
        if (/^['’]s?$/.test(tokens[after]?.text ?? '')) possessor ??= m.actor;
        else first = m.actor;
      }
      // "went to a nurse I met", not "hoped she would become a doctor".
      else if (tokens[k]!.pos === 'NOUN' && isPersonNoun(tokens[k]!.lower) && INDEFINITE.has(tokens[k - 1]?.lower ?? '') && (k - 1 === start || tokens[k - 2]!.pos === 'ADP')) first = 'person:indefinite';
    }
    first ??= possessor;
    if (first !== undefined && !passBack) return first;
    end = start - 1;
  }
  return undefined;
}

/**
 * The organisation noun of "…," the foundation said / the bank warned that "…": the head of a
 * definite description next to the quotation, if one is there.
 */
export function orgNounNear(article: Article, openTok: number, closeTok: number): string | undefined {
  const { tokens, tokenQuote } = article;
  const at = (k: number): string | undefined => {
    const t = tokens[k];
    return t && tokenQuote[k]! < 0 && ORG_NOUNS.has(t.lower) && /^\p{Ll}/u.test(t.text) ? t.lower : undefined;
  };
  for (let k = closeTok; k < Math.min(tokens.length, closeTok + 6); k++) if (at(k)) return at(k);
  for (let k = openTok - 1; k >= Math.max(0, openTok - 15); k--) if (at(k)) return at(k);
  return undefined;
}

/** Words saying that a speaker is kept unnamed ("who asked not to be named", "on condition of anonymity"). */
export function anonymityNear(text: string): boolean {
  return /\b(?:not to be (?:named|identified)|not be (?:named|identified)|anonymity|anonymously|declined to be (?:named|identified))\b/i.test(text);
}
