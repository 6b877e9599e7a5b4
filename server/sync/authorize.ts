import { can } from '../../shared/permissions';
import { CloseCode } from '../../shared/sync/closeCodes';
import { authenticate, sameOrigin } from '../auth/session';
import { parseRequestUrl } from '../net/requestUrl';
import type { Storage } from '../storage/Storage';
import { mayWrite, ROOM_RULES } from './roomRules';
import type { Authorize } from './types';

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
 * What differs per room kind (where it belongs, its lock, who unlocks it) is in `ROOM_RULES`.
 */
export function createAuthorize(storage: Storage, adminToken: string | null): Authorize {
  return async (request, room) => {
    const auth = await authenticate(storage, request, adminToken, parseRequestUrl(request.url) ?? undefined);
    if (!auth?.personId) return { ok: false, code: CloseCode.Unauthorized, reason: 'not signed in' };
    if (auth.via === 'cookie' && !sameOrigin(request)) {
      return { ok: false, code: CloseCode.Forbidden, reason: 'cross-site request' };
    }
    const rules = ROOM_RULES[room.kind];
    const target = await rules.target(storage, room.id);
    if (!target) return { ok: false, code: CloseCode.NotFound, reason: 'no such room' };
    const { werkgroepId } = target;
    const member = await storage.getMemberForPerson(werkgroepId, auth.personId);
    if (!member || !can(member.role, rules.reads ?? 'document.read')) {
      return { ok: false, code: CloseCode.Forbidden, reason: 'not a member' };
    }
    if (target.owner !== null && target.owner !== member.id) {
      return { ok: false, code: CloseCode.Forbidden, reason: 'not your room' };
    }
    return {
      ok: true,
      readOnly: !mayWrite(rules, target, member.role),
      shareAwareness: can(member.role, 'presence.share'),
      identity: { memberId: member.id, werkgroepId, displayName: member.displayName, role: member.role },
    };
  };
}
