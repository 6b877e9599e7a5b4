import {
  mayAdd,
  mayDeleteParty,
  mayEditParty,
  mayLinkMembers,
  type NetworkActor,
} from '../../../shared/network/access';
import { NETWORK_LIMITS } from '../../../shared/network/common';
import {
  type CreateParty,
  consentedContact,
  type Party,
  type UpdateParty,
} from '../../../shared/network/party';
import { newId } from '../../auth/tokens';
import type { NetworkItem } from '../../storage/NetworkStore';
import type { Storage } from '../../storage/Storage';
import type { MemberRow } from '../../storage/WorkspaceStore';
import { serially as akkoordSerially } from '../akkoord/state';
import type { DomainDeps } from '../deps';
import { DomainError } from '../errors';
import { refuseWhileInUse } from './partyUse';
import {
  changeBy,
  changedFields,
  checkMembers,
  find,
  loadNetwork,
  type NetworkState,
  ref,
  serially,
} from './state';

const actorOf = (m: MemberRow): NetworkActor => ({ memberId: m.id, role: m.role });
const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** A new party; its contact is kept only with consent, and only the facilitator links members. */
export async function createParty(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  input: CreateParty,
): Promise<Party> {
  const actor = actorOf(member);
  if (!mayAdd(actor)) throw new DomainError('forbidden');
  if (input.memberIds.length > 0 && !mayLinkMembers(actor)) throw new DomainError('forbidden');
  return serially(storage, werkgroepId, async () => {
    const state = await loadNetwork(storage, werkgroepId);
    if (state.parties.length >= NETWORK_LIMITS.parties) throw new DomainError('limit_reached');
    await checkMembers(storage, werkgroepId, input.memberIds);
    const at = Date.now();
    const party: Party = {
      id: newId(),
      ...input,
      contact: consentedContact(input.contact),
      createdBy: member.id,
      createdAt: at,
      updatedAt: at,
    };
    const change = changeBy(member, 'party', party.id, 'created', party.name);
    await storage.writeNetwork(werkgroepId, { put: [{ entity: 'party', value: party }], remove: [], change });
    return party;
  });
}

/** Changes a party's card; a contact given without consent removes the stored one. */
export async function updateParty(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  partyId: string,
  patch: UpdateParty,
): Promise<Party> {
  const actor = actorOf(member);
  return serially(storage, werkgroepId, async () => {
    const party = find((await loadNetwork(storage, werkgroepId)).parties, partyId);
    if (!mayEditParty(actor, party)) throw new DomainError('forbidden');
    const { contact, ...rest } = patch;
    if (rest.memberIds && !sameIds(rest.memberIds, party.memberIds)) {
      if (!mayLinkMembers(actor)) throw new DomainError('forbidden');
      await checkMembers(storage, werkgroepId, rest.memberIds);
    }
    const next: Party = {
      ...party,
      ...rest,
      ...(contact !== undefined ? { contact: consentedContact(contact) } : {}),
      updatedAt: Date.now(),
    };
    const change = changeBy(member, 'party', partyId, 'updated', next.name, changedFields(patch));
    await storage.writeNetwork(werkgroepId, { put: [{ entity: 'party', value: next }], remove: [], change });
    return next;
  });
}

/**
 * Removes a party with its relations; the initiatives it led or partnered in lose it. Refused with
 * party_in_use while the wijkakkoord or an actie names it. Acties change under the network's lock and
 * the akkoord under its own, so both are held here (network first, then akkoord: nothing takes them the
 * other way round) and an afspraak, signatory or actie added meanwhile is seen before the removal.
 */
export async function deleteParty(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  partyId: string,
): Promise<void> {
  await serially(storage, werkgroepId, () =>
    akkoordSerially(storage, werkgroepId, async () => {
      const state = await loadNetwork(storage, werkgroepId);
      const party = find(state.parties, partyId);
      if (!mayDeleteParty(actorOf(member), party)) throw new DomainError('forbidden');
      await refuseWhileInUse(storage, werkgroepId, partyId);
      await removeParty(storage, werkgroepId, member, state, party);
    }),
  );
}

/** The removal itself: the party, its relations, and its place in initiatives, with the log line. */
async function removeParty(
  storage: Storage,
  werkgroepId: string,
  member: MemberRow,
  state: NetworkState,
  party: Party,
): Promise<void> {
  const partyId = party.id;
  const at = Date.now();
  const put: NetworkItem[] = state.initiatives
    .filter((i) => i.leadPartyId === partyId || i.partnerPartyIds.includes(partyId))
    .map((i) => ({
      entity: 'initiative',
      value: {
        ...i,
        leadPartyId: i.leadPartyId === partyId ? null : i.leadPartyId,
        partnerPartyIds: i.partnerPartyIds.filter((id) => id !== partyId),
        updatedAt: at,
      },
    }));
  const remove = [
    ref('party', partyId),
    ...state.relations
      .filter((r) => r.fromPartyId === partyId || r.toPartyId === partyId)
      .map((r) => ref('relation', r.id)),
  ];
  const change = changeBy(member, 'party', partyId, 'deleted', party.name);
  await storage.writeNetwork(werkgroepId, { put, remove, change });
}
