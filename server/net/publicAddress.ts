import os from 'node:os';
import { isLoopbackHost, type JoinAddress } from '../../shared/net/joinAddress';

/** What `os.networkInterfaces()` returns, reduced to what the choice needs (a test passes its own). */
export type Interfaces = Record<
  string,
  readonly { address: string; family: string | number; internal: boolean }[] | undefined
>;

/** Whether the server listens on every interface (HOST 0.0.0.0 or ::), so other machines can reach it. */
export const listensEverywhere = (host: string) => ['0.0.0.0', '::', '0:0:0:0:0:0:0:0', ''].includes(host);

/** The machine's first IPv4 address on a network (not loopback, not link-local 169.254.x.x), or null. */
export function lanAddress(interfaces: Interfaces): string | null {
  for (const list of Object.values(interfaces)) {
    for (const i of list ?? []) {
      const v4 = i.family === 'IPv4' || i.family === 4;
      if (v4 && !i.internal && !i.address.startsWith('169.254.')) return i.address;
    }
  }
  return null;
}

export interface AddressFacts {
  /** PUBLIC_URL's origin, when the admin set it. */
  publicUrl: string | null;
  /** HOST and the port the server really listens on. */
  host: string;
  port: number;
  /** Scheme, host and port this browser used (behind a trusted proxy: what the proxy was asked). */
  requestOrigin: string;
  interfaces: Interfaces;
}

/**
 * The address to show for joining. PUBLIC_URL wins. Else the address this browser used, unless it is
 * this machine's own (localhost): someone who opened the app at its network name or through a proxy
 * used an address others can use too. Else, when listening on every interface, the LAN address. Else
 * the loopback address, flagged, so the console can warn.
 */
export function chooseJoinAddress(f: AddressFacts): JoinAddress {
  if (f.publicUrl)
    return { origin: f.publicUrl, source: 'public_url', loopback: loopbackOrigin(f.publicUrl) };
  if (!loopbackOrigin(f.requestOrigin))
    return { origin: f.requestOrigin, source: 'request', loopback: false };
  const lan = listensEverywhere(f.host) ? lanAddress(f.interfaces) : null;
  if (lan) return { origin: `http://${lan}:${f.port}`, source: 'lan', loopback: false };
  return { origin: f.requestOrigin, source: 'request', loopback: true };
}

const loopbackOrigin = (origin: string) => {
  try {
    return isLoopbackHost(new URL(origin).hostname);
  } catch {
    return true;
  }
};

/** The machine's interfaces now (they change when the laptop joins another network). */
export const currentInterfaces = (): Interfaces => os.networkInterfaces();
