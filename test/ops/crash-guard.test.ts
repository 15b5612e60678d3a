import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { guardProcess } from '../../src/ops/crash-guard.ts';

function capture() {
  const lines: Array<{ msg: string; err?: { message: string } }> = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', format: 'json', destination }) };
}

describe('the process guard', () => {
  it('logs and counts an uncaught exception and an unhandled rejection, and carries on', () => {
    const source = new EventEmitter();
    const { lines, logger } = capture();
    const kinds: string[] = [];
    const unguard = guardProcess(logger, (kind) => kinds.push(kind), source);
    source.emit('uncaughtException', new TypeError("Cannot read properties of null (reading 'ssl_check')"));
    source.emit('unhandledRejection', new Error('a library forgot a catch'));
    expect(kinds).toEqual(['exception', 'rejection']);
    expect(lines.map((l) => [l.msg, l.err?.message])).toEqual([
      ['an unexpected error escaped a handler; the bot carries on', "Cannot read properties of null (reading 'ssl_check')"],
      ['an unexpected promise rejection escaped a handler; the bot carries on', 'a library forgot a catch'],
    ]);
    unguard();
    expect(source.listenerCount('uncaughtException') + source.listenerCount('unhandledRejection')).toBe(0);
  });
});
