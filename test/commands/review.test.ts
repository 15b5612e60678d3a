/**
 * `/brief review <topic>`: editors get a signed review link by direct message, never in the channel;
 * others are told who may review; without a secret only the terminal gets a (local) link.
 */
import { describe, expect, it } from 'vitest';
import { makeIncoming } from '../../src/answer/incoming.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { reviewServices } from '../../src/app/pages.ts';
import { Responder } from '../../src/commands/responder.ts';
import type { DeliveryChannel } from '../../src/delivery/channel.ts';
import { PageLinks } from '../../src/pages/links.ts';
import { renderText } from '../../src/render/text.ts';
import { makeLibrary } from '../helpers/briefings.ts';

const library = await makeLibrary();
const now = () => new Date('2026-03-01T10:00:00Z');

function setUp(options: { secret?: string; failDm?: boolean } = {}) {
  const sent: Array<{ user: string; reply: Reply }> = [];
  const slack: DeliveryChannel = {
    platform: 'slack',
    deliver: async () => undefined,
    deliverDirect: async (user, reply) => {
      if (options.failDm) throw new Error('slack: could not send a direct message: cannot_dm_bot');
      sent.push({ user, reply });
    },
  };
  const links = new PageLinks({ baseUrl: 'https://brief.example.org', ...(options.secret ? { secret: options.secret } : {}), ttlMs: 86_400_000, now });
  const pages = reviewServices({ links, editors: ['slack:U0EDITOR'], policy: { servedLocally: true } }, () => [slack]);
  const responder = new Responder({ library: () => library, pages });
  return { sent, ask: (text: string, user = 'U0EDITOR', platform: 'slack' | 'terminal' = 'slack') => responder.respond(makeIncoming(text, { platform, user, conversation: 'C0PUBLIC' })) };
}

describe('/brief review', () => {
  it('sends an editor a signed review link by direct message and says so in the channel, without the link', async () => {
    const { sent, ask } = setUp({ secret: 'review-test-secret-0123456789abcdef' });
    const reply = await ask('/brief review strike');
    expect(renderText(reply)).toContain('I sent you a link to review “Dockworkers walk out at Port Aldermoor as wage talks collapse” in a direct message. It works for 24 hours.');
    expect(JSON.stringify(reply)).not.toContain('/briefing/');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.user).toBe('U0EDITOR');
    expect(renderText(sent[0]!.reply)).toMatch(/https:\/\/brief\.example\.org\/briefing\/harbour-strike\/review\?exp=\d+&editor=slack%3AU0EDITOR&sig=[\w-]{22}/);
  });

  it('tells someone who is not an editor how to become one, and sends nothing', async () => {
    const { sent, ask } = setUp({ secret: 'review-test-secret-0123456789abcdef' });
    const reply = await ask('/brief review strike', 'U0READER');
    expect(reply).toMatchObject({ kind: 'error', code: 'forbidden' });
    expect(renderText(reply)).toContain('add `slack:U0READER` to `pages.editors`');
    expect(sent).toEqual([]);
  });

  it('never posts the link in the channel when the direct message fails', async () => {
    const { ask } = setUp({ secret: 'review-test-secret-0123456789abcdef', failDm: true });
    const reply = await ask('/brief review strike');
    expect(reply).toMatchObject({ kind: 'error', code: 'forbidden' });
    expect(renderText(reply)).toContain('could not send you a direct message');
    expect(JSON.stringify(reply)).not.toContain('/briefing/');
  });

  it('without a secret gives the terminal a local link and Slack an explanation', async () => {
    const { ask } = setUp();
    expect(renderText(await ask('/brief review strike', 'local', 'terminal'))).toContain('https://brief.example.org/briefing/harbour-strike/review');
    expect(renderText(await ask('/brief review strike'))).toContain('until the operator sets BRIEF_LINK_SECRET');
  });

  it('asks which briefing, and suggests near ones for an unknown topic', async () => {
    const { ask } = setUp({ secret: 'review-test-secret-0123456789abcdef' });
    expect(renderText(await ask('/brief review'))).toContain('Say which briefing to review');
    expect(renderText(await ask('/brief review zebra crossings'))).toMatch(/not in any briefing[\s\S]*\/brief review (?:strike|old-mill-bridge)/);
  });
});
