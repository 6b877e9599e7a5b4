import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type Health, healthSchema } from '../../shared/api/errors';
import { reachable } from '../test/relayCluster';
import { startTestServer, type TestServer } from '../test/startTestServer';

/**
 * [SYNC10] GET /healthz reports Redis apart from storage when REDIS_URL is set: a real server on port 0
 * with a real SQLite folder, once against the machine's Redis and once against a port where nothing
 * listens (Redis down). Without REDIS_URL there is no Redis part at all.
 */
const REDIS_PORT = 6379;
const redisUp = await reachable(REDIS_PORT);
if (!redisUp && process.env.CI)
  throw new Error('[SYNC10] Redis is not reachable at 127.0.0.1:6379 (required in CI)');

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.cleanup();
});

async function start(redisUrl: string | null): Promise<TestServer> {
  const server = await startTestServer({ config: { redisUrl } });
  servers.push(server);
  return server;
}
async function health(server: TestServer): Promise<{ status: number; body: Health }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/healthz`);
  return { status: res.status, body: healthSchema.parse(await res.json()) };
}
/** A port on this machine where nothing listens (taken, then let go). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('[SYNC10] /healthz reports Redis apart from storage', () => {
  it('one process without REDIS_URL: no Redis part, 200', async () => {
    const { status, body } = await health(await start(null));
    expect(status).toBe(200);
    expect(body.checks.redis).toBeUndefined();
  });

  it('Redis down: 503 and degraded (storage still ok, Redis unavailable), each said apart', async () => {
    const server = await start(`redis://127.0.0.1:${await closedPort()}`);
    const { status, body } = await health(server);
    expect(status).toBe(503);
    expect(body).toMatchObject({
      status: 'degraded',
      checks: { storage: { status: 'ok', write: 'ok' }, redis: { status: 'unavailable' } },
    });
  });

  it.skipIf(!redisUp)('Redis answering: 200 with both parts ok', async () => {
    const { status, body } = await health(await start(`redis://127.0.0.1:${REDIS_PORT}`));
    expect(status).toBe(200);
    expect(body.checks).toMatchObject({ storage: { status: 'ok' }, redis: { status: 'ok' } });
  });
});
