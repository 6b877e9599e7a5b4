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

/** Vote rows as SQLite holds them, and as the store hands them out. */
export type DbVote = {
  id: string;
  werkgroep_id: string;
  board_id: string | null;
  question: string;
  explanation: string;
  options_json: string;
  settings_json: string;
  status: VoteRow['status'];
  created_by: string;
  created_at: number;
  opened_at: number | null;
  closed_at: number | null;
};
export type DbBallot = {
  vote_id: string;
  member_id: string | null;
  voter_group: string;
  ballot_json: string;
  proxy: number;
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
  data_json: string;
  decided_at: number;
};

/** What a decision keeps besides its keys (JSON in `data_json`). */
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
  options: z.array(voteOptionSchema).parse(JSON.parse(r.options_json)),
  settings: voteSettingsSchema.parse(JSON.parse(r.settings_json)),
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
  ballot: ballotSchema.parse(JSON.parse(r.ballot_json)),
  proxy: r.proxy === 1,
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
  ...decisionDataSchema.parse(JSON.parse(r.data_json)),
});
