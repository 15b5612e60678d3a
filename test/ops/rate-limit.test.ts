import { describe, expect, it } from 'vitest';
import { makeIncoming } from '../../src/answer/incoming.ts';
import { Responder } from '../../src/commands/responder.ts';
import { RateLimiter } from '../../src/ops/rate-limit.ts';
import { makeLibrary } from '../helpers/briefings.ts';

const library = await makeLibrary();

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('RateLimiter', () => {
  it('allows up to the limit per user, then refuses with one first warning', () => {
    const c = clock();
    const limiter = new RateLimiter({ userMessages: 3, channelMessages: 100, windowSeconds: 60, now: c.now });
    const decisions = Array.from({ length: 5 }, () => limiter.check('ann', 'general'));
    expect(decisions.slice(0, 3).every((d) => d.allowed)).toBe(true);
    expect(decisions[3]).toEqual({ allowed: false, scope: 'user', first: true, retryAfterSeconds: 60 });
    expect(decisions[4]).toMatchObject({ allowed: false, first: false });
  });

  it('keeps answering other people while one floods', () => {
    const limiter = new RateLimiter({ userMessages: 2, channelMessages: 100, windowSeconds: 60, now: clock().now });
    for (let i = 0; i < 10; i++) limiter.check('flooder', 'general');
    expect(limiter.check('bob', 'general').allowed).toBe(true);
  });

  it('limits a whole channel', () => {
    const limiter = new RateLimiter({ userMessages: 100, channelMessages: 3, windowSeconds: 60, now: clock().now });
    for (const user of ['a', 'b', 'c']) expect(limiter.check(user, 'busy').allowed).toBe(true);
    expect(limiter.check('d', 'busy')).toMatchObject({ allowed: false, scope: 'channel' });
    expect(limiter.check('d', 'quiet').allowed).toBe(true);
  });

  it('lets a person ask again once the window has passed, and warns afresh next time', () => {
    const c = clock();
    const limiter = new RateLimiter({ userMessages: 1, channelMessages: 100, windowSeconds: 10, now: c.now });
    limiter.check('ann', 'x');
    expect(limiter.check('ann', 'x')).toMatchObject({ allowed: false, first: true, retryAfterSeconds: 10 });
    c.advance(10_001);
    expect(limiter.check('ann', 'x').allowed).toBe(true);
    expect(limiter.check('ann', 'x')).toMatchObject({ allowed: false, first: true });
  });
});

describe('Responder with a limiter', () => {
  it('answers a flood with one polite "slow down", then quietly', async () => {
    const limited: string[] = [];
    const responder = new Responder({
      library: () => library,
      limiter: new RateLimiter({ userMessages: 2, channelMessages: 100, windowSeconds: 60, now: () => 0 }),
      onLimited: (incoming, scope) => limited.push(`${incoming.user}:${scope}`),
    });
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await responder.respond(makeIncoming('/brief strike', { platform: 'slack', user: 'flooder' })));
    expect(replies.map((r) => r.kind)).toEqual(['briefing', 'briefing', 'error', 'error']);
    expect(replies[2]).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/^You are sending commands faster/) });
    expect(replies[2]).not.toHaveProperty('quiet');
    expect(replies[3]).toMatchObject({ code: 'rate_limited', quiet: true });
    expect((await responder.respond(makeIncoming('/brief strike', { platform: 'slack', user: 'someone-else' }))).kind).toBe('briefing');
    expect(limited).toEqual(['flooder:user', 'flooder:user']);
  });

  it('never limits the terminal, where one person (or a script) asks', async () => {
    const responder = new Responder({ library: () => library, limiter: new RateLimiter({ userMessages: 1, channelMessages: 1, windowSeconds: 60, now: () => 0 }) });
    for (let i = 0; i < 5; i++) expect((await responder.respond(makeIncoming('/brief strike'))).kind).toBe('briefing');
  });
});
