/**
 * Delivery targets as configuration writes them, with a Slack workspace when there are many.
 */
import { describe, expect, it } from 'vitest';
import { formatChannel, parseChannel, sameChannel } from '../../src/delivery/target.ts';

describe('delivery targets', () => {
  it('reads and writes a channel of one Slack workspace as slack:C…@T…, with or without a thread', () => {
    expect(parseChannel('slack:C0123@T0456')).toEqual({ platform: 'slack', conversation: 'C0123', team: 'T0456' });
    expect(parseChannel('slack:C0123@T0456/1700000000.000100')).toEqual({ platform: 'slack', conversation: 'C0123', team: 'T0456', thread: '1700000000.000100' });
    for (const text of ['slack:C0123@T0456', 'slack:C0123', 'discord:1122/3344']) expect(formatChannel(parseChannel(text)!)).toBe(text);
    expect(parseChannel('slack:C0123@')).toBeUndefined();
  });

  it('counts the same channel id in two workspaces as two channels', () => {
    const north = { platform: 'slack' as const, conversation: 'C1', team: 'TNORTH' };
    expect(sameChannel(north, { ...north, thread: '1.2' })).toBe(true);
    expect(sameChannel(north, { ...north, team: 'TSOUTH' })).toBe(false);
    expect(sameChannel(north, { platform: 'slack', conversation: 'C1' })).toBe(false);
  });
});
