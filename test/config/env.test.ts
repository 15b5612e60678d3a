import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from '../../src/config/env.ts';
import { tempDir } from '../helpers/briefings.ts';

function withConfig(files: Record<string, string>): string {
  const cwd = tempDir();
  mkdirSync(join(cwd, 'config'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, 'config', name), text);
  return cwd;
}

function problems(env: Record<string, string>, files: Record<string, string> = {}): string[] {
  try {
    readSettings(env, withConfig(files));
    return [];
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
}

describe('readSettings', () => {
  it('has working defaults with no files and no environment', () => {
    const cwd = tempDir();
    const s = readSettings({}, cwd);
    expect(s).toMatchObject({ briefingsDir: join(cwd, 'briefings'), databaseUrl: join(cwd, 'data', 'brief.db'), logLevel: 'info', logLevelExplicit: false, timeZone: 'UTC' });
    expect(s.port).toBeUndefined();
    expect(s.slack).toBeUndefined();
    expect(s.rateLimit).toEqual({ userMessages: 10, channelMessages: 30, windowSeconds: 60 });
  });

  it('layers default.yaml, then local.yaml, then the environment', () => {
    const cwd = withConfig({
      'default.yaml': 'timeZone: Europe/Madrid\nlog:\n  level: debug\nhttp:\n  port: 4000\n',
      'local.yaml': 'log:\n  level: error\n',
    });
    const s = readSettings({ PORT: '5000' }, cwd);
    expect(s).toMatchObject({ timeZone: 'Europe/Madrid', logLevel: 'error', logLevelExplicit: true, port: 5000 });
    expect(s.configFiles).toEqual(['config/default.yaml', 'config/local.yaml']);
  });

  it('lists every problem as source: key: message', () => {
    expect(
      problems(
        { PORT: 'abc', LOG_LEVEL: 'loud' },
        { 'default.yaml': 'timeZone: Mars/Olympus\nrateLimit:\n  user:\n    messages: -2\ncolour: blue\n' },
      ),
    ).toEqual([
      'config/default.yaml: colour: unknown setting — the settings are: briefingsDir, database.url, http.port, log.level, log.format, timeZone, rateLimit.user.messages, rateLimit.channel.messages, rateLimit.windowSeconds, shutdown.graceSeconds, feeds.admins, digests, pages.publicUrl, pages.linkTtl, pages.editors, slack.apiUrl, discord.applicationId, discord.apiUrl, discord.shards, discord.shardCount',
      'environment: PORT: `abc` must be a port number',
      'environment: LOG_LEVEL: `loud` must be one of trace, debug, info, warn, error, fatal, silent',
      'config/default.yaml: timeZone: `Mars/Olympus` is not a time zone — use an IANA name such as `Europe/Madrid` or `UTC`',
      'config/default.yaml: rateLimit.user.messages: `-2` rateLimit.user.messages must be greater than 0',
    ]);
  });

  it('reads scheduled digests and names the exact entry that is wrong', () => {
    const cwd = withConfig({ 'default.yaml': 'digests:\n  - channel: slack:C0123\n    schedule: weekday 8:00\n    timeZone: Europe/Madrid\n' });
    expect(readSettings({}, cwd).digests).toEqual([{ target: { platform: 'slack', conversation: 'C0123' }, schedule: 'weekday 8:00', timeZone: 'Europe/Madrid' }]);
    const many = withConfig({ 'default.yaml': 'digests:\n  - channel: slack:C0123@T0456\n    schedule: weekday 8:00\n' });
    expect(readSettings({}, many).digests[0]!.target).toEqual({ platform: 'slack', conversation: 'C0123', team: 'T0456' });
    const found = problems({}, { 'local.yaml': 'digests:\n  - channel: slack:C1\n    schedule: weekday 8:00\n  - channel: C2\n    schedule: someday\n' });
    expect(found).toEqual([expect.stringMatching(/^config\/local\.yaml: digests\[1\]\.channel: must be `<platform>:<channel id>`/)]);
    const badSchedule = problems({}, { 'local.yaml': 'digests:\n  - channel: slack:C1\n    schedule: someday\n' });
    expect(badSchedule).toEqual([expect.stringMatching(/^config\/local\.yaml: digests\[0\]\.schedule: `someday` is not a schedule/)]);
  });

  it('refuses secrets in configuration files', () => {
    expect(problems({}, { 'local.yaml': 'slack:\n  botToken: xoxb-secret\n' })[0]).toMatch(/^config\/local\.yaml: slack\.botToken: secrets come only from the environment/);
  });

  it('reports YAML errors with the line', () => {
    expect(problems({}, { 'local.yaml': 'log:\n  level: [\n' })[0]).toMatch(/^config\/local\.yaml:\d+: not valid YAML/);
  });

  it('explains an incomplete Slack setup without printing the token', () => {
    const found = problems({ SLACK_BOT_TOKEN: 'xoxb-very-secret' });
    expect(found).toEqual(['environment: SLACK_SIGNING_SECRET: missing — set it (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)']);
    expect(found.join('\n')).not.toContain('very-secret');
  });

  it('turns on Slack in many workspaces with the OAuth settings, no bot token needed', () => {
    const oauth = { SLACK_CLIENT_ID: '111.222', SLACK_CLIENT_SECRET: 'client-very-secret', SLACK_STATE_SECRET: 'state-very-secret' };
    const s = readSettings({ ...oauth, SLACK_SIGNING_SECRET: 'sign' }, tempDir());
    expect(s.slack).toEqual({ signingSecret: 'sign', oauth: { clientId: '111.222', clientSecret: 'client-very-secret', stateSecret: 'state-very-secret' } });
    const withToken = readSettings({ ...oauth, SLACK_SIGNING_SECRET: 'sign', SLACK_BOT_TOKEN: 'xoxb-1' }, tempDir());
    expect(withToken.slack).toMatchObject({ botToken: 'xoxb-1', oauth: { clientId: '111.222' } });
  });

  it('explains an incomplete OAuth setup, naming what is missing and printing no secret', () => {
    const partial = problems({ SLACK_CLIENT_ID: '111.222', SLACK_CLIENT_SECRET: 'client-very-secret', SLACK_SIGNING_SECRET: 'sign' });
    expect(partial).toEqual(['environment: SLACK_STATE_SECRET: missing — Slack in many workspaces needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together']);
    const unsigned = problems({ SLACK_CLIENT_ID: '111.222', SLACK_CLIENT_SECRET: 'client-very-secret', SLACK_STATE_SECRET: 'state-very-secret' });
    expect(unsigned).toEqual([expect.stringMatching(/^environment: SLACK_SIGNING_SECRET: missing — Slack in many workspaces .* runs in HTTP mode/)]);
    expect([...partial, ...unsigned].join('\n')).not.toMatch(/very-secret/);
  });

  it('turns on a platform when its credentials are set', () => {
    const s = readSettings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', DISCORD_TOKEN: 'd', DISCORD_APPLICATION_ID: '123' }, tempDir());
    expect(s.slack).toEqual({ botToken: 'xoxb-1', appToken: 'xapp-1' });
    expect(s.discord).toEqual({ token: 'd', applicationId: '123' });
  });
});
