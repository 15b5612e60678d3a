/**
 * Which addresses the bot may connect to on its own. Feeds, their redirects and the articles
 * auto-ingest follows are chosen by people outside the operator's control (a channel admin, a
 * feed publisher), so by default only public unicast addresses are reachable: never the machine
 * itself, the private network around it, link-local metadata services, multicast or broadcast, nor
 * the IPv6 forms that carry an IPv4 address inside them (mapped, compatible, NAT64, 6to4, Teredo).
 * The ranges come from ipaddr.js's `range()`, a maintained table; what it calls `unicast` outside
 * the global IPv6 block 2000::/3 is refused too.
 */
import ipaddr from 'ipaddr.js';

const GLOBAL_IPV6 = ipaddr.parseCIDR('2000::/3');

/** Parses an address, unwrapping IPv4-mapped IPv6 (`::ffff:127.0.0.1`) to the IPv4 it stands for. */
function parse(address: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  return ipaddr.isValid(bare) ? ipaddr.process(bare) : undefined;
}

/**
 * True only for a public unicast address: the one kind the bot may reach unless the operator said
 * otherwise. Anything that does not parse as an address is not public.
 *
 * @example isPublicAddress('93.184.216.34') // true
 * @example isPublicAddress('::ffff:10.0.0.1') // false
 */
export function isPublicAddress(address: string): boolean {
  const ip = parse(address);
  if (!ip) return false;
  if (ip.kind() === 'ipv4') return ip.range() === 'unicast';
  return ip.range() === 'unicast' && (ip as ipaddr.IPv6).match(GLOBAL_IPV6);
}

/** Whether the bot may connect to an address: public ones, and what the policy's allow-list adds. */
export class AddressPolicy {
  private readonly allowed: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>;

  /**
   * @param allow CIDR ranges reachable even though they are not public (`10.20.0.0/16`, `127.0.0.2/32`).
   * @param anyAddress Reach every address: for what the operator marked as their own.
   */
  constructor(
    allow: readonly string[] = [],
    readonly anyAddress = false,
  ) {
    this.allowed = allow.map((cidr) => {
      try {
        return ipaddr.parseCIDR(cidr);
      } catch {
        throw new Error(`\`${cidr}\` is not an address range — write it as \`10.20.0.0/16\` or \`127.0.0.2/32\``);
      }
    });
  }

  /** True when the bot may connect to `address`. */
  permits(address: string): boolean {
    if (this.anyAddress) return true;
    if (isPublicAddress(address)) return true;
    const ip = parse(address);
    return ip !== undefined && this.allowed.some(([net, bits]) => net.kind() === ip.kind() && ip.match(net, bits));
  }
}

/** The one line a refused connection reports, for the feed's error, chat and the log. */
export function refusalReason(host: string, address: string): string {
  const where = host === address ? address : `${host} (${address})`;
  return `${where} is a local or private address, and Brief fetches only public addresses on its own — an operator can mark a feed of their own with \`allowPrivate: true\` in config/feeds.yaml (\`brief feeds add --allow-private\`)`;
}
