/**
 * The network edge for tests: an `Egress` whose names resolve through a table the test writes
 * (never a DNS query), and whose "public" addresses are loopback ones the test chose.
 */
import { Egress, type ResolvedAddress, type Resolver } from '../../src/net/egress.ts';

/** A resolver from a table (`{ 'news.test': ['127.0.0.2'] }`); any other name does not resolve. */
export function tableResolver(table: Record<string, string | string[] | (() => string[])>): Resolver {
  return async (hostname) => {
    const entry = table[hostname.toLowerCase()];
    if (!entry) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    const addresses = typeof entry === 'function' ? entry() : Array.isArray(entry) ? entry : [entry];
    return addresses.map((address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

/**
 * For tests whose feed and page servers sit on 127.0.0.1 and are not about the address guard:
 * loopback counts as public, and `localhost` resolves without asking anyone.
 */
export function loopbackEgress(): Egress {
  return new Egress({ allow: ['127.0.0.0/8'], resolve: tableResolver({ localhost: '127.0.0.1' }) });
}
