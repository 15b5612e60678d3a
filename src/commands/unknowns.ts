/**
 * "what don't we know about <topic>", "what is still unknown about <topic>", "open questions on
 * <topic>": a briefing's open questions.
 */
import type { BriefingIntent } from '../answer/answer.ts';
import { rule } from '../answer/intent.ts';
import { defineCommand } from './command.ts';

const ABOUT = String.raw`(?:about|on|for|in|with|regarding)\s+`;

export const unknowns = defineCommand<BriefingIntent>({
  name: 'unknowns',
  kinds: [],
  rules: [
    rule(
      'unknowns',
      new RegExp(
        String.raw`^(?:what\s+(?:don'?t|do\s+not|dont)\s+we\s+(?:still\s+)?know\s+${ABOUT}|what\s+do\s+we\s+(?:still\s+)?not\s+know\s+${ABOUT}|what(?:'s|\s+is|\s+remains|\s+are)\s+(?:still\s+)?(?:unknown|unclear|open|unanswered)\s+${ABOUT}|(?:open\s+questions|unknowns)\s+${ABOUT})(.+)$`,
        'i',
      ),
      ([topic]) => ({ kind: 'briefing', topic: topic!, part: 'questions' }),
    ),
  ],
  usage: [{ ask: "what don't we know about <topic>", does: 'the open questions' }],
  // Its intents are briefing parts: the briefing command answers them.
  handler: () => undefined,
});
