import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { setSessionCookie, startSession } from '../../../auth/session';
import { hashToken, newId } from '../../../auth/tokens';
import { inviteStatus } from '../../../storage/WorkspaceStore';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { presentInvite, presentMember, presentWerkgroep } from '../../presenters';
import { publishRoster } from '../../roomState';
import { mount } from '../../route';
import { createInviteFor } from './createInvite';

export function invitesRouter({ storage, limits, guard, joinAddress, rooms }: RouteDeps): Router {
  const router = Router();

  mount(router, API.listInvites, async ({ req, params }) => {
    await requireMember(storage, req, params.werkgroepId, 'invites.manage');
    const now = Date.now();
    return (await storage.listInvites(params.werkgroepId)).map((i) => presentInvite(i, now));
  });

  mount(router, API.createInvite, async ({ req, params, body }) => {
    await requireMember(storage, req, params.werkgroepId, 'invites.manage');
    return createInviteFor(storage, req, params.werkgroepId, body, joinAddress(req).origin);
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
    const invite = await storage.getInviteByCodeHash(codeHash);
    if (!invite) {
      guard.miss(req, 'invite');
      throw new ApiError('not_found');
    }
    // Someone already signed in (e.g. in another werkgroep) joins as the same person.
    const existing = req.auth?.personId ?? null;
    const session = existing ? null : await startSession(storage, null);
    const personId = existing ?? session?.personId;
    if (!personId) throw new Error('no person');
    const result = await storage.acceptInvite({
      codeHash,
      now: Date.now(),
      personId,
      member: {
        id: newId(),
        displayName: body.displayName,
        organisation: body.organisation ?? null,
        namedInExport: body.namedInExport,
      },
    });
    if (!result.ok) {
      if (session) await storage.deleteSession(hashToken(session.token));
      throw new ApiError(result.status === 'not_found' ? 'not_found' : `invite_${result.status}`);
    }
    const werkgroep = await storage.getWerkgroep(result.member.werkgroepId);
    if (!werkgroep) throw new ApiError('not_found');
    let token = session?.token;
    if (!token) {
      // Signed in with a cookie already: give API clients a token of their own as well.
      token = (await startSession(storage, personId)).token;
    }
    setSessionCookie(res, token, req.secure);
    await publishRoster(storage, rooms, werkgroep.id);
    req.log.info(
      { werkgroep: werkgroep.id, member: result.member.id, created: result.created },
      'invite accepted',
    );
    return {
      membership: { werkgroep: presentWerkgroep(werkgroep), member: presentMember(result.member) },
      token,
    };
  });

  return router;
}
