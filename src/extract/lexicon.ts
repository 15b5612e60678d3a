/**
 * Word lists the extractor reasons with: titles that make a role, honorifics, words that mark an
 * organisation or a place, speech verbs, and nouns that describe an unnamed person. General
 * English news vocabulary only; nothing here names a person or a story.
 */

import { fold } from '../briefing/text.ts';
import { memoised } from './memo.ts';

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** `fold` with a memo. */
export const foldName: (text: string) => string = memoised(fold);

/** Role heads: "President X", "X, a political analyst", "the Foreign Secretary". Lower case. */
export const TITLE_WORDS = words(`
  president vice-president president-elect premier chancellor minister secretary attorney-general
  attorney governor mayor senator congressman congresswoman representative lawmaker legislator mp mep msp mla mpp
  ambassador envoy emissary delegate consul diplomat spokesman spokeswoman spokesperson chief head leader
  chairman chairwoman chairperson chair director commissioner commander general admiral colonel
  captain major lieutenant sergeant marshal king queen prince princess emperor empress monarch
  sultan emir sheikh ayatollah imam cleric rabbi priest pope bishop archbishop cardinal judge justice
  prosecutor magistrate editor correspondent reporter journalist columnist commentator presenter
  analyst economist expert professor lecturer researcher scientist scholar historian fellow adviser
  advisor aide official officer executive ceo cfo coo chief-executive founder co-founder cofounder
  manager boss owner deputy counterpart member dictator ruler strongman negotiator strategist
  consultant lawyer doctor surgeon activist campaigner organiser organizer chancellor treasurer
  comptroller auditor inspector superintendent sheriff speaker whip candidate nominee coach
  secretary-general director-general undersecretary under-secretary ombudsman regulator
  governor-general viceroy warlord militant pollster author writer democrat republican
  investor banker chairman-elect premier-elect mayor-elect partner architect
  councillor councilor alderman alderwoman assemblyman assemblywoman selectman supervisor
  advocate barrister solicitor counsel attorney coordinator administrator trustee dean provost
  rector principal headteacher headmaster headmistress magnate tycoon entrepreneur physician
  constable detective superintendent commodore brigadier marshal envoy-designate
  striker goalkeeper midfielder defender winger quarterback pitcher
`);

/**
 * Capitalised words that name a portfolio inside a title ("Minister of State for Foreign Affairs",
 * "Secretary for Health"): never the first word of a personal name that follows the title.
 */
export const PORTFOLIO_WORDS = words(`
  affairs foreign defence defense interior home finance justice health education trade economy
  economic security energy environment transport transportation agriculture labour labor culture
  development industry commerce planning housing communications information immigration works
  water tourism sport sports science technology welfare international public national social
  women youth veterans local regional digital climate infrastructure state treasury budget
  fisheries forestry mines mining petroleum oil religious parliamentary legal policy relations
`);

/** Title words that, capitalised before a name, are part of a formal style ("Senator", "General"). */
export const HONORIFICS = words(`
  mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady prof prof. rev rev. mx madam mme mlle herr
`);

/** Abbreviated titles that stand for a title word. */
export const TITLE_ABBREVIATIONS = words(`
  gen gen. sen sen. rep rep. gov gov. lt lt. col col. capt capt. sgt sgt. maj maj. adm adm. pres pres.
  supt supt. insp insp. det det. cmdr cmdr. amb amb.
`);

/** British police ranks written as letters before a name ("PC Daniel Okafor", "DCI Helen Marsh"). */
export const POLICE_RANKS = new Set(['PC', 'WPC', 'PCSO', 'PS', 'DC', 'DS', 'DI', 'DCI', 'DSI', 'DCS', 'DSU']);

/** Capitalised words that make a run an organisation ("Committee", "Ministry", "Watch"). */
export const ORG_WORDS = words(`
  ministry department committee council commission agency office institute institution university
  college school academy center centre foundation party bank reserve fund association union
  fundación fundacion fundação fondation fondazione stiftung stichting
  federation league organization organisation group corporation corp inc ltd llc plc company co
  club network news times post journal press radio television tv broadcasting broadcaster army navy
  forces force police guard guards court parliament congress senate house assembly administration
  government board authority service services bureau watch alliance coalition front movement
  brigade brigades church mosque state republic kingdom treasury airlines airways motors holdings
  partners capital treaty accord agreement convention summit conference forum cabinet
  secretariat tribunal airport hospital museum library herald tribune guardian telegraph gazette
  channel media exchange index programme program project initiative enterprises industries systems
  technologies labs studios festival games cup championship olympics fc united nations regime
  commons lords politburo kremlin pentagon junta taliban hamas hezbollah militia militias rebels
  prize award agency's trust bancorp bancshares financial biologics pharmaceuticals pharma
  therapeutics energy petroleum insurance securities investments ventures global airline
  laboratories labs robotics semiconductor electronics telecom telecommunications communications
  logistics shipping foods brands stores retail realty properties entertainment pictures records
  publishing press society institute's authority's coalition's network's
  athletic rovers rangers wanderers albion hotspur argyle harriers dynamo sporting
  research software consulting consultancy analytics solutions interactive networks computing
  chemicals steel aerospace automotive international worldwide magazine newspaper chart charts
  awards show theatre theater orchestra choir
`);

/** Capitalised words that make a run a place ("South", "City", "Island"). */
export const PLACE_WORDS = words(`
  city county province region district state island islands sea ocean river lake mountain mountains
  valley gulf strait bay coast peninsula street square avenue road bridge park north south east west
  middle central northern southern eastern western upper lower new port fort mount desert border
  territory territories capital village town vale
`);

/** Lower-case words that follow a proper noun to make it an organisation ("the Obama administration"). */
export const ORG_FOLLOWERS = words(`
  administration government regime campaign team cabinet era family's presidency
`);

/** Verbs of saying, in the forms news writing uses them. */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told telling add adds added adding admit admits admitted admitting
  warn warns warned warning insist insists insisted insisting call calls called calling describe
  describes described describing accuse accuses accused accusing urge urges urged urging vow vows
  vowed vowing argue argues argued arguing claim claims claimed claiming note notes noted noting
  state states stated stating explain explains explained explaining announce announces announced
  announcing reveal reveals revealed revealing suggest suggests suggested suggesting defend defends
  defended defending mention mentions mentioned mentioning confirm confirms confirmed confirming
  deny denies denied denying acknowledge acknowledges acknowledged acknowledging ask asks asked
  asking write writes wrote writing tweet tweets tweeted posted declare declares declared declaring
  stress stresses stressed stressing recall recalls recalled recalling reply replies replied
  replying respond responds responded responding comment comments commented commenting speak
  speaks spoke speaking point points pointed pointing quoted quote complain complains complained
  complaining concede concedes conceded conceding predict predicts predicted predicting promise
  promises promised promising agree agrees agreed agreeing dismiss dismissed dismissing labelled
  labeled branded termed dubbed condemn condemned condemns welcomed welcomes welcome criticised
  criticized slammed blasted hailed praised threatened threatens cautioned observed remarked
  reiterated maintained contended countered boasted announced pledged pledges demanded demands
  demanding told according
`);

/**
 * Appositive heads that describe an organisation, not a person: "Serum Biologics, a drugmaker in
 * Pune", "Halvorsen, the Minneapolis-based company". Words ending in "-maker" count as well.
 */
export const ORG_DESCRIPTION_HEADS = words(`
  company companies firm firms maker manufacturer lender bank insurer retailer carrier airline
  operator conglomerate supplier exporter importer miner utility startup start-up group charity
  agency organisation organization body trust fund association union network broadcaster
  newspaper publisher party coalition alliance club team university institute hospital ministry
  department subsidiary unit division chain brand business outlet website platform app service
  regulator watchdog consortium venture developer-owned giant multinational producer-owned
`);

/** Nouns that describe a person without naming them ("a Western diplomat", "the ambassador"). */
export const PERSON_NOUNS = words(`
  official officials officer officers diplomat diplomats source sources spokesman spokeswoman
  spokesperson ambassador envoy adviser advisor aide analyst analysts expert experts economist
  economists insider insiders witness witnesses resident residents woman women man men person
  people recruit recruits soldier soldiers student students worker workers member members minister
  secretary president leader chief commander director executive employee employees lawyer lawyers
  doctor doctors nurse victim victims survivor survivors relative relatives friend neighbour
  neighbor activist activists protester protesters observer observers critic critics supporter
  supporters negotiator negotiators lawmaker lawmakers legislator legislators investigator
  investigators prosecutor prosecutors police policeman officer mother father son daughter wife
  husband girl boy child children teenager villager villagers farmer farmers owner owners
  counterpart deputy representative representatives delegate delegates journalist journalists
  reporter reporters brother sister cousin uncle aunt nephew niece grandson granddaughter grandfather
  grandmother widow widower fiancé fiancée partner agent colleague classmate teammate depute
`);

/**
 * Words for a person in sport and the arts that the agent endings of `isPersonNoun` miss:
 * positions, ranks and occupations ("fifth seed", "centre X", "the actress", "U2 frontman").
 */
export const GENRE_PERSON_NOUNS = words(`
  seed champion champ international skipper keeper wing centre flanker prop hooker lock fly-half
  scrum-half full-back half-back stand-off forward back full-back sweeper playmaker substitute sub
  captain-elect jockey sprinter hurdler cyclist golfer boxer athlete star superstar hopeful veteran
  youngster newcomer debutant rookie ace legend icon idol favourite outsider underdog runner-up
  actor actress star co-star poet chef dj mc host hostess composer diva tenor soprano baritone
  guest comic comedian novelist playwright dramatist choreographer ballerina dancer frontman frontwoman
  guitarist bassist drummer vocalist rapper singer songwriter singer-songwriter producer
  filmmaker film-maker photographer illustrator designer sculptor painter artist curator
`);

/** Common nouns that, with "the", name an organisation-like speaker ("the group", "the ministry"). */
export const GROUP_NOUNS = words(`
  group organisation organization company firm ministry department agency government military army
  forces police committee council court party union bank alliance coalition administration
  commission office board campaign network broadcaster newspaper militia rebels regime delegation
`);

/** Function words that never begin a role or a name even when capitalised. */
export const FUNCTION_WORDS = words(`
  a an the and or but so as at by for from in into of on onto to with without within about after
  before during since until while when where whether if though although because however meanwhile
  also then still yet even just only both either neither nor not no this that these those there
  here it its he she they we you i his her their our your my me him them us who whom whose which
  what why how all any some many most much more less few each every other another such than too
  very again ever never always often once separately instead moreover furthermore besides overall
  despite amid among between against over under above below up down out off through across
  according like unlike via per upon toward towards
`);

/** Words that look like proper nouns at the start of a sentence but never name an actor. */
export const NEVER_ACTORS = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december today yesterday tomorrow tonight analysis
  source sources update updated latest breaking exclusive read watch listen photo video
  mr mrs ms dr god internet web
`);

/**
 * Nouns of nationality that the country data does not list as demonyms ("Spaniard Carlos Moya",
 * "the Briton"): a word before a name that describes, not names.
 */
export const NATIONALITY_NOUNS = words(`
  spaniard briton brit frenchman frenchwoman dutchman dutchwoman englishman englishwoman scot
  scotsman scotswoman welshman welshwoman irishman irishwoman swede dane finn pole czech slovak
  croat serb kiwi aussie argentine swiss catalan basque fleming walloon cossack
`);

/** Adjectives that open a description before a name, never a name ("Former Liverpool striker X"). */
export const DESCRIPTOR_ADJECTIVES = words(`former ex late veteran defending reigning fellow young teenage top-seeded unseeded`);

/** Lower-case name particles that may sit inside a personal name ("Bashar al-Assad", "van Gogh"). */
export const NAME_PARTICLES = words(`al el bin ibn bint de da di du del della der den van von la le dos das ter abu`);

/** True when `lower` (or any hyphen part of it) is a role head. */
export const isTitleWord: (lower: string) => boolean = memoised(titleWord);

function titleWord(lower: string): boolean {
  const word = lower.replace(/[’']s$/, '');
  if (TITLE_WORDS.has(word) || TITLE_ABBREVIATIONS.has(word)) return true;
  if (word.includes('-')) return word.split('-').some((part) => TITLE_WORDS.has(part) && part !== 'co');
  return false;
}

/** Nouns with an agent ending that are not people ("center", "number", "quarter"). */
const AGENTIVE_EXCEPTIONS = words(`
  accelerator processor reactor sensor detector generator indicator elevator radiator refrigerator
  router tractor transistor semiconductor simulator calculator ventilator incubator compressor
  projector container trailer tanker freighter scanner printer charger adapter thriller blockbuster
  center centre number water order paper letter winter summer quarter border sector factor error matter
  percent event agent corner member cancer career computer theater theatre chamber october november
  december september register monitor river tower power cluster chapter filter corridor motor meter
  metre minister parliament government statement agreement element moment document environment
  management department segment fragment component parent talent patent client content intent
  extent accident incident president resident continent comment payment treatment argument
  development investment settlement equipment instrument plant giant variant restaurant
  weather leather feather pattern lantern barrier carrier dinner manner banner master charter
  poster roster shelter trigger ladder partner answer layer player prayer replacement
`);

/**
 * True for a noun that names a person: a title or person noun ("analyst", "resident"), or an
 * agent noun by its ending ("hydrologist", "researcher", "historian", "consultant").
 */
export const isPersonNoun: (lower: string) => boolean = memoised(personNoun);

function personNoun(lower: string): boolean {
  const word = lower.replace(/[’']s$/, '');
  if (isTitleWord(word) || PERSON_NOUNS.has(word) || GENRE_PERSON_NOUNS.has(word)) return true;
  if (AGENTIVE_EXCEPTIONS.has(word) || AGENTIVE_EXCEPTIONS.has(word.replace(/s$/, ''))) return word === 'partner';
  return word.length > 5 && /(?:ist|ists|ian|ians|er|ers|or|ors|ant|ants|ent|ents|[^u]man|[^u]men|woman|women|person)$/.test(word)
    && !['german', 'germans', 'ottoman', 'specimen', 'regimen'].includes(word);
}

/** Forms of saying that wink sometimes tags as nouns or adjectives but that are verbs in news copy. */
const UNAMBIGUOUS_SAYING = words(`said says told added asked warned insisted argued claimed stated explained replied`);

/** True when token text `lower` with wink tag `pos` is a verb of saying here. */
export function isSpeechVerb(lower: string, pos: string): boolean {
  if (!SPEECH_VERBS.has(lower)) return false;
  return pos === 'VERB' || UNAMBIGUOUS_SAYING.has(lower);
}

/** Words that open the name of a storm, not of a person: "Typhoon Kalmaegi", "Hurricane Ida". */
export const STORM_WORDS = words(`typhoon hurricane cyclone storm`);
