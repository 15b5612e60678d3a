/**
 * The app manifest declares what the adapter handles: the slash command, the events, the buttons.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLACK_BOT_SCOPES } from '../../src/chat/slack-oauth.ts';
import { SLASH_COMMAND } from '../../src/chat/slack.ts';

const manifest = parse(readFileSync(new URL('../../slack/manifest.yaml', import.meta.url), 'utf8'));

describe('slack/manifest.yaml', () => {
  it('declares the slash command the adapter listens for', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([SLASH_COMMAND]);
  });

  it('subscribes to mentions, direct messages and uninstalls, with interactivity and Socket Mode on', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im', 'app_uninstalled', 'tokens_revoked']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('asks only for the scopes the adapter uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['app_mentions:read', 'chat:write', 'chat:write.public', 'commands', 'im:history']);
  });

  it('asks for the same scopes when a workspace installs Brief through OAuth', () => {
    expect([...SLACK_BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
  });
});
