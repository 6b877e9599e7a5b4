import type { Ballot, VoteOption, VoteSettings, VoteStatus, VotingGroup } from '../../shared/schemas/vote';
import type { Tally } from '../../shared/voting/result';
import type { VoteEvent } from '../../shared/voting/voteView';

/** Rows as stored. Times are milliseconds since the epoch. */
export interface VoteRow {
  id: string;
  werkgroepId: string;
  /** A dot round on this board; null for a vote of the werkgroep. */
  boardId: string | null;
  question: string;
  explanation: string;
  options: VoteOption[];
  settings: VoteSettings;
  status: VoteStatus;
  createdBy: string;
  createdAt: number;
  openedAt: number | null;
  closedAt: number | null;
}

export interface BallotRow {
  voteId: string;
  /** null once a secret vote is closed: from then on nobody can tell whose ballot it was. */
  memberId: string | null;
  group: VotingGroup;
  ballot: Ballot;
  proxy: boolean;
  /** The facilitator who entered a proxy ballot. */
  enteredBy: string | null;
  note: string;
  castAt: number;
}

export interface VoteEventRow {
  voteId: string;
  at: number;
  kind: VoteEvent['kind'];
  actorMemberId: string;
  subjectMemberId: string | null;
  note: string;
}

export interface DecisionRow {
  id: string;
  werkgroepId: string;
  voteId: string;
  /** 1, 2, 3… within the werkgroep; given by the store. */
  number: number;
  question: string;
  text: string;
  method: VoteSettings['method'];
  rule: VoteSettings['rule'];
  secret: boolean;
  options: VoteOption[];
  tally: Tally;
  decidedAt: number;
}

/** already_voted: a proxy ballot for a member who cast their own (it never replaces theirs). */
export type CastResult = 'cast' | 'changed' | 'not_open' | 'already_voted';

/**
 * Votes, ballots, their audit trail and decisions. Every state change happens in one transaction
 * with its check (a ballot only while the vote is open; closing counts the ballots as they are then).
 */
export interface VoteStore {
  createVote(row: VoteRow): Promise<void>;
  getVote(id: string): Promise<VoteRow | null>;
  /** Newest first. */
  listVotes(werkgroepId: string): Promise<VoteRow[]>;
  /**
   * Changes a draft's question, explanation, options and settings; null when it is not a draft
   * (once open, a vote is what people voted on).
   */
  updateDraftVote(
    id: string,
    change: Pick<VoteRow, 'question' | 'explanation' | 'options' | 'settings'>,
  ): Promise<VoteRow | null>;
  /** Removes a draft; false when there is no such draft. */
  deleteDraftVote(id: string): Promise<boolean>;
  /** Draft → open; null when the vote is not a draft. */
  openVote(id: string, now: number, actorMemberId: string): Promise<VoteRow | null>;
  /**
   * Open → closed, in one transaction: `decide` gets the ballots as they are at that moment and
   * returns the decision (or null: a dot round records none); a secret vote's ballots lose their
   * member. Null when the vote is not open.
   */
  closeVote(
    id: string,
    now: number,
    actorMemberId: string,
    decide: (vote: VoteRow, ballots: BallotRow[]) => Omit<DecisionRow, 'number'> | null,
  ): Promise<{ vote: VoteRow; decision: DecisionRow | null } | null>;

  /**
   * One ballot per member per vote: a second one replaces the first. Only while the vote is open.
   * A proxy ballot (entered by the facilitator) never replaces the member's own: 'already_voted';
   * the member's own ballot replaces a proxy ballot, and a proxy ballot may replace a proxy ballot.
   */
  castBallot(
    row: Omit<BallotRow, 'memberId'> & { memberId: string },
    actorMemberId: string,
  ): Promise<CastResult>;
  getBallot(voteId: string, memberId: string): Promise<BallotRow | null>;
  /** In the order they were first cast. */
  listBallots(voteId: string): Promise<BallotRow[]>;
  listVoteEvents(voteId: string): Promise<VoteEventRow[]>;

  /** Oldest first. */
  listDecisions(werkgroepId: string): Promise<DecisionRow[]>;
}
