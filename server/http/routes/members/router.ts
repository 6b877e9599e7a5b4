import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import type { Role } from '../../../../shared/schemas/member';
import type { Storage } from '../../../storage/Storage';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { presentMember } from '../../presenters/member';
import { publishRoster } from '../../roomState';
import { mount } from '../../route';

/** A werkgroep always keeps at least one facilitator: refuse the change that would remove the last. */
async function keepsAFacilitator(
  storage: Storage,
  werkgroepId: string,
  memberId: string,
  newRole: Role | null,
) {
  if (newRole === 'facilitator') return;
  const members = await storage.listMembers(werkgroepId);
  const target = members.find((m) => m.id === memberId);
  if (target?.role !== 'facilitator') return;
  if (members.filter((m) => m.role === 'facilitator').length <= 1) throw new ApiError('conflict');
}

export function membersRouter({ storage, rightsChanged, rooms }: RouteDeps): Router {
  const router = Router();
  // Every change to who is in the werkgroep reaches the screens that show it ("Wie doet er mee", "Leden").
  const roster = (werkgroepId: string) => publishRoster(storage, rooms, werkgroepId);

  mount(router, API.listMembers, async ({ req, params }) => {
    await requireMember(storage, req, params.werkgroepId, 'members.view');
    return (await storage.listMembers(params.werkgroepId)).map(presentMember);
  });

  // `me` routes first: "me" would also match :memberId.
  mount(router, API.updateSelf, async ({ req, params, body }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'self.update');
    const updated = await storage.updateMember(params.werkgroepId, member.id, body);
    if (!updated) throw new ApiError('not_found');
    // Open sockets carry the old name in presence: let them reconnect with the new one.
    if (body.displayName !== undefined) rightsChanged(member.id);
    await roster(params.werkgroepId);
    return presentMember(updated);
  });

  mount(router, API.leave, async ({ req, params }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'self.leave');
    await keepsAFacilitator(storage, params.werkgroepId, member.id, null);
    await storage.removeMember(params.werkgroepId, member.id, Date.now());
    rightsChanged(member.id);
    await roster(params.werkgroepId);
    return undefined;
  });

  mount(router, API.updateMember, async ({ req, params, body }) => {
    await requireMember(storage, req, params.werkgroepId, 'members.manage');
    if (!(await storage.getMember(params.werkgroepId, params.memberId))) throw new ApiError('not_found');
    await keepsAFacilitator(storage, params.werkgroepId, params.memberId, body.role);
    const updated = await storage.updateMember(params.werkgroepId, params.memberId, { role: body.role });
    if (!updated) throw new ApiError('not_found');
    rightsChanged(updated.id);
    await roster(params.werkgroepId);
    req.log.info({ werkgroep: params.werkgroepId, member: updated.id, role: updated.role }, 'role changed');
    return presentMember(updated);
  });

  // Confirming and refusing act only on someone who still waits (one statement each): a second click,
  // or a second facilitator with an older list, changes nothing they did not mean.
  mount(router, API.confirmGuest, async ({ req, params, body }) => {
    await requireMember(storage, req, params.werkgroepId, 'members.manage');
    const result = await storage.confirmGuest(params.werkgroepId, params.memberId, body.role);
    if (result.status === 'not_found') throw new ApiError('not_found');
    if (result.status === 'confirmed') {
      // Confirmed already in this very role: the same click twice, nothing to undo or to redo.
      if (result.member.role === body.role) return presentMember(result.member);
      throw new ApiError('already_confirmed');
    }
    rightsChanged(result.member.id);
    await roster(params.werkgroepId);
    req.log.info(
      { werkgroep: params.werkgroepId, member: result.member.id, role: result.member.role },
      'guest confirmed',
    );
    return presentMember(result.member);
  });

  mount(router, API.refuseGuest, async ({ req, params }) => {
    await requireMember(storage, req, params.werkgroepId, 'members.manage');
    const result = await storage.refuseGuest(params.werkgroepId, params.memberId, Date.now());
    if (result.status === 'not_found') throw new ApiError('not_found');
    if (result.status === 'confirmed') throw new ApiError('already_confirmed');
    rightsChanged(params.memberId);
    await roster(params.werkgroepId);
    req.log.info({ werkgroep: params.werkgroepId, member: params.memberId }, 'guest refused');
    return undefined;
  });

  mount(router, API.removeMember, async ({ req, params }) => {
    await requireMember(storage, req, params.werkgroepId, 'members.manage');
    await keepsAFacilitator(storage, params.werkgroepId, params.memberId, null);
    if (!(await storage.removeMember(params.werkgroepId, params.memberId, Date.now())))
      throw new ApiError('not_found');
    rightsChanged(params.memberId);
    await roster(params.werkgroepId);
    req.log.info({ werkgroep: params.werkgroepId, member: params.memberId }, 'member removed');
    return undefined;
  });

  return router;
}
