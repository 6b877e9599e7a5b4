import { describe, expect, it } from 'vitest';
import { holdLockInChild } from '../../test/lockHolderProcess';
import { ROOM_LOCK_SPACE } from './pgRoomLocks';
import { adminQuery, freshSchema, postgresReachable } from './pgTestDatabase';
import { openPostgresStorage } from './postgres';

const reachable = await postgresReachable();

describe.skipIf(!reachable)('postgres room locks', () => {
  it('[PG6] a lock holder killed with kill -9 frees the room (its session ends)', async () => {
    const schema = await freshSchema();
    const storage = await openPostgresStorage({ url: schema.url });
    try {
      const holder = await holdLockInChild(['postgres', schema.url, 'board:b1']);
      expect(await storage.tryLockRoom('board:b1')).toBeNull();
      await holder.kill();
      const lock = await storage.lockRoom('board:b1');
      expect(await storage.tryLockRoom('board:b1')).toBeNull();
      await lock.release();
    } finally {
      await storage.close();
      await schema.drop();
    }
  });

  it('[PG6] a room lock is in its own key space: the group commit of the same room does not wait for it', async () => {
    const schema = await freshSchema();
    const storage = await openPostgresStorage({ url: schema.url });
    try {
      const lock = await storage.lockRoom('doc:d1');
      const held = await adminQuery<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND granted",
        [ROOM_LOCK_SPACE],
      );
      expect(held[0]?.n).toBeGreaterThanOrEqual(1);
      await storage.appendUpdates([{ doc: 'doc:d1', update: new Uint8Array([1]) }]);
      await lock.release();
    } finally {
      await storage.close();
      await schema.drop();
    }
  });
  it('[PG6] taking and releasing a lock again and again adds no listener to the pooled connection (no leak)', async () => {
    const schema = await freshSchema();
    const storage = await openPostgresStorage({ url: schema.url });
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    try {
      for (let i = 0; i < 30; i++) await (await storage.lockRoom('board:b1')).release();
      await new Promise((r) => setTimeout(r, 50));
      expect(warnings.filter((w) => w.startsWith('MaxListenersExceededWarning'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await storage.close();
      await schema.drop();
    }
  });
});
