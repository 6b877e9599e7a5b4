import type { Party } from '../network/party';
import { can } from '../permissions';
import type { MemberRole } from '../roles';
import type { Actie } from './actie';

/**
 * Who may do what in the uitvoeringsplan, beyond the role's actions (shared/roles.ts):
 * - the facilitator (`uitvoering.manage`) adds, edits, publishes and removes any actie, and posts
 *   updates on any;
 * - a contributor linked to an actie's lead party in the wijknetwerk (the facilitator links members to
 *   parties: shared/network/access.ts) edits that actie and posts its updates, but does not remove it;
 * - every member reads the plan (`uitvoering.view`).
 */
export interface UitvoeringActor {
  memberId: string;
  role: MemberRole;
}
type PartyLinks = Pick<Party, 'id' | 'memberIds'>;

const manages = (a: UitvoeringActor) => can(a.role, 'uitvoering.manage');

/** Whether `actor` is linked to the actie's lead party. */
export function speaksForLead(
  actor: UitvoeringActor,
  actie: Pick<Actie, 'leadPartyId'>,
  parties: readonly PartyLinks[],
): boolean {
  if (actie.leadPartyId === null || !can(actor.role, 'network.contribute')) return false;
  return parties.some((p) => p.id === actie.leadPartyId && p.memberIds.includes(actor.memberId));
}

export const mayAddActie = (a: UitvoeringActor): boolean => manages(a);
export const mayDeleteActie = (a: UitvoeringActor): boolean => manages(a);
export const mayEditActie = (
  a: UitvoeringActor,
  actie: Pick<Actie, 'leadPartyId'>,
  parties: readonly PartyLinks[],
): boolean => manages(a) || speaksForLead(a, actie, parties);
/** Updates are posted by the same people who edit the actie. */
export const mayPostUpdate = mayEditActie;
/** Publishing shows the actie to the whole wijk: the facilitator decides. */
export const mayChangePublished = (a: UitvoeringActor): boolean => manages(a);
