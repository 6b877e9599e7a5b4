import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { reachable } from '../test/relayCluster';
import { exportSlots } from './exportSlots';
import { RedisStatus } from './redisStatus';
import { SharedRedis } from './sharedRedis';

/** [SYNC10] The export slots' leases in the machine's Redis (a prefix of the test's own). */
const REDIS_URL = 'redis://127.0.0.1:6379';
const redisUp = await reachable(6379);
if (!redisUp && process.env.CI)
  throw new Error('[SYNC10] Redis is not reachable at 127.0.0.1:6379 (required in CI)');

const prefix = `wijkatelier-test-slots-${process.pid}-${Date.now()}:`;
const opened: SharedRedis[] = [];
function instance(): SharedRedis {
  const redis = new SharedRedis(REDIS_URL, prefix, new RedisStatus(pino({ level: 'silent' })));
  opened.push(redis);
  return redis;
}
afterAll(async () => {
  const admin = new Redis(REDIS_URL);
  await admin.del(`${prefix}export:slots`);
  admin.disconnect();
  for (const r of opened) await r.stop();
});

describe.skipIf(!redisUp)('[SYNC10] export slots across instances', () => {
  it('[SYNC10] at most `max` held across instances; a released slot is free again; a dead instance’s slots run out', async () => {
    const a = instance();
    const b = instance();
    // Renewed every third of a lease: a lease outlives two renewals a busy machine delays.
    const leaseMs = 1_500;
    const onA = exportSlots(a, 2, leaseMs);
    const onB = exportSlots(b, 2, leaseMs);
    const first = await onA.acquire();
    const second = await onB.acquire();
    expect([first.kind, second.kind]).toEqual(['granted', 'granted']);
    expect((await onB.acquire()).kind).toBe('full');
    // Held slots are renewed: still full after several lease lengths.
    await new Promise((r) => setTimeout(r, leaseMs * 2.5));
    expect((await onA.acquire()).kind).toBe('full');
    if (second.kind === 'granted') await second.release();
    const third = await onA.acquire();
    expect(third.kind).toBe('granted');
    // A dies holding its two slots (no release, no more renewals): they run out within a lease.
    await a.stop();
    let answer = await onB.acquire();
    const started = Date.now();
    while (answer.kind !== 'granted' && Date.now() - started < 10_000) {
      await new Promise((r) => setTimeout(r, 50));
      answer = await onB.acquire();
    }
    expect(answer.kind).toBe('granted');
    if (answer.kind === 'granted') await answer.release();
  });

  it('[SYNC10] Redis not answering: unavailable, so only the instance’s own bound applies', async () => {
    const nowhere = new SharedRedis(
      'redis://127.0.0.1:1',
      prefix,
      new RedisStatus(pino({ level: 'silent' })),
    );
    opened.push(nowhere);
    expect((await exportSlots(nowhere, 2).acquire()).kind).toBe('unavailable');
  });
});
