import { can } from '../../shared/permissions';
import type { MemberRole, Role } from '../../shared/schemas/member';
import type { Storage } from '../storage/Storage';
import type { MemberRow } from '../storage/WorkspaceStore';
import { DomainError } from './errors';

/**
 * A werkgroep always keeps at least one member who manages members (a facilitator): refuses
 * (last_facilitator) the change that would remove the last.
 */
async function keepsAFacilitator(
  storage: Storage,
  werkgroepId: string,
  memberId: string,
  newRole: Role | null,
): Promise<void> {
  const manages = (role: MemberRole | null | undefined) => can(role, 'members.manage');
  if (manages(newRole)) return;
  const members = await storage.listMembers(werkgroepId);
  const target = members.find((m) => m.id === memberId);
  if (!manages(target?.role)) return;
  if (members.filter((m) => manages(m.role)).length <= 1) throw new DomainError('last_facilitator');
}

/** Gives a member another role (confirming a waiting guest too); never the werkgroep's last facilitator's. */
export async function changeRole(storage: Storage, werkgroepId: string, memberId: string, role: Role) {
  if (!(await storage.getMember(werkgroepId, memberId))) throw new DomainError('not_found');
  await keepsAFacilitator(storage, werkgroepId, memberId, role);
  const updated = await storage.updateMember(werkgroepId, memberId, { role });
  if (!updated) throw new DomainError('not_found');
  return updated;
}

/**
 * Removes a member (leaving, or removed by the facilitator); never the last facilitator. Returns
 * false when there is no such member.
 */
export async function removeMember(
  storage: Storage,
  werkgroepId: string,
  memberId: string,
): Promise<boolean> {
  await keepsAFacilitator(storage, werkgroepId, memberId, null);
  return storage.removeMember(werkgroepId, memberId, Date.now());
}

/**
 * Confirms a waiting guest in a role. Acts only on someone who still waits (one statement): confirmed
 * already in this very role is the same click twice (`changed: false`); in another role it is
 * already_confirmed, so a second facilitator with an older list changes nothing they did not mean.
 */
export async function confirmGuest(
  storage: Storage,
  werkgroepId: string,
  memberId: string,
  role: Role,
): Promise<{ member: MemberRow; changed: boolean }> {
  const result = await storage.confirmGuest(werkgroepId, memberId, role);
  if (result.status === 'not_found') throw new DomainError('not_found');
  if (result.status === 'confirmed') {
    if (result.member.role === role) return { member: result.member, changed: false };
    throw new DomainError('already_confirmed');
  }
  return { member: result.member, changed: true };
}

/** Refuses a waiting guest (they leave the werkgroep); already_confirmed when they no longer wait. */
export async function refuseGuest(storage: Storage, werkgroepId: string, memberId: string): Promise<void> {
  const result = await storage.refuseGuest(werkgroepId, memberId, Date.now());
  if (result.status === 'not_found') throw new DomainError('not_found');
  if (result.status === 'confirmed') throw new DomainError('already_confirmed');
}
