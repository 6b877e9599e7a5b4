import { z } from 'zod';
import { idSchema, isoDateSchema } from '../schemas/common';
import { ballotSchema, VOTING_GROUPS, voteSchema } from '../schemas/vote';
import { tallySchema } from './result';

const perGroupSchema = z.object({
  bewoners: z.number().int(),
  ambtenaren: z.number().int(),
  /** null when partners do not vote in this vote. */
  partners: z.number().int().nullable(),
});
export type PerGroup = z.infer<typeof perGroupSchema>;

/**
 * A vote as every member sees it: the API returns it and the server writes it into the werkgroep's
 * sync room, so it never holds who voted what in a secret vote.
 */
export const voteViewSchema = voteSchema.extend({
  /** Ballots cast per group (abstentions included). Always visible, also in secret votes. */
  turnout: perGroupSchema,
  /** Members who may vote, per group. */
  eligible: perGroupSchema,
  /** The count; null while results are hidden (a draft, or an open vote that shows results after closing). */
  tally: tallySchema.nullable(),
  /** Open votes: who has voted (not what). Secret votes: null. */
  voters: z
    .array(
      z.object({ memberId: idSchema, name: z.string(), group: z.enum(VOTING_GROUPS), proxy: z.boolean() }),
    )
    .nullable(),
  decisionId: idSchema.nullable(),
});
export type VoteView = z.infer<typeof voteViewSchema>;

/** The caller's own ballot in a vote. */
export const myBallotSchema = z.object({
  ballot: ballotSchema.nullable(),
  /** Entered by the facilitator on the member's behalf. */
  proxy: z.boolean(),
  /** null when not cast, and in secret votes (their ballots have no time). */
  castAt: isoDateSchema.nullable(),
  /** May this member vote in this vote (role and group)? */
  eligible: z.boolean(),
});
export type MyBallot = z.infer<typeof myBallotSchema>;

/** Open votes, once results show: every ballot with its voter. Never for secret votes. */
export const openBallotSchema = z.object({
  memberId: idSchema,
  name: z.string(),
  group: z.enum(VOTING_GROUPS),
  proxy: z.boolean(),
  ballot: ballotSchema,
});

/** The audit trail of a vote (facilitator): who did what when; never what a secret ballot said. */
export const voteEventSchema = z.object({
  at: isoDateSchema,
  kind: z.enum([
    'created',
    'opened',
    'closed',
    'ballot_cast',
    'ballot_changed',
    'proxy_cast',
    'proxy_changed',
    // A closed secret vote keeps only these, one per member, at the closing time.
    'took_part',
    'took_part_by_proxy',
  ]),
  actor: z.string(),
  /** The member a ballot is for (proxy: the member the facilitator voted for). */
  subject: z.string().nullable(),
  note: z.string(),
});
export type VoteEvent = z.infer<typeof voteEventSchema>;
