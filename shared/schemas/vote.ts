import { z } from 'zod';
import { idSchema, isoDateSchema, lineSchema } from './common';

/**
 * Votes (stemmingen): what the facilitator sets up, what a member sends as a ballot, and the public
 * state every screen shows. Counting is in shared/voting/tally.ts.
 */
export const VOTE_LIMITS = {
  questionMax: 200,
  explanationMax: 2000,
  optionLabelMax: 120,
  optionsMin: 2,
  optionsMax: 20,
  /** A dot round on a board: one option per note. */
  boardOptionsMax: 300,
  reasonMax: 1000,
  proxyNoteMax: 200,
  decisionTextMax: 2000,
  scoreMax: 5,
  dotsMax: 20,
  quorumMax: 500,
  perWerkgroep: 500,
} as const;

/**
 * consent: instemmen / onthouden / bezwaar (an objection needs a reason and blocks);
 * single / multiple (at most `maxChoices`) choice; score 0–5 per option; dots: `dots` to spread.
 */
export const VOTE_METHODS = ['consent', 'single', 'multiple', 'score', 'dots'] as const;
export const voteMethodSchema = z.enum(VOTE_METHODS);
export type VoteMethod = z.infer<typeof voteMethodSchema>;

/**
 * meerderheid: one member, one vote (bewoners and ambtenaren together);
 * gelijk_gewicht: bewoners and ambtenaren each weigh 50%, whatever their turnout;
 * dubbele_meerderheid: a majority among bewoners and among ambtenaren;
 * consent: passes when nobody objects (only with the consent method).
 */
export const COUNTING_RULES = ['meerderheid', 'gelijk_gewicht', 'dubbele_meerderheid', 'consent'] as const;
export const countingRuleSchema = z.enum(COUNTING_RULES);
export type CountingRule = z.infer<typeof countingRuleSchema>;

/** The groups that vote. Partners only when the facilitator allows it, and then only advisory. */
export const VOTING_GROUPS = ['bewoners', 'ambtenaren', 'partners'] as const;
export type VotingGroup = (typeof VOTING_GROUPS)[number];
/** The two groups the parity rules weigh. */
export const PARITY_GROUPS = ['bewoners', 'ambtenaren'] as const;
export type ParityGroup = (typeof PARITY_GROUPS)[number];

export const CONSENT_CHOICES = ['instemmen', 'onthouden', 'bezwaar'] as const;
export type ConsentChoice = (typeof CONSENT_CHOICES)[number];

export const VOTE_STATUSES = ['draft', 'open', 'closed'] as const;
export type VoteStatus = (typeof VOTE_STATUSES)[number];

/** o1, o2, …; up to o999 because a dot round on a board has one option per note. */
export const optionIdSchema = z.string().regex(/^o[1-9][0-9]{0,2}$/, 'not a valid option id');
export const voteOptionSchema = z.object({ id: optionIdSchema, label: z.string() });
export type VoteOption = z.infer<typeof voteOptionSchema>;

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
  if ((s.method === 'consent') !== (s.rule === 'consent')) {
    return { path: 'rule', message: 'the consent rule goes with the consent method, and only with it' };
  }
  if (s.method === 'multiple' && (s.maxChoices === null || s.maxChoices > optionCount)) {
    return {
      path: 'maxChoices',
      message: 'multiple choice needs maxChoices between 1 and the number of options',
    };
  }
  if (s.method !== 'multiple' && s.maxChoices !== null) {
    return { path: 'maxChoices', message: 'maxChoices is only for multiple choice' };
  }
  if ((s.method === 'dots') !== (s.dots !== null)) {
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
    if (v.method === 'consent' && v.options.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a consent vote has no options' });
    }
    if (v.method !== 'consent' && v.options.length < VOTE_LIMITS.optionsMin) {
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
 * A ballot. Abstaining is possible in every method and counts for turnout and quorum, not for the
 * options. The member's group is never part of it: the server takes it from the membership.
 */
export const ballotSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('abstain') }).strict(),
  z
    .object({
      kind: z.literal('consent'),
      choice: z.enum(CONSENT_CHOICES),
      reason: z.string().trim().max(VOTE_LIMITS.reasonMax).optional(),
    })
    .strict()
    .refine((b) => b.choice !== 'bezwaar' || (b.reason ?? '').length > 0, {
      path: ['reason'],
      message: 'an objection needs a reason',
    }),
  z.object({ kind: z.literal('single'), optionId: optionIdSchema }).strict(),
  z
    .object({
      kind: z.literal('multiple'),
      optionIds: z.array(optionIdSchema).min(1).max(VOTE_LIMITS.optionsMax),
    })
    .strict()
    .refine((b) => new Set(b.optionIds).size === b.optionIds.length, {
      path: ['optionIds'],
      message: 'each option once',
    }),
  z
    .object({
      kind: z.literal('score'),
      scores: z.record(optionIdSchema, z.number().int().min(0).max(VOTE_LIMITS.scoreMax)),
    })
    .strict(),
  z
    .object({
      kind: z.literal('dots'),
      dots: z.record(optionIdSchema, z.number().int().min(0).max(VOTE_LIMITS.dotsMax)),
    })
    .strict(),
]);
export type Ballot = z.infer<typeof ballotSchema>;

/**
 * Whether a (schema-valid) ballot fits this vote: its kind, known options, the number of choices,
 * every option scored, the dots spent. Returns a message naming the problem, or null.
 */
export function ballotProblem(
  ballot: Ballot,
  vote: Pick<VoteSettings, 'method' | 'maxChoices' | 'dots'> & { options: readonly VoteOption[] },
): string | null {
  if (ballot.kind === 'abstain') return null;
  if (ballot.kind !== vote.method) return `this vote takes ${vote.method} ballots`;
  const known = new Set(vote.options.map((o) => o.id));
  const unknown = (ids: readonly string[]) => ids.find((id) => !known.has(id));
  switch (ballot.kind) {
    case 'consent':
      return null;
    case 'single':
      return unknown([ballot.optionId]) ? 'unknown option' : null;
    case 'multiple':
      if (unknown(ballot.optionIds)) return 'unknown option';
      return ballot.optionIds.length > (vote.maxChoices ?? 0) ? `at most ${vote.maxChoices} choices` : null;
    case 'score': {
      const ids = Object.keys(ballot.scores);
      if (unknown(ids)) return 'unknown option';
      return ids.length === known.size ? null : 'give every option a score';
    }
    case 'dots': {
      if (unknown(Object.keys(ballot.dots))) return 'unknown option';
      const spent = Object.values(ballot.dots).reduce((a, b) => a + b, 0);
      if (spent === 0) return 'place at least one dot';
      return spent > (vote.dots ?? 0) ? `at most ${vote.dots} dots` : null;
    }
  }
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
