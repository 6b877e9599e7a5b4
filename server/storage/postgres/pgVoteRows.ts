import { z } from 'zod';
import { decisionSchema } from '../../../shared/schemas/decision';
import {
  ballotSchema,
  VOTING_GROUPS,
  voteOptionSchema,
  voteSettingsSchema,
} from '../../../shared/schemas/vote';
import { voteEventSchema } from '../../../shared/voting/voteView';
import type { BallotRow, DecisionRow, VoteEventRow, VoteRow } from '../VoteStore';

/** Vote rows as PostgreSQL holds them (JSON columns arrive parsed), and as the store hands them out. */
export type DbVote = {
  id: string;
  werkgroep_id: string;
  board_id: string | null;
  question: string;
  explanation: string;
  options: unknown;
  settings: unknown;
  status: VoteRow['status'];
  created_by: string;
  created_at: number;
  opened_at: number | null;
  closed_at: number | null;
};
export type DbBallot = {
  vote_id: string;
  member_id: string;
  voter_group: string;
  ballot: unknown;
  proxy: boolean;
  entered_by: string | null;
  note: string;
  cast_at: number;
};
export type DbEvent = {
  vote_id: string;
  at: number;
  kind: string;
  actor_member_id: string;
  subject_member_id: string | null;
  note: string;
};
export type DbDecision = {
  id: string;
  werkgroep_id: string;
  vote_id: string;
  number: number;
  data: unknown;
  decided_at: number;
};

export const VOTE_COLS =
  'id, werkgroep_id, board_id, question, explanation, options, settings, status, created_by, created_at, opened_at, closed_at';
export const BALLOT_COLS = 'vote_id, member_id, voter_group, ballot, proxy, entered_by, note, cast_at';
export const EVENT_COLS = 'vote_id, at, kind, actor_member_id, subject_member_id, note';
export const DECISION_COLS = 'id, werkgroep_id, vote_id, number, data, decided_at';

/** What a decision keeps besides its keys (JSON in `data`). */
const decisionDataSchema = decisionSchema.pick({
  question: true,
  text: true,
  method: true,
  rule: true,
  secret: true,
  options: true,
  tally: true,
});

export const toVote = (r: DbVote): VoteRow => ({
  id: r.id,
  werkgroepId: r.werkgroep_id,
  boardId: r.board_id,
  question: r.question,
  explanation: r.explanation,
  options: z.array(voteOptionSchema).parse(r.options),
  settings: voteSettingsSchema.parse(r.settings),
  status: r.status,
  createdBy: r.created_by,
  createdAt: r.created_at,
  openedAt: r.opened_at,
  closedAt: r.closed_at,
});
export const toBallot = (r: DbBallot): BallotRow => ({
  voteId: r.vote_id,
  memberId: r.member_id,
  group: z.enum(VOTING_GROUPS).parse(r.voter_group),
  ballot: ballotSchema.parse(r.ballot),
  proxy: r.proxy,
  enteredBy: r.entered_by,
  note: r.note,
  castAt: r.cast_at,
});
export const toEvent = (r: DbEvent): VoteEventRow => ({
  voteId: r.vote_id,
  at: r.at,
  kind: voteEventSchema.shape.kind.parse(r.kind),
  actorMemberId: r.actor_member_id,
  subjectMemberId: r.subject_member_id,
  note: r.note,
});
export const toDecision = (r: DbDecision): DecisionRow => ({
  id: r.id,
  werkgroepId: r.werkgroep_id,
  voteId: r.vote_id,
  number: r.number,
  decidedAt: r.decided_at,
  ...decisionDataSchema.parse(r.data),
});
