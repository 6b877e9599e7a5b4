import { describe, expect, it } from 'vitest';
import { healthSchema } from '../../shared/api/errors';
import { type ChildServer, startChildServer } from '../test/childServer';
import { connectClient, flushed, waitFor } from '../test/clients';
import { setupWerkgroep } from '../test/fixtures';
import { machineRedisUp, trackInstances } from '../test/instances';
import { startOwnRedis, storedStateVector } from '../test/relayCluster';
import { makeTempDir, TEST_ADMIN_TOKEN } from '../test/startTestServer';

/**
 * [SYNC10] Redis down: an instance keeps serving its own clients (edits stored and relayed to its other
 * clients), /healthz says degraded, limits fall back to per instance, and the log says so once — not
 * once per reconnect attempt or per /healthz. A Redis of the test's own, killed and started again.
 */
const redisUp = await machineRedisUp();

const { servers, clients, dirs } = trackInstances();

const base = (s: ChildServer) => `http://127.0.0.1:${s.port}`;
async function health(s: ChildServer) {
  const res = await fetch(`${base(s)}/healthz`);
  return { status: res.status, body: healthSchema.parse(await res.json()) };
}
const messages = (s: ChildServer, pattern: RegExp) =>
  s.logs.filter((l) => typeof l.msg === 'string' && pattern.test(l.msg));

describe.skipIf(!redisUp)('[SYNC10] with Redis down an instance serves its own clients, degraded', () => {
  it('[SYNC10] edits on A are stored and reach A’s other clients; /healthz says degraded; the log says it once', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    let redis = await startOwnRedis(port);
    try {
      const dataDir = await makeTempDir('wijkatelier-degraded-');
      dirs.push(dataDir);
      const env = {
        DATA_DIR: dataDir,
        REDIS_URL: `redis://127.0.0.1:${port}`,
        ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      };
      const a = await startChildServer(env);
      const b = await startChildServer(env);
      servers.push(a, b);
      const w = await setupWerkgroep(base(a), TEST_ADMIN_TOKEN, ['bewoner']);
      const anna = w.people[0];
      if (!anna) throw new Error('no member');
      const writer = connectClient(a.wsUrl, w.documentRoom, undefined, w.facilitator.token);
      const neighbour = connectClient(a.wsUrl, w.documentRoom, undefined, anna.token);
      clients.push(writer, neighbour);
      await Promise.all([writer.synced, neighbour.synced]);
      expect((await health(a)).body.status).toBe('ok');

      await redis.stop();
      const text = 'Geschreven terwijl Redis weg is.';
      writer.doc.getText('t').insert(0, text);
      await waitFor(() => neighbour.doc.getText('t').toString() === text, 10_000, 'relayed on A');
      await flushed(writer);
      // Stored: the shared database holds every item the writer made.
      const stored = storedStateVector(dataDir, w.documentRoom);
      expect(stored.get(writer.doc.clientID)).toBe(text.length);

      for (let i = 0; i < 5; i++) {
        const { status, body } = await health(a);
        expect(status).toBe(503);
        expect(body).toMatchObject({
          status: 'degraded',
          checks: { storage: { status: 'ok' }, redis: { status: 'unavailable' } },
        });
      }
      // Rate-limited routes still answer (counted per instance meanwhile), as do exports.
      const list = await fetch(`${base(a)}/api/werkgroepen`, {
        headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
      });
      expect(list.status).toBe(200);
      const exported = await fetch(`${base(a)}/api/documents/${w.documentId}/export?format=md`, {
        headers: { authorization: `Bearer ${w.facilitator.token}` },
      });
      expect(exported.status).toBe(200);
      // ioredis retries every connection many times meanwhile; the log says "degraded" once.
      await waitFor(() => messages(a, /^redis unavailable/).length > 0, 10_000, 'degraded logged');
      expect(messages(a, /^redis unavailable/)).toHaveLength(1);
      expect(messages(a, /^health: redis does not answer/)).toHaveLength(1);
      process.stdout.write(
        `[SYNC10] log lines about Redis during the outage on A: ${JSON.stringify(messages(a, /redis/i).map((l) => l.msg))}\n`,
      );

      redis = await startOwnRedis(port);
      await waitFor(() => messages(a, /^redis answers again/).length > 0, 15_000, 'recovery logged');
      const back = await health(a);
      expect(back).toMatchObject({ status: 200, body: { status: 'ok' } });
      expect(messages(a, /^redis answers again/)).toHaveLength(1);
    } finally {
      await redis.stop();
    }
  });
});
