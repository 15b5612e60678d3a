/**
 * Fuzzing the renderers with replies whose every word is hostile: each platform's payload stays
 * inside its limits, pings no one, carries no live link made from the text, and shows no
 * bidirectional or terminal control character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, embedLength } from '../../src/render/discord-limits.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { SLACK_LIMITS } from '../../src/render/slack-blocks.ts';
import { renderSlack } from '../../src/render/slack.ts';
import { renderText } from '../../src/render/text.ts';
import { FUZZ, reply } from './arbitraries.ts';

// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** A masked link Discord would render: `[words](http…)` whose bracket is not escaped. */
const LIVE_MASKED_LINK = /(?<!\\)\[[^\]\n]*(?<!\\)\]\(\s*<?https?:/i;
/** Slack's special syntax: mentions (`<!channel>`, `<@U…>`, `<#C…>`) and links (`<http…|…>`). */
const SLACK_SPECIAL = /<[!@#]|<https?:/i;

/** What a button sends back or identifies itself by: data for Brief, never shown or parsed as text. */
const DATA_KEYS = new Set(['value', 'action_id', 'block_id', 'custom_id']);

/** Every string in a payload that a person sees, deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => (DATA_KEYS.has(key) ? [] : strings(v)));
  return [];
}

describe('the renderers under fuzzing', () => {
  it('Discord: inside every limit, no mentions allowed, no live masked link, no control characters', () => {
    fc.assert(
      fc.property(reply, (r) => {
        const message = renderDiscord(r);
        expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
        expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
        expect(message.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
        for (const embed of message.embeds) {
          expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
          for (const text of [embed.description ?? '', ...(embed.fields ?? []).map((f) => f.value)]) expect(text).not.toMatch(LIVE_MASKED_LINK);
        }
        for (const text of strings(message)) expect(text).not.toMatch(CONTROLS);
      }),
      FUZZ,
    );
  });

  it('Slack: inside the block limits, with no mention or link syntax from the text, no control characters', () => {
    fc.assert(
      fc.property(reply, (r) => {
        const message = renderSlack(r, { actions: 'private' });
        expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
        expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
        for (const text of strings(message)) {
          expect(text).not.toMatch(SLACK_SPECIAL);
          expect(text).not.toMatch(CONTROLS);
        }
      }),
      FUZZ,
    );
  });

  it('terminal: plain text with no control characters but line breaks', () => {
    fc.assert(
      fc.property(reply, (r) => {
        expect(renderText(r)).not.toMatch(CONTROLS);
      }),
      FUZZ,
    );
  });
});
