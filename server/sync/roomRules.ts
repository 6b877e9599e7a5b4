import type * as Y from 'yjs';
import { can } from '../../shared/permissions';
import { SYNC_LIMITS } from '../../shared/sync/protocol';
import { parseRoomName, type RoomKind } from '../../shared/sync/rooms';
import { applyWithinBoardLimits } from './boardLimits';
import type { ConnIdentity } from './types';

/**
 * Applies a client's update (`apply`) in a room of one kind and then makes the room keep that kind's
 * rules, as the server's own change. Returns what the server removed or repaired after it.
 */
export type UpdateRule = (
  doc: Y.Doc,
  apply: () => void,
  identity: ConnIdentity | null,
) => { removed: number; repaired: number };

/** What the server does differently per kind of room: one table, checked by the compiler. */
export interface RoomRules {
  /**
   * Yjs garbage collection in the server's copy ([SYNC13]): deleted content becomes a small
   * tombstone, so what is stored and what a newcomer downloads follow the visible content. History
   * lives in named versions (each holds every section's full state), not in the live room.
   */
  gc: boolean;
  /** Only the server writes this room; every client connection is read-only ([SYNC6]). */
  serverWritten: boolean;
  /** The server records which member sent each Yjs client id (PermanentUserData layout). */
  authorship: boolean;
  /** What a client's update is held to beyond being a valid Yjs update ([SYNC11]: board limits and authors). */
  update: UpdateRule | null;
  /**
   * Ceiling of the room's encoded document for client updates ([SYNC8]); the server's own writes
   * are not refused, but count towards it.
   */
  maxBytes: number;
}

/** [SYNC11] Boards: limits, field rules, and authors from the connection. */
const board: UpdateRule = (doc, apply, identity) =>
  applyWithinBoardLimits(doc, apply, {
    identity,
    // The facilitator's client moves notes between a board's rooms and keeps who wrote them.
    carriesAuthors: identity !== null && can(identity.role, 'board.manage'),
  });

const base: RoomRules = {
  gc: true,
  serverWritten: false,
  authorship: false,
  update: null,
  maxBytes: SYNC_LIMITS.maxRoomBytes,
};

export const ROOM_RULES: Record<RoomKind, RoomRules> = {
  // A document's structure: a mirror of the database (sections, comment threads); nothing reads
  // its history, and a thread is rewritten whole on every comment.
  doc: { ...base, serverWritten: true },
  section: { ...base, authorship: true },
  board: { ...base, update: board },
  boardlock: { ...base, update: board },
  boarddraft: { ...base, update: board },
  werkgroep: { ...base, serverWritten: true },
  session: { ...base, serverWritten: true },
};

/** The rules of a room by its name; a malformed name (never loaded) gets the strictest defaults. */
export function rulesFor(name: string): RoomRules {
  const kind = parseRoomName(name)?.kind;
  return kind ? ROOM_RULES[kind] : { ...base, serverWritten: true };
}
