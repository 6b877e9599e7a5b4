import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { FACILITATOR_INVITE } from '../../../../shared/schemas/invite';
import { composition } from '../../../../shared/schemas/member';
import { newId } from '../../../auth/tokens';
import { createInvite } from '../../../domain/invites';
import { inviteStatus } from '../../../storage/WorkspaceStore';
import { requireAdmin, requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { presentCreatedInvite } from '../../presenters/invite';
import { presentMember } from '../../presenters/member';
import { presentWerkgroep } from '../../presenters/werkgroep';
import { mount } from '../../route';

export function werkgroepenRouter({ storage, limits, joinAddress }: RouteDeps): Router {
  const router = Router();

  // Admin routes, GET too: each request is also a try of the ADMIN_TOKEN.
  router.get(API.listWerkgroepen.path, limits.admin);
  mount(router, API.listWerkgroepen, async ({ req }) => {
    requireAdmin(req);
    return (await storage.listWerkgroepen()).map(presentWerkgroep);
  });

  router.post(API.createWerkgroep.path, limits.admin);
  mount(router, API.createWerkgroep, async ({ req, body }) => {
    requireAdmin(req);
    const row = { id: newId(), ...body, createdAt: Date.now() };
    await storage.createWerkgroep(row);
    // The first member is the facilitator, who joins through this link and invites the others.
    const facilitatorInvite = presentCreatedInvite(
      await createInvite(
        storage,
        row.id,
        { role: 'facilitator', ...FACILITATOR_INVITE },
        joinAddress(req).origin,
      ),
    );
    req.log.info({ werkgroep: row.id }, 'werkgroep created');
    return { werkgroep: presentWerkgroep(row), facilitatorInvite };
  });

  // A lost or forwarded facilitator link: the admin makes a new one, and the ones still open stop working.
  router.post(API.newFacilitatorInvite.path, limits.admin);
  mount(router, API.newFacilitatorInvite, async ({ req, params }) => {
    requireAdmin(req);
    if (!(await storage.getWerkgroep(params.werkgroepId))) throw new ApiError('not_found');
    const now = Date.now();
    const open = (await storage.listInvites(params.werkgroepId)).filter(
      (i) => i.role === 'facilitator' && inviteStatus(i, now) === 'valid',
    );
    for (const invite of open) await storage.revokeInvite(params.werkgroepId, invite.id, now);
    const created = presentCreatedInvite(
      await createInvite(
        storage,
        params.werkgroepId,
        { role: 'facilitator', ...FACILITATOR_INVITE },
        joinAddress(req).origin,
      ),
    );
    req.log.info({ werkgroep: params.werkgroepId, withdrawn: open.length }, 'facilitator invite renewed');
    return created;
  });

  mount(router, API.getWerkgroep, async ({ req, params }) => {
    const { werkgroep, member } = await requireMember(storage, req, params.werkgroepId, 'werkgroep.view');
    const members = await storage.listMembers(werkgroep.id);
    return {
      werkgroep: presentWerkgroep(werkgroep),
      me: presentMember(member),
      composition: composition(members.map((m) => m.role)),
    };
  });

  return router;
}
