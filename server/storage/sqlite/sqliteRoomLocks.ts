import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { KeyedMutex } from '../keyedMutex';
import type { RoomLock, RoomLockStore } from '../RoomLockStore';

/** How long a lease lasts unless renewed: a holder that dies frees the room after this. */
export const DEFAULT_ROOM_LEASE_MS = 10_000;
const POLL_MIN_MS = 10;
const POLL_MAX_MS = 100;

/**
 * [SQLITE6] Room locks for every process on one SQLite file: a lease row per held room
 * (`room_leases`), taken in an IMMEDIATE transaction on the main connection (the document-log worker
 * writes other tables, [SQLITE5]; a taker waits busy_timeout for its commit), renewed while held, and
 * deleted on release. A lease whose holder died runs out after `leaseMs`. Takers in this process queue
 * in memory first (`KeyedMutex`); a taker that finds another process's lease polls until it is gone.
 */
export function sqliteRoomLocks(
  db: Database.Database,
  leaseMs = DEFAULT_ROOM_LEASE_MS,
): RoomLockStore & { closeLocks(): void } {
  const local = new KeyedMutex();
  const me = randomUUID();
  let taken = 0;
  const renewals = new Set<NodeJS.Timeout>();
  let closed = false;
  const read = db.prepare<[string], { holder: string; expires_at: number }>(
    'SELECT holder, expires_at FROM room_leases WHERE room = ?',
  );
  const put = db.prepare<[string, string, number]>(
    `INSERT INTO room_leases (room, holder, expires_at) VALUES (?, ?, ?)
     ON CONFLICT (room) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at`,
  );
  const renew = db.prepare<[number, string, string]>(
    'UPDATE room_leases SET expires_at = ? WHERE room = ? AND holder = ?',
  );
  const remove = db.prepare<[string, string]>('DELETE FROM room_leases WHERE room = ? AND holder = ?');
  const removeMine = db.prepare<[string]>('DELETE FROM room_leases WHERE holder LIKE ?');
  const take = db
    .transaction((room: string, holder: string): boolean => {
      const now = Date.now();
      const lease = read.get(room);
      if (lease && lease.expires_at > now) return false;
      put.run(room, holder, now + leaseMs);
      return true;
    })
    .immediate.bind(null);

  const held = (room: string, holder: string, releaseLocal: () => void): RoomLock => {
    const timer = setInterval(() => {
      try {
        renew.run(Date.now() + leaseMs, room, holder);
      } catch {
        // Busy or closing: the next renewal tries again, well within the lease.
      }
    }, leaseMs / 4);
    timer.unref();
    renewals.add(timer);
    let released = false;
    return {
      async release() {
        if (released) return;
        released = true;
        clearInterval(timer);
        renewals.delete(timer);
        try {
          if (!closed) remove.run(room, holder);
        } catch {
          // The file is busy past busy_timeout: the lease, no longer renewed, runs out instead.
        } finally {
          releaseLocal();
        }
      },
    };
  };

  const attempt = (room: string, releaseLocal: () => void): RoomLock | null => {
    const holder = `${me}:${++taken}`;
    try {
      if (take(room, holder)) return held(room, holder, releaseLocal);
    } catch (error) {
      releaseLocal();
      throw error;
    }
    return null;
  };

  return {
    async lockRoom(room) {
      const releaseLocal = await local.lock(room);
      for (let wait = POLL_MIN_MS; ; wait = Math.min(POLL_MAX_MS, wait * 2)) {
        if (closed) {
          releaseLocal();
          throw new Error('storage is closed');
        }
        const lock = attempt(room, releaseLocal);
        if (lock) return lock;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    },

    async tryLockRoom(room) {
      const releaseLocal = local.tryLock(room);
      if (!releaseLocal) return null;
      const lock = attempt(room, releaseLocal);
      if (!lock) releaseLocal();
      return lock;
    },

    /** Stops renewing and deletes this store's leases (the database is still open). */
    closeLocks() {
      closed = true;
      for (const timer of renewals) clearInterval(timer);
      renewals.clear();
      removeMine.run(`${me}:%`);
    },
  };
}
