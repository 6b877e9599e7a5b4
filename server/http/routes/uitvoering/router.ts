import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { createActie, deleteActie, updateActie } from '../../../domain/uitvoering/acties';
import { addVoortgang } from '../../../domain/uitvoering/voortgang';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { mount } from '../../route';
import { publishUitvoering } from '../../uitvoeringRoom';

/** The page a member's last visit is kept for. */
const PAGE = 'uitvoering';

/**
 * The uitvoeringsplan (issue 19): members read it (`uitvoering.view`); who may change an actie or post
 * an update is decided in the domain (shared/uitvoering/access.ts). After every change the
 * `uitvoering:` room gets a new stamp, so every member's page fetches the plan again.
 */
export function uitvoeringRouter(deps: RouteDeps): Router {
  const { storage, rooms } = deps;
  const router = Router();
  const publish = (werkgroepId: string) => publishUitvoering(storage, rooms, werkgroepId);
  const reader = async (req: Parameters<typeof requireMember>[1], werkgroepId: string) =>
    (await requireMember(storage, req, werkgroepId, 'uitvoering.view')).member;

  mount(router, API.getUitvoering, async ({ req, params }) => {
    const member = await reader(req, params.werkgroepId);
    const [acties, updates, lastVisit] = await Promise.all([
      storage.listActies(params.werkgroepId),
      storage.listVoortgang(params.werkgroepId),
      storage.getLastVisit(params.werkgroepId, member.id, PAGE),
    ]);
    return { acties, updates, lastVisit };
  });
  mount(router, API.markUitvoeringVisit, async ({ req, params }) => {
    const member = await reader(req, params.werkgroepId);
    await storage.setLastVisit(params.werkgroepId, member.id, PAGE, Date.now());
    return undefined;
  });

  mount(router, API.createActie, async ({ req, params, body }) => {
    const actie = await createActie(deps, params.werkgroepId, await reader(req, params.werkgroepId), body);
    await publish(params.werkgroepId);
    return actie;
  });
  mount(router, API.updateActie, async ({ req, params, body }) => {
    const member = await reader(req, params.werkgroepId);
    const actie = await updateActie(deps, params.werkgroepId, member, params.actieId, body);
    await publish(params.werkgroepId);
    return actie;
  });
  mount(router, API.deleteActie, async ({ req, params }) => {
    await deleteActie(deps, params.werkgroepId, await reader(req, params.werkgroepId), params.actieId);
    await publish(params.werkgroepId);
    return undefined;
  });
  mount(router, API.addVoortgang, async ({ req, params, body }) => {
    const member = await reader(req, params.werkgroepId);
    const update = await addVoortgang(deps, params.werkgroepId, member, params.actieId, body);
    await publish(params.werkgroepId);
    return update;
  });

  // Photos are for members only (the public page shows none yet): private caching, never shared caches.
  mount(router, API.getPhoto, async ({ req, res, params }) => {
    await reader(req, params.werkgroepId);
    const photo = await storage.getPhoto(params.werkgroepId, params.photoId);
    if (!photo) throw new ApiError('not_found');
    res
      .status(200)
      .type(photo.type)
      .set('Cache-Control', 'private, max-age=31536000, immutable')
      .set('X-Content-Type-Options', 'nosniff')
      .set('Content-Disposition', 'inline')
      .send(Buffer.from(photo.bytes));
    return undefined;
  });
  return router;
}
