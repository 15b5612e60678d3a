/**
 * Commands as pieces: the grammar, help, autocomplete and the handler map all come from the one
 * list in src/commands/index.ts, so a verb is one file.
 */
import { describe, expect, it } from 'vitest';
import { makeIncoming } from '../../src/answer/incoming.ts';
import { matchRules, rule } from '../../src/answer/intent.ts';
import { verbTemplates } from '../../src/chat/discord-autocomplete.ts';
import { defineCommand } from '../../src/commands/command.ts';
import { COMMANDS, commandHandlers, GRAMMAR, USAGE } from '../../src/commands/index.ts';
import { Responder } from '../../src/commands/responder.ts';
import { makeLibrary } from '../helpers/briefings.ts';

const library = await makeLibrary();

describe('the command list', () => {
  it('builds the grammar from every command’s rules, with the bare topic tried last', () => {
    expect(GRAMMAR.map((r) => r.name)).toEqual(COMMANDS.filter((c) => !c.fallback).concat(COMMANDS.filter((c) => c.fallback)).flatMap((c) => c.rules.map((r) => r.name)));
    expect(GRAMMAR.at(-1)!.name).toBe('topic');
    expect(new Set(GRAMMAR.map((r) => r.name)).size).toBe(GRAMMAR.length);
  });

  it('builds help and Discord autocomplete from every command’s usage lines', async () => {
    expect(USAGE).toEqual(COMMANDS.flatMap((c) => c.usage));
    const help = await new Responder({ library: () => library }).respond(makeIncoming('/brief help'));
    expect(help.kind === 'help' && help.usage).toEqual(USAGE);
    expect(verbTemplates().map((v) => v.words)).toEqual(expect.arrayContaining(['who', 'what did', 'follow', 'unfollow', 'remind', 'digest', 'feeds']));
  });

  it('leaves out the handlers of parts this setup does not run', () => {
    const readOnly = commandHandlers({ library: () => library });
    expect([...readOnly.keys()].sort()).toEqual(['briefing', 'help', 'question', 'who']);
  });

  it('takes a new verb as one more piece', async () => {
    const ping = defineCommand<{ kind: 'ping' }>({
      name: 'ping',
      kinds: ['ping'],
      rules: [rule('ping', /^ping$/i, () => ({ kind: 'ping' }))],
      usage: [{ ask: '/brief ping', does: 'check that the bot answers' }],
      handler: () => () => ({ kind: 'notice', title: 'pong', lines: [] }),
    });
    const commands = [ping, ...COMMANDS];
    const rules = commands.flatMap((c) => c.rules);
    expect(matchRules('/brief ping', rules)).toEqual({ kind: 'ping' });
    const handler = commandHandlers({ library: () => library }, commands).get('ping')!;
    expect(await handler({ kind: 'ping' }, makeIncoming('/brief ping'))).toEqual({ kind: 'notice', title: 'pong', lines: [] });
  });
});
