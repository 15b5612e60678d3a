/**
 * What text from articles, quotes and feeds can do once rendered: nothing. No masked link or
 * markdown from it reaches a Discord embed live, and no bidirectional or terminal control
 * character reaches any platform.
 */
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/answer/reply.ts';
import { answer } from '../../src/answer/answer.ts';
import { answerQuestion } from '../../src/answer/ask.ts';
import { parseIntent } from '../../src/commands/index.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { renderSlack } from '../../src/render/slack.ts';
import { renderText } from '../../src/render/text.ts';
import { libraryOf } from '../helpers/briefings.ts';

const RLO = '\u202E';
const HOSTILE = `---
slug: ferry-vote
aliases: [ferry]
headline: "Ferry vote [read the statement](http://evil.example/login) **URGENT**"
summary: "The council [voted](http://evil.example/a) to buy ferries; see ||spoiler|| and # not a heading"
actors:
  - name: "Ines Abara"
    kind: person
    role: "councillor [official page](https://evil.example/b) ${RLO}gpj.exe"
quotes:
  - speaker: "Ines Abara"
    text: "We voted ${RLO}evil${RLO} today \u001b[2Jand [clicked here](http://evil.example/c)"
questions:
  - text: "Will the __ferries__ arrive [on time](http://evil.example/d)?"
---
The council voted on Tuesday to buy two ferries. "We voted today," said Ines Abara, a councillor.

The ferries will cost [four million](http://evil.example/f) pounds, the council said.
`;

const library = await libraryOf({ 'briefings/ferry-vote.md': HOSTILE });
const ask = (text: string): Promise<Reply> => {
  const intent = parseIntent(text);
  if (intent.kind !== 'briefing') throw new Error(`not a briefing intent: ${text}`);
  return answer(intent, library);
};
const LIVE_MASKED_LINK = /(?<!\\)\[[^\]\n]*\]\((?:<)?https?:/;

/** Every text Discord renders as markdown: descriptions and field values. */
function markdownTexts(reply: Reply): string[] {
  return renderDiscord(reply).embeds.flatMap((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)]);
}

describe('untrusted text in rendered replies', () => {
  it('shows masked links and markdown from the article literally on Discord, in every part', async () => {
    for (const part of ['', ' actors', ' questions', ' quotes', ' sources', ' full']) {
      const texts = markdownTexts(await ask(`/brief ferry${part}`)).join('\n');
      expect(texts, part).not.toMatch(LIVE_MASKED_LINK);
      expect(texts, part).not.toMatch(/(?<!\\)\|\|spoiler/);
    }
    expect(markdownTexts(await ask('/brief ferry')).join('\n')).toContain('\\[voted\\](http://evil.example/a)');
  });

  it('shows masked links in sentences quoted by a free question literally on Discord', async () => {
    expect(parseIntent('how much will the ferries cost?').kind).toBe('question');
    const answered = await answerQuestion('how much will the ferries cost?', library);
    expect(answered.kind).toBe('answer');
    const texts = markdownTexts(answered).join('\n');
    expect(texts).not.toMatch(LIVE_MASKED_LINK);
    expect(texts).toContain('\\[four million\\](http://evil.example/f)');
  });

  it('defangs a masked link inside Brief’s own notices, keeping their formatting', () => {
    const notice: Reply = { kind: 'notice', title: 'New development', lines: ['“[Ferry deal signed](http://evil.example/e)” — may answer `/brief ferry questions`'] };
    const [text] = markdownTexts(notice);
    expect(text).not.toMatch(LIVE_MASKED_LINK);
    expect(text).toContain('`/brief ferry questions`');
  });

  it('keeps the buttons’ asks and labels as they are', async () => {
    const buttons = renderDiscord(await ask('/brief ferry')).components.flatMap((row) => row.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
    expect(buttons.join(' ')).not.toContain('\\');
  });

  it('removes bidirectional and terminal control characters on every platform', async () => {
    for (const part of ['', ' quotes', ' actors']) {
      const reply = await ask(`/brief ferry${part}`);
      for (const out of [JSON.stringify(renderDiscord(reply)), JSON.stringify(renderSlack(reply)), renderText(reply)]) {
        // eslint-disable-next-line no-control-regex -- looking for the control characters is the test
        expect(out).not.toMatch(new RegExp('[\u202A-\u202E\u2066-\u2069]|\\\\u202e|\u001b|\\\\u001b', 'i'));
      }
    }
  });
});
