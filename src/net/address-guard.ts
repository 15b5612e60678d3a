/**
 * Feeds added from chat (and the articles auto-ingest follows) are fetched by the bot, so a chat
 * message must not be able to point it at the machine it runs on or the private network around it
 * (metadata services, admin panels): the one-line failure reason would leak a little of what
 * answered. Every hop of the fetch is checked,
 * redirects included. Operators can still add such feeds with `brief feeds add` or the YAML file.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { FetchFailure, type FetchFn } from './fetch.ts';

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}

/** True for loopback, private, link-local and other non-public addresses (IPv4-mapped IPv6 too). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 0) return false;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Why the bot will not fetch this address for a chat command, or undefined when it may. */
export async function privateAddressReason(url: string): Promise<string | undefined> {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return undefined; // the fetch reports a malformed address itself
  }
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch {
      return undefined; // the fetch reports a name that does not resolve
    }
  }
  return addresses.some(isPrivateAddress) ? `${host} is a local or private address; feeds added in chat must be public (an operator can add it with \`brief feeds add\`)` : undefined;
}

/** A fetch that refuses local and private addresses at every hop. */
export function publicOnlyFetch(inner: FetchFn = globalThis.fetch): FetchFn {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const reason = await privateAddressReason(url);
    if (reason) throw new FetchFailure(url, 'network', reason);
    return inner(input, init);
  };
}
