/**
 * `/brief who <name>`, `who is <name>`, `what did <name> say`: the actor card or their quotes.
 */
import { answer, type BriefingIntent, type HelpIntent, type WhoIntent } from '../answer/answer.ts';
import { normalizeMessage, rule } from '../answer/intent.ts';
import { answerQuestion } from '../answer/ask.ts';
import { askContext, MAX_QUESTION_CHARS } from './ask.ts';
import { defineCommand } from './command.ts';

/** Words that stand for someone named before ("who is he?"): the question path knows the conversation. */
const NOT_A_NAME = /^(?:he|she|him|her|they|them|this|that|it|this person|that guy|this guy|that woman|this woman)$/i;

/** "who <verb> …" without "is", "was", "are", or "who is <verb>ing …": a question rather than a name. */
const BARE_WHO = /^who\s+(?!is\b|was\b|are\b|were\b)\S|^who(?:'s|s|\s+is|\s+was|\s+are|\s+were)\s+\w+ing\b/i;

/** A pronoun inside the words asked about ("the gang behind it", "his lawyer"). */
const PRONOUN = /\b(?:he|she|him|her|his|it|its|they|them|their)\b/i;

const name = (text: string | undefined): string | undefined => (text && !NOT_A_NAME.test(text.trim()) ? text : undefined);

/** Lower-case words that belong inside a person's name ("Ana de la Cruz", "Ludwig van der Berg"). */
const NAME_PARTICLES = new Set(['al', 'bin', 'bint', 'da', 'das', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'du', 'el', 'ibn', 'la', 'le', 'st', 'ten', 'ter', 'van', 'von', 'y', 'zu']);

/**
 * Whether the words asked about are written as a person's name: every word capitalised (or a
 * name particle), as "Jane Doe" or "Ana María de la Cruz" — not "the cfo of the port" or "in charge
 * of the port", which are questions about a story.
 */
export function writtenAsName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > 6) return false;
  let capitalised = 0;
  for (const word of words) {
    if (/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word)) capitalised++;
    else if (!NAME_PARTICLES.has(word.replace(/[-'’]$/, ''))) return false;
  }
  return capitalised > 0;
}

export const who = defineCommand<WhoIntent | HelpIntent | BriefingIntent>({
  name: 'who',
  kinds: ['who'],
  rules: [
    // "who are the actors in the swap": the briefing's actors (answered by the briefing command).
    rule('actors-of', /^(?:who(?:'s|\s+is|\s+are|\s+were)\s+(?:the\s+)?(?:actors|players|key\s+players|main\s+players|people|main\s+people|key\s+people|parties|figures|names)(?:\s+involved)?|who(?:'s|\s+is|\s+are|\s+was|\s+were)\s+involved)\s+(?:in|on|of|behind|with)\s+(.+)$/i, ([topic]) => ({
      kind: 'briefing',
      topic: topic!,
      part: 'actors',
    })),
    rule('quotes-of', /^(?:what\s+(?:did|does|has|have)\s+(.+?)\s+(?:say|said|says)|quotes?\s+(?:from|by)\s+(.+))$/i, ([a, b]) => {
      const who = name(a || b);
      return who ? { kind: 'who', name: who, focus: 'quotes' } : undefined;
    }),
    // "who" alone asks how to ask about someone.
    rule('who-alone', /^(?:who(?:'s|s|\s+is|\s+was|\s+are)?|whois)$/i, () => ({ kind: 'help', topic: 'who' })),
    rule('who', /^(?:who(?:'s|s|\s+is|\s+was|\s+are)?|whois)\s+(.+)$/i, ([text]) => {
      const who = name(text);
      return who ? { kind: 'who', name: who, focus: 'profile' } : undefined;
    }),
  ],
  usage: [
    { ask: '/brief who <name>', does: 'who someone is, what they said and where they appear' },
    { ask: 'what did <name> say', does: 'their quotes, with citations' },
  ],
  // A name no briefing knows may be a question after all ("who won the recount?", "who got released?"):
  // the question path reads it, and the name's "not in any briefing" stands unless the article answers.
  // Words written as a name ("who is Jane Doe") are a name: the index's names answered, and the
  // suggestions of near names stand, without searching every story's words for it.
  handler: (services) => async (intent, incoming) => {
    const reply = await answer(intent, services.library(), services.usage);
    if (reply.kind !== 'not-found' || intent.kind !== 'who') return reply;
    const text = normalizeMessage(incoming.text.slice(0, MAX_QUESTION_CHARS));
    const bare = BARE_WHO.test(text);
    if (!bare && writtenAsName(intent.name)) return reply;
    const context = await askContext(incoming, services);
    const asked = await answerQuestion(text, services.library(), context);
    if (asked.kind === 'answer' || asked.kind === 'actor') return asked;
    if (asked.kind !== 'no-answer') return reply;
    // "who runs the port?" is a question; so is "who is the cfo of the port" when its own words name
    // the story. "who is Jane Doe", in a thread about the port, asks for a name that no briefing has.
    // With no conversation to lean on, the question was already read unaided.
    const unaided = context.recent || context.followed?.length ? await answerQuestion(text, services.library()) : asked;
    // "who is the gang behind it", "whos the favourite to take over": in a thread, words with a
    // pronoun or an article are no name but a question about the story under discussion.
    const leans = context.recent !== undefined && (PRONOUN.test(intent.name) || /^(?:the|a|an)\s/i.test(intent.name));
    return bare || leans || (unaided.kind === 'no-answer' && unaided.briefing === asked.briefing) ? asked : reply;
  },
});
