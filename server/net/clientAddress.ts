import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * Whose address a request comes from, for per-address limits (HTTP rate limits, websocket
 * connections per address). Behind a TLS proxy every socket comes from the proxy; the proxy names
 * the client in `X-Forwarded-For`. That header is believed only for hops we trust (`TRUST_PROXY`):
 * anyone can send it, so without trust it is ignored and the socket's own address counts.
 */
export type TrustProxy =
  | { kind: 'none' }
  /** The nearest `hops` addresses (the socket, then X-Forwarded-For from the right) are proxies. */
  | { kind: 'hops'; hops: number }
  /** Proxies are the sockets and forwarded hops with one of these addresses, subnets or names. */
  | { kind: 'addresses'; entries: string[] };

export const TRUST_NOTHING: TrustProxy = { kind: 'none' };

/** Trust predicate: is the hop at `index` (0 = the socket's peer) with this address a proxy of ours? */
export type Trust = (address: string, index: number) => boolean;

/** The names Express's `trust proxy` accepts, as subnets. */
const NAMED: Record<string, string[]> = {
  loopback: ['127.0.0.1/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** `::ffff:1.2.3.4` (an IPv4 peer on a dual-stack socket) is 1.2.3.4. */
export function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

function subnet(entry: string): { net: string; prefix: number; type: 'ipv4' | 'ipv6' } | null {
  const [address = '', bits] = entry.split('/');
  const family = isIP(address);
  if (family === 0) return null;
  const max = family === 4 ? 32 : 128;
  const prefix = bits === undefined ? max : Number(bits);
  if (
    !Number.isInteger(prefix) ||
    prefix < 0 ||
    prefix > max ||
    (bits !== undefined && !/^\d+$/.test(bits))
  ) {
    return null;
  }
  return { net: address, prefix, type: family === 4 ? 'ipv4' : 'ipv6' };
}

/**
 * Parses TRUST_PROXY: unset or empty trusts nothing; a number is a hop count; otherwise a comma
 * separated list of addresses, subnets (`10.0.0.0/8`) and the names loopback, linklocal and
 * uniquelocal. Returns an error message for anything else (`true` too: trusting every hop would let
 * anyone choose their address).
 */
export function parseTrustProxy(value: string | undefined): TrustProxy | string {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return TRUST_NOTHING;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops >= 1 && hops <= 10 ? { kind: 'hops', hops } : 'a hop count from 1 to 10';
  }
  const entries = text.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !(e in NAMED) && subnet(e) === null);
  if (bad.length > 0) {
    return `not an address, subnet or loopback/linklocal/uniquelocal: ${bad.join(', ')}`;
  }
  return { kind: 'addresses', entries };
}

export function compileTrust(spec: TrustProxy): Trust {
  switch (spec.kind) {
    case 'none':
      return () => false;
    case 'hops':
      return (_address, index) => index < spec.hops;
    case 'addresses': {
      const list = new BlockList();
      for (const entry of spec.entries.flatMap((e) => NAMED[e] ?? [e])) {
        const s = subnet(entry);
        if (s) list.addSubnet(s.net, s.prefix, s.type);
      }
      return (address) => {
        const a = normalizeAddress(address);
        const family = isIP(a);
        return family !== 0 && list.check(a, family === 4 ? 'ipv4' : 'ipv6');
      };
    }
  }
}

/**
 * The client's address: walking from the socket's peer back through `X-Forwarded-For` (rightmost
 * first), the first hop that is not a trusted proxy — as Express's `trust proxy` does. Used for HTTP
 * (`req.ip`) and for the websocket upgrade alike.
 */
export function clientAddress(request: IncomingMessage, trust: Trust): string {
  const peer = normalizeAddress(request.socket.remoteAddress ?? 'unknown');
  if (!trust(peer, 0)) return peer;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => normalizeAddress(part.trim()))
    .filter(Boolean)
    .reverse();
  const chain = [peer, ...forwarded];
  for (let i = 1; i < chain.length; i++) {
    const hop = chain[i] as string;
    if (i === chain.length - 1 || !trust(hop, i)) return hop;
  }
  return peer;
}
