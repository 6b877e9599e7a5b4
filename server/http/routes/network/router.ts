import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { can } from '../../../../shared/permissions';
import { createInitiative, deleteInitiative, updateInitiative } from '../../../domain/network/initiatives';
import { deleteOutline, setOutline } from '../../../domain/network/outline';
import { markOverlap, unmarkOverlap } from '../../../domain/network/overlaps';
import { createParty, deleteParty, updateParty } from '../../../domain/network/parties';
import { createRelation, deleteRelation, updateRelation } from '../../../domain/network/relations';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { publishNetwork } from '../../networkRoom';
import { networkView, presentParty } from '../../presenters/network';
import { mount } from '../../route';

/**
 * The wijknetwerk (issue 18): the routes check membership (`network.view` to read,
 * `network.contribute` to write; the per-record rules are in the domain, shared/network/access.ts),
 * call the domain, and publish the network into its `netwerk:` room after every change.
 */
export function networkRouter(deps: RouteDeps): Router {
  const { storage, rooms } = deps;
  const router = Router();
  const publish = (werkgroepId: string) => publishNetwork(storage, rooms, werkgroepId);
  const writer = async (req: Parameters<typeof requireMember>[1], werkgroepId: string) =>
    (await requireMember(storage, req, werkgroepId, 'network.contribute')).member;

  mount(router, API.getNetwork, async ({ req, params }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'network.view');
    return networkView(storage, params.werkgroepId, can(member.role, 'members.view'));
  });

  mount(router, API.createParty, async ({ req, params, body }) => {
    const party = await createParty(deps, params.werkgroepId, await writer(req, params.werkgroepId), body);
    await publish(params.werkgroepId);
    return presentParty(party, true);
  });
  mount(router, API.updateParty, async ({ req, params, body }) => {
    const member = await writer(req, params.werkgroepId);
    const party = await updateParty(deps, params.werkgroepId, member, params.partyId, body);
    await publish(params.werkgroepId);
    return presentParty(party, true);
  });
  mount(router, API.deleteParty, async ({ req, params }) => {
    await deleteParty(deps, params.werkgroepId, await writer(req, params.werkgroepId), params.partyId);
    await publish(params.werkgroepId);
    return undefined;
  });

  mount(router, API.createInitiative, async ({ req, params, body }) => {
    const member = await writer(req, params.werkgroepId);
    const initiative = await createInitiative(deps, params.werkgroepId, member, body);
    await publish(params.werkgroepId);
    return initiative;
  });
  mount(router, API.updateInitiative, async ({ req, params, body }) => {
    const member = await writer(req, params.werkgroepId);
    const initiative = await updateInitiative(deps, params.werkgroepId, member, params.initiativeId, body);
    await publish(params.werkgroepId);
    return initiative;
  });
  mount(router, API.deleteInitiative, async ({ req, params }) => {
    const member = await writer(req, params.werkgroepId);
    await deleteInitiative(deps, params.werkgroepId, member, params.initiativeId);
    await publish(params.werkgroepId);
    return undefined;
  });

  mount(router, API.createRelation, async ({ req, params, body }) => {
    const relation = await createRelation(
      deps,
      params.werkgroepId,
      await writer(req, params.werkgroepId),
      body,
    );
    await publish(params.werkgroepId);
    return relation;
  });
  mount(router, API.updateRelation, async ({ req, params, body }) => {
    const member = await writer(req, params.werkgroepId);
    const relation = await updateRelation(deps, params.werkgroepId, member, params.relationId, body);
    await publish(params.werkgroepId);
    return relation;
  });
  mount(router, API.deleteRelation, async ({ req, params }) => {
    const member = await writer(req, params.werkgroepId);
    await deleteRelation(deps, params.werkgroepId, member, params.relationId);
    await publish(params.werkgroepId);
    return undefined;
  });

  mount(router, API.putOverlapMark, async ({ req, params, body }) => {
    const member = await writer(req, params.werkgroepId);
    const mark = await markOverlap(deps, params.werkgroepId, member, params, body);
    await publish(params.werkgroepId);
    return mark;
  });
  mount(router, API.deleteOverlapMark, async ({ req, params }) => {
    await unmarkOverlap(deps, params.werkgroepId, await writer(req, params.werkgroepId), params);
    await publish(params.werkgroepId);
    return undefined;
  });

  // The wijkgrens: any member may read it (with the network), the facilitator sets and removes it.
  mount(router, API.putOutline, async ({ req, params, body }) => {
    const outline = await setOutline(deps, params.werkgroepId, await writer(req, params.werkgroepId), body);
    await publish(params.werkgroepId);
    return outline;
  });
  mount(router, API.deleteOutline, async ({ req, params }) => {
    await deleteOutline(deps, params.werkgroepId, await writer(req, params.werkgroepId));
    await publish(params.werkgroepId);
    return undefined;
  });
  mount(router, API.mapStyle, async () => ({ styleUrl: deps.mapStyleUrl }));
  return router;
}
