import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Responder } from '../../src/commands/responder.ts';
import { TerminalChat } from '../../src/chat/terminal.ts';
import { FERRY_FIRE, makeLibrary } from '../helpers/briefings.ts';

const library = await makeLibrary();

function chat(options: { interactive?: boolean; columns?: number } = {}) {
  const input = new PassThrough();
  let output = '';
  const sink = Object.assign(new PassThrough(), options.columns ? { columns: options.columns } : {});
  sink.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const terminal = new TerminalChat({
    input,
    output: sink,
    responder: new Responder({ library: () => library }),
    interactive: options.interactive ?? false,
    color: false,
  });
  return { input, terminal, output: () => output };
}

describe('terminal chat', () => {
  it('answers one message per line and closes at end of input', async () => {
    const { input, terminal, output } = chat();
    await terminal.start();
    input.end('/brief strike\nwho is kjaergaard\n');
    await terminal.closed;
    expect(output()).toMatch(/^Dockworkers walk out/);
    expect(output()).toContain('Søren Kjærgaard (also: Kjærgaard)');
    expect(output().indexOf('Dockworkers')).toBeLessThan(output().indexOf('Søren Kjærgaard (also'));
  });

  it('answers free questions and follow-ups that lean on the previous answer', async () => {
    const input = new PassThrough();
    let output = '';
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const library = await makeLibrary({ 'briefings/ferry-fire.md': FERRY_FIRE });
    const terminal = new TerminalChat({ input, output: sink, responder: new Responder({ library: () => library }), interactive: false, color: false });
    await terminal.start();
    input.end('why did the ferry catch fire?\nwho is the chief executive\nand what did she say?\n');
    await terminal.closed;
    expect(output).toContain('“Investigators believe the fire started because a fuel line split, according to a coastguard report seen by this newspaper.” [¶4.1]');
    expect(output).toContain('Maren Lindgren (also: Lindgren)');
    expect(output).toContain('“"Nobody will be left out of pocket," she said.” [¶3.3]');
  });

  it('greets, prompts and quits on /quit when interactive', async () => {
    const { input, terminal, output } = chat({ interactive: true });
    await terminal.start();
    input.write('/help\n');
    input.write('/quit\n');
    await terminal.closed;
    expect(output()).toContain('Ctrl-D quits');
    expect(output()).toContain('brief> ');
    expect(output()).toContain('Briefings');
  });

  it('wraps answers to the window width when interactive', async () => {
    const { input, terminal, output } = chat({ interactive: true, columns: 50 });
    await terminal.start();
    input.write('/brief strike\n');
    input.write('/quit\n');
    await terminal.closed;
    const answer = output().slice(output().indexOf('Dockworkers walk out'));
    // Lines are cut at 49 columns; the prompt redraws are readline's own and not counted.
    const lines = answer.split('\n').filter((l) => !l.includes('brief>'));
    expect(lines.every((l) => l.length <= 49)).toBe(true);
    expect(lines).toContain('  • Søren Kjærgaard — general secretary of the');
  });

  it('prints deliveries it is sent', async () => {
    const { input, terminal, output } = chat();
    await terminal.start();
    await terminal.deliver({ platform: 'terminal', conversation: 'terminal' }, { kind: 'notice', title: 'Reminder', lines: ['Check the strike.'] });
    input.end();
    await terminal.closed;
    expect(output()).toContain('Reminder\nCheck the strike.');
  });
});
