import { can } from '../permissions';
import type { MemberRole } from '../roles';
import type { Afspraak } from './afspraak';
import type { Signatory } from './signatory';

/**
 * Who may do what with the wijkakkoord, beyond the role's actions (shared/roles.ts). One pure module,
 * so the client hides what the server would refuse:
 * - every member reads it (`akkoord.view`); contributors co-write the introduction and afspraken while
 *   it is a concept (`akkoord.edit`);
 * - the facilitator (`akkoord.manage`) chooses the signatories, freezes, reopens and makes signing links;
 * - a member signs for a signatory party they are linked to in the wijknetwerk (party.memberIds), when
 *   that party is to be signed for by a member (and by that member, when one is named);
 * - progress on an afspraak is reported for one of its committing parties by a member linked to that
 *   party, or by the facilitator.
 */
export interface AkkoordActor {
  memberId: string;
  role: MemberRole;
}
type PartyLinks = { id: string; memberIds: readonly string[] };

export const mayViewAkkoord = (a: AkkoordActor): boolean => can(a.role, 'akkoord.view');
export const mayEditAkkoord = (a: AkkoordActor): boolean => can(a.role, 'akkoord.edit');
export const mayManageAkkoord = (a: AkkoordActor): boolean => can(a.role, 'akkoord.manage');

const linkedTo = (a: AkkoordActor, party: PartyLinks | undefined): boolean =>
  party?.memberIds.includes(a.memberId) === true;

/** May `a` sign for `signatory`'s party (whose links are `party`)? */
export function maySignFor(a: AkkoordActor, signatory: Signatory, party: PartyLinks | undefined): boolean {
  if (!can(a.role, 'akkoord.sign') || !linkedTo(a, party)) return false;
  const rep = signatory.representative;
  return rep.kind === 'member' && (rep.memberId === null || rep.memberId === a.memberId);
}

/** May `a` report progress on `afspraak` for `partyId`? */
export function mayReportProgress(
  a: AkkoordActor,
  afspraak: Pick<Afspraak, 'partyIds'>,
  partyId: string,
  party: PartyLinks | undefined,
): boolean {
  if (!afspraak.partyIds.includes(partyId)) return false;
  if (mayManageAkkoord(a)) return true;
  return can(a.role, 'akkoord.progress') && linkedTo(a, party);
}
