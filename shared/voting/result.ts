import { z } from 'zod';
import { countingRuleSchema, optionIdSchema, voteMethodSchema } from '../schemas/vote';

/**
 * The outcome of counting a vote (shared/voting/tally.ts computes it). It holds figures per group,
 * never who voted what, so it may go to every member and over the werkgroep's sync room.
 */
export const optionFiguresSchema = z.object({
  /** single: votes; multiple: approvals; score: sum of scores; dots: dots. */
  raw: z.number(),
  /**
   * The group's own result for the option, 0..1: single and multiple: raw ÷ the group's
   * non-abstaining voters; score: mean score ÷ 5; dots: raw ÷ all dots the group placed.
   */
  share: z.number(),
});

export const consentFiguresSchema = z.object({
  instemmen: z.number().int(),
  onthouden: z.number().int(),
  bezwaar: z.number().int(),
  /** The reasons given with objections, in the order the ballots were counted. */
  objections: z.array(z.string()),
});

export const groupFiguresSchema = z.object({
  /** Ballots in this group, abstentions included (turnout; counts for quorum). */
  voters: z.number().int(),
  /** Ballots of kind `abstain` (and, in consent votes, not `onthouden`, which is a choice). */
  abstained: z.number().int(),
  /** Ballots entered by the facilitator on a member's behalf. */
  proxies: z.number().int(),
  options: z.record(optionIdSchema, optionFiguresSchema),
  consent: consentFiguresSchema.nullable(),
});
export type GroupFigures = z.infer<typeof groupFiguresSchema>;

export const TALLY_STATUSES = ['valid', 'no_votes', 'quorum_not_met', 'group_without_votes'] as const;

export const tallySchema = z.object({
  method: voteMethodSchema,
  rule: countingRuleSchema,
  groups: z.object({
    bewoners: groupFiguresSchema,
    ambtenaren: groupFiguresSchema,
    /** Only when partners vote (advisory): shown apart, never part of the outcome. */
    partners: groupFiguresSchema.nullable(),
  }),
  /**
   * valid; no_votes: no counted ballot other than abstentions; quorum_not_met: fewer voters than the
   * quorum in a group; group_without_votes: a parity rule needs both groups, one has no counted ballot.
   */
  status: z.enum(TALLY_STATUSES),
  /** Options by their combined score under the rule, best first (ties keep the option order). */
  ranking: z.array(z.object({ optionId: optionIdSchema, score: z.number() })),
  /** The options adopted under the rule (empty when nothing passed or the status is not valid). */
  winners: z.array(optionIdSchema),
  /** The two best options have the same combined score. */
  tie: z.boolean(),
  /** Whether the vote produced a decision: a winner, or (consent) nobody objected. */
  passed: z.boolean(),
});
export type Tally = z.infer<typeof tallySchema>;
