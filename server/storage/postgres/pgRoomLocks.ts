import type pg from 'pg';
import { KeyedMutex } from '../keyedMutex';
import type { RoomLock, RoomLockStore } from '../RoomLockStore';

/**
 * The advisory-lock space of room locks (two-key locks; "wijk" 17 = 0x77170000 + 2), apart from the
 * per-document locks of a group commit (`DOC_LOCK_SPACE`, 0x77170001, pgDocs.ts) and the migration
 * lock (one bigint key: a different space altogether).
 */
export const ROOM_LOCK_SPACE = 0x77170002;

/**
 * [PG6] Room locks as session advisory locks, each on its own connection of a small pool of their own
 * (so holders never take connections from the stores' pool, which the holder's own writes need). A
 * process queues its own takers per room first (`KeyedMutex`), so it waits with at most one
 * connection per room. A holder that dies — the process killed, its connection cut — ends its
 * session, and PostgreSQL frees the lock with it.
 */
export function pgRoomLocks(pool: pg.Pool): RoomLockStore & { closeLocks(): void } {
  const local = new KeyedMutex();
  const inUse = new Set<pg.PoolClient>();

  const connect = async (): Promise<pg.PoolClient> => {
    // A checked-out client's error (its connection cut) is caught by the listener the pool gave it when
    // it connected (createPool); the lock it held is gone with its session, which is what a dead holder
    // means. Not one more listener per lock: the same pooled client serves thousands of locks.
    const client = await pool.connect();
    inUse.add(client);
    return client;
  };
  // Once per client: a lock released after the store closed finds its client already dropped.
  const drop = (client: pg.PoolClient, error?: Error) => {
    if (!inUse.delete(client)) return;
    client.release(error);
  };

  const held = (client: pg.PoolClient, room: string, releaseLocal: () => void): RoomLock => {
    let released: Promise<void> | null = null;
    return {
      release() {
        released ??= client
          .query('SELECT pg_advisory_unlock($1, hashtext($2))', [ROOM_LOCK_SPACE, room])
          .then(
            () => drop(client),
            // Ending the connection ends its session, and the lock with it.
            (error: unknown) => drop(client, error instanceof Error ? error : new Error(String(error))),
          )
          .finally(releaseLocal);
        return released;
      },
    };
  };

  return {
    async lockRoom(room) {
      const releaseLocal = await local.lock(room);
      let client: pg.PoolClient | null = null;
      try {
        client = await connect();
        await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [ROOM_LOCK_SPACE, room]);
        return held(client, room, releaseLocal);
      } catch (error) {
        if (client) drop(client, error instanceof Error ? error : new Error(String(error)));
        releaseLocal();
        throw error;
      }
    },

    async tryLockRoom(room) {
      const releaseLocal = local.tryLock(room);
      if (!releaseLocal) return null;
      let client: pg.PoolClient | null = null;
      try {
        client = await connect();
        const result = await client.query<{ ok: boolean }>(
          'SELECT pg_try_advisory_lock($1, hashtext($2)) AS ok',
          [ROOM_LOCK_SPACE, room],
        );
        if (result.rows[0]?.ok) return held(client, room, releaseLocal);
        drop(client);
        releaseLocal();
        return null;
      } catch (error) {
        if (client) drop(client, error instanceof Error ? error : new Error(String(error)));
        releaseLocal();
        throw error;
      }
    },

    /** Ends the connections of every held or awaited lock (their sessions, and so their locks). */
    closeLocks() {
      for (const client of [...inUse]) drop(client, new Error('storage is closing'));
    },
  };
}
