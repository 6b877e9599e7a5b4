import { can } from '../permissions';
import type { MemberRole } from '../schemas/member';
import type { VoteSettings } from '../schemas/vote';
import type { VotingGroup } from '../schemas/voteBasics';

/**
 * Who votes, in one place: the server (casting, eligibility, turnout, counting, open ballots), the
 * client (whom the facilitator may enter a proxy ballot for) and the tally ask here.
 */

type PartnerSetting = Pick<VoteSettings, 'partnersAdvise'>;

const GROUP_OF_ROLE: Record<MemberRole, VotingGroup | null> = {
  bewoner: 'bewoners',
  ambtenaar: 'ambtenaren',
  partner: 'partners',
  // The facilitator stays neutral, observers follow along, a guest is not yet confirmed.
  facilitator: null,
  observer: null,
  guest: null,
};

/** The group a role votes in, or null when it never votes. */
export const votingGroupOf = (role: MemberRole): VotingGroup | null => GROUP_OF_ROLE[role];

/** Whether a group's ballots take part in this vote: partners' only where the facilitator lets them advise. */
export const groupTakesPart = (vote: PartnerSetting, group: VotingGroup): boolean =>
  group !== 'partners' || vote.partnersAdvise;

/** The group a member with `role` votes in in this vote, or null when they do not vote in it. */
export function voterGroup(vote: PartnerSetting, role: MemberRole): VotingGroup | null {
  const group = votingGroupOf(role);
  if (group === null || !can(role, 'vote.cast') || !groupTakesPart(vote, group)) return null;
  return group;
}

/** The ballots (or voters) that take part in this vote: partners' are left out unless they advise. */
export function takingPart<T extends { group: VotingGroup }>(vote: PartnerSetting, items: readonly T[]): T[] {
  return items.filter((b) => groupTakesPart(vote, b.group));
}
