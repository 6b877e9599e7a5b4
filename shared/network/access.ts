import { can } from '../permissions';
import type { MemberRole } from '../roles';
import type { Initiative } from './initiative';
import type { Party } from './party';
import type { Relation } from './relation';

/**
 * Who may change which record of the wijknetwerk, beyond the role's actions (shared/roles.ts):
 * - every contributor (bewoner, ambtenaar, partner, facilitator; not an observer or a guest) adds
 *   parties, initiatives and relations (`network.contribute`);
 * - the facilitator (`network.manage`) edits and removes anything, and alone links members to a party:
 *   a link gives its member the party's rights, so it is the facilitator who vouches for it;
 * - a contributor edits what they made, and a member linked to a party keeps that party's card up to
 *   date and edits the initiatives the party leads or partners in, and the relations it is in;
 * - a contributor removes what they made; a linked member also removes the initiatives their party
 *   leads and the relations it is in (not the party itself: its card is the werkgroep's);
 * - an overlap between two initiatives is marked by the facilitator or by a member linked to a party
 *   involved (lead or partner) in either of them: they are the ones who agree to divide the work.
 * One pure module, so the client hides what the server would refuse.
 */
export interface NetworkActor {
  memberId: string;
  role: MemberRole;
}

type PartyLinks = Pick<Party, 'id' | 'memberIds'>;
type Owned = { createdBy: string };
type InitiativeParties = Pick<Initiative, 'leadPartyId' | 'partnerPartyIds'>;

/** The parties `actor` is linked to. */
export const linkedParties = (actor: NetworkActor, parties: readonly PartyLinks[]): Set<string> =>
  new Set(parties.filter((p) => p.memberIds.includes(actor.memberId)).map((p) => p.id));

const manages = (a: NetworkActor) => can(a.role, 'network.manage');
const contributes = (a: NetworkActor) => can(a.role, 'network.contribute');
const made = (a: NetworkActor, r: Owned) => r.createdBy === a.memberId;
const partiesOf = (i: InitiativeParties) => [...(i.leadPartyId ? [i.leadPartyId] : []), ...i.partnerPartyIds];

export const mayAdd = (a: NetworkActor): boolean => contributes(a);
export const mayLinkMembers = (a: NetworkActor): boolean => manages(a);

export function mayEditParty(a: NetworkActor, party: PartyLinks & Owned): boolean {
  if (manages(a)) return true;
  return contributes(a) && (made(a, party) || party.memberIds.includes(a.memberId));
}
export const mayDeleteParty = (a: NetworkActor, party: Owned): boolean =>
  manages(a) || (contributes(a) && made(a, party));

export function mayEditInitiative(
  a: NetworkActor,
  initiative: InitiativeParties & Owned,
  parties: readonly PartyLinks[],
): boolean {
  if (manages(a)) return true;
  if (!contributes(a)) return false;
  const mine = linkedParties(a, parties);
  return made(a, initiative) || partiesOf(initiative).some((id) => mine.has(id));
}
export function mayDeleteInitiative(
  a: NetworkActor,
  initiative: InitiativeParties & Owned,
  parties: readonly PartyLinks[],
): boolean {
  if (manages(a)) return true;
  if (!contributes(a)) return false;
  const lead = initiative.leadPartyId;
  return made(a, initiative) || (lead !== null && linkedParties(a, parties).has(lead));
}

export function mayChangeRelation(
  a: NetworkActor,
  relation: Pick<Relation, 'fromPartyId' | 'toPartyId'> & Owned,
  parties: readonly PartyLinks[],
): boolean {
  if (manages(a)) return true;
  if (!contributes(a)) return false;
  const mine = linkedParties(a, parties);
  return made(a, relation) || mine.has(relation.fromPartyId) || mine.has(relation.toPartyId);
}

export function mayMarkOverlap(
  a: NetworkActor,
  pair: readonly [InitiativeParties, InitiativeParties],
  parties: readonly PartyLinks[],
): boolean {
  if (manages(a)) return true;
  if (!contributes(a)) return false;
  const mine = linkedParties(a, parties);
  return pair.some((i) => partiesOf(i).some((id) => mine.has(id)));
}
