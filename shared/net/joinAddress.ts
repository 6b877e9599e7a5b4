import { z } from 'zod';

/**
 * The address people on other devices open to join (the room screen, its QR code and the console
 * show it): the server's `PUBLIC_URL`, else the address the browser used when that is not this
 * machine's own, else the machine's LAN address when it listens on every interface.
 */
export const joinAddressSchema = z.object({
  /** Scheme, host and port: `https://wijk.example.nl`, `http://192.168.1.20:3000`. */
  origin: z.string().url(),
  /** public_url: set by the admin; request: the address this browser used; lan: the machine's network address. */
  source: z.enum(['public_url', 'request', 'lan']),
  /** A loopback address (localhost, 127.x.x.x, ::1): no phone can open it. */
  loopback: z.boolean(),
});
export type JoinAddress = z.infer<typeof joinAddressSchema>;

/** Whether a host name (no port; IPv6 with or without brackets) is this machine only. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) ||
    h === '::1' ||
    h === '0:0:0:0:0:0:0:1' ||
    /^::ffff:127\./.test(h)
  );
}
