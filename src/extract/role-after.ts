/**
 * Roles stated after a name:
 * - an appositive: "Ana María Guzmán, a political analyst specializing in …";
 * - a relative clause: "Justin Bassi, who advises the minister on security";
 * - a copula: "Fiona Kerrigan is a columnist and the author of …".
 */
import type { Article } from './context.ts';
import { GENRE_PERSON_NOUNS, PERSON_NOUNS, isPersonNoun, isTitleWord } from './lexicon.ts';
import { clean, span, verbAsModifier, type NameSpans } from './roles.ts';

/** "of", "'s", "beating", "who": a word that relates a name to the description around it. */
function relates(article: Article, k: number): boolean {
  const tok = article.tokens[k]!;
  return ['ADP', 'VERB', 'AUX', 'SCONJ'].includes(tok.pos) || /^['’]s$/.test(tok.text);
}

/**
 * True when the text after a comma, tokens `from` to `end`, is the next item of a list of people
 * rather than a description: a name heads it, with nothing before it but its own description, and
 * ends it or is followed by "and" or a verb ("…, union leader Omar Baptiste, and officials",
 * "…, Kate Winslet and director Mike Leigh"). Not when a preposition, verb or possessive relates
 * the name to the description ("the daughter of activist Malcolm X", "Courtney Love's lawyer").
 */
function listItemAfter(article: Article, names: NameSpans, from: number, end: number): boolean {
  const { tokens } = article;
  for (let k = from; k <= end; k++) {
    if (names.first[k] === k) {
      const after = tokens[names.last[k]! + 1];
      if (after && /^['’]s$/.test(after.text)) return false;
      if (names.last[k]! >= end || !after || ['and', 'or'].includes(after.lower) || after.pos === 'VERB' || after.pos === 'AUX') return true;
      k = names.last[k]!;
      continue;
    }
    if (relates(article, k)) return false;
  }
  return false;
}

/** True when tokens from `from` open a description of a person: a title or person noun comes before any verb. */
function opensDescription(article: Article, from: number, limit: number): boolean {
  const { tokens } = article;
  // "San Jose, California, where chief executive …": a clause about a place, not a description.
  if (['where', 'when', 'which', 'whose', 'that', 'while', 'whereas'].includes(tokens[from]?.lower ?? '')) return false;
  // "one of the organisers": a member of a group of people.
  if (tokens[from]?.lower === 'one' && tokens[from + 1]?.lower === 'of') {
    for (let k = from + 2; k < Math.min(limit, from + 6); k++) if (isPersonNoun(tokens[k]!.lower)) return true;
  }
  const indefinite = tokens[from]?.lower === 'a' || tokens[from]?.lower === 'an';
  for (let k = from; k < Math.min(limit, from + 6); k++) {
    const tok = tokens[k]!;
    // A plural ("Bosses, journalists, …") starts a list, not a description.
    // "the last major city": an adjective that is also a rank does not make a description.
    const adjectiveRank = tok.pos === 'ADJ' && ['major', 'general', 'principal', 'senior'].includes(tok.lower);
    const personWord = PERSON_NOUNS.has(tok.lower) || GENRE_PERSON_NOUNS.has(tok.lower);
    if ((isTitleWord(tok.lower) && !adjectiveRank) || (personWord && !/[^s]s$/.test(tok.lower))) return true;
    if ((indefinite || tokens[from]?.lower === 'the') && tok.pos === 'NOUN' && isPersonNoun(tok.lower)) return true;
    // "a polling expert", "a leading economist", "managing director of …": a participle used as an
    // adjective, after a determiner or an adjective or right before a word for a person.
    const next = tokens[k + 1]?.lower ?? '';
    // "the UK-based co-chairman", "a Lagos-born architect": a hyphenated participle is an adjective.
    const modifier = tok.pos === 'VERB' && ((/ing$/.test(tok.lower)
      && (['DET', 'ADJ'].includes(tokens[k - 1]?.pos ?? '') || (k + 1 < limit && (isTitleWord(next) || isPersonNoun(next)))))
      || /^\p{L}+-\p{L}+(?:ed|born|run)$/u.test(tok.lower) || verbAsModifier(article, k));
    if ((tok.pos === 'VERB' && !modifier) || tok.pos === 'AUX' || tok.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * The appositive after a name: ", a political analyst specializing in Latin American relations,"
 * or ", who advises X on Y". Stops at the next comma, the sentence end or a relative pronoun.
 */
export function roleAfter(article: Article, nameLast: number, names?: NameSpans): string | undefined {
  const { tokens, tokenSentence } = article;
  const comma = tokens[nameLast + 1];
  // "Joshua Rifkin - a composer and interpreter of Bach - has …": dashes set off an appositive as commas do.
  if (!comma || ![',', '-', '–', '—'].includes(comma.text)) return undefined;
  const from = nameLast + 2;
  const first = tokens[from];
  if (!first || tokenSentence[from] !== tokenSentence[nameLast]) return undefined;
  let end = from;
  const stop = (k: number): boolean => {
    const tok = tokens[k];
    if (!tok || tokenSentence[k] !== tokenSentence[nameLast]) return true;
    if (article.tokenQuote[k] !== article.tokenQuote[nameLast]) return true;
    return [',', '.', ';', ':', ')', '(', '"', '“', '”', '—', '–', '-', '?', '!'].includes(tok.text);
  };
  if (first.lower === 'who') return whoClause(article, from, stop);
  if (comma.text !== ',') {
    // After a dash, only a description that opens as one ("a composer", "star of …"), no age.
    if (first.pos === 'NUM') return undefined;
  }
  // "Gul Bibi, 45, who …", "Lorna Diaz, 58, a vegetable farmer": an age, then the description.
  if (first.pos === 'NUM' && /^\d{1,3}$/.test(first.text) && tokens[from + 1]?.text === ',') {
    if (tokens[from + 2]?.lower === 'who') {
      const clause = whoClause(article, from + 2, stop, true);
      return clause ? `${first.text}, ${clause}` : undefined;
    }
    // "Marius Vlad, 34, of Splott,", "…, 29, from New Parks,": where the person lives, as local
    // and court reports give it.
    if (tokens[from + 2]?.lower === 'of' || (tokens[from + 2]?.lower === 'from' && /^\p{Lu}/u.test(tokens[from + 3]?.text ?? ''))) {
      let end = from + 3;
      while (!stop(end + 1) && end - from < 8) end++;
      const place = stop(from + 3) ? undefined : clean(span(article, from + 3, end));
      return place && `${tokens[from + 2]!.lower} ${place}`;
    }
    return roleAfter(article, from, names);
  }
  let limit = from;
  while (!stop(limit) && limit - from < 30) limit++;
  if (!opensDescription(article, from, limit)) return undefined;
  // "in Leeds, the operations director, Hamish Calloway, told me": the description belongs to
  // the name after it.
  if (tokens[limit]?.text === ',' && /^\p{Lu}/u.test(tokens[limit + 1]?.text ?? '') && tokens[limit + 1]!.pos === 'PROPN'
    && isPersonNoun(tokens[limit - 1]!.lower)) return undefined;
  end = from;
  while (end + 1 < limit) {
    const next = tokens[end + 1]!;
    if (['who', 'which', 'that', 'whose'].includes(next.lower)) break;
    end++;
  }
  // "…, union leader Omar Baptiste, and": the description of the next person in a list.
  if (names && listItemAfter(article, names, from, end)) return undefined;
  return clean(span(article, from, end));
}

/**
 * "Dr Ann Carne, a geologist who examined the site for the inquest, said": a bare job in apposition
 * with the relative clause that tells what the person does or did, up to the clause's end. Not
 * "who said …".
 */
export function appositiveClause(article: Article, nameLast: number): string | undefined {
  const { tokens, tokenSentence } = article;
  if (tokens[nameLast + 1]?.text !== ',' || !roleAfter(article, nameLast)) return undefined;
  const stop = (k: number): boolean => !tokens[k] || tokenSentence[k] !== tokenSentence[nameLast] || article.tokenQuote[k] !== article.tokenQuote[nameLast]
    || [',', '.', ';', ':', ')', '(', '"', '“', '”', '—', '–', '?', '!'].includes(tokens[k]!.text);
  let who = nameLast + 3;
  while (!stop(who) && tokens[who]!.lower !== 'who' && who - nameLast < 12) who++;
  if (stop(who) || tokens[who]!.lower !== 'who' || /^(?:said|says|told|added)$/.test(tokens[who + 1]?.lower ?? '')) return undefined;
  // "a hydrologist at the University of Lisbon, who …": a description that says where or for whom
  // is whole; the clause is kept only after a bare job ("a geologist who examined the site").
  for (let k = nameLast + 2; k < who; k++) if (tokens[k]!.pos === 'ADP') return undefined;
  let end = who + 1;
  while (!stop(end + 1) && end - who < 20) end++;
  return stop(who + 1) ? undefined : clean(span(article, nameLast + 2, end));
}

/**
 * ", who co-wrote Blue Moon,": any relative clause after the name, up to its end; ", whose daughter
 * was diagnosed in the trial," with its pronoun, which says whose.
 */
export function whoAfter(article: Article, last: number): string | undefined {
  const { tokens, tokenSentence } = article;
  const pronoun = tokens[last + 2]?.lower;
  if (tokens[last + 1]?.text !== ',' || (pronoun !== 'who' && pronoun !== 'whose')) return undefined;
  let k = pronoun === 'whose' ? last + 2 : last + 3;
  // "who was her student at …": the description is what follows the copula.
  if (['is', 'was'].includes(tokens[k]?.lower ?? '')) k++;
  else if (['has', 'had'].includes(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'been') k += 2;
  const from = k;
  while (k < tokens.length && k - from < 18 && tokenSentence[k] === tokenSentence[last]
    && ![',', '.', ';', ':', '"', '“', '”', '—'].includes(tokens[k]!.text)) k++;
  return k > from ? span(article, from, k - 1) : undefined;
}

/**
 * A relative clause as a role: "who advises the minister", "who chairs the trust", "who has led its
 * European business since 2019". Not "who said …" or other past tenses, which tell a story.
 */
function whoClause(article: Article, who: number, stop: (k: number) => boolean, aged = false): string | undefined {
  const { tokens } = article;
  const verb = tokens[who + 1];
  if (!verb) return undefined;
  const present = /[^s]s$/.test(verb.lower) && verb.lower !== 'says' && (verb.pos === 'VERB' || verb.pos === 'NOUN');
  const perfect = ['has', 'had'].includes(verb.lower) && tokens[who + 2]?.pos === 'VERB' && !/^(?:said|told)$/.test(tokens[who + 2]!.lower);
  // "who was her student at …", "who is a nurse": a description after the copula.
  // "who has been chief financial officer since March": the perfect of the copula, before a title.
  const been = ['has', 'had'].includes(verb.lower) && tokens[who + 2]?.lower === 'been' ? 1 : 0;
  const complement = tokens[who + 2 + been];
  const copula = (['is', 'was'].includes(verb.lower) || been === 1) && complement !== undefined
    && (['a', 'an', 'the', 'his', 'her', 'their'].includes(complement.lower) || (isTitleWord(complement.lower) && complement.pos !== 'VERB'));
  if (copula) {
    const from = who + 2 + been;
    let limit = from;
    while (!stop(limit) && limit - who < 20) limit++;
    if (!opensDescription(article, from, limit)) return undefined;
    return clean(span(article, from, limit - 1));
  }
  // "who ran the art crime unit until 2019": a post held before, told by a verb of leading.
  if (LEADING_VERBS.has(verb.lower) && ['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(tokens[who + 2]?.lower ?? '')) {
    let end = who + 1;
    while (!stop(end + 1) && end - who < 20) end++;
    return clean(span(article, who + 1, end));
  }
  // After an age ("Gul Bibi, 45, who escaped with her children") the clause is all we learn of her.
  const past = aged && verb.pos === 'VERB' && /ed$/.test(verb.lower) && !/^(?:said|told)$/.test(verb.lower);
  if (!present && !perfect && !past) return undefined;
  let end = who + 1;
  while (!stop(end + 1) && end - who < 20) end++;
  return clean(span(article, who + 1, end));
}

/** Past verbs that state a post someone held: "who ran the unit", "who led the inquiry". */
const LEADING_VERBS = new Set(['ran', 'led', 'headed', 'chaired', 'founded', 'co-founded', 'directed', 'managed', 'oversaw', 'commanded', 'coached', 'edited']);

/**
 * "Fiona Kerrigan is a columnist and the author of …": a role stated with "is" or "was" right
 * after the name.
 */
export function roleByCopula(article: Article, nameLast: number): string | undefined {
  const { tokens, tokenSentence } = article;
  const verb = tokens[nameLast + 1];
  const det = tokens[nameLast + 2];
  if (!verb || !det) return undefined;
  // "Tor Instanes has been chief executive of Fjordwing since 2011": the perfect, before a title.
  const been = ['has', 'had'].includes(verb.lower) && det.lower === 'been' ? 1 : 0;
  const complement = tokens[nameLast + 2 + been];
  if (!(['is', 'was'].includes(verb.lower) || been === 1) || !complement) return undefined;
  if (!['a', 'an', 'the'].includes(complement.lower) && !(isTitleWord(complement.lower) && complement.pos !== 'VERB')) return undefined;
  const from = nameLast + 2 + been;
  let limit = from;
  while (limit < tokens.length && limit - nameLast < 25 && tokenSentence[limit] === tokenSentence[nameLast]
    && !['.', ';', ':', ',', '"', '“', '”', '?', '!'].includes(tokens[limit]!.text)) limit++;
  if (!opensDescription(article, from, limit)) return undefined;
  return clean(span(article, from, limit - 1));
}
