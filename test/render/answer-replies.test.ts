/**
 * Free-question answers on every platform: the question, the sentences quoted with their
 * citations, "the article says this is not known", and "does not say" with what it says nearby —
 * within each platform's limits, with article text that can never ping anyone.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.ts';
import type { AnswerReply, NoAnswerReply, Reply } from '../../src/answer/reply.ts';
import { parseButtonId } from '../../src/render/discord-parts.ts';
import { DISCORD_LIMITS } from '../../src/render/discord-limits.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { renderSlack, SLACK_LIMITS } from '../../src/render/slack.ts';
import { renderText } from '../../src/render/text.ts';
import { FERRY_FIRE, makeLibrary } from '../helpers/briefings.ts';

const library = await makeLibrary({ 'briefings/ferry-fire.md': FERRY_FIRE });
async function ask<K extends Reply['kind']>(text: string, kind: K): Promise<Extract<Reply, { kind: K }>> {
  const reply = await answerQuestion(text, library);
  expect(reply.kind).toBe(kind);
  return reply as Extract<Reply, { kind: K }>;
}

const answered = () => ask('why did the ferry catch fire?', 'answer');
const unknown = () => ask('when will the ferry sail again?', 'answer');
const declined = () => ask('how much did the ferry rescue cost?', 'no-answer');

/** An answer whose quoted article text tries to ping and link, and runs long. */
const hostile: AnswerReply = {
  kind: 'answer',
  briefing: 'ferry-fire',
  headline: 'Ferry <!channel> fire',
  ask: '/brief ferry fire',
  question: 'who said @everyone <@U123>?',
  people: [],
  sentences: [{ cite: '1.1', text: `Crew <!here> @everyone <http://x.example|click> ${'long words '.repeat(400)}` }],
};

describe('answers in the terminal', () => {
  it('quotes the sentences with their citations under the question', async () => {
    expect(renderText(await answered())).toMatchSnapshot();
  });

  it('leads with what the article says is not known', async () => {
    const text = renderText(await unknown());
    expect(text).toContain('The article says this is not known: When will the Nordlys Star sail again? [¶5.1]');
    expect(text).toContain('“The company has not said when the ship will sail again.” [¶5.1]');
  });

  it('says plainly what the briefing does not say, and offers what it says nearby as no answer', async () => {
    const text = renderText(await declined());
    expect(text).toContain('The briefing on “Fire on Baltic ferry forces 300 passengers into lifeboats off Gotland” does not say how much.');
    expect(text).toContain('What it does say nearby (not an answer):');
    expect(text).toContain('The story: /brief ferry fire');
  });
});

describe('answers on Slack', () => {
  it('quotes each sentence with its citation, and offers the story and Share', async () => {
    const message = renderSlack(await answered());
    const json = JSON.stringify(message.blocks);
    expect(json).toContain('>“Investigators believe the fire started because a fuel line split');
    expect(json).toContain('— ¶4.1');
    const actions = message.blocks.find((b) => b.type === 'actions');
    expect(actions?.type === 'actions' && actions.elements.map((e) => [e.text.text, 'value' in e ? e.value : e.url])).toEqual([
      ['The story', '/brief ferry fire'],
      ['Share in channel', 'ferry fire: why did the ferry catch fire'],
    ]);
  });

  it('escapes article text and stays within Block Kit limits', async () => {
    for (const reply of [await answered(), await unknown(), await declined(), hostile] as Array<AnswerReply | NoAnswerReply>) {
      const message = renderSlack(reply);
      for (const b of message.blocks) if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    }
    // What Slack shows (button values are sent back on a press, never shown as text).
    const shown = renderSlack(hostile);
    const visible = JSON.stringify([shown.text, ...shown.blocks.filter((b) => b.type !== 'actions')]);
    expect(visible).not.toMatch(/<!channel>|<!here>|<@U123>|<http/);
  });
});

describe('answers on Discord', () => {
  it('renders one embed with the quoted sentences, a story button and Share', async () => {
    const message = renderDiscord(await declined());
    expect(message.embeds).toHaveLength(1);
    expect(message.embeds[0]!.description).toContain('does not say how much');
    expect(message.components[0]!.components.map((b) => parseButtonId('custom_id' in b ? b.custom_id : ''))).toEqual([
      { action: 'show', ask: 'ferry-fire' },
      { action: 'share', ask: 'ferry fire: how much did the ferry rescue cost' },
    ]);
  });

  it('never pings and stays within embed limits', async () => {
    const message = renderDiscord(hostile);
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embed = message.embeds[0]!;
    expect(embed.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(embed.title!.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect(embed.description).toContain('…');
  });
});
