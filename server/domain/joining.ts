import type { ErrorCode } from '../../shared/api/errors';
import { MEMBER_LIMITS, type Role } from '../../shared/schemas/member';
import { startSession } from '../auth/session';
import { hashToken, newId } from '../auth/tokens';
import type { Storage } from '../storage/Storage';
import type { MemberRow, WerkgroepRow } from '../storage/WorkspaceStore';
import { DomainError } from './errors';
import type { Actor } from './loaders';

type NewMember = Pick<MemberRow, 'displayName' | 'organisation' | 'namedInExport'>;
type Joined = { ok: true; member: MemberRow; created: boolean };

/** Who joined, and the session token the caller gets (as a cookie, and in the body for API clients). */
export interface Joining {
  member: MemberRow;
  created: boolean;
  token: string;
}

/**
 * Joining as a person: the actor's own person when signed in already (e.g. in another werkgroep: one
 * device, one member), or a new person with a new session. A join that is refused removes the session
 * it made, so refused tries leave nothing behind.
 */
async function joinAsPerson<F extends { ok: false }>(
  storage: Storage,
  actor: Actor,
  join: (personId: string) => Promise<Joined | F>,
  refuse: (failed: F) => ErrorCode,
): Promise<Joining> {
  const existing = actor?.personId ?? null;
  const session = existing ? null : await startSession(storage, null);
  const personId = existing ?? session?.personId;
  if (!personId) throw new Error('no person');
  const result = await join(personId);
  if (!result.ok) {
    if (session) await storage.deleteSession(hashToken(session.token));
    throw new DomainError(refuse(result));
  }
  // Signed in with a cookie already: give API clients a token of their own as well.
  const token = session?.token ?? (await startSession(storage, personId)).token;
  return { member: result.member, created: result.created, token };
}

/**
 * Accepts an invite (by its code's hash): a new member in the invite's role, or a person already in
 * the werkgroep keeps their membership. Refused with not_found or invite_expired / _used_up / _revoked.
 */
export async function joinWithInvite(
  storage: Storage,
  input: { codeHash: string; actor: Actor; member: NewMember },
): Promise<Joining & { werkgroep: WerkgroepRow }> {
  const joined = await joinAsPerson(
    storage,
    input.actor,
    (personId) =>
      storage.acceptInvite({
        codeHash: input.codeHash,
        now: Date.now(),
        personId,
        member: { id: newId(), ...input.member },
      }),
    (failed) => (failed.status === 'not_found' ? 'not_found' : `invite_${failed.status}`),
  );
  const werkgroep = await storage.getWerkgroep(joined.member.werkgroepId);
  if (!werkgroep) throw new DomainError('not_found');
  return { ...joined, werkgroep };
}

/**
 * Joins a werkgroep with a running meeting's code: someone already in the werkgroep gets their own
 * membership back; anyone else becomes a guest until confirmed. Without a session the server cannot
 * tell a device that joins twice from two people: confirmation is what keeps a stuffed ballot box
 * out, since a guest does not vote. Refused with limit_reached when too many guests wait.
 */
export function joinWithCode(
  storage: Storage,
  input: { werkgroepId: string; actor: Actor; claimedRole: Role; displayName: string },
): Promise<Joining> {
  return joinAsPerson(
    storage,
    input.actor,
    (personId) =>
      storage.joinAsGuest({
        werkgroepId: input.werkgroepId,
        now: Date.now(),
        personId,
        claimedRole: input.claimedRole,
        maxWaiting: MEMBER_LIMITS.guestsWaitingMax,
        member: { id: newId(), displayName: input.displayName, organisation: null, namedInExport: false },
      }),
    () => 'limit_reached',
  );
}
