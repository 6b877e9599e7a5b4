import type * as Y from 'yjs';
import { isFrozen } from '../../shared/akkoord/akkoord';
import { type Action, can } from '../../shared/permissions';
import type { MemberRole } from '../../shared/schemas/member';
import { SYNC_LIMITS } from '../../shared/sync/protocol';
import { parseBoardDraftRoomId, parseRoomName, type RoomKind } from '../../shared/sync/rooms';
import type { Storage } from '../storage/Storage';
import { applyWithinBoardLimits, boardOverLimits } from './boardLimits';
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

/** What access to one room depends on, read from the database at the upgrade ([SYNC6]). */
export interface RoomTarget {
  werkgroepId: string;
  /** Locked (a vastgesteld section, a locked board, a board's locked frames): only `unlockedBy` writes. */
  locked: boolean;
  /** A member's own room (hidden notes of a silent brainstorm): nobody else may even read it. */
  owner: string | null;
}

/** The reads a room's target needs (a narrow slice, so any storage backend and a test fake fit). */
export type RoomLookups = Pick<
  Storage,
  'getDocument' | 'getSection' | 'getWerkgroep' | 'getBoard' | 'getMeeting' | 'getAkkoord'
>;

/** The werkgroep a room belongs to, its lock and its owner; null when its resource does not exist. */
export type FindTarget = (storage: RoomLookups, id: string) => Promise<RoomTarget | null>;

/**
 * What the server does differently per kind of room: one table, so a new kind is one entry the
 * compiler asks for.
 */
export interface RoomRules {
  /**
   * Yjs garbage collection in the server's copy ([SYNC13]): deleted content becomes a small
   * tombstone, so what is stored and what a newcomer downloads follow the visible content. History
   * lives in named versions (each holds every section's full state), not in the live room.
   */
  gc: boolean;
  /** Only the server writes this room; every client connection is read-only ([SYNC6], [SYNC12]). */
  serverWritten: boolean;
  /** The server records which member sent each Yjs client id (PermanentUserData layout). */
  recordsAuthors: boolean;
  /**
   * Ceiling of the room's encoded document for client updates ([SYNC8]); the server's own writes
   * are not refused, but count towards it.
   */
  maxBytes: number;
  /** What a client's update is held to beyond being a valid Yjs update ([SYNC11]: board limits and authors). */
  update: UpdateRule | null;
  /**
   * [SYNC10] A limit `update` keeps per instance that writers on several instances can pass together:
   * true when the room is past it (the server's single writer then trims it); null when none.
   */
  sharedLimits: ((doc: Y.Doc) => boolean) | null;
  /** Who may still write the room while it is locked; null: nobody (or it is never locked) ([SYNC6]). */
  unlockedBy: Action | null;
  /** Where the room belongs, whether it is locked and whose own room it is ([SYNC6]). */
  target: FindTarget;
  /** What a member must be allowed to read the room; `document.read` when not given. */
  reads?: Action;
  /** What a member must be allowed to write the room (when not locked); `document.write` when not given. */
  writes?: Action;
}

/** [SYNC11] Boards: limits, field rules, and authors from the connection. */
const board: UpdateRule = (doc, apply, identity) =>
  applyWithinBoardLimits(doc, apply, {
    identity,
    // The facilitator's client moves notes between a board's rooms and keeps who wrote them.
    carriesAuthors: identity !== null && can(identity.role, 'board.manage'),
  });

const open = (werkgroepId: string | undefined, more: Partial<Omit<RoomTarget, 'werkgroepId'>> = {}) =>
  werkgroepId ? { werkgroepId, locked: false, owner: null, ...more } : null;

const MAX = SYNC_LIMITS.maxRoomBytes;

/** What the three kinds of board room share: clients write, held to the board's rules and limits. */
const BOARD_ROOM = {
  gc: true,
  serverWritten: false,
  recordsAuthors: false,
  maxBytes: MAX,
  update: board,
  sharedLimits: boardOverLimits,
} as const;

/** What the rooms the server writes as mirrors of the database share ([SYNC12]): clients only read. */
const MIRROR_ROOM = {
  gc: true,
  serverWritten: true,
  recordsAuthors: false,
  maxBytes: MAX,
  update: null,
  sharedLimits: null,
  unlockedBy: null,
} as const;

export const ROOM_RULES: Record<RoomKind, RoomRules> = {
  // A document's structure: a mirror of the database (sections, comment threads); nothing reads
  // its history, and a thread is rewritten whole on every comment.
  doc: {
    ...MIRROR_ROOM,
    target: async (s, id) => open((await s.getDocument(id))?.werkgroepId),
  },
  // One section's text; settled (vastgesteld), only the facilitator edits it.
  section: {
    gc: true,
    serverWritten: false,
    recordsAuthors: true,
    maxBytes: MAX,
    update: null,
    sharedLimits: null,
    unlockedBy: 'section.editLocked',
    target: async (s, id) => {
      const section = await s.getSection(id);
      if (!section) return null;
      return open((await s.getDocument(section.documentId))?.werkgroepId, {
        locked: section.status === 'vastgesteld',
      });
    },
  },
  // A board's open notes and frames; a locked board is read-only for everyone but the facilitator.
  board: {
    ...BOARD_ROOM,
    unlockedBy: 'board.manage',
    target: async (s, id) => {
      const row = await s.getBoard(id);
      return open(row?.werkgroepId, { locked: row?.locked ?? false });
    },
  },
  // A board's locked frames and their notes: always locked, only the facilitator writes.
  boardlock: {
    ...BOARD_ROOM,
    unlockedBy: 'board.manage',
    target: async (s, id) => open((await s.getBoard(id))?.werkgroepId, { locked: true }),
  },
  // One member's hidden notes during a silent brainstorm: only that member opens it.
  boarddraft: {
    ...BOARD_ROOM,
    unlockedBy: null,
    target: async (s, id) => {
      const ids = parseBoardDraftRoomId(id);
      if (!ids) return null;
      return open((await s.getBoard(ids.boardId))?.werkgroepId, { owner: ids.memberId });
    },
  },
  // Presence, votes, decisions, board settings, meeting summaries and the roster.
  werkgroep: {
    ...MIRROR_ROOM,
    target: async (s, id) => open((await s.getWerkgroep(id))?.id),
  },
  // A meeting's live state.
  session: {
    ...MIRROR_ROOM,
    target: async (s, id) => open((await s.getMeeting(id))?.werkgroepId),
  },
  // A werkgroep's wijknetwerk ([SYNC12]): a mirror of the database, reconciled at every load.
  netwerk: {
    ...MIRROR_ROOM,
    target: async (s, id) => open((await s.getWerkgroep(id))?.id),
    // As GET …/netwerk: not a guest who came in by the projector's code.
    reads: 'network.view',
  },
  // The wijkakkoord's introduction, co-written like a section; frozen for signing (ter_ondertekening,
  // getekend) nobody writes it, the facilitator neither: reopening the akkoord unlocks it ([AKK2]).
  akkoord: {
    gc: true,
    serverWritten: false,
    recordsAuthors: true,
    maxBytes: MAX,
    update: null,
    sharedLimits: null,
    unlockedBy: null,
    target: async (s, id) => {
      const werkgroep = await s.getWerkgroep(id);
      if (!werkgroep) return null;
      const akkoord = await s.getAkkoord(id);
      return open(werkgroep.id, { locked: akkoord !== null && isFrozen(akkoord.status) });
    },
    reads: 'akkoord.view',
    writes: 'akkoord.edit',
  },
  // The wijkakkoord's afspraken, signatures and progress ([AKK12]): a mirror of the database.
  akkoordstand: {
    ...MIRROR_ROOM,
    target: async (s, id) => open((await s.getWerkgroep(id))?.id),
    reads: 'akkoord.view',
  },
  // A werkgroep's indicators and measurements (issue 19): a mirror of the database, reconciled at every load.
  monitoring: {
    ...MIRROR_ROOM,
    target: async (s, id) => open((await s.getWerkgroep(id))?.id),
    reads: 'monitoring.view',
  },
};

/** For a malformed name (never loaded, never authorized): the strictest rules. */
const STRICTEST: RoomRules = { ...ROOM_RULES.doc, target: async () => null };

/** The rules of a room by its name; a malformed name gets the strictest rules. */
export function rulesFor(name: string): RoomRules {
  const kind = parseRoomName(name)?.kind;
  return kind ? ROOM_RULES[kind] : STRICTEST;
}

/**
 * [SYNC6] Whether a member with `role` may write a room of this kind in this state: never a room only
 * the server writes, never without the kind's `writes` right (`document.write`: not observers, guests), and a locked room only with
 * the kind's `unlockedBy` right.
 */
export function mayWrite(rules: RoomRules, target: RoomTarget, role: MemberRole): boolean {
  if (rules.serverWritten || !can(role, rules.writes ?? 'document.write')) return false;
  return !target.locked || (rules.unlockedBy !== null && can(role, rules.unlockedBy));
}
