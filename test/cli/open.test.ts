/**
 * Page links from the command line: `brief ask --platform slack` cards carry a signed "Open briefing"
 * link when the secret is set, `brief open` prints the link, and the settings are checked.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { memoryIO } from '../../src/cli/io.ts';
import { readSettings, SettingsError } from '../../src/config/env.ts';
import { PageLinks } from '../../src/pages/links.ts';
import { HARBOUR_STRIKE, tempDir } from '../helpers/briefings.ts';

const SECRET = 'cli-test-secret-0123456789abcdef0123';
const env = (extra: Record<string, string> = {}) => ({ BRIEFINGS_DIR: tempDir({ 'harbour-strike.md': HARBOUR_STRIKE }), ...extra });

describe('page links from the command line', () => {
  it('gives the Slack card of `brief ask` a signed Open briefing link when the secret is set', async () => {
    const io = memoryIO({ env: env({ BRIEF_LINK_SECRET: SECRET, BRIEF_PUBLIC_URL: 'https://brief.example.org/' }), cwd: tempDir() });
    expect(await main(['ask', '--platform', 'slack', '/brief strike'], io)).toBe(0);
    const payload = JSON.parse(io.out());
    const open = payload.blocks.find((b: { type: string }) => b.type === 'actions').elements.find((e: { action_id: string }) => e.action_id === 'brief_open');
    const url = new URL(open.url);
    expect(`${url.origin}${url.pathname}`).toBe('https://brief.example.org/briefing/harbour-strike');
    const links = new PageLinks({ baseUrl: 'https://brief.example.org', secret: SECRET, ttlMs: 1, now: () => new Date() });
    expect(links.check('harbour-strike', 'read', url.searchParams)).toMatchObject({ ok: true });
    expect(JSON.stringify(payload)).toContain('#s2-1|¶2.1>');
  });

  it('adds no page links to chat cards without a secret', async () => {
    const io = memoryIO({ env: env({ PORT: '3999' }), cwd: tempDir() });
    expect(await main(['ask', '--platform', 'slack', '/brief strike'], io)).toBe(0);
    expect(io.out()).not.toContain('/briefing/');
  });

  it('prints a local link with `brief open`, a signed one with the secret, and a review link with --review', async () => {
    const local = memoryIO({ env: env({ PORT: '3999' }), cwd: tempDir() });
    expect(await main(['open', 'dock', 'strike'], local)).toBe(0);
    expect(local.out()).toBe('http://127.0.0.1:3999/briefing/harbour-strike\n');
    expect(local.err()).toContain('opens on this machine only');

    const signed = memoryIO({ env: env({ BRIEF_LINK_SECRET: SECRET }), cwd: tempDir() });
    expect(await main(['open', '--review', 'strike'], signed)).toBe(0);
    expect(signed.out()).toMatch(/^http:\/\/127\.0\.0\.1:3000\/briefing\/harbour-strike\/review\?exp=\d+&editor=terminal%3Alocal&sig=[\w-]{22}\n$/);

    const missing = memoryIO({ env: env(), cwd: tempDir() });
    expect(await main(['open', 'zebra'], missing)).toBe(1);
    expect(missing.err()).toContain('“zebra” is not in any briefing');
  });

  it('checks the page settings and keeps the secret out of config files', () => {
    expect(() => readSettings({ BRIEF_LINK_SECRET: 'short' }, tempDir())).toThrow(/BRIEF_LINK_SECRET: must be at least 32 characters — make one with `openssl rand -base64 32`/);
    const cwd = tempDir();
    mkdirSync(join(cwd, 'config'));
    writeFileSync(join(cwd, 'config', 'local.yaml'), `pages:\n  linkSecret: ${SECRET}\n  editors: [slack:U1, nobody]\n`);
    try {
      readSettings({}, cwd);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      const problems = (error as SettingsError).problems.join('\n');
      expect(problems).toContain('config/local.yaml: pages.linkSecret: secrets come only from the environment — remove it here and set BRIEF_LINK_SECRET instead');
      expect(problems).toContain('pages.editors[1]: each editor must be `<platform>:<user id>`');
      expect(problems).not.toContain(SECRET);
    }
    const settings = readSettings({ BRIEF_EDITORS: 'slack:U1, discord:42', BRIEF_LINK_TTL: '7d', BRIEF_PUBLIC_URL: 'https://brief.example.org/' }, tempDir());
    expect(settings.pages).toEqual({ publicUrl: 'https://brief.example.org', linkTtlMs: 7 * 86_400_000, editors: ['slack:U1', 'discord:42'] });
  });
});
