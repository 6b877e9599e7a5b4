import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/sync/closeCodes';
import { SYNC_LIMITS } from '../../shared/sync/protocol';
import { startChildServer } from '../test/childServer';
import { connectClient, flushed, waitFor } from '../test/clients';
import { setupWerkgroep } from '../test/fixtures';
import { MACHINE_REDIS_URL, machineRedisUp, trackInstances } from '../test/instances';
import { makeTempDir, TEST_ADMIN_TOKEN } from '../test/startTestServer';

/**
 * [SYNC8]/[SYNC10] A member's update budget (bytes per minute over all their connections and rooms)
 * holds across instances: two real instances on one SQLite folder and the machine's Redis.
 */
const REDIS_URL = MACHINE_REDIS_URL;
const redisUp = await machineRedisUp();

const { servers, clients, dirs, prefixes } = trackInstances();

/** What Redis counted for a member over all minutes (the layout sharedBudgets.ts writes). */
async function counted(redis: Redis, prefix: string, memberId: string): Promise<number> {
  const keys = await redis.keys(`${prefix}budget:member:${memberId}:*`);
  const values = keys.length ? await redis.mget(...keys) : [];
  return values.reduce((sum, v) => sum + Number(v ?? 0), 0);
}

/** Reads until `ok` (generous: a loaded machine), then returns the value. */
async function until(read: () => Promise<number>, ok: (n: number) => boolean, what: string) {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() - started > 20_000) throw new Error(`timed out waiting for ${what} (${value})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!redisUp)('[SYNC10] update budgets are the member’s across instances', () => {
  it('[SYNC8] bytes sent through A count on B: B refuses (4529) what only fits a budget of its own', async () => {
    const dataDir = await makeTempDir('wijkatelier-budgets-');
    dirs.push(dataDir);
    const prefix = `wijkatelier-test-budgets-${process.pid}-${Date.now()}:`;
    prefixes.push(prefix);
    const env = { DATA_DIR: dataDir, REDIS_URL, REDIS_KEY_PREFIX: prefix, ADMIN_TOKEN: TEST_ADMIN_TOKEN };
    const a = await startChildServer(env);
    const b = await startChildServer(env);
    servers.push(a, b);
    const w = await setupWerkgroep(`http://127.0.0.1:${a.port}`, TEST_ADMIN_TOKEN, ['bewoner']);
    const anna = w.people[0];
    if (!anna) throw new Error('no member');
    const redis = new Redis(REDIS_URL);
    try {
      // Through A: most of a minute's budget (2 MiB), in two updates under the 1 MiB limit.
      const onA = connectClient(a.wsUrl, w.documentRoom, undefined, anna.token);
      clients.push(onA);
      await onA.synced;
      const part = Math.floor(SYNC_LIMITS.memberUpdateBytesPerMinute * 0.42);
      for (const letter of ['x', 'y']) {
        onA.doc.getText('t').insert(0, letter.repeat(part));
        await flushed(onA);
      }
      // A reports once a second: wait until Redis holds both parts.
      const count = () => counted(redis, prefix, anna.member.id);
      const viaA = await until(count, (n) => n >= 2 * part, 'A reported');

      // On B: a small edit (B starts following the member), then a third part. Alone, B would take it.
      const onB = connectClient(b.wsUrl, w.documentRoom, undefined, anna.token);
      clients.push(onB);
      const closes: number[] = [];
      onB.provider.on('connection-close', (e) => {
        if (e) closes.push(e.code);
      });
      await onB.synced;
      onB.doc.getText('t').insert(0, 'hallo ');
      await flushed(onB);
      // B's report of the small edit is the moment it learns what A counted.
      await until(count, (n) => n > viaA, 'B reported');
      onB.doc.getText('t').insert(0, 'z'.repeat(part));
      await waitFor(() => closes.length > 0, 15_000, 'B refuses');
      expect(closes[0]).toBe(CloseCode.RateLimited);
    } finally {
      redis.disconnect();
    }
  });
});
