import type { CountedBallot, VotingGroup } from '../../../shared/schemas/vote';
import { tally } from '../../../shared/voting/tally';
import { groupTakesPart, takingPart, voterGroup } from '../../../shared/voting/voters';
import type { MyBallot, PerGroup, VoteEvent, VoteView } from '../../../shared/voting/voteView';
import type { Storage } from '../../storage/Storage';
import type { BallotRow, DecisionRow, VoteEventRow, VoteRow } from '../../storage/VoteStore';
import type { MemberRow } from '../../storage/WorkspaceStore';

/** Votes and decisions as the API returns them and the werkgroep room holds them: row → response. */

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/** The ballots that count in this vote, as the tally takes them (never who cast them). */
export function countedBallots(vote: VoteRow, ballots: readonly BallotRow[]): CountedBallot[] {
  return takingPart(vote.settings, ballots).map((b) => ({
    group: b.group,
    ballot: b.ballot,
    proxy: b.proxy,
  }));
}

function perGroup(vote: VoteRow, groups: readonly VotingGroup[]): PerGroup {
  const count = (g: VotingGroup) => groups.filter((x) => x === g).length;
  return {
    bewoners: count('bewoners'),
    ambtenaren: count('ambtenaren'),
    partners: groupTakesPart(vote.settings, 'partners') ? count('partners') : null,
  };
}

export function presentDecision(d: DecisionRow) {
  return { ...d, decidedAt: new Date(d.decidedAt).toISOString() };
}

/** Results show while live, and always once closed. */
export const resultsShow = (vote: VoteRow) =>
  vote.status === 'closed' || (vote.status === 'open' && vote.settings.results === 'live');

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
      members.flatMap((m) => voterGroup(settings, m.role) ?? []),
    ),
    tally:
      decision?.tally ?? (resultsShow(vote) ? tally({ ...settings, options: vote.options }, counted) : null),
    voters: settings.secret
      ? null
      : takingPart(settings, ballots).flatMap((b) =>
          b.memberId === null
            ? []
            : [{ memberId: b.memberId, name: names.get(b.memberId) ?? '—', group: b.group, proxy: b.proxy }],
        ),
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

/** A member's own ballot in a vote, and whether they vote in it. */
export function presentMyBallot(vote: VoteRow, member: MemberRow, mine: BallotRow | null): MyBallot {
  return {
    ballot: mine?.ballot ?? null,
    proxy: mine?.proxy ?? false,
    castAt: mine?.castAt ? new Date(mine.castAt).toISOString() : null,
    eligible: voterGroup(vote.settings, member.role) !== null,
  };
}

/** Every ballot that takes part, with its voter's name (open votes only: the caller checks). */
export function presentOpenBallots(
  vote: VoteRow,
  ballots: readonly BallotRow[],
  members: readonly MemberRow[],
) {
  const names = new Map(members.map((m) => [m.id, m.displayName]));
  return takingPart(vote.settings, ballots).flatMap((b) =>
    b.memberId === null
      ? []
      : [
          {
            memberId: b.memberId,
            name: names.get(b.memberId) ?? '—',
            group: b.group,
            proxy: b.proxy,
            ballot: b.ballot,
          },
        ],
  );
}

/** The audit trail with names instead of member ids. */
export function presentVoteEvents(
  events: readonly VoteEventRow[],
  members: readonly MemberRow[],
): VoteEvent[] {
  const names = new Map(members.map((m) => [m.id, m.displayName]));
  const name = (id: string | null) => (id === null ? null : (names.get(id) ?? '—'));
  return events.map((e) => ({
    at: new Date(e.at).toISOString(),
    kind: e.kind,
    actor: name(e.actorMemberId) ?? '—',
    subject: name(e.subjectMemberId),
    note: e.note,
  }));
}
