/**
 * `/brief`, `/brief help`, `help <topic>`: the briefings and how to ask, from every command's
 * help lines.
 */
import { answer, type HelpIntent } from '../answer/answer.ts';
import { rule } from '../answer/intent.ts';
import { defineCommand } from './command.ts';

export const help = defineCommand<HelpIntent>({
  name: 'help',
  kinds: ['help'],
  rules: [
    rule('help', /^(?:help|\/help|\?|commands|usage|list|briefings|topics|stories)$/i, () => ({ kind: 'help' })),
    rule('help-topic', /^help\s+(.+)$/i, ([topic]) => ({ kind: 'help', topic })),
  ],
  usage: [],
  handler: (services) => (intent) => answer(intent, services.library(), services.usage),
});
