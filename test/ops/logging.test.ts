import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSettings } from '../../src/config/env.ts';
import { createLogger, secretsOf } from '../../src/log.ts';

const SECRETS = { botToken: 'xoxb-1111-2222-abcdefSECRET', signingSecret: 'signing-secret-9f8e7d', appToken: 'xapp-1-A0-ZZZ-secret', discord: 'discord.token.MTIzNDU2' };

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, destination: destination as unknown as NodeJS.WritableStream & { write(s: string): boolean } };
}

describe('logging', () => {
  it('never writes a token or signing secret, at any level, under any key or inside a message', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'trace', secrets: Object.values(SECRETS), destination });
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const) {
      logger[level]({ settings: { slack: { botToken: SECRETS.botToken, signingSecret: SECRETS.signingSecret } } }, 'settings');
      logger[level]({ headers: { authorization: `Bearer ${SECRETS.botToken}` } }, 'request');
      logger[level]({ token: SECRETS.discord, extra: { appToken: SECRETS.appToken } }, 'tokens');
      logger[level]({ err: new Error(`auth failed for ${SECRETS.botToken}`) }, `call failed with ${SECRETS.discord}`);
      logger[level]({ note: `xapp: ${SECRETS.appToken}` }, 'free text');
    }
    expect(lines).toHaveLength(30);
    for (const line of lines) for (const secret of Object.values(SECRETS)) expect(line).not.toContain(secret);
    expect(lines.some((l) => l.includes('[redacted]'))).toBe(true);
  });

  it('never writes the page link secret from the environment, under its key or inside a message', () => {
    const linkSecret = 'page-link-secret-0123456789abcdef-xyz';
    const settings = readSettings({ BRIEF_LINK_SECRET: linkSecret }, mkdtempSync(join(tmpdir(), 'brief-log-')));
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'info', secrets: secretsOf(settings), destination });
    logger.info({ settings: { pages: settings.pages } }, 'settings');
    logger.warn({ linkSecret }, 'by key');
    logger.error({ err: new Error(`could not sign with ${linkSecret}`) }, `signing failed: ${linkSecret}`);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).not.toContain(linkSecret);
  });

  it('writes JSON lines with the level and message', () => {
    const { lines, destination } = capture();
    createLogger({ level: 'info', destination }).info({ cmd: 'abc123' }, 'answered');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, msg: 'answered', cmd: 'abc123', app: 'brief' });
  });
});
