import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CloseCode } from '../../shared/sync/closeCodes';
import { ConfigError, loadConfig } from '../config';
import { startTestServer, type TestServer } from '../test/startTestServer';
import { parseTrustProxy, type TrustProxy } from './clientAddress';

const servers: TestServer[] = [];
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const ws of sockets.splice(0)) ws.terminate();
  for (const s of servers.splice(0)) await s.cleanup();
});

const TRUST_LOCALHOST: TrustProxy = { kind: 'addresses', entries: ['127.0.0.1'] };

/** Five join attempts, each claiming another address in X-Forwarded-For; the limit is 3 per address. */
async function joinAttempts(trustProxy: TrustProxy, forwardedFor: (i: number) => string): Promise<number[]> {
  const s = await startTestServer({ config: { rateLimitPerMinute: 3, trustProxy } });
  servers.push(s);
  const codes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const res = await fetch(`${s.url}/api/invites/${'a'.repeat(32)}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor(i) },
      body: JSON.stringify({ displayName: 'X', consent: true }),
    });
    codes.push(res.status);
  }
  return codes;
}

/** Opens sockets claiming these addresses; resolves with how each ended up: 'open' or its close code. */
async function connections(trustProxy: TrustProxy, addresses: string[]): Promise<(string | number)[]> {
  const s = await startTestServer({ openAccess: true, config: { maxConnectionsPerIp: 2, trustProxy } });
  servers.push(s);
  const outcomes: (string | number)[] = [];
  for (const address of addresses) {
    const ws = new WebSocket(`${s.wsUrl}/doc:adres`, { headers: { 'x-forwarded-for': address } });
    sockets.push(ws);
    // The server speaks first (sync step 1) on a connection it keeps; a refused one is closed.
    outcomes.push(
      await new Promise<string | number>((resolve) => {
        ws.once('message', () => resolve('open'));
        ws.once('close', (code) => resolve(code));
      }),
    );
  }
  return outcomes;
}

describe('the client address (TRUST_PROXY)', () => {
  it('without TRUST_PROXY, a spoofed X-Forwarded-For does not get past the rate limit', async () => {
    expect(await joinAttempts({ kind: 'none' }, (i) => `203.0.113.${i}`)).toEqual([404, 404, 404, 429, 429]);
  });

  it('with TRUST_PROXY=127.0.0.1, X-Forwarded-For from that proxy names the client', async () => {
    expect(await joinAttempts(TRUST_LOCALHOST, (i) => `203.0.113.${i}`)).toEqual([404, 404, 404, 404, 404]);
    // The rightmost untrusted hop counts: an address the client put in front of its own changes nothing.
    expect(await joinAttempts(TRUST_LOCALHOST, (i) => `10.9.9.${i}, 203.0.113.7`)).toEqual([
      404, 404, 404, 429, 429,
    ]);
  });

  it('without TRUST_PROXY, a spoofed X-Forwarded-For does not get past the connections per address', async () => {
    expect(await connections({ kind: 'none' }, ['203.0.113.1', '203.0.113.2', '203.0.113.3'])).toEqual([
      'open',
      'open',
      CloseCode.TooManyConnections,
    ]);
  });

  it('with TRUST_PROXY=127.0.0.1, websocket connections count per forwarded client', async () => {
    expect(await connections(TRUST_LOCALHOST, ['203.0.113.1', '203.0.113.2', '203.0.113.3'])).toEqual([
      'open',
      'open',
      'open',
    ]);
    expect(await connections(TRUST_LOCALHOST, ['203.0.113.9', '203.0.113.9', '203.0.113.9'])).toEqual([
      'open',
      'open',
      CloseCode.TooManyConnections,
    ]);
  });

  it('parses TRUST_PROXY as Express does, and refuses to trust everyone', () => {
    expect(parseTrustProxy(undefined)).toEqual({ kind: 'none' });
    expect(parseTrustProxy('')).toEqual({ kind: 'none' });
    expect(parseTrustProxy('1')).toEqual({ kind: 'hops', hops: 1 });
    expect(parseTrustProxy('loopback, 10.0.0.0/8, ::1, fd00::/8')).toEqual({
      kind: 'addresses',
      entries: ['loopback', '10.0.0.0/8', '::1', 'fd00::/8'],
    });
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1' }).trustProxy).toEqual(TRUST_LOCALHOST);
    for (const bad of ['true', '0', 'proxy.example', '10.0.0.0/33', '1.2.3.4/x']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
    }
  });
});
