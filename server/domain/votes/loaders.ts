import { can } from '../../../shared/permissions';
import type { Storage } from '../../storage/Storage';
import type { VoteRow } from '../../storage/VoteStore';
import type { MemberRow } from '../../storage/WorkspaceStore';
import { DomainError } from '../errors';

/**
 * A vote of the werkgroep, as the acting member may see it: not_found unless it belongs to the
 * werkgroep, and for drafts unless the member manages votes (a draft is not there for the others).
 * The member comes from the werkgroep's membership check, which has already run for the action.
 */
export async function voteFor(
  storage: Storage,
  ids: { werkgroepId: string; voteId: string },
  member: Pick<MemberRow, 'role'>,
): Promise<VoteRow> {
  const vote = await storage.getVote(ids.voteId);
  if (!vote || vote.werkgroepId !== ids.werkgroepId) throw new DomainError('not_found');
  if (vote.status === 'draft' && !can(member.role, 'vote.manage')) throw new DomainError('not_found');
  return vote;
}

/** The werkgroep's votes the member may see: drafts only for those who manage votes. */
export async function votesFor(
  storage: Storage,
  werkgroepId: string,
  member: Pick<MemberRow, 'role'>,
): Promise<VoteRow[]> {
  return (await storage.listVotes(werkgroepId)).filter(
    (v) => v.status !== 'draft' || can(member.role, 'vote.manage'),
  );
}
