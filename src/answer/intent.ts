/**
 * The command grammar: message text → `Intent`. One table of small rules over a single
 * `match(text) → Intent | undefined` idea; a new verb is one more entry, not a new branch.
 * The same grammar serves every platform: `/brief swap`, `brief swap` and `swap` read alike.
 */
import { distance } from 'fastest-levenshtein';
import { BRIEFING_PARTS, type BriefingPart } from './reply.ts';

export type Intent =
  | { kind: 'help'; topic?: string }
  | { kind: 'briefing'; topic: string; part: BriefingPart }
  | { kind: 'who'; name: string; focus: 'profile' | 'quotes' }
  | { kind: 'follow'; topic: string }
  | { kind: 'unfollow'; topic: string }
  | { kind: 'remind'; text: string }
  | { kind: 'reminders' }
  | { kind: 'cancel'; id: string }
  | { kind: 'digest'; action: 'show' | 'off' }
  | { kind: 'digest'; action: 'schedule'; schedule: string }
  | { kind: 'timezone'; zone?: string }
  | { kind: 'feeds'; action: 'list' }
  | { kind: 'feeds'; action: 'add'; url: string; name?: string; every?: string }
  | { kind: 'feeds'; action: 'remove'; feed: string };

export type IntentKind = Intent['kind'];

/** One grammar rule: a name for help and tests, and a matcher over normalised text. */
export interface Rule {
  name: string;
  match(text: string): Intent | undefined;
}

const PART_WORDS: Record<string, BriefingPart> = {
  card: 'card',
  summary: 'card',
  overview: 'card',
  actors: 'actors',
  actor: 'actors',
  people: 'actors',
  players: 'actors',
  who: 'actors',
  questions: 'questions',
  question: 'questions',
  open: 'questions',
  unknowns: 'questions',
  unknown: 'questions',
  quotes: 'quotes',
  quote: 'quotes',
  quotations: 'quotes',
  claims: 'claims',
  claim: 'claims',
  sourcing: 'claims',
  sources: 'sources',
  source: 'sources',
  citations: 'sources',
  evidence: 'sources',
  full: 'full',
  all: 'full',
  everything: 'full',
};

/** The part a word names, allowing one typo in words of five letters or more ("sourcez", "qestions"). */
function partWord(word: string): BriefingPart | undefined {
  const lower = word.toLowerCase();
  const exact = PART_WORDS[lower];
  if (exact || lower.length < 5) return exact;
  for (const [known, part] of Object.entries(PART_WORDS)) {
    if (known.length >= 5 && Math.abs(known.length - lower.length) <= 1 && distance(known, lower) <= 1) return part;
  }
  return undefined;
}

/** A rule from a regular expression whose first group feeds `build`. */
function rule(name: string, pattern: RegExp, build: (groups: string[]) => Intent | undefined): Rule {
  return {
    name,
    match(text) {
      const m = pattern.exec(text);
      return m ? build(m.slice(1).map((g) => (g ?? '').trim())) : undefined;
    },
  };
}

/** Slack sends links as `<https://x.org/feed>` or `<https://x.org/feed|x.org/feed>`: the address alone. */
function unwrapLink(text: string): string {
  return text.replace(/^<([^|>\s]+)(?:\|[^>]*)?>$/, '$1');
}

const ABOUT = String.raw`(?:about|on|for|in|with|regarding)\s+`;

/** The grammar, tried in order; the last rule takes any text as a topic. */
export const RULES: Rule[] = [
  rule('help', /^(?:help|\/help|\?|commands|usage|list|briefings|topics|stories)$/i, () => ({ kind: 'help' })),
  rule('help-topic', /^help\s+(.+)$/i, ([topic]) => ({ kind: 'help', topic })),
  rule('follow', /^follow\s+(.+)$/i, ([topic]) => ({ kind: 'follow', topic: topic! })),
  rule('unfollow', /^unfollow\s+(.+)$/i, ([topic]) => ({ kind: 'unfollow', topic: topic! })),
  rule('remind', /^remind(?:\s+me)?(?:\s+(.*))?$/i, ([text]) => ({ kind: 'remind', text: text ?? '' })),
  rule('reminders', /^(?:reminders|scheduled|followups|follow-ups)$/i, () => ({ kind: 'reminders' })),
  rule('cancel', /^cancel\s+#?(\S+)$/i, ([id]) => ({ kind: 'cancel', id: id! })),
  rule('digest-off', /^digest\s+(?:off|stop|none|disable)$/i, () => ({ kind: 'digest', action: 'off' })),
  rule('digest-schedule', /^digest\s+(?:every|at|on|schedule)\s+(.+)$/i, ([schedule]) => ({ kind: 'digest', action: 'schedule', schedule: schedule! })),
  rule('digest', /^digest(?:\s+now)?$/i, () => ({ kind: 'digest', action: 'show' })),
  rule('timezone', /^(?:time\s*zone|tz)(?:\s+(?:is\s+|to\s+|=\s*)?(\S+))?$/i, ([zone]) => ({ kind: 'timezone', ...(zone ? { zone } : {}) })),
  rule('feeds', /^feeds?(?:\s+list)?$/i, () => ({ kind: 'feeds', action: 'list' })),
  rule('feeds-add', /^feeds?\s+add(?:\s+(\S+))?(?:\s+(?!every\s)(.+?))?(?:\s+every\s+(.+))?$/i, ([url, name, every]) => ({ kind: 'feeds', action: 'add', url: unwrapLink(url!), ...(name ? { name } : {}), ...(every ? { every } : {}) })),
  rule('feeds-remove', /^feeds?\s+(?:remove|delete|rm)(?:\s+(.+))?$/i, ([feed]) => ({ kind: 'feeds', action: 'remove', feed: unwrapLink(feed!) })),
  rule('quotes-of', /^(?:what\s+(?:did|does|has|have)\s+(.+?)\s+(?:say|said|says)|quotes?\s+(?:from|by)\s+(.+))$/i, ([a, b]) => ({ kind: 'who', name: (a || b)!, focus: 'quotes' })),
  rule(
    'unknowns',
    new RegExp(
      String.raw`^(?:what\s+(?:don'?t|do\s+not|do)\s+we\s+(?:still\s+)?(?:not\s+)?know\s+${ABOUT}|what(?:'s|\s+is|\s+remains|\s+are)\s+(?:still\s+)?(?:unknown|unclear|open|unanswered)\s+${ABOUT}|(?:open\s+questions|unknowns)\s+${ABOUT})(.+)$`,
      'i',
    ),
    ([topic]) => ({ kind: 'briefing', topic: topic!, part: 'questions' }),
  ),
  rule('who-alone', /^(?:who(?:'s|\s+is|\s+was|\s+are)?|whois)$/i, () => ({ kind: 'help', topic: 'who' })),
  rule('who', /^(?:who(?:'s|\s+is|\s+was|\s+are)?|whois)\s+(.+)$/i, ([name]) => ({ kind: 'who', name: name!, focus: 'profile' })),
  rule('tell-me', /^(?:tell\s+me\s+about|what(?:'s|\s+is)\s+(?:the\s+)?(?:latest|news)\s+(?:on|about)|brief\s+me\s+on)\s+(.+)$/i, ([topic]) => ({ kind: 'briefing', topic: topic!, part: 'card' })),
  rule('part-last', /^(.+?)\s+(\S+)$/, ([topic, word]) => {
    const part = partWord(word!);
    return part ? { kind: 'briefing', topic: topic!, part } : undefined;
  }),
  rule('part-first', /^(\S+)\s+(?:of|in|for|on|from)\s+(.+)$/i, ([word, topic]) => {
    const part = PART_WORDS[word!.toLowerCase()];
    return part ? { kind: 'briefing', topic: topic!, part } : undefined;
  }),
  rule('topic', /^(.+)$/, ([topic]) => ({ kind: 'briefing', topic: topic!, part: 'card' })),
];

/** Normalises a message: drops the `/brief` prefix, bot mentions, trailing punctuation, extra space. */
export function normalizeMessage(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/gi, ' ') // Slack / Discord user mentions
    .replace(/<@!?\d+>/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^@\S+\s*/, '')
    .replace(/^\/?brief\b[:,]?\s*/i, '')
    .replace(/[?!.\s]+$/, '')
    .trim();
}

/**
 * Reads a message as an intent.
 *
 * @example parseIntent('/brief swap actors') → { kind: 'briefing', topic: 'swap', part: 'actors' }
 * @example parseIntent("who's Guzmán?") → { kind: 'who', name: 'Guzmán', focus: 'profile' }
 */
export function parseIntent(text: string, rules: readonly Rule[] = RULES): Intent {
  const normalized = normalizeMessage(text);
  if (!normalized) return { kind: 'help' };
  for (const r of rules) {
    const intent = r.match(normalized);
    if (intent) return intent;
  }
  return { kind: 'help' };
}

/** The parts a person can name after a topic, for help text and autocomplete. */
export const PART_NAMES: readonly BriefingPart[] = BRIEFING_PARTS.filter((p) => p !== 'card');
