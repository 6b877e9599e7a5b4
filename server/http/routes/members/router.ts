import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { changeRole, confirmGuest, refuseGuest, removeMember } from '../../../domain/members';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { presentMember } from '../../presenters/member';
import { publishRoster } from '../../roomState';
import { mount } from '../../route';

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
    await removeMember(storage, params.werkgroepId, member.id);
    rightsChanged(member.id);
    await roster(params.werkgroepId);
    return undefined;
  });

  mount(router, API.updateMember, async ({ req, params, body }) => {
    await requireMember(storage, req, params.werkgroepId, 'members.manage');
    const updated = await changeRole(storage, params.werkgroepId, params.memberId, body.role);
    rightsChanged(updated.id);
    await roster(params.werkgroepId);
    req.log.info({ werkgroep: params.werkgroepId, member: updated.id, role: updated.role }, 'role changed');
    return presentMember(updated);
  });

  // Confirming and refusing act only on someone who still waits (one statement each): a second click,
  // or a second facilitator with an older list, changes nothing they did not mean.
  mount(router, API.confirmGuest, async ({ req, params, body }) => {
    await requireMember(storage, req, params.werkgroepId, 'members.manage');
    const { member, changed } = await confirmGuest(storage, params.werkgroepId, params.memberId, body.role);
    if (!changed) return presentMember(member);
    rightsChanged(member.id);
    await roster(params.werkgroepId);
    req.log.info({ werkgroep: params.werkgroepId, member: member.id, role: member.role }, 'guest confirmed');
    return presentMember(member);
  });

  mount(router, API.refuseGuest, async ({ req, params }) => {
    await requireMember(storage, req, params.werkgroepId, 'members.manage');
    await refuseGuest(storage, params.werkgroepId, params.memberId);
    rightsChanged(params.memberId);
    await roster(params.werkgroepId);
    req.log.info({ werkgroep: params.werkgroepId, member: params.memberId }, 'guest refused');
    return undefined;
  });

  mount(router, API.removeMember, async ({ req, params }) => {
    await requireMember(storage, req, params.werkgroepId, 'members.manage');
    if (!(await removeMember(storage, params.werkgroepId, params.memberId))) throw new ApiError('not_found');
    rightsChanged(params.memberId);
    await roster(params.werkgroepId);
    req.log.info({ werkgroep: params.werkgroepId, member: params.memberId }, 'member removed');
    return undefined;
  });

  return router;
}
