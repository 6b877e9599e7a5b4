import { can } from '../../shared/permissions';
import { CloseCode } from '../../shared/sync/closeCodes';
import type { Room } from '../../shared/sync/rooms';
import { authenticate, sameOrigin } from '../auth/session';
import type { Storage } from '../storage/Storage';
import type { Authorize } from './SyncServer';

interface RoomTarget {
  werkgroepId: string;
  /** Only the server writes this room (structure, presence). */
  serverWritten: boolean;
  /** A vastgesteld section: only members who may edit settled sections write. */
  locked: boolean;
}

/** The werkgroep a room belongs to, or null when its resource does not exist. */
async function targetOf(storage: Storage, room: Room): Promise<RoomTarget | null> {
  const open = (werkgroepId: string | undefined, serverWritten = false, locked = false) =>
    werkgroepId ? { werkgroepId, serverWritten, locked } : null;
  switch (room.kind) {
    case 'doc':
      return open((await storage.getDocument(room.id))?.werkgroepId, true);
    case 'section': {
      const section = await storage.getSection(room.id);
      if (!section) return null;
      return open(
        (await storage.getDocument(section.documentId))?.werkgroepId,
        false,
        section.status === 'vastgesteld',
      );
    }
    case 'werkgroep':
      return open((await storage.getWerkgroep(room.id))?.id, true);
    default:
      // Boards and sessions arrive with their own features; until then their rooms do not exist.
      return null;
  }
}

/**
 * [SYNC6] Access is decided at the upgrade, before anything is loaded: a session (token query
 * parameter, bearer header or cookie; a cookie only from our own origin), membership of the room's
 * werkgroep, and the policy. Observers get read-only connections; rooms only the server writes
 * (a document's structure, the werkgroep's presence) are read-only for everyone; a *vastgesteld*
 * section is read-only for everyone but the facilitator. The lock is a right on the whole room
 * because Yjs cannot refuse half an update: per-section rooms make "this section is settled"
 * enforceable without forking the client.
 */
export function createAuthorize(storage: Storage, adminToken: string | null): Authorize {
  return async (request, room) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const auth = await authenticate(storage, request, adminToken, url);
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
    return {
      ok: true,
      readOnly:
        target.serverWritten ||
        !can(member.role, 'document.write') ||
        (target.locked && !can(member.role, 'section.editLocked')),
      shareAwareness: can(member.role, 'presence.share'),
      identity: { memberId: member.id, werkgroepId, displayName: member.displayName, role: member.role },
    };
  };
}
