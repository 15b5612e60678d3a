/**
 * Words as the question answerer compares them: folded, stemmed (Porter), irregular verbs and a
 * few newsroom synonyms brought to one term, country names and demonyms to one token, so
 * "swapped", "swap" and "swaps" match, "stolen" matches "steal", and "Salvadoran" matches
 * "El Salvador". Pure and table-driven; the tables hold general English, never one article's words.
 */
import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import { fold } from '../briefing/text.ts';

/** Words that carry no content in a question or a sentence. */
export const STOP = new Set(
  `a an the of and or to in on at for by with from as is are was were be been being am has have had having it its it's this that these those there here their they them
  his her hers him he she we you your i me my our us who whom whose what whats wat wht which why when where how hows whether if than then so such do does did doing done
  about into over under between after before while not no nor but also just only very too any some all each both either neither other most much many few own same
  can could would should will shall may might must let lets get got gets gonna wanna gotta pls please ok okay hey hi btw yes yeah u ur r ya ppl im dont doesnt didnt isnt
  arent wasnt werent hasnt havent wont cant thx thanks tell know think anyone anything someone something thing things stuff really still now yet ever
  back again too there's ive id youre theyre hes shes whos whats thats behind up any1 anyone some1 someone every1 abt bc cuz coz
  thru tho altho down near across during within towards toward through beside besides among around via despite upon onto against amid
  throughout beyond along per myself ours ourselves yours yourself yourselves himself herself itself theirs themselves because until above below out off further once
  actually even anyway anyways basically literally honestly seriously exactly kinda sorta reckon reckons reckoned guess`
    .split(/\s+/)
    .filter(Boolean),
);

/** Content words that say little about which sentence answers ("what happened", "is it related"). */
export const LIGHT = new Set(
  `happen going go goe went mean meant relat involv deal news latest updat know new next make made do thing whole situat stori articl report
  want start begin end_up get give take come use need plan think ask see show call keep put set look seem becom leav work tri feel find turn catch say sai tell
  problem issu name suppos guy bloke dude chap fella folk`.split(/\s+/),
);

const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', told: 'tell', stole: 'steal', stolen: 'steal', took: 'take', taken: 'take', paid: 'pay', sold: 'sell', bought: 'buy',
  lost: 'lose', won: 'win', began: 'begin', begun: 'begin', fell: 'fall', fallen: 'fall', rose: 'rise', risen: 'rise', made: 'make', gave: 'give',
  given: 'give', went: 'go', gone: 'go', left: 'leave', found: 'find', held: 'hold', kept: 'keep', led: 'lead', met: 'meet', ran: 'run', saw: 'see',
  seen: 'see', sent: 'send', spent: 'spend', struck: 'strike', thought: 'think', wrote: 'write', written: 'write', drove: 'drive', driven: 'drive',
  flew: 'fly', flown: 'fly', spoke: 'speak', spoken: 'speak', heard: 'hear', broke: 'break', broken: 'break', chose: 'choose', chosen: 'choose', brought: 'bring',
  built: 'build', caught: 'catch', fought: 'fight', grew: 'grow', grown: 'grow', knew: 'know', known: 'know', became: 'become', burnt: 'burn',
  froze: 'freeze', frozen: 'freeze', hid: 'hide', hidden: 'hide', shot: 'shoot', sank: 'sink', sunk: 'sink', stood: 'stand', threw: 'throw',
  thrown: 'throw', withdrew: 'withdraw', withdrawn: 'withdraw', died: 'die', dead: 'die', death: 'die', deaths: 'die', children: 'child',
  people: 'person', prisoner: 'detainee', prisoners: 'detainee', men: 'man', women: 'woman', injuries: 'injur', hurt: 'injur', wounded: 'injur', ex: 'former', op: 'operation', ops: 'operation',
};

/** Irregular verb forms ("lost", "sold", "gone"): a verb the article lacks is more often said otherwise than a thing it lacks. */
export const IRREGULAR_VERB_FORMS = new Set(Object.keys(IRREGULAR).filter((w) => !/^(?:dead|death|deaths|children|people|prisoners?|men|women|injuries|ex|op|ops)$/.test(w)));

/**
 * Newsroom synonyms: every word of a group becomes the group's first word (after stemming), so a
 * question in one word finds a sentence in another. General vocabulary only.
 */
const SYNONYM_GROUPS: string[][] = [
  ['swap', 'exchange'],
  ['talk', 'discuss', 'dialogu', 'negoti'],
  ['term', 'detail', 'condit'],
  ['match', 'game', 'fixtur'],
  ['fire', 'blaze', 'wildfir', 'flame'],
  ['free', 'release', 'freed'],
  ['die', 'kill', 'fatal', 'fatality'],
  ['injur', 'injury', 'harm', 'casualty', 'treat'],
  ['arrest', 'detain', 'detention', 'custody'],
  ['jail', 'prison', 'imprison', 'sentence'],
  ['contain', 'control'],
  ['aircraft', 'plane', 'jet'],
  ['layoff', 'cut', 'redund'],
  ['sack', 'dismiss', 'oust'],
  ['resign', 'quit'],
  ['cost', 'price', 'spend', 'worth'],
  ['refund', 'reimburse', 'money back'],
  ['compens', 'compensate'],
  ['job', 'staff', 'worker', 'employee', 'workforce'],
  ['cancel', 'ground', 'scrap', 'postpon', 'delay', 'call off'],
  ['notic', 'detect', 'discov', 'spot', 'uncov'],
  ['sell', 'sale', 'buyer'],
  ['loot', 'raid', 'plunder', 'pillag'],
  ['say', 'tell', 'comment', 'statement', 'remark'],
  ['ban', 'prohibit'],
  ['sue', 'lawsuit', 'court'],
  ['hack', 'hacker', 'cyberattack', 'breach', 'ransomwar'],
  ['steal', 'theft', 'stolen'],
  ['buy', 'acquire', 'purchase', 'takeover'],
  ['ceo', 'chief executive', 'boss'],
  ['head', 'leader', 'chief'],
  ['sick', 'ill', 'illness'],
  ['car', 'vehicle', 'driver', 'drive'],
  ['home', 'house', 'household'],
  ['lawyer', 'attorney'],
  ['firm', 'company'],
  ['govt', 'government', 'ministri', 'minist'],
  ['evacuate', 'evacue', 'evacu'],
  ['cause', 'reason', 'trigger'],
  ['motive', 'motiv'],
  ['start', 'begin', 'launch'],
  ['fine', 'penalty'],
  ['appeal', 'challenge'],
];

/** Multi-word names read as one token ("chief executive" → "ceo", "united states" → "us"). */
const PHRASES: Record<string, string> = {
  'chief executive': 'ceo',
  'chief executive officer': 'ceo',
  'money back': 'refund',
  'call off': 'cancel',
  'calls off': 'cancel',
  'called off': 'cancel',
  'calling off': 'cancel',
  'take place': 'happen',
  'takes place': 'happen',
  'took place': 'happen',
  'taking place': 'happen',
  'end up': 'end_up',
  'lay off': 'layoff',
  'lays off': 'layoff',
  'laying off': 'layoff',
  'laid off': 'layoff',
  'ended up': 'end_up',
  'prime minister': 'pm',
  'latin america': 'latin_america',
  'south america': 'south_america',
  'central america': 'central_america',
  'north america': 'north_america',
  'latin american': 'latin_america',
  'south american': 'south_america',
  'central american': 'central_america',
  'north american': 'north_america',
};

const stems = new Map<string, string>();
let synonyms: Map<string, string> | undefined;
let countries: { phrases: Map<string, string>; longest: number } | undefined;

/** Stem → the head of its synonym group (loaded on first use). */
export function synonymTable(): Map<string, string> {
  if (synonyms) return synonyms;
  synonyms = new Map();
  for (const group of SYNONYM_GROUPS) {
    const head = stemWord(group[0]!);
    for (const word of group) synonyms.set(word.includes(' ') ? word : stemWord(word), head);
  }
  return synonyms;
}

type CountryRecord = { name: { common: string; official: string }; altSpellings: string[]; unMember?: boolean; demonyms?: { eng?: { m: string; f: string } } };

/** Country names, long alternative spellings and demonyms → one token per country (loaded on first use). */
function countryTable(): { phrases: Map<string, string>; longest: number } {
  if (countries) return countries;
  const phrases = new Map<string, string>(Object.entries(PHRASES));
  const data = createRequire(import.meta.url)('world-countries') as CountryRecord[];
  // A demonym two share is the sovereign state's: "french" is France's, not its southern lands'.
  for (const c of [...data].sort((a, b) => Number(b.unMember ?? false) - Number(a.unMember ?? false))) {
    const token = fold(c.name.common).replace(/ /g, '_');
    const demonyms = [c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? ''];
    // "the germans", "italians": a demonym's plural, where it takes an "s" ("french", "chinese" do not).
    const plurals = demonyms.filter((d) => d && !/(?:s|sh|ch|ese|x|z)$/i.test(d)).map((d) => `${d}s`);
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length >= 4), ...demonyms, ...plurals];
    for (const name of names) {
      const folded = fold(name);
      if (folded && !phrases.has(folded)) phrases.set(folded, token);
    }
  }
  for (const [alias, country] of [['america', 'united states'], ['americans', 'united states'], ['usa', 'united states'], ['britain', 'united kingdom'], ['uk', 'united kingdom'], ['british', 'united kingdom']]) {
    phrases.set(alias!, fold(country!).replace(/ /g, '_'));
  }
  let longest = 1;
  for (const key of phrases.keys()) longest = Math.max(longest, key.split(' ').length);
  countries = { phrases, longest: Math.min(longest, 5) };
  return countries;
}

/** The Porter stem of a folded word, through the irregular-verb table; cached. */
export function stemWord(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stemmer(IRREGULAR[word] ?? word);
    if (stems.size < 200_000) stems.set(word, s);
  }
  return s;
}

/**
 * What a longer stem may add to a shorter one and still be the same word family, as Porter leaves
 * derived words (one ending or two): "hospit"→"hospitalis", "bank"→"banker", "evacu"→"evacuat". A remainder that is
 * a word of its own makes a compound, whose head is that word — "ransomware" is software, not a
 * ransom — so it is not the same family.
 */
const DERIVATION = /^(?:e?rs?|ee|ist|ism|al|ial|ic|ment|ion|ation|at|iz|is|ant|ent|enc|anc|abl|ibl|ful|less|li|y|ship|hood|ess|iv|ou|ous|s|es|ed|ing){1,2}$/;
/** Compounds that name the person dealing with the thing: a "shopkeeper" is a shop's, a "homeowner" a home's. */
const AGENT_HEAD = /^(?:keep|hold|own|mak|maker|work|sell|seller|build|lead|fight|goer|user|man|men|woman|women|person|peopl)$/;

/** Whether two stems are one word family: equal, or the longer is the shorter with a derivational ending. */
export function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const rest = long.slice(short.length);
  return short.length >= 4 && long.startsWith(short) && (DERIVATION.test(rest) || AGENT_HEAD.test(rest));
}

/** The term a folded word counts as: its stem, or its synonym group's head. */
export function termOf(word: string): string {
  const s = stemWord(word);
  return synonymTable().get(s) ?? s;
}

let countryTermSet: Set<string> | undefined;
/** The phrase table's other tokens ("called off" → cancel, "latin america"): no country's. */
const NOT_COUNTRIES = new Set(Object.values(PHRASES));

/** Whether a token's term is a country's (a country's name or demonym was read: "portuguese" → portugal). */
export function isCountryTerm(term: string): boolean {
  countryTermSet ??= new Set([...countryTable().phrases.values()].filter((t) => !NOT_COUNTRIES.has(t)));
  return countryTermSet.has(term);
}

/** Raw text → folded words, with "U.S." read as "us" and "the US" kept apart from the pronoun. */
export function words(text: string): string[] {
  const joined = text.replace(/\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?/g, '$1$2$3').replace(/\b(?:the|The) (US|UK|EU)\b/g, '$1').replace(/\bUS\b/g, 'usa');
  return fold(joined).split(' ').filter(Boolean);
}

/** One token of text: its folded surface and the term it counts as (country tokens keep their name). */
export interface Token {
  word: string;
  term: string;
  /** Set on a question's word that says what kind of answer is wanted, not what it is about ("worth" in "how much is it worth"). */
  light?: true;
}

/** Folded words → tokens, joining multi-word names (countries, "chief executive") into one. */
export function tokenize(text: string): Token[] {
  const list = words(text);
  const { phrases, longest } = countryTable();
  const out: Token[] = [];
  for (let i = 0; i < list.length; i++) {
    let matched = 0;
    let token = '';
    for (let n = Math.min(longest, list.length - i); n >= 1; n--) {
      const phrase = n === 1 ? list[i]! : list.slice(i, i + n).join(' ');
      const hit = phrases.get(phrase);
      if (hit !== undefined) {
        matched = n;
        token = hit;
        break;
      }
    }
    if (matched > 0) {
      out.push({ word: list.slice(i, i + matched).join(' '), term: token.includes('_') || !synonymTable().has(token) ? token : termOf(token) });
      i += matched - 1;
    } else {
      out.push({ word: list[i]!, term: termOf(list[i]!) });
    }
  }
  return out;
}

/** Content tokens: neither stop words nor bare numbers of one digit. */
export function contentTokens(text: string): Token[] {
  return tokenize(text).filter((t) => !STOP.has(t.word) && t.word.length > 1);
}
