import type { MemberRole } from '../../../../shared/schemas/member';
import type { VotingGroup } from '../../../../shared/schemas/vote';
import { tally } from '../../../../shared/voting/tally';
import type { PerGroup, VoteView } from '../../../../shared/voting/voteView';
import type { Storage } from '../../../storage/Storage';
import type { BallotRow, DecisionRow, VoteRow } from '../../../storage/VoteStore';
import type { MemberRow } from '../../../storage/WorkspaceStore';

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/** The group a member votes in, or null when their role does not vote (a guest: not yet confirmed). */
export function votingGroupOf(role: MemberRole): VotingGroup | null {
  if (role === 'bewoner') return 'bewoners';
  if (role === 'ambtenaar') return 'ambtenaren';
  if (role === 'partner') return 'partners';
  return null;
}

/** Whether a member with `role` votes in this vote (partners only where they advise). */
export function votesIn(vote: VoteRow, role: MemberRole): VotingGroup | null {
  const group = votingGroupOf(role);
  if (group === 'partners' && !vote.settings.partnersAdvise) return null;
  return group;
}

/** Ballots that count for this vote: partners' only where they advise. */
export function countedBallots(vote: VoteRow, ballots: readonly BallotRow[]) {
  return ballots
    .filter((b) => b.group !== 'partners' || vote.settings.partnersAdvise)
    .map((b) => ({ group: b.group, ballot: b.ballot, proxy: b.proxy }));
}

function perGroup(vote: VoteRow, groups: readonly VotingGroup[]): PerGroup {
  const count = (g: VotingGroup) => groups.filter((x) => x === g).length;
  return {
    bewoners: count('bewoners'),
    ambtenaren: count('ambtenaren'),
    partners: vote.settings.partnersAdvise ? count('partners') : null,
  };
}

export function presentDecision(d: DecisionRow) {
  return { ...d, decidedAt: new Date(d.decidedAt).toISOString() };
}

/**
 * What every member may see of a vote. The count only once results show (live, or after closing);
 * for a closed vote it is the one recorded in its decision. Secret votes never name voters.
 */
export function presentVote(
  vote: VoteRow,
  ballots: readonly BallotRow[],
  members: readonly MemberRow[],
  decision: DecisionRow | null,
): VoteView {
  const { settings } = vote;
  const showResults = vote.status === 'closed' || (vote.status === 'open' && settings.results === 'live');
  const counted = countedBallots(vote, ballots);
  const names = new Map(members.map((m) => [m.id, m.displayName]));
  return {
    id: vote.id,
    werkgroepId: vote.werkgroepId,
    boardId: vote.boardId,
    question: vote.question,
    explanation: vote.explanation,
    options: vote.options,
    ...settings,
    status: vote.status,
    createdAt: new Date(vote.createdAt).toISOString(),
    openedAt: iso(vote.openedAt),
    closedAt: iso(vote.closedAt),
    turnout: perGroup(
      vote,
      counted.map((b) => b.group),
    ),
    eligible: perGroup(
      vote,
      members.flatMap((m) => votesIn(vote, m.role) ?? []),
    ),
    tally: decision?.tally ?? (showResults ? tally({ ...settings, options: vote.options }, counted) : null),
    voters: settings.secret
      ? null
      : ballots
          .filter((b) => b.memberId !== null && (b.group !== 'partners' || settings.partnersAdvise))
          .map((b) => ({
            memberId: b.memberId ?? '',
            name: names.get(b.memberId ?? '') ?? '—',
            group: b.group,
            proxy: b.proxy,
          })),
    decisionId: decision?.id ?? null,
  };
}

/** Loads what presentVote needs. */
export async function loadVoteView(storage: Storage, vote: VoteRow): Promise<VoteView> {
  const [ballots, members, decisions] = await Promise.all([
    storage.listBallots(vote.id),
    storage.listMembers(vote.werkgroepId),
    vote.status === 'closed' ? storage.listDecisions(vote.werkgroepId) : Promise.resolve([]),
  ]);
  return presentVote(vote, ballots, members, decisions.find((d) => d.voteId === vote.id) ?? null);
}
