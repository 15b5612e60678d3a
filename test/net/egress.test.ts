/**
 * The one egress: the address check where the connection is made, on every hop. Servers listen on
 * loopback; 127.0.0.2 stands in for a public address (the policy's allow-list), 127.0.0.1 for the
 * inside of the network. Names resolve only through a table the test writes: no DNS query is sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddressPolicy, isPublicAddress } from '../../src/net/address-policy.ts';
import { Egress } from '../../src/net/egress.ts';
import { fetchCapped, FetchFailure } from '../../src/net/fetch.ts';
import { tableResolver } from '../helpers/egress.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

let outside: FeedServer; // "public", at 127.0.0.2
let inside: FeedServer; // the internal service, at 127.0.0.1
let egress: Egress;
let lookups = 0;
const flips = ['127.0.0.2', '127.0.0.1'];

beforeAll(async () => {
  outside = await startFeedServer('127.0.0.2');
  inside = await startFeedServer('127.0.0.1');
  inside.route('/internal', { body: 'internal admin page: secret=hunter2', headers: { 'content-type': 'text/plain' } });
  egress = new Egress({
    allow: ['127.0.0.2/32'],
    resolve: tableResolver({
      'news.test': '127.0.0.2',
      'intranet.test': '127.0.0.1',
      'localhost.': '127.0.0.1',
      'mixed.test': ['127.0.0.1', '127.0.0.2'],
      // Answers a public address first and an internal one after (DNS rebinding).
      'rebind.test': () => [flips[Math.min(lookups++, 1)]!],
    }),
  });
});

afterAll(async () => {
  await egress.close();
  await outside.close();
  await inside.close();
});

const insideRequests = () => inside.requests.filter((r) => r.path === '/internal').length;

async function refusal(url: string): Promise<FetchFailure> {
  const error = await fetchCapped(url, { fetch: egress.public, timeoutMs: 2000 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FetchFailure);
  return error as FetchFailure;
}

describe('which addresses are public', () => {
  it('refuses loopback, private, link-local, shared, multicast, broadcast and IPv4-in-IPv6 forms', () => {
    const notPublic = [
      '127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.0.4', '169.254.169.254', '100.64.0.1', '0.0.0.0', '255.255.255.255', '224.0.0.1', '198.18.0.1',
      '::1', '::', '::ffff:127.0.0.1', '::7f00:1', '64:ff9b::7f00:1', '2002:7f00:1::1', '2001::1', 'fe80::1', 'fec0::1', 'fc00::1', 'fd12::1', 'ff02::1', '2001:db8::1',
      'not an address',
    ];
    expect(notPublic.filter(isPublicAddress)).toEqual([]);
    expect(['93.184.216.34', '2606:4700::1111', '::ffff:93.184.216.34'].filter((a) => !isPublicAddress(a))).toEqual([]);
  });

  it('adds the allow-list, and says how to write a range it cannot read', () => {
    const policy = new AddressPolicy(['10.20.0.0/16']);
    expect(['10.20.3.4', '10.21.0.1', '::ffff:10.20.0.9'].map((a) => policy.permits(a))).toEqual([true, false, true]);
    expect(() => new AddressPolicy(['intranet/16'])).toThrow('`intranet/16` is not an address range — write it as `10.20.0.0/16`');
  });
});

describe('the egress', () => {
  it('fetches from a permitted address through a name', async () => {
    outside.route('/feed.xml', { body: '<rss/>' });
    const got = await fetchCapped(`http://news.test:${outside.port}/feed.xml`, { fetch: egress.public });
    expect(got.status).toBe('ok');
  });

  it('refuses a redirect to an internal address literal, before any request reaches it', async () => {
    outside.route('/moved', { status: 302, headers: { location: `http://127.0.0.1:${inside.port}/internal` } });
    const error = await refusal(`http://news.test:${outside.port}/moved`);
    expect(error).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/^127\.0\.0\.1 is a local or private address/) });
    expect(error.reason).not.toContain('hunter2');
    expect(insideRequests()).toBe(0);
  });

  it('refuses a redirect to a name that resolves inside, and other spellings of loopback', async () => {
    outside.route('/moved-by-name', { status: 301, headers: { location: `http://intranet.test:${inside.port}/internal` } });
    expect((await refusal(`http://news.test:${outside.port}/moved-by-name`)).reason).toMatch(/^intranet\.test \(127\.0\.0\.1\) is a local or private address/);
    for (const url of [`http://localhost.:${inside.port}/internal`, `http://[::1]:${inside.port}/internal`, `http://[::ffff:127.0.0.1]:${inside.port}/internal`, `http://2130706433:${inside.port}/internal`]) {
      expect((await refusal(url)).kind, url).toBe('refused');
    }
    expect(insideRequests()).toBe(0);
  });

  it('checks every connection, so a name that later resolves inside (rebinding) is refused then', async () => {
    outside.route('/once', { body: 'public', headers: { connection: 'close' } });
    expect((await fetchCapped(`http://rebind.test:${outside.port}/once`, { fetch: egress.public })).status).toBe('ok');
    const again = await refusal(`http://rebind.test:${inside.port}/internal`);
    expect(again.reason).toMatch(/^rebind\.test \(127\.0\.0\.1\)/);
    expect(insideRequests()).toBe(0);
  });

  it('connects only to the permitted address of a name that resolves to several', async () => {
    outside.route('/mixed', { body: 'public side' });
    const got = await fetchCapped(`http://mixed.test:${outside.port}/mixed`, { fetch: egress.public });
    expect(got.status === 'ok' && Buffer.from(got.body).toString()).toBe('public side');
  });

  it('fails a name that does not resolve, without connecting anywhere', async () => {
    expect(await refusal(`http://nowhere.test:${inside.port}/internal`)).toMatchObject({ kind: 'network', reason: 'the host name does not resolve' });
  });

  it('lets the operator’s own fetch reach any address', async () => {
    const got = await fetchCapped(`http://intranet.test:${inside.port}/internal`, { fetch: egress.anyAddress });
    expect(got.status).toBe('ok');
    expect(insideRequests()).toBe(1);
  });
});
