/**
 * Posting to a response_url despite 429s and outages (Bolt's `respond()` tries only once).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSlackError, postToResponseUrl } from '../../src/chat/slack-web.ts';
import { PlatformError } from '../../src/errors.ts';
import { FakeSlackApi } from '../helpers/slack-api.ts';

const api = new FakeSlackApi();
const retry = { retries: 3, factor: 2, minDelayMs: 100, maxDelayMs: 1000 };

/** A sleep that records how long it was asked to wait, and returns at once. */
function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

beforeAll(() => api.start());
afterAll(() => api.stop());

describe('postToResponseUrl', () => {
  it('waits for Retry-After on a 429, then posts once', async () => {
    api.script('response_url', { status: 429, headers: { 'retry-after': '1' }, body: 'rate_limited' });
    const { waits, sleep } = recordingSleep();
    await postToResponseUrl(api.responseUrl('rl'), { text: 'hello' }, { retry, sleep });
    expect(waits).toEqual([1000]);
    expect(api.calls.filter((c) => c.responseId === 'rl').map((c) => c.status)).toEqual([429, 200]);
  });

  it('backs off between 5xx answers and network errors, then succeeds', async () => {
    api.script('response_url', { status: 502, body: 'bad gateway' }, { status: 503, body: 'unavailable' });
    const { waits, sleep } = recordingSleep();
    await postToResponseUrl(api.responseUrl('5xx'), { text: 'hello' }, { retry, sleep });
    expect(waits).toEqual([100, 200]);
    expect(api.calls.filter((c) => c.responseId === '5xx').map((c) => c.status)).toEqual([502, 503, 200]);
  });

  it('gives up after its retries with a PlatformError that says why', async () => {
    api.script('response_url', ...Array.from({ length: 4 }, () => ({ status: 500, body: 'boom' })));
    const { waits, sleep } = recordingSleep();
    const failure = postToResponseUrl(api.responseUrl('down'), { text: 'hello' }, { retry, sleep });
    await expect(failure).rejects.toThrow(PlatformError);
    await expect(failure).rejects.toThrow(/4 attempts: HTTP 500 boom/);
    expect(waits).toEqual([100, 200, 400]);
  });

  it('does not retry a refusal such as an expired URL', async () => {
    api.script('response_url', { status: 404, body: 'expired_url' });
    const { waits, sleep } = recordingSleep();
    await expect(postToResponseUrl(api.responseUrl('expired'), { text: 'x' }, { retry, sleep })).rejects.toThrow(/expired_url/);
    expect(waits).toEqual([]);
  });

  it('retries when the connection itself fails', async () => {
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls += 1;
      if (calls === 1) throw new TypeError('fetch failed');
      return fetch(input, init);
    };
    const { waits, sleep } = recordingSleep();
    await postToResponseUrl(api.responseUrl('net'), { text: 'x' }, { retry, sleep, fetch: flaky });
    expect(waits).toEqual([100]);
    expect(calls).toBe(2);
  });
});

describe('Slack error helpers', () => {
  it('describes Web API errors by their Slack error code or status', () => {
    expect(describeSlackError({ code: 'slack_webapi_platform_error', data: { ok: false, error: 'channel_not_found' } })).toBe('Slack refused the call: channel_not_found');
    expect(describeSlackError({ code: 'slack_webapi_http_error', statusCode: 503 })).toBe('Slack answered HTTP 503');
    expect(describeSlackError(new Error('socket hang up'))).toBe('socket hang up');
  });
});
