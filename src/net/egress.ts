/**
 * The one way out to the network for everything the bot fetches on its own: feed polls, their
 * redirects, chat-added feeds and the articles auto-ingest follows. The address check happens when
 * the connection is made, on the address actually connected, through undici's connector: a name
 * is resolved once, by the resolver given here, and only the addresses the policy permits are
 * tried; an address literal is checked before connecting; and the socket's remote address is
 * checked again once connected. So a redirect to `127.0.0.1`, a name that resolves to a private
 * address (or to a public one first and a private one later), or a look-up that fails all end in
 * a refusal, on every hop, before a request is sent. undici itself loads with the first fetch:
 * `brief ask` builds an egress but never fetches, and need not load fifty modules for it.
 */
import { lookup as systemLookup } from 'node:dns/promises';
import { isIP, type LookupFunction, type Socket } from 'node:net';
import type { Agent, buildConnector } from 'undici';
import { AddressPolicy, refusalReason } from './address-policy.ts';
import type { FetchFn } from './fetch.ts';

/** One resolved address of a host name. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Host name → its addresses. Tests inject one; production asks the system resolver. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver (`getaddrinfo`, as every other program on the machine resolves). */
export const systemResolver: Resolver = async (hostname) =>
  (await systemLookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/** A connection the policy refused; `reason` is the one line a person sees. */
export class RefusedAddressError extends Error {
  readonly code = 'EBRIEF_REFUSED_ADDRESS';
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'RefusedAddressError';
  }
}

export interface EgressOptions {
  /** How host names are resolved (default: the system resolver). */
  resolve?: Resolver;
  /** Address ranges reachable even though they are not public (CIDR); tests put their loopback "public" servers here. */
  allow?: readonly string[];
  /** The longest a TCP and TLS connection may take to open (default 10 s). */
  connectTimeoutMs?: number;
}

/** A `lookup` for `net.connect` that resolves through `resolve` and keeps only permitted addresses. */
function guardedLookup(resolve: Resolver, policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((found) => {
        const wanted = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
        const permitted = wanted.filter((a) => policy.permits(a.address));
        if (permitted.length === 0) {
          const first = wanted[0];
          const reason = first ? refusalReason(hostname, first.address) : `${hostname} has no address to connect to`;
          callback(new RefusedAddressError(reason), '', 4);
        } else if (options.all) {
          (callback as unknown as (err: null, all: ResolvedAddress[]) => void)(null, permitted);
        } else {
          callback(null, permitted[0]!.address, permitted[0]!.family);
        }
      })
      .catch((error: unknown) => callback(error as NodeJS.ErrnoException, '', 4));
  };
}

/** undici's connector with the policy applied before connecting (literals) and after (the remote address). */
function guardedConnector(undici: Undici, policy: AddressPolicy, resolve: Resolver, timeoutMs: number): buildConnector.connector {
  const connect = undici.buildConnector({ lookup: guardedLookup(resolve, policy), timeout: timeoutMs });
  return (options, callback) => {
    const host = options.hostname;
    if (isIP(host) && !policy.permits(host)) {
      callback(new RefusedAddressError(refusalReason(host, host)), null);
      return;
    }
    connect(options, (error, socket) => {
      if (error || !socket) {
        callback(error ?? new Error(`could not connect to ${host}`), null);
        return;
      }
      const remote = (socket as Socket).remoteAddress;
      if (!remote || !policy.permits(remote)) {
        socket.destroy();
        callback(new RefusedAddressError(refusalReason(host, remote ?? 'an unknown address')), null);
        return;
      }
      callback(null, socket);
    });
  };
}

type Undici = typeof import('undici');

/** The fetches the bot makes on its own, and the agents behind them (made with the first fetch). */
export class Egress {
  /** Public addresses only (and the allow-list): feeds, redirects, chat-added feeds, auto-ingest. */
  readonly public: FetchFn;
  /** Any address: for a feed the operator marked as their own (`allowPrivate: true`), and operator commands. */
  readonly anyAddress: FetchFn;
  private agents?: Promise<{ undici: Undici; guarded: Agent; open: Agent }>;

  constructor(private readonly options: EgressOptions = {}) {
    this.public = this.through('guarded');
    this.anyAddress = this.through('open');
  }

  /** Closes idle connections and refuses new ones (the last step of a stop). */
  async close(): Promise<void> {
    if (!this.agents) return;
    const { guarded, open } = await this.agents;
    await Promise.all([guarded.close(), open.close()]);
  }

  private load(): Promise<{ undici: Undici; guarded: Agent; open: Agent }> {
    this.agents ??= import('undici').then((undici) => {
      const resolve = this.options.resolve ?? systemResolver;
      const timeout = this.options.connectTimeoutMs ?? 10_000;
      return {
        undici,
        guarded: new undici.Agent({ connect: guardedConnector(undici, new AddressPolicy(this.options.allow ?? []), resolve, timeout) }),
        open: new undici.Agent({ connect: guardedConnector(undici, new AddressPolicy([], true), resolve, timeout) }),
      };
    });
    return this.agents;
  }

  /** A fetch whose every connection goes through one of the two agents. */
  private through(which: 'guarded' | 'open'): FetchFn {
    // undici's own fetch, so the agent and the fetch are the same version; its Response is the WHATWG one the rest reads.
    return (async (input: Parameters<FetchFn>[0], init?: Parameters<FetchFn>[1]) => {
      const agents = await this.load();
      return agents.undici.fetch(input as never, { ...(init as object), dispatcher: agents[which] } as never);
    }) as unknown as FetchFn;
  }
}
