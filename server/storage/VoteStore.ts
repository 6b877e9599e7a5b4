import type { Ballot, VoteOption, VoteSettings, VoteStatus, VotingGroup } from '../../shared/schemas/vote';
import type { Tally } from '../../shared/voting/result';
import type { VoteEvent } from '../../shared/voting/voteView';
import { methodsOf } from './methods';

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

/**
 * A ballot as the store hands it out. A secret vote's ballots never carry their member (only
 * `getBallot` finds a member's own, while the vote is open), nor who entered them, a note or a time.
 */
export interface BallotRow {
  voteId: string;
  /** null for every ballot of a secret vote. */
  memberId: string | null;
  group: VotingGroup;
  ballot: Ballot;
  /**
   * Entered by the facilitator. Once a secret vote is closed only the number per group is kept: the
   * first that many ballots of the group (in the stored content order) carry the mark.
   */
  proxy: boolean;
  /** The facilitator who entered a proxy ballot (open votes). */
  enteredBy: string | null;
  /** How a proxy ballot came in (open votes; for secret votes it is in the audit trail only). */
  note: string;
  /** When it was cast (open votes); null for secret votes, whose ballots have no time. */
  castAt: number | null;
}

/** A ballot being cast: for one member, at one time. */
export type NewBallot = Omit<BallotRow, 'memberId' | 'castAt'> & { memberId: string; castAt: number };

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
   * returns the decision (or null: a dot round records none). A secret vote's ballots are sealed: no
   * key, hash, order or proxy mark links them to a member any more, the audit trail keeps who took
   * part (at the closing time), and nothing of the open phase stays in the backend's files
   * (SPEC.md: [SQLITE2], [PG2]).
   * Null when the vote is not open.
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
  castBallot(row: NewBallot, actorMemberId: string): Promise<CastResult>;
  /** A member's own ballot; for a secret vote only while it is open. */
  getBallot(voteId: string, memberId: string): Promise<BallotRow | null>;
  /**
   * Open votes: in the order they were first cast. Secret votes: in an order that says nothing of
   * who cast them or when (while open, by keyed hash; once closed, by group and content).
   */
  listBallots(voteId: string): Promise<BallotRow[]>;
  listVoteEvents(voteId: string): Promise<VoteEventRow[]>;

  /** Oldest first. */
  listDecisions(werkgroepId: string): Promise<DecisionRow[]>;
}

export const VOTE_STORE_METHODS = methodsOf<VoteStore>({
  createVote: true,
  getVote: true,
  listVotes: true,
  updateDraftVote: true,
  deleteDraftVote: true,
  openVote: true,
  closeVote: true,
  castBallot: true,
  getBallot: true,
  listBallots: true,
  listVoteEvents: true,
  listDecisions: true,
});
