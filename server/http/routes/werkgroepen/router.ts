import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { composition } from '../../../../shared/schemas/member';
import { newId } from '../../../auth/tokens';
import { requireAdmin, requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { presentMember, presentWerkgroep } from '../../presenters';
import { mount } from '../../route';
import { createInviteFor } from '../invites/createInvite';

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
    const facilitatorInvite = await createInviteFor(
      storage,
      req,
      row.id,
      { role: 'facilitator', expiresInDays: 30, maxUses: 3 },
      joinAddress(req).origin,
    );
    req.log.info({ werkgroep: row.id }, 'werkgroep created');
    return { werkgroep: presentWerkgroep(row), facilitatorInvite };
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
