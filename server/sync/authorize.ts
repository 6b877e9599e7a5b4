import { can } from '../../shared/permissions';
import { CloseCode } from '../../shared/sync/closeCodes';
import type { Room } from '../../shared/sync/rooms';
import { authenticate, sameOrigin } from '../auth/session';
import type { Storage } from '../storage/Storage';
import type { Authorize } from './SyncServer';

/** The werkgroep a room belongs to, or null when its resource does not exist. */
async function werkgroepOf(storage: Storage, room: Room): Promise<string | null> {
  switch (room.kind) {
    case 'doc':
      return (await storage.getDocument(room.id))?.werkgroepId ?? null;
    case 'werkgroep':
      return (await storage.getWerkgroep(room.id))?.id ?? null;
    default:
      // Boards and sessions arrive with their own features; until then their rooms do not exist.
      return null;
  }
}

/**
 * [SYNC6] Access is decided at the upgrade, before anything is loaded: a session (token query
 * parameter, bearer header or cookie; a cookie only from our own origin), membership of the room's
 * werkgroep, and the policy. Observers get read-only connections; the werkgroep's presence room is
 * read-only for everyone (it carries presence, not content).
 */
export function createAuthorize(storage: Storage, adminToken: string | null): Authorize {
  return async (request, room) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const auth = await authenticate(storage, request, adminToken, url);
    if (!auth?.personId) return { ok: false, code: CloseCode.Unauthorized, reason: 'not signed in' };
    if (auth.via === 'cookie' && !sameOrigin(request)) {
      return { ok: false, code: CloseCode.Forbidden, reason: 'cross-site request' };
    }
    const werkgroepId = await werkgroepOf(storage, room);
    if (!werkgroepId) return { ok: false, code: CloseCode.NotFound, reason: 'no such room' };
    const member = await storage.getMemberForPerson(werkgroepId, auth.personId);
    if (!member || !can(member.role, 'document.read')) {
      return { ok: false, code: CloseCode.Forbidden, reason: 'not a member' };
    }
    return {
      ok: true,
      readOnly: room.kind === 'werkgroep' || !can(member.role, 'document.write'),
      shareAwareness: can(member.role, 'presence.share'),
      identity: { memberId: member.id, werkgroepId, displayName: member.displayName, role: member.role },
    };
  };
}
