/**
 * Page links in chat: a card with a page gets "Open briefing" and every citation links to its
 * sentence, in Slack, Discord and the terminal, within each platform's limits; a link is never cut
 * in half when text must be shortened.
 */
import { describe, expect, it } from 'vitest';
import { answer, viewOf } from '../../src/answer/answer.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { parseIntent, USAGE } from '../../src/commands/index.ts';
import { DISCORD_LIMITS, embedLength, fitMarkdown } from '../../src/render/discord-limits.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { renderSlack, SLACK_LIMITS } from '../../src/render/slack.ts';
import { renderText } from '../../src/render/text.ts';
import { makeIncoming } from '../../src/answer/incoming.ts';
import { Responder } from '../../src/commands/responder.ts';
import { pageLinkEnricher } from '../../src/pages/enricher.ts';
import { PageLinks } from '../../src/pages/links.ts';
import { FERRY_FIRE, makeBriefings, makeLibrary } from '../helpers/briefings.ts';

const PAGE = 'https://brief.example.org/briefing/harbour-strike?exp=1772964000&sig=AbCdEfGhIjKlMnOpQrStUv';
const library = await makeLibrary();

async function withPage(text: string): Promise<Reply> {
  const intent = parseIntent(text);
  if (intent.kind !== 'briefing' && intent.kind !== 'who') throw new Error(text);
  const reply = await answer(intent, library, USAGE);
  if (reply.kind === 'briefing') return { ...reply, briefing: { ...reply.briefing, page: PAGE } };
  if (reply.kind === 'actor') return { ...reply, appearances: reply.appearances.map((a) => ({ ...a, page: PAGE })) };
  return reply;
}

describe('page links in chat', () => {
  it('gives the Slack card an Open briefing button and links each citation to its sentence', async () => {
    const message = renderSlack(await withPage('/brief strike'));
    expect(message).toMatchSnapshot();
    const actions = message.blocks.find((b) => b.type === 'actions');
    expect(actions?.type === 'actions' && actions.elements[0]).toEqual({ type: 'button', action_id: 'brief_open', text: { type: 'plain_text', text: 'Open briefing', emoji: false }, url: PAGE });
    const sent = JSON.stringify(message.blocks);
    expect(sent).toContain(`<${PAGE.replace('&', '&amp;')}#s2-1|¶2.1>`);
    // A post without buttons still offers the page, in its context line.
    expect(JSON.stringify(renderSlack(await withPage('/brief strike'), { actions: 'none' }).blocks)).toContain(`<${PAGE.replace('&', '&amp;')}|Open briefing>`);
  });

  it('links the sentences of the Slack sources part and an actor’s citations to their briefing', async () => {
    expect(JSON.stringify(renderSlack(await withPage('/brief strike sources')).blocks)).toContain(`_<${PAGE.replace('&', '&amp;')}#s3-2|¶3.2>_ Marta Oyelaran`);
    expect(JSON.stringify(renderSlack(await withPage('who is Kjærgaard')).blocks)).toContain(`#s2-1|¶2.1>`);
  });

  it('gives the Discord card a link button on a row of its own and masked links to sentences', async () => {
    const message = renderDiscord(await withPage('/brief strike'));
    expect(message.components).toHaveLength(2);
    expect(message.components[1]!.components).toEqual([{ type: 2, style: 5, label: 'Open briefing', url: PAGE }]);
    expect(JSON.stringify(message.embeds)).toContain(`[¶2.1](${PAGE}#s2-1)`);
    // The link needs no interaction, so even a post without buttons carries it.
    expect(renderDiscord(await withPage('/brief strike'), { interactive: false }).components).toEqual([{ type: 1, components: [{ type: 2, style: 5, label: 'Open briefing', url: PAGE }] }]);
  });

  it('prints the page address at the end of a terminal card', async () => {
    expect(renderText(await withPage('/brief strike')).split('\n').at(-1)).toBe(`Open briefing: ${PAGE}`);
  });

  it('gives a free question’s answer its briefing’s page, and links each quoted sentence to it, on every platform', async () => {
    const links = new PageLinks({ baseUrl: 'https://brief.example.org', secret: 'page-links-test-secret-0123456789', ttlMs: 3_600_000, now: () => new Date('2026-03-06T10:00:00Z') });
    const ferry = await makeLibrary({ 'briefings/ferry-fire.md': FERRY_FIRE });
    const responder = new Responder({ library: () => ferry, enrichers: [pageLinkEnricher(links, { servedLocally: false })] });
    const reply = await responder.respond(makeIncoming('why did the ferry catch fire?', { platform: 'slack' }));
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    const page = links.pageUrl('ferry-fire');
    expect(reply.page).toBe(page);
    const cite = reply.sentences[0]!.cite;
    const anchor = `#s${cite.replace('.', '-')}`;

    const slack = renderSlack(reply);
    const actions = slack.blocks.find((b) => b.type === 'actions');
    expect(actions?.type === 'actions' && actions.elements[0]).toMatchObject({ action_id: 'brief_open', url: page });
    expect(JSON.stringify(slack.blocks)).toContain(`<${page.replace(/&/g, '&amp;')}${anchor}|¶${cite}>`);
    // Posted without buttons, the page is in the source line.
    expect(JSON.stringify(renderSlack(reply, { actions: 'none' }).blocks)).toContain(`<${page.replace(/&/g, '&amp;')}|Open briefing>`);

    const discord = renderDiscord(reply);
    expect(discord.components.at(-1)!.components).toEqual([{ type: 2, style: 5, label: 'Open briefing', url: page }]);
    expect(discord.embeds[0]!.description).toContain(`[¶${cite}](${page}${anchor})`);

    expect(renderText(reply).split('\n').at(-1)).toBe(`Open briefing: ${page}`);
    // Without a page nothing changes: the citation stays plain.
    const plain = renderDiscord({ ...reply, page: undefined } as Reply);
    expect(plain.embeds[0]!.description).toContain(`¶${cite}`);
    expect(plain.embeds[0]!.description).not.toContain('](');
  });

  it('stays within every limit on an oversized briefing, and never leaves half a link', async () => {
    const long = (word: string, n: number) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
    const [big] = makeBriefings({
      'briefings/big.md': `---\nheadline: Big\nactors:\n${Array.from({ length: 40 }, (_, i) => `  - { name: "Person ${i}", kind: person, role: "${long('role', 40)}" }`).join('\n')}\nquestions:\n${Array.from({ length: 60 }, (_, i) => `  - text: "Question ${i} about person ${i}?"`).join('\n')}\n---\n${Array.from({ length: 200 }, (_, i) => `Person ${i % 40} spoke in sentence ${i}.`).join(' ')}\n`,
    });
    for (const part of ['card', 'actors', 'questions', 'sources', 'full'] as const) {
      const reply: Reply = { kind: 'briefing', part, briefing: { ...viewOf(big!, part), page: PAGE } };
      const discord = renderDiscord(reply);
      expect(discord.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
      for (const text of discord.embeds.flatMap((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)])) expect(text, part).not.toMatch(/\]\(https?:\/\/[^)]*$|\[¶[\d.]*$/);
      const slack = renderSlack(reply);
      expect(slack.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
      for (const block of slack.blocks) if (block.type === 'section') expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      expect(JSON.stringify(slack.blocks)).not.toMatch(/<https:\/\/brief\.example\.org[^>]*…/);
    }
    expect(fitMarkdown(`Text [¶1.1](${PAGE}#s1-1) [¶1.2](${PAGE}#s1-2) end`, 40)).toBe('Text ¶1.1 ¶1.2 end');
  });
});
