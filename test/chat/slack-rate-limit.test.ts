/**
 * A flood of mentions in Slack: one polite "slow down" in the thread, then silence for the
 * flooder, while other people keep getting answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Responder } from '../../src/commands/responder.ts';
import { RateLimiter } from '../../src/ops/rate-limit.ts';
import { makeLibrary } from '../helpers/briefings.ts';
import { startLoopbackSlack, type LoopbackSlack } from '../helpers/slack-app.ts';
import { eventCallback, sendSigned } from '../helpers/slack-signer.ts';

const library = await makeLibrary();

const SECRET = 'rate-limit-signing-secret';
let slack: LoopbackSlack;

beforeAll(async () => {
  slack = await startLoopbackSlack({
    signingSecret: SECRET,
    responder: new Responder({ library: () => library, limiter: new RateLimiter({ userMessages: 2, channelMessages: 100, windowSeconds: 60 }) }),
  });
});

afterAll(() => slack.stop());

describe('Slack rate limiting', () => {
  it('answers a flood with one "slow down", stays silent after, and keeps answering others', async () => {
    for (let i = 0; i < 6; i++) {
      await sendSigned(slack.base, eventCallback({ type: 'app_mention', user: 'UFLOOD', text: '<@UBOT> strike', ts: `1700001000.00010${i}`, channel: 'CFLOOD' }), { secret: SECRET });
    }
    await sendSigned(slack.base, eventCallback({ type: 'app_mention', user: 'UCALM', text: '<@UBOT> who is Kjærgaard', ts: '1700001000.000200', channel: 'CFLOOD' }), { secret: SECRET });
    await slack.api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === '1700001000.000200');
    const flood = slack.api
      .callsTo('chat.postMessage')
      .filter((c) => String(c.args.thread_ts).startsWith('1700001000.00010'))
      .map((c) => String(c.args.text));
    expect(flood).toHaveLength(3);
    expect(flood.filter((t) => t.includes('Dockworkers walk out'))).toHaveLength(2);
    expect(flood.filter((t) => t.includes('faster than I can answer'))).toHaveLength(1);
  });
});
