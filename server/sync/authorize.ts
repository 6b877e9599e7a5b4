import { type Action, can } from '../../shared/permissions';
import { CloseCode } from '../../shared/sync/closeCodes';
import { parseBoardDraftRoomId, type Room } from '../../shared/sync/rooms';
import { authenticate, sameOrigin } from '../auth/session';
import { parseRequestUrl } from '../net/requestUrl';
import type { Storage } from '../storage/Storage';
import { ROOM_RULES } from './roomRules';
import type { Authorize } from './types';

interface RoomTarget {
  werkgroepId: string;
  /** Only the server writes this room (structure, presence, votes). */
  serverWritten: boolean;
  /** Locked (a vastgesteld section, a locked board, a board's locked frames): only `unlockedBy` writes. */
  locked: boolean;
  unlockedBy: Action;
  /** A member's own room (hidden notes of a silent brainstorm): nobody else may even read it. */
  owner: string | null;
}

/** The werkgroep a room belongs to, or null when its resource does not exist. */
async function targetOf(storage: Storage, room: Room): Promise<RoomTarget | null> {
  const open = (
    werkgroepId: string | undefined,
    more: Partial<Omit<RoomTarget, 'werkgroepId'>> = {},
  ): RoomTarget | null =>
    werkgroepId
      ? {
          werkgroepId,
          serverWritten: ROOM_RULES[room.kind].serverWritten,
          locked: false,
          unlockedBy: 'section.editLocked',
          owner: null,
          ...more,
        }
      : null;
  switch (room.kind) {
    case 'doc':
      return open((await storage.getDocument(room.id))?.werkgroepId);
    case 'section': {
      const section = await storage.getSection(room.id);
      if (!section) return null;
      return open((await storage.getDocument(section.documentId))?.werkgroepId, {
        locked: section.status === 'vastgesteld',
      });
    }
    case 'werkgroep':
      return open((await storage.getWerkgroep(room.id))?.id);
    case 'board': {
      const board = await storage.getBoard(room.id);
      return open(board?.werkgroepId, { locked: board?.locked ?? false, unlockedBy: 'board.manage' });
    }
    case 'boardlock':
      return open((await storage.getBoard(room.id))?.werkgroepId, {
        locked: true,
        unlockedBy: 'board.manage',
      });
    case 'boarddraft': {
      const ids = parseBoardDraftRoomId(room.id);
      if (!ids) return null;
      return open((await storage.getBoard(ids.boardId))?.werkgroepId, { owner: ids.memberId });
    }
    case 'session':
      // A meeting's live state: only the server writes it.
      return open((await storage.getMeeting(room.id))?.werkgroepId);
  }
}

/**
 * [SYNC6] Access is decided at the upgrade, before anything is loaded: a session (token query
 * parameter, bearer header or cookie; a cookie only from our own origin), membership of the room's
 * werkgroep, and the policy. Observers get read-only connections; rooms only the server writes
 * (a document's structure, the werkgroep's presence) are read-only for everyone; a *vastgesteld*
 * section is read-only for everyone but the facilitator. The lock is a right on the whole room
 * because Yjs cannot refuse half an update: per-section rooms make "this section is settled"
 * enforceable without forking the client. Boards follow the same rule: a locked board is read-only,
 * locked frames live in the board's own locked room (the server moves them there), and a member's
 * hidden notes live in a room only that member may open, so nobody else's socket ever carries them.
 */
export function createAuthorize(storage: Storage, adminToken: string | null): Authorize {
  return async (request, room) => {
    const auth = await authenticate(storage, request, adminToken, parseRequestUrl(request.url) ?? undefined);
    if (!auth?.personId) return { ok: false, code: CloseCode.Unauthorized, reason: 'not signed in' };
    if (auth.via === 'cookie' && !sameOrigin(request)) {
      return { ok: false, code: CloseCode.Forbidden, reason: 'cross-site request' };
    }
    const target = await targetOf(storage, room);
    if (!target) return { ok: false, code: CloseCode.NotFound, reason: 'no such room' };
    const { werkgroepId } = target;
    const member = await storage.getMemberForPerson(werkgroepId, auth.personId);
    if (!member || !can(member.role, 'document.read')) {
      return { ok: false, code: CloseCode.Forbidden, reason: 'not a member' };
    }
    if (target.owner !== null && target.owner !== member.id) {
      return { ok: false, code: CloseCode.Forbidden, reason: 'not your room' };
    }
    return {
      ok: true,
      readOnly:
        target.serverWritten ||
        !can(member.role, 'document.write') ||
        (target.locked && !can(member.role, target.unlockedBy)),
      shareAwareness: can(member.role, 'presence.share'),
      identity: { memberId: member.id, werkgroepId, displayName: member.displayName, role: member.role },
    };
  };
}
