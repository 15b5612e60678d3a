/**
 * `/brief <topic>` and `/brief <topic> actors|questions|quotes|claims|sources|full`: a briefing's
 * card or one part in depth. Its rules take any text as a topic, so they are tried last; words that
 * name no story go on to the question path, which finds the story they are about.
 */
import { answer, findBriefingReply, type BriefingIntent } from '../answer/answer.ts';
import { PART_WORDS, partWord, rule } from '../answer/intent.ts';
import { answerInConversation } from './ask.ts';
import { defineCommand } from './command.ts';

export const briefing = defineCommand<BriefingIntent>({
  name: 'briefing',
  kinds: ['briefing'],
  fallback: true,
  rules: [
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
  // Topic words that name no story are read as a question (in topic mode: the card unless a sentence answers them).
  handler: (services) => async (intent, incoming) => {
    const found = await findBriefingReply(intent, services.library());
    if (found) return found;
    if (intent.part !== 'card') return answer(intent, services.library(), services.usage);
    return answerInConversation(intent.topic, incoming, services, 'topic');
  },
});
