import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { setSessionCookie } from '../../../auth/session';
import { hashToken } from '../../../auth/tokens';
import { createInvite } from '../../../domain/invites';
import { joinWithInvite } from '../../../domain/joining';
import { inviteStatus } from '../../../storage/WorkspaceStore';
import { actorOf, requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { presentCreatedInvite, presentInvite } from '../../presenters/invite';
import { presentMember } from '../../presenters/member';
import { presentWerkgroep } from '../../presenters/werkgroep';
import { publishRoster } from '../../roomState';
import { mount } from '../../route';

export function invitesRouter({ storage, limits, guard, joinAddress, rooms }: RouteDeps): Router {
  const router = Router();

  mount(router, API.listInvites, async ({ req, params }) => {
    await requireMember(storage, req, params.werkgroepId, 'invites.manage');
    const now = Date.now();
    return (await storage.listInvites(params.werkgroepId)).map((i) => presentInvite(i, now));
  });

  mount(router, API.createInvite, async ({ req, params, body }) => {
    await requireMember(storage, req, params.werkgroepId, 'invites.manage');
    return presentCreatedInvite(
      await createInvite(storage, params.werkgroepId, body, joinAddress(req).origin),
    );
  });

  mount(router, API.revokeInvite, async ({ req, params }) => {
    await requireMember(storage, req, params.werkgroepId, 'invites.manage');
    if (!(await storage.revokeInvite(params.werkgroepId, params.inviteId, Date.now())))
      throw new ApiError('not_found');
    return undefined;
  });

  // An invite code is 192 random bits, but looking one up is still a guess: limited like joining.
  router.get(API.previewInvite.path, guard.gate, limits.preview);
  mount(router, API.previewInvite, async ({ req, params }) => {
    const invite = await storage.getInviteByCodeHash(hashToken(params.code));
    const werkgroep = invite && (await storage.getWerkgroep(invite.werkgroepId));
    if (!invite || !werkgroep) {
      guard.miss(req, 'invite');
      throw new ApiError('not_found');
    }
    return {
      werkgroep: { name: werkgroep.name, wijk: werkgroep.wijk, gemeente: werkgroep.gemeente },
      role: invite.role,
      status: inviteStatus(invite, Date.now()),
    };
  });

  router.post(API.acceptInvite.path, guard.gate, limits.join);
  mount(router, API.acceptInvite, async ({ req, res, params, body }) => {
    const codeHash = hashToken(params.code);
    // A code that matches no invite is a guess; one that matches but is spent is not.
    if (!(await storage.getInviteByCodeHash(codeHash))) {
      guard.miss(req, 'invite');
      throw new ApiError('not_found');
    }
    const joined = await joinWithInvite(storage, {
      codeHash,
      actor: actorOf(req),
      member: {
        displayName: body.displayName,
        organisation: body.organisation ?? null,
        namedInExport: body.namedInExport,
      },
    });
    setSessionCookie(res, joined.token, req.secure);
    await publishRoster(storage, rooms, joined.werkgroep.id);
    req.log.info(
      { werkgroep: joined.werkgroep.id, member: joined.member.id, created: joined.created },
      'invite accepted',
    );
    return {
      membership: { werkgroep: presentWerkgroep(joined.werkgroep), member: presentMember(joined.member) },
      token: joined.token,
    };
  });

  return router;
}
