import { type Action, can } from '../../shared/permissions';
import type { Storage } from '../storage/Storage';
import type { MemberRow, WerkgroepRow } from '../storage/WorkspaceStore';
import { DomainError } from './errors';

/**
 * Who acts: the person behind the request's session (null without one; `personId` is null for the
 * ADMIN_TOKEN, which is no person and no member of any werkgroep).
 */
export type Actor = { personId: string | null } | null;

/**
 * Why a member may not do something: a guest who would be allowed it once confirmed in the role they
 * claimed hears `not_confirmed` (vote, write, raise a hand), so a page can say "wait for the
 * facilitator" instead of "not allowed".
 */
export function refusal(member: Pick<MemberRow, 'role' | 'claimedRole'>, action: Action) {
  return member.role === 'guest' && member.claimedRole && can(member.claimedRole, action)
    ? 'not_confirmed'
    : 'forbidden';
}

/**
 * The werkgroep (404 when unknown), the actor's membership (401 without a person, 403 when not a
 * member) and the policy check for `action` (403, or not_confirmed for a waiting guest). In this
 * order: an unknown werkgroep is a 404 for everyone.
 */
export async function memberFor(
  storage: Storage,
  werkgroepId: string,
  actor: Actor,
  action: Action,
): Promise<{ werkgroep: WerkgroepRow; member: MemberRow }> {
  const werkgroep = await storage.getWerkgroep(werkgroepId);
  if (!werkgroep) throw new DomainError('not_found');
  if (!actor?.personId) throw new DomainError('unauthorized');
  const member = await storage.getMemberForPerson(werkgroepId, actor.personId);
  if (!member) throw new DomainError('forbidden');
  if (!can(member.role, action)) throw new DomainError(refusal(member, action));
  return { werkgroep, member };
}

/** The document (404 when unknown) and the actor's membership in its werkgroep, checked for `action`. */
export async function documentFor(storage: Storage, documentId: string, actor: Actor, action: Action) {
  const document = await storage.getDocument(documentId);
  if (!document) throw new DomainError('not_found');
  const { werkgroep, member } = await memberFor(storage, document.werkgroepId, actor, action);
  return { document, werkgroep, member };
}

/** A board of the werkgroep (404 when unknown or another werkgroep's), for a member who may read. */
export async function boardFor(storage: Storage, werkgroepId: string, boardId: string, actor: Actor) {
  const { member } = await memberFor(storage, werkgroepId, actor, 'document.read');
  const board = await storage.getBoard(boardId);
  if (!board || board.werkgroepId !== werkgroepId) throw new DomainError('not_found');
  return { board, member };
}

/** A meeting of the werkgroep (404 when unknown or another werkgroep's), for a member who may read. */
export async function meetingFor(storage: Storage, werkgroepId: string, meetingId: string, actor: Actor) {
  const { member, werkgroep } = await memberFor(storage, werkgroepId, actor, 'document.read');
  const meeting = await storage.getMeeting(meetingId);
  if (!meeting || meeting.werkgroepId !== werkgroepId) throw new DomainError('not_found');
  return { meeting, member, werkgroep };
}
