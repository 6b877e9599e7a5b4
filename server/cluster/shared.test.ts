import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { meetingSchema } from '../../shared/schemas/meeting';
import { readMeeting } from '../../shared/sync/meetingDoc';
import { roomName } from '../../shared/sync/rooms';
import { type ChildServer, startChildServer } from '../test/childServer';
import { connectClient, waitFor } from '../test/clients';
import { setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { MACHINE_REDIS_URL, machineRedisUp, trackInstances } from '../test/instances';
import { makeTempDir, TEST_ADMIN_TOKEN } from '../test/startTestServer';

/**
 * [SYNC10] What instances share besides rooms: rate limits, the export queue, the meeting timer. Two
 * real instances (child processes) on one SQLite folder and the machine's Redis, each test with its
 * own key prefix.
 */
const REDIS_URL = MACHINE_REDIS_URL;
const redisUp = await machineRedisUp();

const { servers, clients, dirs, prefixes } = trackInstances();

async function cluster(env: Record<string, string> = {}) {
  const dataDir = await makeTempDir('wijkatelier-shared-');
  dirs.push(dataDir);
  const prefix = `wijkatelier-test-shared-${process.pid}-${Date.now()}:`;
  prefixes.push(prefix);
  const all = {
    DATA_DIR: dataDir,
    REDIS_URL,
    REDIS_KEY_PREFIX: prefix,
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    ...env,
  };
  const a = await startChildServer(all);
  const b = await startChildServer(all);
  servers.push(a, b);
  return { a, b, prefix, base: (s: ChildServer) => `http://127.0.0.1:${s.port}` };
}

const adminList = (base: string) =>
  fetch(`${base}/api/werkgroepen`, { headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } });

describe.skipIf(!redisUp)(
  '[SYNC10] limits, wrong secrets and the export queue are shared between instances',
  () => {
    it('[SYNC10] requests spread over A and B count against one rate limit (429 at the shared limit)', async () => {
      const { a, b, base } = await cluster({ RATE_LIMIT_PER_MINUTE: '4' });
      // Alternating, as a load balancer would: per instance each would still be within its own 4.
      const statuses: number[] = [];
      for (const s of [a, b, a, b, a, b]) statuses.push((await adminList(base(s))).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
      const refused = await adminList(base(a));
      expect(refused.status).toBe(429);
      expect(await refused.json()).toMatchObject({ code: 'rate_limited' });
    });

    it('[SYNC10] wrong secrets count across instances: an address guessing through A and B is refused on both', async () => {
      const { a, b, base } = await cluster({
        SECRET_MISSES_PER_HOUR: '3',
        JOIN_CODE_MISSES_PER_HOUR: '1000',
      });
      const guess = (s: ChildServer, i: number) =>
        fetch(`${base(s)}/api/invites/${String(i).padStart(32, 'x')}`);
      const statuses: number[] = [];
      for (const [i, s] of [a, b, a, b, a, b].entries()) statuses.push((await guess(s, i)).status);
      // Each instance alone allows 3 misses (6 in all); shared, the budget is 3, plus at most one try
      // on the instance that had not yet heard the cluster's count.
      expect(statuses.slice(0, 3)).toEqual([404, 404, 404]);
      expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(4);
      expect(statuses.slice(-2)).toEqual([429, 429]);
    });

    it('[SYNC10] the join-code budget of everyone together holds across instances', async () => {
      const { a, b, base } = await cluster({
        SECRET_MISSES_PER_HOUR: '1000',
        JOIN_CODE_MISSES_PER_HOUR: '3',
      });
      const statuses: number[] = [];
      for (const s of [a, b, a, b, a, b]) statuses.push((await fetch(`${base(s)}/api/join/ACDEFG`)).status);
      expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(4);
      const paused = await fetch(`${base(a)}/api/join/ACDEFG`);
      expect(paused.status).toBe(429);
      expect(await paused.json()).toMatchObject({ code: 'join_paused' });
      expect((await fetch(`${base(b)}/api/join/ACDEFG`)).status).toBe(429);
    });

    it('[SYNC10] export jobs held anywhere in the cluster count: B refuses (export_busy) while the slots are taken', async () => {
      const { a, b, base, prefix } = await cluster({ EXPORT_CLUSTER_JOBS: '2' });
      const w = await setupWerkgroep(base(a), TEST_ADMIN_TOKEN);
      const exportOn = (s: ChildServer, format = 'md') =>
        fetch(`${base(s)}/api/documents/${w.documentId}/export?format=${format}`, {
          headers: { authorization: `Bearer ${w.facilitator.token}` },
        });
      expect((await exportOn(b)).status).toBe(200);
      // Two leases of another instance's jobs (the layout exportSlots.ts writes): the cluster is full.
      const redis = new Redis(REDIS_URL);
      try {
        const key = `${prefix}export:slots`;
        const later = Date.now() + 600_000;
        await redis.zadd(key, later, 'other:job1', later, 'other:job2');
        const busy = await exportOn(b);
        expect(busy.status).toBe(503);
        expect(await busy.json()).toMatchObject({ code: 'export_busy' });
        expect((await exportOn(a)).status).toBe(503);
        // One of them done: a slot is free again, on either instance.
        await redis.zrem(key, 'other:job1');
        expect((await exportOn(a)).status).toBe(200);
        expect(await redis.zcard(key)).toBe(1);
        await redis.del(key);
      } finally {
        redis.disconnect();
      }
      // Six PDF exports at once, three through each instance: each instance alone would queue all of
      // its three (1 running + 4 waiting), the cluster takes two and refuses the rest.
      const answers = await Promise.all([a, b, a, b, a, b].map((s) => exportOn(s, 'pdf')));
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(1);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    });

    it('[SYNC10] a meeting timer started and paused through A shows the same countdown to a client on B', async () => {
      const { a, b, base } = await cluster();
      const w = await setupWerkgroep(base(a), TEST_ADMIN_TOKEN, ['bewoner']);
      const call = (method: string, path: string, body?: unknown) =>
        werkgroepCall(base(a), w.werkgroep.id, method, path, w.facilitator, body);
      const plan = { title: 'Bijeenkomst', date: '2026-12-03', startTime: '19:30', place: 'Buurthuis' };
      const meeting = meetingSchema.parse(
        (await call('POST', '/meetings', { ...plan, agenda: [{ title: 'Welkom', minutes: 5 }] })).body,
      );
      const resident = w.people[0];
      if (!resident) throw new Error('no member');
      const screen = connectClient(b.wsUrl, roomName('session', meeting.id), new Y.Doc(), resident.token);
      clients.push(screen);
      await screen.synced;
      const control = async (body: unknown) =>
        meetingSchema.parse((await call('POST', `/meetings/${meeting.id}/control`, body)).body);
      await control({ action: 'start' });
      const running = await control({ action: 'timer', timer: 'start' });
      expect(running.timer.endsAt).not.toBeNull();
      // The room carries the moment it ends (by the server's clock), not a number that ticks: B shows
      // exactly what A decided, however late the relay came.
      await waitFor(
        () => readMeeting(screen.doc)?.timer.endsAt === running.timer.endsAt,
        10_000,
        'running on B',
      );
      expect(readMeeting(screen.doc)?.timer).toEqual(running.timer);
      const paused = await control({ action: 'timer', timer: 'pause' });
      expect(paused.timer.endsAt).toBeNull();
      await waitFor(() => readMeeting(screen.doc)?.timer.endsAt === null, 10_000, 'paused on B');
      expect(readMeeting(screen.doc)?.timer).toEqual(paused.timer);
      // B's own API answers the same timer (it reads the database A wrote).
      const viaB = await werkgroepCall(
        base(b),
        w.werkgroep.id,
        'GET',
        `/meetings/${meeting.id}`,
        w.facilitator,
      );
      expect(meetingSchema.parse(viaB.body).timer).toEqual(paused.timer);
    });
  },
);
