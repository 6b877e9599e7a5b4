import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/api/errors';
import { CloseCode } from '../../shared/sync/closeCodes';
import { type ChildServer, startChildServer } from '../test/childServer';
import { openRawSocket, waitFor } from '../test/clients';
import { setupWerkgroep } from '../test/fixtures';
import { rawExchange, rawRequest, upgradeHeaders } from '../test/rawHttp';
import { makeTempDir } from '../test/startTestServer';

/**
 * Malformed input from the network is refused, never thrown: a child process so that a crash shows
 * as the process exiting, with a built client so the static files and the app shell are in the path.
 */
const ADMIN = 'malformed-test-admin-token-0123456789';
let server: ChildServer;
let base: string;
let dataDir: string;
let token: string;
let room: string;

beforeAll(async () => {
  dataDir = await makeTempDir();
  const clientDir = path.join(dataDir, 'client');
  await fs.mkdir(path.join(clientDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(clientDir, 'index.html'), '<!doctype html><title>Wijkatelier</title>');
  await fs.writeFile(path.join(clientDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startChildServer({ DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN, CLIENT_DIR: clientDir });
  base = `http://127.0.0.1:${server.port}`;
  const w = await setupWerkgroep(base, ADMIN);
  token = w.facilitator.token;
  room = w.documentRoom;
});
afterAll(async () => {
  server.child.kill('SIGKILL');
  await server.exited;
  await fs.rm(dataDir, { recursive: true, force: true });
});

const alive = () => server.child.exitCode === null && server.child.signalCode === null;

describe('malformed input is refused, the process stays up', () => {
  it('[SYNC8] a websocket upgrade to a malformed percent-escape closes that socket with 4400', async () => {
    const bad = await openRawSocket(`${server.wsUrl}/%E0%A4%A`);
    expect((await bad.closed).code).toBe(CloseCode.BadRoom);
    const badWithToken = await openRawSocket(`${server.wsUrl}/section%3A%FF?token=${token}`);
    expect((await badWithToken.closed).code).toBe(CloseCode.BadRoom);
    // The process is still there and serves a normal connection.
    const good = await openRawSocket(`${server.wsUrl}/${room}?token=${token}`);
    await waitFor(() => good.messages.length > 0, 10_000, 'the server speaks on a good socket');
    good.ws.close();
    expect(alive()).toBe(true);
  });

  it('[SYNC8] a cookie or token with malformed escapes is no session (4401), not a server error', async () => {
    const cookie = await rawExchange(
      server.port,
      rawRequest('GET', `/collab/${room}`, [
        ...upgradeHeaders(server.port),
        ['Cookie', 'wa_session=%E0%A4%A'],
      ]),
      () => undefined,
    );
    expect(cookie.status).toBe(101);
    // The close frame: opcode 8, then the code.
    expect(cookie.rest[0]).toBe(0x88);
    expect(cookie.rest.readUInt16BE(2)).toBe(CloseCode.Unauthorized);
    const query = await openRawSocket(`${server.wsUrl}/${room}?token=%E0%A4%A`);
    expect((await query.closed).code).toBe(CloseCode.Unauthorized);
    expect(alive()).toBe(true);
  });

  it('an upgrade that the peer resets after the answer, on any path, does not stop the process', async () => {
    for (const target of ['/nope', `/collab/${room}`, '/collab/%E0']) {
      await new Promise<void>((resolve) => {
        const socket = net.connect({ port: server.port, host: '127.0.0.1' });
        socket.on('error', () => undefined);
        socket.once('close', () => resolve());
        socket.once('data', () => {
          // The server has answered (404, or 101 and frames) and still has the socket open.
          socket.resetAndDestroy();
          resolve();
        });
        socket.write(rawRequest('GET', target, upgradeHeaders(server.port)));
      });
    }
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(alive()).toBe(true);
  });

  for (const [method, target] of [
    ['GET', '/api/documents/%E0%A4%A'],
    ['GET', '/api/join/%FF'],
    ['POST', '/api/join/%FF'],
    ['GET', '/api/invites/%E0%A4%A'],
    ['POST', '/api/invites/%FF/accept'],
    ['GET', '/w/%E0%A4%A'],
    ['GET', '/w/x/d/%C0%AF'],
    ['GET', '/assets/%FF.js'],
    ['GET', '/%'],
  ] as const) {
    it(`${method} ${target} answers 400 bad_request as JSON`, async () => {
      const res = await fetch(`${base}${target}`, {
        method,
        headers: { accept: 'text/html,application/json', 'content-type': 'application/json' },
        ...(method === 'POST' ? { body: '{}' } : {}),
      });
      expect(res.status).toBe(400);
      expect(apiErrorSchema.parse(await res.json()).code).toBe('bad_request');
    });
  }

  it('a session cookie with a malformed escape is no session (401), not a 500', async () => {
    const res = await fetch(`${base}/api/werkgroepen`, { headers: { cookie: 'wa_session=%E0%A4%A' } });
    expect(res.status).toBe(401);
    const me = await fetch(`${base}/api/me`, { headers: { cookie: 'wa_session=%FF' } });
    expect(me.status).toBe(200);
    expect(alive()).toBe(true);
  });
});
