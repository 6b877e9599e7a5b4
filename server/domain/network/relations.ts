import { mayAdd, mayChangeRelation } from '../../../shared/network/access';
import { NETWORK_LIMITS } from '../../../shared/network/common';
import type { CreateRelation, Relation, UpdateRelation } from '../../../shared/network/relation';
import { newId } from '../../auth/tokens';
import type { MemberRow } from '../../storage/WorkspaceStore';
import type { DomainDeps } from '../deps';
import { DomainError } from '../errors';
import {
  changeBy,
  changedFields,
  checkParties,
  find,
  loadNetwork,
  type NetworkState,
  ref,
  serially,
} from './state';

const actorOf = (m: MemberRow) => ({ memberId: m.id, role: m.role });
const labelOf = (state: NetworkState, r: Pick<Relation, 'fromPartyId' | 'toPartyId' | 'kind'>) => {
  const name = (id: string) => state.parties.find((p) => p.id === id)?.name ?? id;
  return `${name(r.fromPartyId)} – ${r.kind} – ${name(r.toPartyId)}`;
};

export async function createRelation(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  input: CreateRelation,
): Promise<Relation> {
  if (!mayAdd(actorOf(member))) throw new DomainError('forbidden');
  return serially(storage, werkgroepId, async () => {
    const state = await loadNetwork(storage, werkgroepId);
    if (state.relations.length >= NETWORK_LIMITS.relations) throw new DomainError('limit_reached');
    checkParties(state, [input.fromPartyId], 'fromPartyId');
    checkParties(state, [input.toPartyId], 'toPartyId');
    const at = Date.now();
    const value: Relation = { id: newId(), ...input, createdBy: member.id, createdAt: at, updatedAt: at };
    const change = changeBy(member, 'relation', value.id, 'created', labelOf(state, value));
    await storage.writeNetwork(werkgroepId, { put: [{ entity: 'relation', value }], remove: [], change });
    return value;
  });
}

export async function updateRelation(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  relationId: string,
  patch: UpdateRelation,
): Promise<Relation> {
  return serially(storage, werkgroepId, async () => {
    const state = await loadNetwork(storage, werkgroepId);
    const relation = find(state.relations, relationId);
    if (!mayChangeRelation(actorOf(member), relation, state.parties)) throw new DomainError('forbidden');
    const value: Relation = { ...relation, ...patch, updatedAt: Date.now() };
    const change = changeBy(
      member,
      'relation',
      relationId,
      'updated',
      labelOf(state, value),
      changedFields(patch),
    );
    await storage.writeNetwork(werkgroepId, { put: [{ entity: 'relation', value }], remove: [], change });
    return value;
  });
}

export async function deleteRelation(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  relationId: string,
): Promise<void> {
  await serially(storage, werkgroepId, async () => {
    const state = await loadNetwork(storage, werkgroepId);
    const relation = find(state.relations, relationId);
    if (!mayChangeRelation(actorOf(member), relation, state.parties)) throw new DomainError('forbidden');
    const change = changeBy(member, 'relation', relationId, 'deleted', labelOf(state, relation));
    await storage.writeNetwork(werkgroepId, { put: [], remove: [ref('relation', relationId)], change });
  });
}
