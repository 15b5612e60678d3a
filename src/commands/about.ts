/**
 * Ways people ask for a story or a person without the grammar's words: "brief me on <topic>",
 * "what's the latest on <topic>", "any news on <topic>", "catch me up on <topic>" (the story's
 * card, looked for as a story first), and "what do we know about <name or topic>" (a person's card
 * when it names one, else the story's). The briefing command answers them.
 */
import type { BriefingIntent } from '../answer/answer.ts';
import { rule } from '../answer/intent.ts';
import { defineCommand } from './command.ts';

const ON = String.raw`(?:on|about|with|regarding|re)\s+`;

/** The paraphrases: their intents are briefing intents, so the briefing command answers them. */
export const about = defineCommand<BriefingIntent>({
  name: 'about',
  kinds: [],
  rules: [
    rule(
      'latest-on',
      new RegExp(
        String.raw`^(?:brief\s+me\s+(?:on|about)|catch\s+me\s+up\s+on|fill\s+me\s+in\s+on|update\s+me\s+on|(?:any|anything)\s+(?:new|news|updates?)\s+${ON}|(?:what(?:'s|s|\s+is)|whats)\s+(?:the\s+)?(?:latest|news|new|happening|going\s+on|up|the\s+story|the\s+situation)\s+${ON}|(?:latest|news|updates?)\s+${ON}|(?:give\s+me\s+)?(?:an?\s+)?(?:update|overview|rundown|summary)\s+(?:on|of)\s+)(.+)$`,
        'i',
      ),
      ([topic]) => ({ kind: 'briefing', topic: topic!, part: 'card', prefer: 'story' }),
    ),
    rule('tell-me', /^(?:tell\s+me\s+(?:about|more\s+about)|what\s+do\s+we\s+know\s+about|what\s+is\s+known\s+about)\s+(.+)$/i, ([topic]) => ({ kind: 'briefing', topic: topic!, part: 'card' })),
  ],
  usage: [{ ask: "what's the latest on <topic> · brief me on <topic> · what do we know about <name>", does: 'the story’s card, or the person’s' }],
  handler: () => undefined,
});
