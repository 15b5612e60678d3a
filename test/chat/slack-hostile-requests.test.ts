/**
 * Requests the Slack endpoint must survive: signed bodies Bolt cannot read fields of, exact
 * repeats of a signed request, oversized bodies. A real Bolt app on loopback, signed requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incoming } from '../../src/answer/incoming.ts';
import type { Reply } from '../../src/answer/reply.ts';
import { boltReadableBody, MAX_SLACK_BODY_BYTES } from '../../src/chat/slack-guard.ts';
import { startLoopbackSlack, type LoopbackSlack } from '../helpers/slack-app.ts';
import { sendSigned, slashCommand, type SignedRequest } from '../helpers/slack-signer.ts';

const SECRET = 'hostile-requests-secret-41c9';
const asked: Incoming[] = [];
let slack: LoopbackSlack;

const send = (request: SignedRequest, timestamp?: number) => sendSigned(slack.base, request, { secret: SECRET, ...(timestamp !== undefined ? { timestamp } : {}) });
const json = (body: string): SignedRequest => ({ body, contentType: 'application/json' });
const form = (body: string): SignedRequest => ({ body, contentType: 'application/x-www-form-urlencoded' });

beforeAll(async () => {
  slack = await startLoopbackSlack({
    signingSecret: SECRET,
    responder: {
      respond: async (incoming: Incoming): Promise<Reply> => {
        asked.push(incoming);
        return { kind: 'notice', title: `answered ${incoming.text}`, lines: [] };
      },
    },
  });
});

afterAll(() => slack.stop());

describe('Slack requests that must not stop the bot', () => {
  it('refuses signed bodies that are not objects (JSON null, payload=null, numbers, arrays) and keeps answering', async () => {
    for (const request of [json('null'), form('payload=null'), json('42'), form('payload=%22text%22'), json('[]')]) {
      const response = await send(request);
      expect(response.status, request.body).toBe(400);
    }
    const answered = await send(slashCommand('after the junk', { responseUrl: slack.api.responseUrl('after') }));
    expect(JSON.parse(answered.text).text).toContain('answered after the junk');
  });

  it('drops an exact repeat of a signed request within the window, and answers the first', async () => {
    const request = slashCommand('only once', { responseUrl: slack.api.responseUrl('once') });
    const timestamp = Math.floor(Date.now() / 1000);
    const first = await send(request, timestamp);
    const repeat = await send(request, timestamp);
    expect(first.text).toContain('answered only once');
    expect(repeat).toMatchObject({ status: 200, text: '' });
    expect(asked.filter((i) => i.text === 'only once')).toHaveLength(1);
    // The same command sent again later is a new request with a new signature, and is answered.
    const later = await send(request, timestamp + 1);
    expect(later.text).toContain('answered only once');
  });

  it('refuses a body over the size cap before reading the rest of it', async () => {
    const response = await send(form(`text=${'x'.repeat(MAX_SLACK_BODY_BYTES + 10)}`));
    expect(response.status).toBe(413);
  });

  it('tells bodies Bolt can read from ones it cannot', () => {
    expect(boltReadableBody(Buffer.from('{"type":"event_callback"}'), 'application/json')).toBe(true);
    expect(boltReadableBody(Buffer.from('ssl_check=1&token=x'), 'application/x-www-form-urlencoded')).toBe(true);
    expect(boltReadableBody(Buffer.from('null'), 'application/json')).toBe(false);
    expect(boltReadableBody(Buffer.from('payload=null'), 'application/x-www-form-urlencoded')).toBe(false);
    expect(boltReadableBody(Buffer.from('{not json'), 'application/json')).toBe(true); // Bolt answers 400 itself
  });
});
