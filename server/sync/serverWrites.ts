import type { Logger } from 'pino';
import type * as Y from 'yjs';
import { parseRoomName } from '../../shared/sync/rooms';
import type { RoomLockStore } from '../storage/RoomLockStore';
import { trimBoardToLimits } from './boardLimits';
import { DocRoom, type RoomOptions } from './DocRoom';
import { SERVER_ORIGIN } from './origins';
import type { Relay } from './relay';
import { rulesFor } from './roomRules';
import type { Reconcile } from './types';

export interface ServerWritesOptions {
  storage: RoomLockStore;
  relay: Relay;
  logger: Logger;
  reconcile: Reconcile | undefined;
  roomOptions: RoomOptions;
  /** The loaded room (loading it when needed, once: SyncServer.getRoom). */
  getRoom(name: string): Promise<DocRoom>;
}

/** Resolves once everything applied to `room` so far is stored; rejects when the room closes first. */
function stored(room: DocRoom): Promise<void> {
  return new Promise((resolve, reject) => {
    room.afterCommit(resolve);
    void room.closed.then(() => reject(new Error(`room ${room.name} closed before the write was stored`)));
  });
}

/**
 * What the server itself writes into rooms: the reconcile at load ([SYNC12]) and `SyncServer.write`.
 *
 * [SYNC10] With other instances (an active relay) each such write runs under the room's lock across
 * instances (`Storage.lockRoom`, [STORE-LOCK1]): the room first catches up from storage, so the change
 * is computed on the newest stored state (not on one that lacks another instance's last write, whose
 * publication may still be on its way); for rooms that mirror the database the reconcile is read again
 * under the lock and applied after the change, so a route whose view was read before another
 * instance's commit cannot leave its older view in the room; then the change is committed, and only
 * then is the lock released. Another instance's next holder catches up from storage, so it needs no
 * publication to have arrived. On a single process none of this runs: nothing changes there.
 */
export class ServerWrites {
  /** Rooms with a limit repair under way (one at a time per room), and whether it was asked again. */
  private readonly repairing = new Map<string, boolean>();

  constructor(private readonly options: ServerWritesOptions) {}

  private get shared(): boolean {
    return this.options.relay.active;
  }

  /** The database's view of a server-written room, or null (other kinds; no reconcile configured). */
  private async reconcileOf(name: string): Promise<((doc: Y.Doc) => void) | null> {
    const parsed = parseRoomName(name);
    return parsed && this.options.reconcile ? this.options.reconcile(parsed) : null;
  }

  /**
   * [SYNC12] Loads a room and, for the rooms the server writes, applies what the database says as the
   * server's own change before anyone gets sync: it is stored like any update, and sync answers wait
   * for that commit ([SYNC1]). When the database cannot be read the load fails (4500 for those
   * waiting) before the room is even read: nothing is written. With other instances the database and
   * the room are read under the room's lock, released once the change is stored.
   */
  async load(name: string): Promise<DocRoom> {
    const lock =
      this.shared && this.options.reconcile && rulesFor(name).serverWritten
        ? await this.options.storage.lockRoom(name)
        : null;
    try {
      const change = await this.reconcileOf(name);
      const room = await DocRoom.load(name, this.options.roomOptions);
      if (change) await this.reconcileLoaded(room, change);
      if (lock) {
        const release = () => void lock.release();
        room.afterCommit(release);
        void room.closed.then(release);
      }
      return room;
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  private async reconcileLoaded(room: DocRoom, change: (doc: Y.Doc) => void): Promise<void> {
    let changed = false;
    const mark = () => {
      changed = true;
    };
    room.doc.on('update', mark);
    try {
      room.doc.transact(() => change(room.doc), SERVER_ORIGIN);
    } catch (err) {
      await room.shutdown();
      throw err;
    } finally {
      room.doc.off('update', mark);
    }
    if (changed) this.options.logger.info({ room: room.name }, 'room brought in line with the database');
  }

  /**
   * Writes into a room as the server: loads the room if needed, applies `change` in one transaction,
   * and resolves once it is stored and sent to everyone connected.
   */
  async write(name: string, change: (doc: Y.Doc) => void): Promise<void> {
    if (!this.shared) {
      const room = await this.options.getRoom(name);
      room.doc.transact(() => change(room.doc), SERVER_ORIGIN);
      await new Promise<void>((resolve) => room.afterCommit(resolve));
      room.releaseIfIdle();
      return;
    }
    for (;;) {
      const room = await this.options.getRoom(name);
      const lock = await this.options.storage.lockRoom(name);
      try {
        if (await this.writeLocked(room, change)) return;
      } finally {
        await lock.release();
      }
      // The room was unloading meanwhile: load it again (under no lock: its load takes it).
    }
  }

  /** Under the room's lock: false when the room stopped being ready before the write was applied. */
  private async writeLocked(room: DocRoom, change: (doc: Y.Doc) => void): Promise<boolean> {
    if (room.state !== 'ready') return false;
    await room.catchUpFromStorage();
    const fresh = await this.reconcileOf(room.name);
    if (room.state !== 'ready') return false;
    room.doc.transact(() => {
      change(room.doc);
      fresh?.(room.doc);
    }, SERVER_ORIGIN);
    await stored(room);
    room.releaseIfIdle();
    return true;
  }

  /**
   * [SYNC10] Writers on several instances passed a board limit together (each within it here): the
   * server trims the excess as a server write, so under the room's lock and on the newest stored
   * state. Every instance that sees the excess asks; the first trims, the others find nothing left.
   */
  repairLimits(name: string): void {
    if (this.repairing.has(name)) {
      // Asked again while trimming: once more afterwards (what came after its catch-up may be over).
      this.repairing.set(name, true);
      return;
    }
    this.repairing.set(name, false);
    let removed = 0;
    this.write(name, (doc) => {
      removed = trimBoardToLimits(doc);
    })
      .then(() => {
        if (removed > 0)
          this.options.logger.warn({ room: name, removed }, 'room rules: shared limit repaired');
      })
      .catch((err: unknown) =>
        this.options.logger.error({ err, room: name }, 'repairing a shared limit failed'),
      )
      .finally(() => {
        const again = this.repairing.get(name);
        this.repairing.delete(name);
        if (again) this.repairLimits(name);
      });
  }
}
