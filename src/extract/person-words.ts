/**
 * Word lists the person decision's features read (person-features.ts, person-usage.ts): nouns
 * that, next to a name, make it a place, a work, a group, a product or an organisation's.
 */

/** Nouns of place that, with "of", name a place: "the village of …". */
export const PLACE_NOUNS = new Set(['city', 'town', 'village', 'hamlet', 'province', 'region', 'state', 'county', 'district', 'island', 'port', 'capital', 'suburb', 'borough', 'parish', 'municipality', 'governorate', 'prefecture']);

/** Words before a title that make what follows the name of a work, not of a person. */
export const WORK_WORDS = new Set(['film', 'movie', 'album', 'song', 'single', 'book', 'novel', 'play', 'series', 'show', 'documentary', 'programme', 'program', 'musical', 'opera', 'memoir', 'track', 'hit']);

/** Nouns before a name that make it a group's or a thing's ("rock band Keane", "games maker Atari"). */
export const GROUP_WORDS = new Set(['band', 'group', 'duo', 'trio', 'quartet', 'outfit', 'act', 'label', 'studio', 'studios', 'engine', 'site', 'magazine', 'station', 'channel', 'festival', 'franchise', 'character', 'sequel', 'drama', 'comedy', 'soap', 'sitcom']);

/** Other words of articles about works: who makes them and what they win. */
export const ARTS_WORDS = new Set(['starring', 'starred', 'stars', 'directed', 'director', 'actor', 'actress', 'cast', 'premiere', 'oscar', 'oscars', 'nominated', 'nomination', 'nominations', 'chart', 'charts', 'games', 'game', 'console', 'titles', 'title', 'films', 'albums', 'books', 'novels', 'songs', 'shows', 'plays', 'episodes', 'episode']);

/**
 * Nouns for a product or a piece of software right after a name: "the Xbox console", "a Tetris
 * game", "its Aurora chip". A person's name is hardly ever followed by one.
 */
export const PRODUCT_WORDS = new Set(['console', 'consoles', 'app', 'apps', 'phone', 'phones', 'handset', 'handsets', 'software', 'device', 'devices', 'chip', 'chips', 'processor', 'computer', 'computers', 'laptop', 'laptops', 'browser', 'platform', 'handheld', 'gadget', 'tablet', 'brand', 'virus', 'worm', 'trojan', 'box', 'boxes', 'franchise', 'feature', 'tool', 'service', 'website']);

/**
 * Nouns for the parts and people of an organisation before "of"/"at"/"for": "the offices of X",
 * "shareholders in X", "staff at X". A person has none of these.
 */
export const ORG_PARTS = new Set(['office', 'offices', 'headquarters', 'staff', 'employees', 'workers', 'shareholders', 'customers', 'subsidiary', 'unit', 'division', 'branch', 'branches', 'stake', 'shares', 'owners', 'takeover', 'merger', 'clients', 'subscribers', 'users']);

/**
 * Last words of street and square names that PLACE_WORDS (lexicon.ts) leaves out, since a surname
 * can be one too ("Gipsy Lane", "Temple Way", "Elm Grove"; but "Damon Hill"): a sign, not a rule.
 */
export const STREET_WORDS = new Set(['lane', 'way', 'drive', 'close', 'crescent', 'terrace', 'row', 'walk', 'grove', 'gardens', 'mews', 'place', 'wharf', 'quay', 'parade', 'rise', 'green', 'hill', 'yard', 'circus']);

/** Words for a relation that firms have as often as people ("its partner X", "rival X", "backer X"). */
export const RELATION_NOUNS = new Set(['partner', 'partners', 'rival', 'rivals', 'competitor', 'competitors', 'supplier', 'suppliers', 'client', 'clients', 'customer', 'customers', 'sponsor', 'sponsors', 'backer', 'backers', 'investor', 'investors', 'owner', 'owners', 'provider', 'operator', 'distributor', 'contractor', 'ally', 'allies']);

/**
 * Words of articles about firms and markets: what firms have, do and are counted by. Among many of
 * them a name with no cue of a person is as likely a firm, a bank or a product as someone.
 */
export const FIRM_WORDS = new Set(['company', 'companies', 'firm', 'firms', 'shares', 'shareholders', 'investors', 'profit', 'profits', 'revenue', 'revenues', 'sales', 'earnings', 'market', 'markets', 'customers', 'users', 'stock', 'deal', 'takeover', 'merger', 'products', 'product', 'brand', 'bank', 'banks', 'industry', 'analysts', 'quarter', 'bid', 'stake', 'retailer', 'operator', 'software', 'technology', 'consumers']);

/** Words before "leader", "player" or "rival" that make it a firm's standing: "market leader X", "industry leader X". */
export const MARKET_WORDS = new Set(['market', 'industry', 'sector', 'retail', 'banking']);

/**
 * Words of articles about sport: its matches, teams, players and results. Among many of them a
 * name with no cue of a person is a player, a coach or an official more often than anything else.
 */
export const SPORT_WORDS = new Set(['match', 'matches', 'goal', 'goals', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'coach', 'squad', 'league', 'cup', 'seed', 'seeds', 'tournament', 'championship', 'championships', 'semi-final', 'quarter-final', 'final', 'penalty', 'season', 'premiership', 'olympic', 'olympics', 'athlete', 'athletes', 'tennis', 'football', 'rugby', 'cricket', 'innings', 'fixture', 'scored', 'victory', 'defeat', 'team', 'teams', 'player', 'players', 'injury', 'race', 'medal', 'try', 'tries', 'set', 'sets', 'half-time', 'minute', 'winger', 'fly-half', 'captain', 'champion']);

/**
 * Last words of the names of sporting events, venues and teams ("the Wimbledon Championships",
 * "Olympic Stadium", "Bolton Wanderers"): a sign, since a surname can be one too ("Ryan Giggs" is
 * not, but "Kevin Keegan's United" shows the word alone).
 */
export const EVENT_WORDS = new Set(['championships', 'championship', 'prix', 'stadium', 'arena', 'united', 'rovers', 'athletic', 'wanderers', 'albion', 'hotspur', 'rangers', 'trophy', 'games', 'olympics', 'marathon', 'classic', 'open', 'cup', 'league', 'series']);
