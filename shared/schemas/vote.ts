import { z } from 'zod';
import { type Ballot, ballotSchema, methodOf, specOfBallot, voteMethodSchema } from '../voting/methods';
import { idSchema, isoDateSchema, lineSchema } from './common';
import {
  countingRuleSchema,
  VOTE_LIMITS,
  type VoteOption,
  type VotingGroup,
  voteOptionSchema,
} from './voteBasics';

/**
 * Votes (stemmingen): what the facilitator sets up, what a member sends as a ballot, and the public
 * state every screen shows. What differs per method is in shared/voting/methods.ts, counting in
 * shared/voting/tally.ts; both are re-exported here for the callers that know votes by this file.
 */
export {
  type Ballot,
  type BallotOf,
  ballotSchema,
  VOTE_METHODS,
  type VoteMethod,
  voteMethodSchema,
} from '../voting/methods';
export {
  CONSENT_CHOICES,
  COUNTING_RULES,
  type ConsentChoice,
  type CountingRule,
  countingRuleSchema,
  optionIdSchema,
  PARITY_GROUPS,
  type ParityGroup,
  VOTE_LIMITS,
  VOTING_GROUPS,
  type VoteOption,
  type VotingGroup,
  voteOptionSchema,
} from './voteBasics';

export const VOTE_STATUSES = ['draft', 'open', 'closed'] as const;
export type VoteStatus = (typeof VOTE_STATUSES)[number];

const quorumSchema = z.object({
  bewoners: z.number().int().min(0).max(VOTE_LIMITS.quorumMax),
  ambtenaren: z.number().int().min(0).max(VOTE_LIMITS.quorumMax),
});
export type Quorum = z.infer<typeof quorumSchema>;

/** Everything that decides how a vote is cast and counted. */
export const voteSettingsSchema = z.object({
  method: voteMethodSchema,
  rule: countingRuleSchema,
  /** multiple: how many options a member may pick at most. */
  maxChoices: z.number().int().min(1).max(VOTE_LIMITS.optionsMax).nullable(),
  /** dots: how many dots each member spreads. */
  dots: z.number().int().min(1).max(VOTE_LIMITS.dotsMax).nullable(),
  partnersAdvise: z.boolean(),
  quorum: quorumSchema,
  secret: z.boolean(),
  /** live: results show while the vote is open; after_close: only once it is closed. */
  results: z.enum(['live', 'after_close']),
});
export type VoteSettings = z.infer<typeof voteSettingsSchema>;

/** Which settings fit together; returns the field and a message, or null. */
export function settingsProblem(
  s: Pick<VoteSettings, 'method' | 'rule' | 'maxChoices' | 'dots' | 'secret' | 'results'>,
  optionCount: number,
): { path: string; message: string } | null {
  // A live count next to a secret vote gives it away: whoever sees a ballot go in and the count move
  // knows what it said. Secret votes show their result once they are closed.
  if (s.secret && s.results === 'live') {
    return { path: 'results', message: 'a secret vote shows its result only after closing' };
  }
  const method = methodOf(s.method);
  if (!method.rules.includes(s.rule)) {
    return { path: 'rule', message: 'the consent rule goes with the consent method, and only with it' };
  }
  if (method.maxChoices && (s.maxChoices === null || s.maxChoices > optionCount)) {
    return {
      path: 'maxChoices',
      message: 'multiple choice needs maxChoices between 1 and the number of options',
    };
  }
  if (!method.maxChoices && s.maxChoices !== null) {
    return { path: 'maxChoices', message: 'maxChoices is only for multiple choice' };
  }
  if (method.dots !== (s.dots !== null)) {
    return { path: 'dots', message: 'dots is required for the dots method, and only for it' };
  }
  return null;
}

const optionLabelSchema = lineSchema(VOTE_LIMITS.optionLabelMax);
const explanationSchema = z.string().trim().max(VOTE_LIMITS.explanationMax);

/** What the facilitator sends to create a vote (it starts as a draft). */
export const createVoteSchema = z
  .object({
    question: lineSchema(VOTE_LIMITS.questionMax),
    explanation: explanationSchema.default(''),
    /** Option labels, in order. Consent votes have no options of their own. */
    options: z.array(optionLabelSchema).max(VOTE_LIMITS.optionsMax).default([]),
    method: voteMethodSchema,
    rule: countingRuleSchema,
    maxChoices: z.number().int().min(1).max(VOTE_LIMITS.optionsMax).nullable().default(null),
    dots: z.number().int().min(1).max(VOTE_LIMITS.dotsMax).nullable().default(null),
    partnersAdvise: z.boolean().default(false),
    quorum: quorumSchema.default({ bewoners: 0, ambtenaren: 0 }),
    secret: z.boolean().default(false),
    /** Default: live, or after_close for a secret vote. */
    results: z.enum(['live', 'after_close']).optional(),
  })
  .strict()
  .transform((v) => ({ ...v, results: v.results ?? (v.secret ? 'after_close' : 'live') }))
  .superRefine((v, ctx) => {
    const hasOptions = methodOf(v.method).options;
    if (!hasOptions && v.options.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a consent vote has no options' });
    }
    if (hasOptions && v.options.length < VOTE_LIMITS.optionsMin) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `at least ${VOTE_LIMITS.optionsMin} options`,
      });
    }
    const problem = settingsProblem(v, v.options.length);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
  });
export type CreateVote = z.input<typeof createVoteSchema>;

/** Opening and closing. On close the facilitator may word the decision. */
export const changeVoteStatusSchema = z
  .object({
    status: z.enum(['open', 'closed']),
    decisionText: z.string().trim().max(VOTE_LIMITS.decisionTextMax).optional(),
  })
  .strict();

/**
 * Whether a (schema-valid) ballot fits this vote: its kind, then what its method checks (known
 * options, the number of choices, every option scored, the dots spent). A message, or null.
 * Abstaining is possible in every method: it counts for turnout and quorum, not for the options.
 */
export function ballotProblem(
  ballot: Ballot,
  vote: Pick<VoteSettings, 'method' | 'maxChoices' | 'dots'> & { options: readonly VoteOption[] },
): string | null {
  if (ballot.kind === 'abstain') return null;
  if (ballot.kind !== vote.method) return `this vote takes ${vote.method} ballots`;
  const known = new Set(vote.options.map((o) => o.id));
  return specOfBallot(ballot).problem(ballot, {
    unknown: (ids) => ids.find((id) => !known.has(id)),
    optionCount: known.size,
    maxChoices: vote.maxChoices,
    dots: vote.dots,
  });
}

/** A proxy ballot: the facilitator enters it for a member reached by phone or on paper. */
export const proxyBallotSchema = z
  .object({
    memberId: idSchema,
    ballot: ballotSchema,
    note: z.string().trim().max(VOTE_LIMITS.proxyNoteMax).default(''),
  })
  .strict();

export const voteSchema = voteSettingsSchema.extend({
  id: idSchema,
  /** A dot round on this board (its options are the board's notes); null for a vote of the werkgroep. */
  boardId: idSchema.nullable(),
  werkgroepId: idSchema,
  question: z.string(),
  explanation: z.string(),
  options: z.array(voteOptionSchema),
  status: z.enum(VOTE_STATUSES),
  createdAt: isoDateSchema,
  openedAt: isoDateSchema.nullable(),
  closedAt: isoDateSchema.nullable(),
});
export type Vote = z.infer<typeof voteSchema>;

/** A ballot as counted: the voter's group, never who it was. */
export interface CountedBallot {
  group: VotingGroup;
  ballot: Ballot;
  proxy: boolean;
}
