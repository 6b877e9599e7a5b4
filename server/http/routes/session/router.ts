import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { clearSessionCookie, setSessionCookie, startSession } from '../../../auth/session';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { presentMember } from '../../presenters/member';
import { presentWerkgroep } from '../../presenters/werkgroep';
import { mount } from '../../route';

export function sessionRouter({ storage, adminSetup, limits, guard }: RouteDeps): Router {
  const router = Router();

  mount(router, API.me, async ({ req }) => {
    const auth = req.auth;
    const memberships = auth?.personId ? await storage.listMembershipsForPerson(auth.personId) : [];
    return {
      signedIn: !!auth,
      isAdmin: !!auth?.isAdmin,
      memberships: memberships.map((m) => ({
        werkgroep: presentWerkgroep(m.werkgroep),
        member: presentMember(m.member),
      })),
    };
  });

  mount(router, API.signOut, async ({ req, res }) => {
    if (req.auth?.tokenHash) await storage.deleteSession(req.auth.tokenHash);
    clearSessionCookie(res, req.secure);
    return undefined;
  });

  router.post(API.adminSetup.path, guard.gate, limits.admin);
  mount(router, API.adminSetup, async ({ req, res, body }) => {
    if (!adminSetup.consume(body.setupToken)) {
      guard.miss(req, 'setup');
      throw new ApiError('forbidden');
    }
    const { token } = await startSession(storage, null, true);
    setSessionCookie(res, token, req.secure);
    req.log.info('instance admin set up through the setup link');
    return undefined;
  });

  return router;
}
