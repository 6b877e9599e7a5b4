import type { Options } from 'express-rate-limit';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { dropKeys } from '../test/redisKeys';
import { reachable } from '../test/relayCluster';
import { RedisRateLimitStore } from './rateLimitStore';
import { RedisStatus } from './redisStatus';
import { SharedRedis } from './sharedRedis';

/** [SYNC10] The rate-limit store against the machine's Redis, and against a port where nothing listens. */
const REDIS_URL = 'redis://127.0.0.1:6379';
const redisUp = await reachable(6379);
if (!redisUp && process.env.CI)
  throw new Error('[SYNC10] Redis is not reachable at 127.0.0.1:6379 (required in CI)');

const prefix = `wijkatelier-test-ratelimit-${process.pid}-${Date.now()}:`;
const opened: SharedRedis[] = [];
function store(url: string): RedisRateLimitStore {
  const redis = new SharedRedis(url, prefix, new RedisStatus(pino({ level: 'silent' })));
  opened.push(redis);
  const s = new RedisRateLimitStore(redis, 'join');
  s.init({ windowMs: 60_000 } as Options);
  return s;
}
afterAll(async () => {
  for (const r of opened) await r.stop();
  await dropKeys(REDIS_URL, prefix);
});

describe('[SYNC10] rate-limit store in Redis', () => {
  it.skipIf(!redisUp)('two instances’ stores count one address together, in one window', async () => {
    const [a, b] = [store(REDIS_URL), store(REDIS_URL)];
    const hits = [];
    for (const s of [a, b, a, b]) hits.push((await s.increment('127.0.0.1')).totalHits);
    expect(hits).toEqual([1, 2, 3, 4]);
    const last = await a.increment('127.0.0.1');
    expect(last.resetTime?.getTime()).toBeGreaterThan(Date.now());
    expect(last.resetTime?.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
    await b.decrement('127.0.0.1');
    expect((await a.increment('127.0.0.1')).totalHits).toBe(5);
    await a.resetKey('127.0.0.1');
    expect((await b.increment('127.0.0.1')).totalHits).toBe(1);
  });

  it('Redis not answering: the instance counts in memory instead (the limit still holds here)', async () => {
    const s = store('redis://127.0.0.1:1');
    const hits = [];
    for (let i = 0; i < 3; i++) hits.push((await s.increment('127.0.0.1')).totalHits);
    expect(hits).toEqual([1, 2, 3]);
    s.shutdown();
  });
});
