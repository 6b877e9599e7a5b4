import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { composition } from '../../../../shared/schemas/member';
import { createWerkgroep, renewFacilitatorInvite } from '../../../domain/invites';
import { requireAdmin, requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
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
    const { werkgroep, facilitatorInvite } = await createWerkgroep(storage, body, joinAddress(req).origin);
    req.log.info({ werkgroep: werkgroep.id }, 'werkgroep created');
    return {
      werkgroep: presentWerkgroep(werkgroep),
      facilitatorInvite: presentCreatedInvite(facilitatorInvite),
    };
  });

  // A lost or forwarded facilitator link: the admin makes a new one, and the ones still open stop working.
  router.post(API.newFacilitatorInvite.path, limits.admin);
  mount(router, API.newFacilitatorInvite, async ({ req, params }) => {
    requireAdmin(req);
    const { invite, withdrawn } = await renewFacilitatorInvite(
      storage,
      params.werkgroepId,
      joinAddress(req).origin,
    );
    req.log.info({ werkgroep: params.werkgroepId, withdrawn }, 'facilitator invite renewed');
    return presentCreatedInvite(invite);
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
