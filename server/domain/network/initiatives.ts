import { mayAdd, mayDeleteInitiative, mayEditInitiative } from '../../../shared/network/access';
import { NETWORK_LIMITS } from '../../../shared/network/common';
import type {
  CreateInitiative,
  InitiativeRecord,
  UpdateInitiative,
} from '../../../shared/network/initiative';
import { pairKey } from '../../../shared/network/overlapMark';
import { newId } from '../../auth/tokens';
import type { MemberRow } from '../../storage/WorkspaceStore';
import type { DomainDeps } from '../deps';
import { DomainError } from '../errors';
import {
  changeBy,
  changedFields,
  checkParties,
  checkSection,
  find,
  loadNetwork,
  type NetworkState,
  ref,
  serially,
} from './state';

const actorOf = (m: MemberRow) => ({ memberId: m.id, role: m.role });

async function checkReferences(
  deps: DomainDeps,
  werkgroepId: string,
  state: NetworkState,
  i: Pick<InitiativeRecord, 'leadPartyId' | 'partnerPartyIds' | 'sectionId'>,
) {
  checkParties(state, [i.leadPartyId], 'leadPartyId');
  checkParties(state, i.partnerPartyIds, 'partnerPartyIds');
  await checkSection(deps.storage, werkgroepId, i.sectionId);
}

export async function createInitiative(
  deps: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  input: CreateInitiative,
): Promise<InitiativeRecord> {
  if (!mayAdd(actorOf(member))) throw new DomainError('forbidden');
  return serially(deps.storage, werkgroepId, async () => {
    const state = await loadNetwork(deps.storage, werkgroepId);
    if (state.initiatives.length >= NETWORK_LIMITS.initiatives) throw new DomainError('limit_reached');
    await checkReferences(deps, werkgroepId, state, input);
    const at = Date.now();
    const value: InitiativeRecord = {
      id: newId(),
      ...input,
      createdBy: member.id,
      createdAt: at,
      updatedAt: at,
    };
    const change = changeBy(member, 'initiative', value.id, 'created', value.name);
    await deps.storage.writeNetwork(werkgroepId, {
      put: [{ entity: 'initiative', value }],
      remove: [],
      change,
    });
    return value;
  });
}

export async function updateInitiative(
  deps: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  initiativeId: string,
  patch: UpdateInitiative,
): Promise<InitiativeRecord> {
  return serially(deps.storage, werkgroepId, async () => {
    const state = await loadNetwork(deps.storage, werkgroepId);
    const initiative = find(state.initiatives, initiativeId);
    if (!mayEditInitiative(actorOf(member), initiative, state.parties)) throw new DomainError('forbidden');
    const next: InitiativeRecord = { ...initiative, ...patch, updatedAt: Date.now() };
    if (next.leadPartyId !== null && next.partnerPartyIds.includes(next.leadPartyId))
      throw new DomainError('validation_failed', [
        { path: 'partnerPartyIds', message: 'the lead party is not also a partner' },
      ]);
    await checkReferences(deps, werkgroepId, state, next);
    const change = changeBy(member, 'initiative', initiativeId, 'updated', next.name, changedFields(patch));
    await deps.storage.writeNetwork(werkgroepId, {
      put: [{ entity: 'initiative', value: next }],
      remove: [],
      change,
    });
    return next;
  });
}

/** Removes an initiative and the overlap marks of the pairs it was in. */
export async function deleteInitiative(
  deps: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  initiativeId: string,
): Promise<void> {
  await serially(deps.storage, werkgroepId, async () => {
    const state = await loadNetwork(deps.storage, werkgroepId);
    const initiative = find(state.initiatives, initiativeId);
    if (!mayDeleteInitiative(actorOf(member), initiative, state.parties)) throw new DomainError('forbidden');
    const marks = state.overlapMarks.filter((m) => m.initiativeIds.includes(initiativeId));
    const remove = [
      ref('initiative', initiativeId),
      ...marks.map((m) => ref('overlap', pairKey(...m.initiativeIds))),
    ];
    const change = changeBy(member, 'initiative', initiativeId, 'deleted', initiative.name);
    await deps.storage.writeNetwork(werkgroepId, { put: [], remove, change });
  });
}
