import { z } from 'zod';
import { tallySchema } from '../voting/result';
import { idSchema, isoDateSchema } from './common';
import { countingRuleSchema, voteMethodSchema, voteOptionSchema } from './vote';

/**
 * A decision (besluit): what a closed vote decided, kept with the rule and the figures per group, for
 * the werkgroep's besluitenlijst. Documents link to `/w/<werkgroep>/besluiten#besluit-<number>`.
 */
export const decisionSchema = z.object({
  id: idSchema,
  werkgroepId: idSchema,
  voteId: idSchema,
  /** 1, 2, 3… within the werkgroep, in the order decisions were taken. */
  number: z.number().int().min(1),
  question: z.string(),
  /** The facilitator's wording of the decision; empty: the outcome speaks for itself. */
  text: z.string(),
  method: voteMethodSchema,
  rule: countingRuleSchema,
  secret: z.boolean(),
  options: z.array(voteOptionSchema),
  tally: tallySchema,
  decidedAt: isoDateSchema,
});
export type Decision = z.infer<typeof decisionSchema>;

/** The anchor a document links to. */
export const decisionAnchor = (number: number) => `besluit-${number}`;

/** The link the editor stores for a decision: absolute, on the app's own address (the export turns it into the appendix). */
export const decisionUrl = (origin: string, werkgroepId: string, number: number) =>
  `${origin}/w/${werkgroepId}/besluiten#${decisionAnchor(number)}`;
