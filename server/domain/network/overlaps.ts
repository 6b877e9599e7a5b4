import { mayMarkOverlap } from '../../../shared/network/access';
import {
  type OverlapMark,
  type PutOverlapMark,
  pairKey,
  sortedPair,
} from '../../../shared/network/overlapMark';
import type { MemberRow } from '../../storage/WorkspaceStore';
import type { DomainDeps } from '../deps';
import { DomainError } from '../errors';
import { changeBy, find, loadNetwork, type NetworkState, ref, serially } from './state';

/** The two initiatives of a pair (not_found when either is unknown; a pair is two different ones). */
function pairOf(state: NetworkState, a: string, b: string) {
  if (a === b)
    throw new DomainError('validation_failed', [{ path: 'b', message: 'two different initiatives' }]);
  return [find(state.initiatives, a), find(state.initiatives, b)] as const;
}

/** [issue 18] The facilitator, or a member linked to a party of either initiative, marks the pair. */
export async function markOverlap(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  ids: { a: string; b: string },
  input: PutOverlapMark,
): Promise<OverlapMark> {
  return serially(storage, werkgroepId, async () => {
    const state = await loadNetwork(storage, werkgroepId);
    const pair = pairOf(state, ids.a, ids.b);
    if (!mayMarkOverlap({ memberId: member.id, role: member.role }, pair, state.parties))
      throw new DomainError('forbidden');
    const value: OverlapMark = {
      initiativeIds: sortedPair(ids.a, ids.b),
      state: input.state,
      note: input.note,
      markedBy: member.id,
      markedAt: Date.now(),
    };
    const key = pairKey(ids.a, ids.b);
    const existed = state.overlapMarks.some((m) => pairKey(...m.initiativeIds) === key);
    const label = `${pair[0].name} ↔ ${pair[1].name}: ${input.state}`;
    const change = changeBy(member, 'overlap', key, existed ? 'updated' : 'created', label, [
      'state',
      'note',
    ]);
    await storage.writeNetwork(werkgroepId, { put: [{ entity: 'overlap', value }], remove: [], change });
    return value;
  });
}

export async function unmarkOverlap(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  ids: { a: string; b: string },
): Promise<void> {
  await serially(storage, werkgroepId, async () => {
    const state = await loadNetwork(storage, werkgroepId);
    const pair = pairOf(state, ids.a, ids.b);
    if (!mayMarkOverlap({ memberId: member.id, role: member.role }, pair, state.parties))
      throw new DomainError('forbidden');
    const key = pairKey(ids.a, ids.b);
    if (!state.overlapMarks.some((m) => pairKey(...m.initiativeIds) === key))
      throw new DomainError('not_found');
    const change = changeBy(member, 'overlap', key, 'deleted', `${pair[0].name} ↔ ${pair[1].name}`);
    await storage.writeNetwork(werkgroepId, { put: [], remove: [ref('overlap', key)], change });
  });
}
