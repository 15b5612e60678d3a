/**
 * `/brief who <name>`, `who is <name>`, `what did <name> say`: the actor card or their quotes.
 */
import { answer, type HelpIntent, type WhoIntent } from '../answer/answer.ts';
import { rule } from '../answer/intent.ts';
import { defineCommand } from './command.ts';

export const who = defineCommand<WhoIntent | HelpIntent>({
  name: 'who',
  kinds: ['who'],
  rules: [
    rule('quotes-of', /^(?:what\s+(?:did|does|has|have)\s+(.+?)\s+(?:say|said|says)|quotes?\s+(?:from|by)\s+(.+))$/i, ([a, b]) => ({ kind: 'who', name: (a || b)!, focus: 'quotes' })),
    // "who" alone asks how to ask about someone.
    rule('who-alone', /^(?:who(?:'s|\s+is|\s+was|\s+are)?|whois)$/i, () => ({ kind: 'help', topic: 'who' })),
    rule('who', /^(?:who(?:'s|\s+is|\s+was|\s+are)?|whois)\s+(.+)$/i, ([name]) => ({ kind: 'who', name: name!, focus: 'profile' })),
  ],
  usage: [
    { ask: '/brief who <name>', does: 'who someone is, what they said and where they appear' },
    { ask: 'what did <name> say', does: 'their quotes, with citations' },
  ],
  handler: (services) => (intent) => answer(intent, services.library(), services.usage),
});
