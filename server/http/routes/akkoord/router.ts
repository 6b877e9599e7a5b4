import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { can } from '../../../../shared/permissions';
import { freezeAkkoord, reopenAkkoord } from '../../../domain/akkoord/freeze';
import { createSigningLink, revokeSigningLink } from '../../../domain/akkoord/links';
import { addProgress } from '../../../domain/akkoord/progress';
import { signAsMember } from '../../../domain/akkoord/signing';
import {
  createAfspraak,
  deleteAfspraak,
  putSignatories,
  reorderAfspraken,
  updateAfspraak,
  updateTitle,
} from '../../../domain/akkoord/text';
import { publishAkkoord } from '../../akkoordRoom';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { akkoordView, presentSignature, presentSigningLink } from '../../presenters/akkoord';
import { mount } from '../../route';
import { signingRouter } from './signing';

/**
 * The wijkakkoord (issue 18): the routes check membership (`akkoord.view`; the finer rules are in the
 * domain, shared/akkoord/access.ts), call the domain, and publish the akkoord into its `akkoordstand:`
 * room after every change ([AKK12]). The public signing routes are in ./signing.ts.
 */
export function akkoordRouter(deps: RouteDeps): Router {
  const router = Router();
  mountText(router, deps);
  mountSigning(router, deps);
  router.use(signingRouter(deps));
  return router;
}

/** What both halves use: publishing, the member behind a request, whether they see everything. */
function helpers({ storage, rooms }: RouteDeps) {
  return {
    publish: (werkgroepId: string) => publishAkkoord(storage, rooms, werkgroepId),
    member: async (req: Parameters<typeof requireMember>[1], werkgroepId: string) =>
      (await requireMember(storage, req, werkgroepId, 'akkoord.view')).member,
    /** Names without consent and signing links: the facilitator only. */
    manager: (m: { role: Parameters<typeof can>[0] }) => can(m.role, 'akkoord.manage'),
  };
}

/** Reading the akkoord and changing its text. */
function mountText(router: Router, deps: RouteDeps): void {
  const { publish, member, manager } = helpers(deps);
  mount(router, API.getAkkoord, async ({ req, params }) => {
    const m = await member(req, params.werkgroepId);
    return akkoordView(deps, params.werkgroepId, manager(m));
  });
  mount(router, API.updateAkkoord, async ({ req, params, body }) => {
    const akkoord = await updateTitle(
      deps,
      params.werkgroepId,
      await member(req, params.werkgroepId),
      body.title,
    );
    await publish(params.werkgroepId);
    return akkoord;
  });

  mount(router, API.createAfspraak, async ({ req, params, body }) => {
    const afspraak = await createAfspraak(
      deps,
      params.werkgroepId,
      await member(req, params.werkgroepId),
      body,
    );
    await publish(params.werkgroepId);
    return afspraak;
  });
  mount(router, API.updateAfspraak, async ({ req, params, body }) => {
    const m = await member(req, params.werkgroepId);
    const afspraak = await updateAfspraak(deps, params.werkgroepId, m, params.afspraakId, body);
    await publish(params.werkgroepId);
    return afspraak;
  });
  mount(router, API.deleteAfspraak, async ({ req, params }) => {
    await deleteAfspraak(deps, params.werkgroepId, await member(req, params.werkgroepId), params.afspraakId);
    await publish(params.werkgroepId);
    return undefined;
  });
  mount(router, API.reorderAfspraken, async ({ req, params, body }) => {
    const list = await reorderAfspraken(
      deps,
      params.werkgroepId,
      await member(req, params.werkgroepId),
      body.ids,
    );
    await publish(params.werkgroepId);
    return list;
  });
  mount(router, API.putSignatories, async ({ req, params, body }) => {
    const answer = await putSignatories(
      deps,
      params.werkgroepId,
      await member(req, params.werkgroepId),
      body,
    );
    await publish(params.werkgroepId);
    return answer;
  });
}

/** Freezing, reopening, signing, signing links and progress. */
function mountSigning(router: Router, deps: RouteDeps): void {
  const { publish, member, manager } = helpers(deps);
  mount(router, API.freezeAkkoord, async ({ req, params, body }) => {
    const m = await member(req, params.werkgroepId);
    await freezeAkkoord(deps, params.werkgroepId, m, body.name);
    await publish(params.werkgroepId);
    return akkoordView(deps, params.werkgroepId, manager(m));
  });
  mount(router, API.reopenAkkoord, async ({ req, params }) => {
    const m = await member(req, params.werkgroepId);
    const voided = await reopenAkkoord(deps, params.werkgroepId, m);
    await publish(params.werkgroepId);
    return { voided, view: await akkoordView(deps, params.werkgroepId, manager(m)) };
  });
  mount(router, API.signAkkoord, async ({ req, params, body }) => {
    const m = await member(req, params.werkgroepId);
    const { signature } = await signAsMember(deps, params.werkgroepId, m, body);
    await publish(params.werkgroepId);
    req.log.info({ werkgroep: params.werkgroepId, party: body.partyId }, 'akkoord signed by a member');
    return presentSignature(signature, true);
  });

  mount(router, API.createSigningLink, async ({ req, params, body }) => {
    const m = await member(req, params.werkgroepId);
    const made = await createSigningLink(
      deps,
      params.werkgroepId,
      m,
      body.partyId,
      deps.joinAddress(req).origin,
    );
    await publish(params.werkgroepId);
    return { link: presentSigningLink(made.row, Date.now()), url: made.url, token: made.token };
  });
  mount(router, API.revokeSigningLink, async ({ req, params }) => {
    await revokeSigningLink(deps, params.werkgroepId, await member(req, params.werkgroepId), params.linkId);
    return undefined;
  });

  mount(router, API.addProgress, async ({ req, params, body }) => {
    const m = await member(req, params.werkgroepId);
    const entry = await addProgress(deps, params.werkgroepId, m, params.afspraakId, body);
    await publish(params.werkgroepId);
    return entry;
  });
}
