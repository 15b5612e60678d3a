/**
 * The Block Kit renderer: what a Slack user sees, that it always fits Slack's limits, and that
 * untrusted text never becomes a mention or a link.
 */
import { describe, expect, it } from 'vitest';
import { answer, viewOf } from '../../src/answer/answer.ts';
import { parseIntent, USAGE } from '../../src/commands/index.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { escapeSlack, fitEscaped, renderSlack, SLACK_LIMITS, truncateMrkdwn, type SlackBlock, type SlackMessage } from '../../src/render/slack.ts';
import { RENDERERS } from '../../src/render/index.ts';
import { makeBriefings, makeLibrary } from '../helpers/briefings.ts';

const library = await makeLibrary();
const ask = (text: string): Promise<Reply> => {
  const intent = parseIntent(text);
  if (intent.kind !== 'help' && intent.kind !== 'briefing' && intent.kind !== 'who') throw new Error(`not a read intent: ${text}`);
  return answer(intent, library, USAGE);
};

/** Every Block Kit limit the renderer promises; returns the broken ones. */
function limitProblems(message: SlackMessage): string[] {
  const problems: string[] = [];
  if (!message.text) problems.push('no fallback text');
  if (message.blocks.length > SLACK_LIMITS.blocks) problems.push(`${message.blocks.length} blocks`);
  const check = (what: string, text: string, max: number) => {
    if (text.length > max) problems.push(`${what}: ${text.length} > ${max}`);
    if (text.length === 0) problems.push(`${what}: empty`);
  };
  message.blocks.forEach((b: SlackBlock, i) => {
    switch (b.type) {
      case 'header':
        check(`header ${i}`, b.text.text, SLACK_LIMITS.headerText);
        break;
      case 'section':
        check(`section ${i}`, b.text.text, SLACK_LIMITS.sectionText);
        if ((b.fields?.length ?? 0) > SLACK_LIMITS.fields) problems.push(`section ${i}: ${b.fields!.length} fields`);
        b.fields?.forEach((f, j) => check(`field ${i}.${j}`, f.text, SLACK_LIMITS.fieldText));
        break;
      case 'context':
        if (b.elements.length > SLACK_LIMITS.contextElements) problems.push(`context ${i}: ${b.elements.length} elements`);
        b.elements.forEach((e, j) => check(`context ${i}.${j}`, e.text, SLACK_LIMITS.contextText));
        break;
      case 'actions':
        b.elements.forEach((e, j) => {
          check(`button ${i}.${j}`, e.text.text, SLACK_LIMITS.buttonText);
          if ('url' in e) check(`url ${i}.${j}`, e.url, SLACK_LIMITS.buttonUrl);
          else check(`value ${i}.${j}`, e.value, SLACK_LIMITS.buttonValue);
        });
        break;
      case 'divider':
        break;
    }
  });
  return problems;
}

const long = (word: string, n: number) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

/** A briefing built to break every limit: long headline, 80 actors, 120 questions, huge quotes. */
const OVERSIZED = `---
slug: everything-at-once
aliases: [everything]
headline: "${long('Headline', 60)}"
summary: "${long('summary & <detail>', 400)}"
actors:
${Array.from({ length: 80 }, (_, i) => `  - { name: "Person Number${i} ${'X'.repeat(60)}", kind: person, role: "${long('role', 300)}" }`).join('\n')}
quotes:
${Array.from({ length: 60 }, (_, i) => `  - { speaker: "Person Number${i} ${'X'.repeat(60)}", text: "${long('said', 500)}" }`).join('\n')}
questions:
${Array.from({ length: 120 }, () => `  - text: "${long('Why', 60)}?"`).join('\n')}
source: { name: "${long('Publisher', 300)}", url: "https://example.org/${'p'.repeat(3000)}" }
---
${Array.from({ length: 300 }, (_, i) => `Sentence number ${i} of a very long article about everything at once.`).join(' ')}
`;

describe('renderSlack', () => {
  it('says a miss may only be early while a first index runs', () => {
    const reply: Reply = { kind: 'not-found', subject: 'topic', query: 'ferry', suggestions: [], suggestionsAre: 'close', indexing: { done: 4312, total: 10_000 } };
    expect(JSON.stringify(renderSlack(reply).blocks)).toContain('Brief is still indexing the archive (4,312 of 10,000 files read)');
  });

  it('renders the briefing card: header, summary, actors as fields, the quote, open questions, context and buttons', async () => {
    const message = renderSlack(await ask('/brief strike'));
    expect(message).toMatchSnapshot();
    const types = message.blocks.map((b) => b.type);
    expect(types[0]).toBe('header');
    expect(types.at(-1)).toBe('actions');
    const actors = message.blocks.find((b) => b.type === 'section' && b.fields);
    expect(actors).toMatchObject({ text: { text: '*Key actors*' } });
    expect(JSON.stringify(message.blocks)).toContain('>“We will stay out until the authority puts a real offer on the table.”');
    const context = message.blocks.filter((b) => b.type === 'context').map((b) => (b.type === 'context' ? b.elements[0]!.text : '')).join(' ');
    expect(context).toMatch(/Built from \[¶/);
    expect(context).toContain('<https://example.org/harbour|Coastal Gazette>');
  });

  it('leaves out buttons for visible posts when asked, and the share button for public ones', async () => {
    const reply = await ask('/brief strike');
    expect(renderSlack(reply, { actions: 'none' }).blocks.some((b) => b.type === 'actions')).toBe(false);
    const pub = renderSlack(reply, { actions: 'public' }).blocks.find((b) => b.type === 'actions');
    expect(JSON.stringify(pub)).not.toContain('brief_share');
  });

  it('says who shared an answer, with a mention only for a real Slack user id', async () => {
    expect(JSON.stringify(renderSlack(await ask('/brief strike'), { sharedBy: 'U0AB12' }).blocks)).toContain('Shared by <@U0AB12>');
    expect(JSON.stringify(renderSlack(await ask('/brief strike'), { sharedBy: '!channel' }).blocks)).not.toContain('Shared by');
  });

  it('renders every kind of reply within Block Kit limits, always with a fallback text', async () => {
    const replies: Reply[] = [
      ...(await Promise.all(['card', 'actors', 'questions', 'quotes', 'claims', 'sources', 'full'].map((p) => ask(`/brief strike ${p}`)))),
      await ask('who is Kjærgaard'),
      await ask('what did Kjærgaard say'),
      await ask('who is Nobody Atall'),
      await ask('/brief zebra crossings'),
      await ask('help'),
      { kind: 'notice', title: 'Following', lines: ['You follow harbour-strike here.'] },
      { kind: 'list', title: 'Reminders', items: [{ text: '#1 strike in 7 days', detail: 'Mon 9:00' }], empty: 'No reminders.' },
      { kind: 'list', title: 'Reminders', items: [], empty: 'No reminders.' },
      { kind: 'error', code: 'internal', message: 'Something went wrong.' },
    ];
    for (const reply of replies) expect(limitProblems(renderSlack(reply)), reply.kind).toEqual([]);
  });

  it('shortens a briefing built to exceed every limit, instead of failing', async () => {
    const [briefing] = makeBriefings({ 'briefings/everything.md': OVERSIZED });
    for (const part of ['card', 'actors', 'questions', 'quotes', 'sources', 'full'] as const) {
      const message = renderSlack({ kind: 'briefing', part, briefing: viewOf(briefing!, part) });
      expect(limitProblems(message), part).toEqual([]);
      expect(JSON.stringify(message), part).toContain('…');
    }
    const full = renderSlack({ kind: 'briefing', part: 'full', briefing: viewOf(briefing!, 'full') });
    expect(full.blocks).toHaveLength(SLACK_LIMITS.blocks);
    expect(full.blocks.at(-1)?.type).toBe('actions');
    expect(JSON.stringify(full.blocks)).toContain('more sections not shown');
  });

  it('escapes untrusted text so it cannot mention, ping or link', async () => {
    const [briefing] = makeBriefings({
      'briefings/hostile.md': `---
headline: "Vote <!channel> <!here> @everyone <@U123> <http://x.example|y>"
actors: [{ name: "Al <@U9>", role: "head of <!subteam^S1>" }]
quotes: [{ speaker: "Al <@U9>", text: "Ping @here & <!everyone>" }]
questions: [{ text: "Is <#C1> next?" }]
---
Body <!channel>.
`,
    });
    const message = renderSlack({ kind: 'briefing', part: 'full', briefing: viewOf(briefing!, 'full') });
    const sent = JSON.stringify(message);
    for (const raw of ['<!channel>', '<!here>', '<!everyone>', '@everyone', '@here', '<@U123>', '<@U9>', '<!subteam', '<http://x', '<#C1>']) expect(sent).not.toContain(raw);
    expect(sent).toContain('&lt;!channel&gt;');
    expect(sent).toContain('&amp;');
  });

  it('links the source only when its URL is a plain http(s) address', async () => {
    const [briefing] = makeBriefings({
      'briefings/odd-source.md': `---
headline: Odd source
source: { name: "Gazette|<!here>", url: "javascript:alert(1)" }
---
Body text here.
`,
    });
    const text = JSON.stringify(renderSlack({ kind: 'briefing', part: 'card', briefing: viewOf(briefing!) }));
    expect(text).not.toContain('<javascript');
    expect(text).toContain('Gazette|&lt;!here&gt;');
  });

  it('is what `brief ask --platform slack` prints', async () => {
    const reply = await ask('/brief strike');
    expect(RENDERERS.slack?.(reply)).toEqual(renderSlack(reply));
  });
});

describe('Slack text helpers', () => {
  it('escapes &, < and > and defangs channel-wide @words', async () => {
    expect(escapeSlack('a & b <!channel> @here @Everyone @channel @herein')).toBe('a &amp; b &lt;!channel&gt; @\u200Bhere @\u200BEveryone @\u200Bchannel @herein');
  });

  it('fits escaped text to a limit without cutting an entity', async () => {
    const out = fitEscaped('<<<<<<<<<<<<<<<<<<<<', 20);
    expect(out.length).toBeLessThanOrEqual(20);
    expect(out).toMatch(/^(?:&lt;)+…$/);
  });

  it('shortens mrkdwn without leaving half an entity or half a link', async () => {
    expect(truncateMrkdwn('abc &amp; def', 7)).toBe('abc …');
    expect(truncateMrkdwn('see <https://example.org|the page> now', 20)).toBe('see …');
    expect(truncateMrkdwn('short', 20)).toBe('short');
  });
});
