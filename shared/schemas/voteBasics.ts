import { z } from 'zod';

/**
 * The parts of a vote that do not depend on its method: limits, option ids, counting rules, groups and
 * the consent choices. A leaf, so that shared/voting/methods.ts (the per-method table) and
 * shared/schemas/vote.ts (which builds the vote schemas from that table) both import it without a circle.
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

/** o1, o2, …; up to o999 because a dot round on a board has one option per note. */
export const optionIdSchema = z.string().regex(/^o[1-9][0-9]{0,2}$/, 'not a valid option id');
export const voteOptionSchema = z.object({ id: optionIdSchema, label: z.string() });
export type VoteOption = z.infer<typeof voteOptionSchema>;
