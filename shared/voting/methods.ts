import { z } from 'zod';
import {
  CONSENT_CHOICES,
  type CountingRule,
  optionIdSchema,
  type ParityGroup,
  VOTE_LIMITS,
  type VoteOption,
} from '../schemas/voteBasics';

/**
 * Everything that differs between vote methods, in one table: the ballot's shape, the checks a ballot
 * must pass, how it is counted and who wins, which settings and rules go with it, and how its result
 * column and outcome are worded. Server (checks, tally, export) and client (form, ballot, result
 * table) look a method up here, so a new method is one entry below plus its ballot input
 * (client/features/votes/ballotInputs.tsx) and its words in the catalogues; `satisfies` makes the
 * compiler list whatever an entry lacks.
 */
export const VOTE_METHODS = ['consent', 'single', 'multiple', 'score', 'dots'] as const;
export const voteMethodSchema = z.enum(VOTE_METHODS);
export type VoteMethod = z.infer<typeof voteMethodSchema>;

const OPTION_RULES = ['meerderheid', 'gelijk_gewicht', 'dubbele_meerderheid'] as const;
/** Strictly more than half: exactly half is not a majority. */
const MAJORITY = 0.5;

/** A consent count: the choices and the reasons given with objections. */
export interface ConsentTotals {
  instemmen: number;
  onthouden: number;
  bezwaar: number;
  objections: string[];
}

/** What checking a ballot against its vote needs. */
export interface BallotCheck {
  /** The first id the vote has no option for, or undefined. */
  unknown(ids: readonly string[]): string | undefined;
  optionCount: number;
  maxChoices: number | null;
  dots: number | null;
}

/** Where counting one ballot goes. */
export interface CountInto {
  options: readonly VoteOption[];
  /** Adds to an option's raw figure; returns what it added (0 for an option the vote does not have). */
  add(optionId: string, amount: number): number;
  consent: ConsentTotals;
}

/** What deciding the winners needs, once the options are ranked under the rule. */
export interface WinnerContext {
  rule: CountingRule;
  ranking: readonly { optionId: string; score: number }[];
  tie: boolean;
  /** The option a group puts ahead of all others, or null when that lead is shared. */
  firstIn(group: ParityGroup): string | null;
}

/** One method's behaviour; `B` is its ballot. Hooks are methods so a table entry may narrow `B`. */
export interface VoteMethodSpec<B extends { kind: string }> {
  ballot: z.ZodType<B>;
  /** Members choose among the vote's options; false: the consent choices, no options of its own. */
  options: boolean;
  /** The counting rules that go with the method. */
  rules: readonly CountingRule[];
  /** Needs the `maxChoices` setting (and only then may it be set). */
  maxChoices: boolean;
  /** Needs the `dots` setting (and only then may it be set). */
  dots: boolean;
  /** The ballot form offers "abstain" next to the method's own choices (consent has onthouden instead). */
  abstain: boolean;
  /** A message naming what does not fit this vote, or null. */
  problem(ballot: B, check: BallotCheck): string | null;
  /** Adds the ballot to the count; returns the amount it placed on options. */
  count(ballot: B, into: CountInto): number;
  /** What an option's raw figure is divided by to give a group's share. */
  divisor(counted: number, placed: number): number;
  winners(ctx: WinnerContext): string[];
  /**
   * How a group's figure per option is shown (also the `votes.result.*` key): a number of votes, of
   * dots, or the mean score on a `scale` (share × scale).
   */
  result: { key: 'votes' | 'dots' } | { key: 'meanScore'; scale: number };
  /** How a passed vote is worded: options chosen, the highest ranked, or (consent) nobody objected. */
  outcome: 'chosen' | 'highest' | 'consent';
}

/** The best option wins when it is ahead alone with more than `threshold`. */
const topAbove = ({ ranking, tie }: WinnerContext, threshold: number): string[] => {
  const top = ranking[0];
  return top !== undefined && !tie && top.score > threshold ? [top.optionId] : [];
};

/** Counting that spreads numbers over options (score, dots): the ranking decides. */
const highestWins = (ctx: WinnerContext): string[] => {
  if (ctx.rule !== 'dubbele_meerderheid') return topAbove(ctx, 0);
  // Each group must put the same option clearly first; a good minimum alone is not enough.
  const first = ctx.firstIn('bewoners');
  return first !== null && first === ctx.firstIn('ambtenaren') ? [first] : [];
};
const perOption = (max: number) => z.record(optionIdSchema, z.number().int().min(0).max(max));
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** An entry, with its hooks typed by its ballot schema (kept as it is, for the union below). */
const method = <S extends z.ZodType<{ kind: string }>>(
  spec: Omit<VoteMethodSpec<z.output<S>>, 'ballot'> & { ballot: S },
) => spec;

export const VOTE_METHOD_TABLE = {
  consent: method({
    ballot: z
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
    options: false,
    rules: ['consent'],
    maxChoices: false,
    dots: false,
    abstain: false,
    problem: () => null,
    count(b, into) {
      into.consent[b.choice] += 1;
      if (b.choice === 'bezwaar') into.consent.objections.push(b.reason ?? '');
      return 0;
    },
    divisor: (counted) => counted,
    winners: () => [],
    result: { key: 'votes' },
    outcome: 'consent',
  }),
  single: method({
    ballot: z.object({ kind: z.literal('single'), optionId: optionIdSchema }).strict(),
    options: true,
    rules: OPTION_RULES,
    maxChoices: false,
    dots: false,
    abstain: true,
    problem: (b, check) => (check.unknown([b.optionId]) ? 'unknown option' : null),
    count: (b, into) => into.add(b.optionId, 1),
    divisor: (counted) => counted,
    // For dubbele_meerderheid the score is the smaller share, so "score > 0.5" is exactly
    // "more than half in both groups"; one test serves all three rules.
    winners: (ctx) => topAbove(ctx, MAJORITY),
    result: { key: 'votes' },
    outcome: 'chosen',
  }),
  multiple: method({
    ballot: z
      .object({
        kind: z.literal('multiple'),
        optionIds: z.array(optionIdSchema).min(1).max(VOTE_LIMITS.optionsMax),
      })
      .strict()
      .refine((b) => new Set(b.optionIds).size === b.optionIds.length, {
        path: ['optionIds'],
        message: 'each option once',
      }),
    options: true,
    rules: OPTION_RULES,
    maxChoices: true,
    dots: false,
    abstain: true,
    problem(b, check) {
      if (check.unknown(b.optionIds)) return 'unknown option';
      return b.optionIds.length > (check.maxChoices ?? 0) ? `at most ${check.maxChoices} choices` : null;
    },
    count: (b, into) => sum(b.optionIds.map((id) => into.add(id, 1))),
    divisor: (counted) => counted,
    winners: ({ ranking }) => ranking.filter((r) => r.score > MAJORITY).map((r) => r.optionId),
    result: { key: 'votes' },
    outcome: 'chosen',
  }),
  score: method({
    ballot: z.object({ kind: z.literal('score'), scores: perOption(VOTE_LIMITS.scoreMax) }).strict(),
    options: true,
    rules: OPTION_RULES,
    maxChoices: false,
    dots: false,
    abstain: true,
    problem(b, check) {
      const ids = Object.keys(b.scores);
      if (check.unknown(ids)) return 'unknown option';
      return ids.length === check.optionCount ? null : 'give every option a score';
    },
    count: (b, into) => sum(into.options.map((o) => into.add(o.id, b.scores[o.id] ?? 0))),
    // Of the highest total the counted voters could have given.
    divisor: (counted) => counted * VOTE_LIMITS.scoreMax,
    winners: highestWins,
    result: { key: 'meanScore', scale: VOTE_LIMITS.scoreMax },
    outcome: 'highest',
  }),
  dots: method({
    ballot: z.object({ kind: z.literal('dots'), dots: perOption(VOTE_LIMITS.dotsMax) }).strict(),
    options: true,
    rules: OPTION_RULES,
    maxChoices: false,
    dots: true,
    abstain: true,
    problem(b, check) {
      if (check.unknown(Object.keys(b.dots))) return 'unknown option';
      const spent = sum(Object.values(b.dots));
      if (spent === 0) return 'place at least one dot';
      return spent > (check.dots ?? 0) ? `at most ${check.dots} dots` : null;
    },
    count: (b, into) => sum(Object.entries(b.dots).map(([id, n]) => into.add(id, n))),
    // Of the dots actually placed: a member may keep some back.
    divisor: (_counted, placed) => placed,
    winners: highestWins,
    result: { key: 'dots' },
    outcome: 'highest',
  }),
} satisfies { [M in VoteMethod]: VoteMethodSpec<{ kind: M }> };

/** The ballot of one method. */
export type BallotOf<M extends VoteMethod> = z.infer<(typeof VOTE_METHOD_TABLE)[M]['ballot']>;
/** A ballot that chose something (every kind but abstain). */
export type MethodBallot = BallotOf<VoteMethod>;

/** A method's entry, without the ballot-specific hooks: what screens and settings checks look up. */
export const methodOf = (method: VoteMethod): VoteMethodSpec<MethodBallot> => specFor(method);

/**
 * The entry for a ballot, typed to that ballot. TypeScript cannot relate `ballot.kind` to the
 * matching entry of a mapped table, so this is the one place that asserts it (the table's
 * `satisfies` checks that each entry's ballot has its key as kind).
 */
export function specOfBallot<B extends MethodBallot>(ballot: B): VoteMethodSpec<B> {
  return specFor(ballot.kind) as VoteMethodSpec<B>;
}

function specFor(method: VoteMethod): VoteMethodSpec<MethodBallot> {
  return VOTE_METHOD_TABLE[method] as VoteMethodSpec<MethodBallot>;
}

/** Abstaining is possible in every method: it counts for turnout and quorum, not for the options. */
const abstainSchema = z.object({ kind: z.literal('abstain') }).strict();

/** A ballot. The member's group is never part of it: the server takes it from the membership. */
export const ballotSchema = z.discriminatedUnion('kind', [
  abstainSchema,
  ...VOTE_METHODS.map((m) => VOTE_METHOD_TABLE[m].ballot),
]);
export type Ballot = z.infer<typeof ballotSchema>;
