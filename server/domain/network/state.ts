import type { NetworkChange, NetworkEntity } from '../../../shared/network/change';
import type { InitiativeRecord } from '../../../shared/network/initiative';
import type { OverlapMark } from '../../../shared/network/overlapMark';
import type { Party } from '../../../shared/network/party';
import type { Relation } from '../../../shared/network/relation';
import type { NetworkItem, NetworkRef } from '../../storage/NetworkStore';
import type { Storage } from '../../storage/Storage';
import type { MemberRow } from '../../storage/WorkspaceStore';
import { DomainError } from '../errors';

/** A werkgroep's network as stored, by kind. */
export interface NetworkState {
  parties: Party[];
  initiatives: InitiativeRecord[];
  relations: Relation[];
  overlapMarks: OverlapMark[];
}

export function splitNetwork(items: readonly NetworkItem[]): NetworkState {
  const state: NetworkState = { parties: [], initiatives: [], relations: [], overlapMarks: [] };
  for (const item of items) {
    if (item.entity === 'party') state.parties.push(item.value);
    else if (item.entity === 'initiative') state.initiatives.push(item.value);
    else if (item.entity === 'relation') state.relations.push(item.value);
    else state.overlapMarks.push(item.value);
  }
  return state;
}

export const loadNetwork = async (storage: Storage, werkgroepId: string): Promise<NetworkState> =>
  splitNetwork(await storage.listNetwork(werkgroepId));

/** The wijknetwerk's party names by id, for what names parties by id (acties, the archive, the wijkpagina). */
export const partyNames = async (storage: Storage, werkgroepId: string): Promise<Map<string, string>> =>
  new Map((await loadNetwork(storage, werkgroepId)).parties.map((p) => [p.id, p.name]));

/**
 * Changes of one werkgroep's network run one after the other, across every instance on the same
 * database: each reads the network, checks and writes, and a concurrent change in between would be
 * lost or checked against a stale network. The storage's room lock ([STORE-LOCK1]) under a name no
 * room has (so it never waits for the `netwerk:` room's own writes) gives that order.
 */
export async function serially<T>(storage: Storage, werkgroepId: string, work: () => Promise<T>): Promise<T> {
  const lock = await storage.lockRoom(`netwerkrows:${werkgroepId}`);
  try {
    return await work();
  } finally {
    await lock.release();
  }
}

/** The log line of a change by `member`. */
export const changeBy = (
  member: MemberRow,
  entity: NetworkEntity,
  entityId: string,
  action: NetworkChange['action'],
  label: string,
  fields: string[] = [],
): NetworkChange => ({
  at: Date.now(),
  memberId: member.id,
  entity,
  entityId,
  action,
  label: label.slice(0, 200),
  fields: fields.slice(0, 20),
});

export const unknownReference = (field: string): DomainError =>
  new DomainError('network_unknown_reference', [{ path: field, message: 'not in this network' }], { field });

/** Every id in `ids` names a party of the network. */
export function checkParties(state: NetworkState, ids: readonly (string | null)[], field: string): void {
  const known = new Set(state.parties.map((p) => p.id));
  for (const id of ids) if (id !== null && !known.has(id)) throw unknownReference(field);
}

/** Every linked member is a member of the werkgroep. */
export async function checkMembers(storage: Storage, werkgroepId: string, ids: readonly string[]) {
  for (const id of ids) if (!(await storage.getMember(werkgroepId, id))) throw unknownReference('memberIds');
}

/** The section an initiative serves is one of the werkgroep's documents. */
export async function checkSection(storage: Storage, werkgroepId: string, sectionId: string | null) {
  if (sectionId === null) return;
  const section = await storage.getSection(sectionId);
  const document = section ? await storage.getDocument(section.documentId) : null;
  if (document?.werkgroepId !== werkgroepId) throw unknownReference('sectionId');
}

export const ref = (entity: NetworkRef['entity'], id: string): NetworkRef => ({ entity, id });

/** The record or not_found. */
export function find<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((x) => x.id === id);
  if (!found) throw new DomainError('not_found');
  return found;
}

/** The names of the fields a patch gives. */
export const changedFields = (patch: object): string[] => Object.keys(patch);
