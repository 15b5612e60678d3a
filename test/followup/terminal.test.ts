import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TerminalChat } from '../../src/chat/terminal.ts';
import { FakeClock } from '../helpers/clock.ts';
import { makeFollowups, makeLibrary, tempDbPath } from './fixtures.ts';

/** One run of the bot with the terminal chat: the lines typed, then end of input. */
async function run(dbPath: string, clock: FakeClock, lines: string[]): Promise<string> {
  const library = await makeLibrary();
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d) => (text += String(d)));
  const channels: TerminalChat[] = [];
  const { followups, responder } = makeFollowups({ dbPath, library: () => library, channels: () => channels, clock, timeZone: 'Europe/Madrid' });
  const terminal = new TerminalChat({ input, output, responder, interactive: false, color: false });
  channels.push(terminal);
  await terminal.start();
  await followups.start();
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await terminal.closed;
  await followups.stop();
  await terminal.stop();
  return text;
}

describe('the terminal is a channel too', () => {
  it('a reminder set in one terminal run is delivered in the next run on the same database', async () => {
    const db = tempDbPath();
    const clock = new FakeClock('2026-03-25T10:00:00Z');
    const first = await run(db, clock, ['/brief remind rationing in 1 hour bring the board figures', '/brief reminders']);
    expect(first).toContain('Reminder #1 set');
    expect(first).toContain('#1 rationing — Wed 25 Mar 2026, 12:00 CET — “bring the board figures” — scheduled');
    expect(first).not.toContain('Reminder #1: ');

    clock.advance('3h');
    const second = await run(db, clock, []);
    expect(second).toContain('Reminder #1: Lakeside imposes water rationing as reservoir falls to record low');
    expect(second).toContain('bring the board figures');
    expect(second).toContain('Late: this was due Wed 25 Mar 2026, 12:00 CET');

    const third = await run(db, clock, ['/brief reminders']);
    expect(third).not.toContain('Reminder #1: ');
    expect(third).toContain('Nothing is scheduled here');
  });
});
