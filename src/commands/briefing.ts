/**
 * `/brief <topic>` and `/brief <topic> actors|questions|quotes|claims|sources|full`: a briefing's
 * card or one part in depth. Its rules take any text as a topic, so they are tried last.
 */
import { answer, type BriefingIntent } from '../answer/answer.ts';
import { PART_WORDS, partWord, rule } from '../answer/intent.ts';
import { defineCommand } from './command.ts';

export const briefing = defineCommand<BriefingIntent>({
  name: 'briefing',
  kinds: ['briefing'],
  fallback: true,
  rules: [
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
  ],
  usage: [
    { ask: '/brief <topic>', does: 'the briefing card: headline, summary, actors, open questions, the key quote, sourcing' },
    { ask: '/brief <topic> actors|questions|quotes|claims|sources|full', does: 'one part in depth' },
  ],
  handler: (services) => (intent) => answer(intent, services.library(), services.usage),
});
