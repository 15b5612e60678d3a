/**
 * The grammar's primitives: message text → `Intent` through small rules over a single
 * `match(text) → Intent | undefined` idea. The rules themselves live with their commands
 * (src/commands/), so a new verb is one file. The same grammar serves every platform:
 * `/brief swap`, `brief swap` and `swap` read alike.
 */
import { distance } from 'fastest-levenshtein';
import { BRIEFING_PARTS, type BriefingPart } from './reply.ts';

/**
 * What a message asks for: a verb (`kind`) and its arguments. Each command declares its own
 * intents (src/commands/); the answer engine's are in answer.ts.
 */
export interface Intent {
  readonly kind: string;
}

/** One grammar rule: a name for help and tests, and a matcher over normalised text. */
export interface Rule<I extends Intent = Intent> {
  name: string;
  match(text: string): I | undefined;
}

export const PART_WORDS: Record<string, BriefingPart> = {
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
export function partWord(word: string): BriefingPart | undefined {
  const lower = word.toLowerCase();
  const exact = PART_WORDS[lower];
  if (exact || lower.length < 5) return exact;
  for (const [known, part] of Object.entries(PART_WORDS)) {
    if (known.length >= 5 && Math.abs(known.length - lower.length) <= 1 && distance(known, lower) <= 1) return part;
  }
  return undefined;
}

/** A rule from a regular expression whose groups feed `build`. */
export function rule<I extends Intent>(name: string, pattern: RegExp, build: (groups: string[]) => I | undefined): Rule<I> {
  return {
    name,
    match(text) {
      const m = pattern.exec(text);
      return m ? build(m.slice(1).map((g) => (g ?? '').trim())) : undefined;
    },
  };
}

/** Slack sends links as `<https://x.org/feed>` or `<https://x.org/feed|x.org/feed>`: the address alone. */
export function unwrapLink(text: string): string {
  return text.replace(/^<([^|>\s]+)(?:\|[^>]*)?>$/, '$1');
}

/** Normalises a message: drops the `/brief` prefix, bot mentions, trailing punctuation, extra space. */
export function normalizeMessage(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/gi, ' ') // Slack / Discord user mentions
    .replace(/<@!?\d+>/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^@\S+\s*/, '')
    // "/brief swap" and "brief swap" read alike; "brief me on …" is a request, not the prefix.
    .replace(/^\/?brief\b(?!\s+me\b)[:,]?\s*/i, '')
    .replace(/[?!.\s]+$/, '')
    .trim();
}

/**
 * Reads a message as an intent with `rules`, tried in order; an empty message asks for help.
 * The bot's grammar is built from its commands (`parseIntent` in src/commands/grammar.ts).
 */
export function matchRules(text: string, rules: readonly Rule[]): Intent {
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
