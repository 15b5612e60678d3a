/**
 * Features of one name as a whole (every occurrence of it in the article) for the learned
 * decision "is this name a person": the cues seen at each occurrence (evidence.ts), the name's
 * shape and the name lists, where and how it is used, and the kind of article it is in.
 */
import type { Article } from './context.ts';
import type { Occurrence } from './evidence.ts';
import { isFamilyNameFirst, isSyllablePair } from './family-names.ts';
import { lookupPlace } from './gazetteer.ts';
import { givenName } from './given-names.ts';
import { isWorldGivenName } from './world-given-names.ts';
import { ORG_DESCRIPTION_HEADS, foldName, isPersonNoun, isTitleWord } from './lexicon.ts';
import { bucketed } from './learned/linear.ts';
import { acquiredAfter, colonList, firmClause, lineupCue, lineupSigns, saysAfterAside, inList, listLength, madeBy, makerOf, modifiesWork, nextPronoun, peerPerson, thingPronounFirst, whichAfter, workContext } from './person-usage.ts';
import type { NameContext } from './person-context.ts';
import { EVENT_WORDS, GROUP_WORDS, MARKET_WORDS, ORG_PARTS, PLACE_NOUNS, PRODUCT_WORDS, RELATION_NOUNS, STREET_WORDS, WORK_WORDS } from './person-words.ts';

// Not "that": before a name it opens a clause ("reports that Ann Vale will return"), it does not point.
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'its', 'their']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'across', 'outside', 'inside', 'throughout']);

/** The cues at a mention that say it is a person's: a title, a role, "who", an age, speech, "his"/"her". */
const PERSON_CUES = ['title', 'role', 'who', 'aged', 'honorific', 'speaks', 'pronounAfter', 'named'];

/** How many of a name's mentions its usage features look at. */
const MAX_SAMPLED = 12;

/** A given name from either list: the English-language one (given-names.ts) or the others'. */
function given(word: string): boolean {
  return givenName(word) !== undefined || isWorldGivenName(foldName(word.split('-')[0]!));
}

/** Adds `name:all` when every sampled mention shows the sign, `name:some` when some do. */
function share(f: Set<string>, name: string, count: number, of: number): void {
  if (count > 0) f.add(count === of ? `${name}:all` : `${name}:some`);
}

/**
 * Features of one name (all occurrences grouped under its folded form `key`).
 *
 * @example nameFeatures(article, occurrences, 'park ji hoon', context) → ['w=3', 'familyFirst', 'syllables', …]
 */
export function nameFeatures(article: Article, occurrences: Occurrence[], key: string, context: NameContext): string[] {
  const { tokens } = article;
  const words = key.split(' ');
  const first = occurrences[0]!.run;
  const nameTokens = tokens.slice(first.nameFirst, first.nameLast + 1).map((t) => t.text);
  const f = new Set<string>();
  f.add(bucketed('w', words.length, [1, 2, 3]));
  f.add(bucketed('n', occurrences.length, [1, 2, 4]));
  for (const o of occurrences) for (const c of o.cues ?? []) f.add(c);
  const firstWord = nameTokens[0] ?? '';
  const lastWord = nameTokens[nameTokens.length - 1] ?? '';
  // "Al Jazeera", "San Marino", "La Liga": a particle first is not a given name.
  const particle = /^(?:al|el|la|le|de|di|da|du|van|von|san|santa)$/i.test(firstWord);
  if (particle) f.add('particleFirst');
  // "St Bartholomew's", "St John's Road", "Saint Kitts": a saint names a church, a hospital, a
  // street or a place far more often than anyone in the news.
  if (/^(?:St\.?|Saint)$/.test(firstWord)) f.add('saintFirst');
  else if (given(firstWord)) f.add(words.length > 1 ? 'givenFirst' : 'givenOnly');
  if (!givenName(firstWord) && given(firstWord)) f.add('worldGiven');
  if (words.length > 1 && nameTokens.slice(1).some(given)) f.add('givenLater');
  if (isFamilyNameFirst(firstWord)) f.add(words.length > 1 ? 'familyFirst' : 'familyOnly');
  if (nameTokens.some(isSyllablePair)) f.add('syllables');
  // The endings of the first and last words: given names and surnames have typical endings in
  // every language ("-ien", "-ick", "-son", "-ez"), firms and places others ("-ing", "-ers").
  if (words.length > 1 && /^\p{Lu}\p{Ll}{3,}$/u.test(firstWord)) f.add(`end1=${firstWord.slice(-3).toLowerCase()}`);
  if (/^\p{Lu}\p{Ll}{3,}$/u.test(lastWord)) f.add(`endN=${lastWord.slice(-2).toLowerCase()}`);
  if (words.length > 1 && context.singleWords.has(words[words.length - 1]!)) {
    f.add('lastAlone');
    aloneSigns(article, context.names.get(words[words.length - 1]!) ?? [], f);
  }
  if (words.length > 1 && context.singleWords.has(words[0]!)) f.add('firstAlone');
  const wholePlace = lookupPlace(first.name);
  if (wholePlace) f.add(`place=${wholePlace.type}`);
  if (words.length > 1 && lookupPlace(firstWord)) f.add('placeFirst');
  if (words.length > 1 && lookupPlace(lastWord)) f.add('placeLast');
  if (first.wordSurname) f.add('wordSurname');
  // "PlayStation", "YouTube": a capital inside a word, as products and firms write their names
  // (surnames' "McManus", "DeVito", "LaRue" set apart).
  if (nameTokens.some((t) => /\p{Ll}\p{Lu}/u.test(t) && !/^(?:Mc|Mac|O'|O’|De|Di|Da|La|Le|Van|Fitz)\p{Lu}/u.test(t))) f.add('innerCapital');
  if (first.initials) f.add('capsInitials');
  else if (nameTokens.some((t) => /^\p{Lu}{2,}$/u.test(t))) f.add('capsWord');
  if (/\d/.test(first.name)) f.add('digit');
  if (nameTokens.some((t) => t.includes('-'))) f.add('hyphen');
  if (nameTokens.some((t) => /^\p{Lu}\.?$/u.test(t))) f.add('initial');
  let det = 0;
  let placePrep = 0;
  let clauseStart = 0;
  let quoted = 0;
  let list = 0;
  let verbAfter = 0;
  let possessive = 0;
  let employer = 0;
  let work = 0;
  let placeOf = 0;
  let itAfter = 0;
  let modifier = 0;
  let nounBefore = 0;
  let thingBefore = 0;
  let roster = 0;
  let workCue = 0;
  let workHead = 0;
  let productAfter = 0;
  let partOf = 0;
  let itNext = 0;
  let heNext = 0;
  let atIn = 0;
  let which = 0;
  let maker = 0;
  let peer = 0;
  let numberAfter = 0;
  let relationBefore = 0;
  let firmVerb = 0;
  let acquired = 0;
  let pluralBefore = 0;
  let colon = 0;
  let cue = 0;
  let aside = 0;
  let descriptor = 0;
  let pluralVerb = 0;
  // How the name is used, over its first mentions (a name used a hundred times is judged by its
  // first dozen, at a dozenth of the cost).
  const sample = occurrences.length > MAX_SAMPLED ? occurrences.slice(0, MAX_SAMPLED) : occurrences;
  for (const o of sample) {
    const r = o.run;
    const prev = tokens[r.first - 1];
    const next = tokens[r.last + 1];
    // "the Ben Vale comedy", "in Ann Vale's first government": the determiner, preposition or
    // "sequel to" before a name that modifies a noun after it are that noun's, not the name's.
    const ofWork = modifiesWork(article, r.last);
    if (ofWork) workHead++;
    const headed = ofWork || (next !== undefined && /^['’]s$/.test(next.text));
    if (prev && DETERMINERS.has(prev.lower) && !r.descriptor && !headed) det++;
    if (prev && PLACE_PREPOSITIONS.has(prev.lower) && !headed) placePrep++;
    if (prev && (prev.lower === 'at' || prev.lower === 'in') && !headed) atIn++;
    if (article.clauseInitial[r.first]) clauseStart++;
    if (r.quoted) quoted++;
    if (inList(article, r.first, r.last)) list++;
    // A roster: a list of five names or more (a line-up, a cast, a shortlist), its ends included.
    const nextMark = tokens[r.last + 1]?.text;
    const prevMark = tokens[r.first - 1]?.text;
    if ((nextMark === ',' || prevMark === ',' || nextMark === ';' || prevMark === ';' || nextMark === '(') && listLength(article, r.first, r.last) >= 5) roster++;
    if (next && (next.pos === 'VERB' || next.pos === 'AUX')) verbAfter++;
    // "Franz Ferdinand are", "Leeds Rhinos have": British English gives a band or a team a plural verb.
    if (next && ['are', 'were', 'have'].includes(next.lower) && tokens[r.last + 2]?.lower !== 'been') pluralVerb++;
    if (next && /^['’]s?$/.test(next.text)) possessive++;
    // "the Xbox console", "Sky Plus box", "the Xbox 360": a product's name, with a noun or a number after it.
    if (next && article.tokenSentence[r.last + 1] === article.tokenSentence[r.last] && next.pos === 'NOUN' && PRODUCT_WORDS.has(next.lower)) productAfter++;
    // "analysts at Harwell Stanton", "a spokesman for Orbis": people who work for it.
    const head = tokens[r.first - 2];
    if (prev && ['at', 'for', 'of', 'with'].includes(prev.lower) && head && head.pos === 'NOUN' && isPersonNoun(head.lower)) employer++;
    // "the offices of X", "shareholders in X": a part or the people of an organisation.
    if (prev && ['at', 'for', 'of', 'in', 'with'].includes(prev.lower) && head && ORG_PARTS.has(head.lower)) partOf++;
    for (let k = r.first - 1; k >= Math.max(0, r.first - 3); k--) if (WORK_WORDS.has(tokens[k]!.lower)) work++;
    if (!ofWork && workContext(article, r.first, r.last)) workCue++;
    if (whichAfter(article, r.last)) which++;
    if (madeBy(article, r.first) || makerOf(article, r.last)) maker++;
    if (peerPerson(article, r.first, r.last, given)) peer++;
    // "the Aurora 7", "an Audi A3", "Windows 95": a model number glued after the name.
    // Not a measure: "Nick Vale 51cm adrift", "Vale 12%".
    const unit = tokens[r.last + 2];
    if (next && /^(?:\d{1,4}|\p{Lu}{1,2}\d{1,3})$/u.test(next.text) && next.start === tokens[r.last]!.end + 1 && !context.scores
      && !(unit && unit.start === next.end && /^[\p{L}%]/u.test(unit.text))) numberAfter++;
    // "Nokia said its profits …": the first pronoun after the name in its sentence is "it"/"its".
    if (thingPronounFirst(article, r.last)) itAfter++;
    if (firmClause(article, r.last)) firmVerb++;
    if (acquiredAfter(article, r.first)) acquired++;
    if (colonList(article, r.first)) colon++;
    if (lineupCue(article, r.first)) cue++;
    if (saysAfterAside(article, r.last)) aside++;
    // "the Dutchman Anton Vale", "veteran Ian Ross": a word that describes a person glued before the name.
    if (r.descriptor) descriptor++;
    // The same over the next sentence too: "Walt Disney has settled … It said", "… He said".
    const pronoun = nextPronoun(article, r.last);
    if (pronoun === 'it') itNext++;
    else if (pronoun === 'person') heNext++;
    // "Labour MP", "Sony spokesman", "Tory leader": a name that modifies a word for a person is an
    // organisation or a place, not a person.
    if (next && article.tokenSentence[r.last + 1] === article.tokenSentence[r.last] && (isTitleWord(next.lower) || (next.pos === 'NOUN' && isPersonNoun(next.lower)))) modifier++;
    // "the hamlet of Dale Cross", "the town of Jordan": a place named after a noun of place.
    if (prev?.lower === 'of' && head && PLACE_NOUNS.has(head.lower)) placeOf++;
    // "rock band Keane", "games maker Atari", "the drama Vera Drake": a noun for a group or a thing.
    if (prev && /^\p{Ll}/u.test(prev.text) && prev.pos === 'NOUN' && (GROUP_WORDS.has(prev.lower) || ORG_DESCRIPTION_HEADS.has(prev.lower) || /maker$/.test(prev.lower))) thingBefore++;
    // "centre Yannick Jauzion", "fifth seed X", "U2 frontman X": a word for a person, in lower
    // case, right before the name.
    if (prev && article.tokenSentence[r.first - 1] === article.tokenSentence[r.first] && /^\p{Ll}/u.test(prev.text)
      && prev.pos !== 'VERB' && isPersonNoun(prev.lower)) {
      // "its partner Keyobs", "rival Pro Evo": a relation that firms have as often as people.
      // "market leader Diageo", "industry leader X": a firm's standing among firms.
      if (RELATION_NOUNS.has(prev.lower) || MARKET_WORDS.has(tokens[r.first - 2]?.lower ?? '')) relationBefore++;
      // "auditors Arthur Andersen", "the institutions JP Morgan, Citigroup …": a plural noun names a kind of firm or a group.
      else if (/[^s]s$/.test(prev.lower) && isPersonNoun(prev.lower.slice(0, -1))) pluralBefore++;
      else nounBefore++;
    }
  }
  const n = sample.length;
  share(f, 'det', det, n);
  share(f, 'placePrep', placePrep, n);
  share(f, 'clauseStart', clauseStart, n);
  share(f, 'quoted', quoted, n);
  share(f, 'list', list, n);
  share(f, 'verbAfter', verbAfter, n);
  share(f, 'possessive', possessive, n);
  share(f, 'employer', employer, n);
  share(f, 'work', work, n);
  share(f, 'placeOf', placeOf, n);
  share(f, 'itAfter', itAfter, n);
  share(f, 'modifier', modifier, n);
  share(f, 'nounBefore', nounBefore, n);
  share(f, 'thingBefore', thingBefore, n);
  share(f, 'roster', roster, n);
  share(f, 'workCue', workCue, n);
  share(f, 'workHead', workHead, n);
  share(f, 'productAfter', productAfter, n);
  share(f, 'partOf', partOf, n);
  share(f, 'itNext', itNext, n);
  share(f, 'heNext', heNext, n);
  share(f, 'which', which, n);
  share(f, 'maker', maker, n);
  share(f, 'peer', peer, n);
  share(f, 'numberAfter', numberAfter, n);
  share(f, 'relationBefore', relationBefore, n);
  share(f, 'firmVerb', firmVerb, n);
  share(f, 'acquired', acquired, n);
  share(f, 'pluralBefore', pluralBefore, n);
  share(f, 'saysAfterAside', aside, n);
  share(f, 'descriptor', descriptor, n);
  share(f, 'pluralVerb', pluralVerb, n);
  // "Subs not used: Cooper, Knight." is a line-up; "They are: XXX, Hellboy …" in an article about works, a list of titles.
  if (colon > 0) f.add(context.works ? 'works&colonList' : 'colonList');
  if (cue > 0) f.add('lineupCue');
  // "analysts at Merrill Lynch", "a stake in Walt Disney": a full name after "at" or "in" is a
  // firm or a place far more often than a person, whatever its given name says.
  if (atIn > 0) f.add(words.length > 1 ? 'atIn&w>1' : 'atIn&w=1');
  if (words.length > 1) {
    // "Scissor Sisters", "Kaiser Chiefs": a plural of a common noun ends a group's name.
    const last = words[words.length - 1]!;
    if (/[^s]s$/.test(last) && (context.common(last.slice(0, -1)) || context.writesLower(last.slice(0, -1)))) f.add('pluralN');
    // "the Roosevelt Hotel", "Gipsy Lane": a last word the article also writes in lower case.
    if (context.writesLower(last)) f.add('lastLowerElsewhere');
    // "the Bankash Trojan", "Lumen Studio": a word for a product or a group ends the name.
    if (PRODUCT_WORDS.has(last) || GROUP_WORDS.has(last)) f.add('productN');
    // "the Wimbledon Championships", "Olympic Stadium", "Bolton Wanderers": an event's, a venue's or a team's last word.
    if (EVENT_WORDS.has(last)) f.add('eventN');
    if (STREET_WORDS.has(last)) f.add('streetN');
  }
  if (roster > 0 && words.length === 1) f.add('roster&w=1');
  if (words.length === 1 && clauseStart === n) f.add('w=1&clauseStart:all');
  // "Care", "Malaria": the article writes the word in lower case elsewhere.
  // "Red Cross", "Temple Way", "Silver Bear": words that news writes in lower case.
  const common = words.map((w) => context.common(w));
  if (words.length === 1) {
    if (common[0]) f.add('commonOnly');
    // "Henman" after "Tim Henman": a word used alone that is also part of a longer name.
    f.add(context.nameEnds.has(words[0]!) ? 'partOfLonger' : 'alone');
  } else {
    if (common[0]) f.add('common1');
    if (common[words.length - 1]) f.add('commonN');
    if (common.every(Boolean)) f.add('commonAll');
  }
  if (context.writesLower(words[0]!)) f.add(words.length === 1 ? 'lowerElsewhere' : 'firstLowerElsewhere');
  f.add(`pos1=${tokens[first.nameFirst]!.pos}`);
  // Among the names of an article about works, a name with no cue of a person (title, role, speech, age,
  // pronoun) is as likely a title or a character as someone; about firms, a firm; about sport, a player.
  const cued = PERSON_CUES.some((c) => f.has(c));
  for (const topic of context.topics) {
    f.add(cued ? `${topic}&cued` : `${topic}&uncued`);
    if (!cued) f.add(`${topic}&uncued&${bucketed('w', words.length, [1, 2])}`);
  }
  // Results and line-ups name people bare and in lists; elsewhere a list of capitalised words is
  // as likely to be of diseases, firms or places.
  if (context.scores) {
    f.add('scores');
    if (words.length === 1) f.add(context.nameEnds.has(words[0]!) ? 'scores&w=1' : 'scores&alone');
    if (list > 0) f.add('scores&list');
    if (roster > 0) f.add('scores&roster');
  } else if (list > 0) f.add('list&noScores');
  lineupSigns(f, words.length);
  return [...f];
}

/**
 * What the lone last word's own mentions say of a full name: "Walt Disney … Disney said it would
 * appeal" (a firm), "Ann Vale … Vale said she would" or "Mrs Vale" (a person).
 */
function aloneSigns(article: Article, mentions: Occurrence[], f: Set<string>): void {
  let thing = 0;
  let person = 0;
  for (const o of mentions.slice(0, MAX_SAMPLED)) {
    // "Vale said", "Vale, 24, who …": a cue of a person at the lone mention counts for the full name.
    if (o.run.kind === 'person' || o.run.honorific || o.cues?.some((c) => PERSON_CUES.includes(c))) person++;
    const pronoun = nextPronoun(article, o.run.last);
    if (pronoun === 'person') person++;
    else if (pronoun === 'it' || thingPronounFirst(article, o.run.last)) thing++;
  }
  if (person > 0) f.add('aloneAsPerson');
  else if (thing > 0) f.add('aloneAsThing');
}
