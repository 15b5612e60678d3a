import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/answer/reply.ts';
import { InFlight } from '../../src/chat/in-flight.ts';
import { MemoryOutbox } from '../../src/delivery/outbox.ts';
import { createLogger } from '../../src/log.ts';

const reply: Reply = { kind: 'notice', title: 'An answer', lines: [] };
const target = { platform: 'slack', conversation: 'C1' } as const;

describe('work in flight when an adapter stops', () => {
  it('cuts retry waits short at once, and hands back a reply still unsent after the budget', async () => {
    const outbox = new MemoryOutbox();
    const inflight = new InFlight(outbox, createLogger({ level: 'silent' }), () => new Date('2026-03-02T09:00:00Z'));
    const waiting = inflight.sleep(60_000).catch((error: Error) => error.message);
    const stuck = inflight.sending(target, reply); // a post whose request never answers
    const done = inflight.sending({ ...target, conversation: 'C2' }, reply);
    done.settled();
    inflight.track(new Promise(() => undefined)); // a handler that never finishes
    expect(await inflight.stop(20)).toBe(1);
    expect(await waiting).toBe('stopping: no more retries');
    expect(stuck.handedBack).toBe(true);
    expect(outbox.posts).toEqual([{ target, reply, reason: 'Brief stopped before this reply could be sent', at: new Date('2026-03-02T09:00:00Z') }]);
    await expect(inflight.sleep(1)).rejects.toThrow('stopping');
  });
});
