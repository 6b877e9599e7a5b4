import { SYNC_LIMITS } from '../../shared/sync/protocol';
import { parseRoomName, type RoomKind } from '../../shared/sync/rooms';

/** What the server does differently per kind of room: one table, checked by the compiler. */
export interface RoomRules {
  /**
   * Yjs garbage collection in the server's copy ([SYNC12]): deleted content becomes a small
   * tombstone, so what is stored and what a newcomer downloads follow the visible content. History
   * lives in named versions (each holds every section's full state), not in the live room.
   */
  gc: boolean;
  /** Only the server writes this room; every client connection is read-only ([SYNC6]). */
  serverWritten: boolean;
  /** The server records which member sent each Yjs client id (PermanentUserData layout). */
  authorship: boolean;
  /** Notes and frames are capped at the board limits ([SYNC11]). */
  boardLimits: boolean;
  /**
   * Ceiling of the room's encoded document for client updates ([SYNC8]); the server's own writes
   * are not refused, but count towards it.
   */
  maxBytes: number;
}

const base: RoomRules = {
  gc: true,
  serverWritten: false,
  authorship: false,
  boardLimits: false,
  maxBytes: SYNC_LIMITS.maxRoomBytes,
};

export const ROOM_RULES: Record<RoomKind, RoomRules> = {
  // A document's structure: a mirror of the database (sections, comment threads); nothing reads
  // its history, and a thread is rewritten whole on every comment.
  doc: { ...base, serverWritten: true },
  section: { ...base, authorship: true },
  board: { ...base, boardLimits: true },
  boardlock: { ...base, boardLimits: true },
  boarddraft: { ...base, boardLimits: true },
  werkgroep: { ...base, serverWritten: true },
  session: { ...base, serverWritten: true },
};

/** The rules of a room by its name; a malformed name (never loaded) gets the strictest defaults. */
export function rulesFor(name: string): RoomRules {
  const kind = parseRoomName(name)?.kind;
  return kind ? ROOM_RULES[kind] : { ...base, serverWritten: true };
}
