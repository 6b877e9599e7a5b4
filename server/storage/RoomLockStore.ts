import { methodsOf } from './methods';

/** A room's lock, held until `release` (which may be called more than once). */
export interface RoomLock {
  release(): Promise<void>;
}

/**
 * [SYNC10] One holder per room across every process on the same store (STORE-LOCK rules in SPEC.md):
 * the server that writes a room as the server, folds its log or unloads it holds it. A holder that
 * dies frees the room (PostgreSQL: its session ends; SQLite: its lease runs out).
 */
export interface RoomLockStore {
  /** Waits until nobody holds the room's lock, takes it and resolves with it. */
  lockRoom(room: string): Promise<RoomLock>;
  /** Takes the room's lock when nobody holds it; null at once when someone does. */
  tryLockRoom(room: string): Promise<RoomLock | null>;
}

export const ROOM_LOCK_STORE_METHODS = methodsOf<RoomLockStore>({ lockRoom: true, tryLockRoom: true });
