import { z } from 'zod';
import { afspraakSchema } from './afspraak';
import { akkoordSchema } from './akkoord';
import { progressEntrySchema } from './progress';
import { signatorySchema } from './signatory';
import { signatureSchema } from './signature';
import { signingLinkSchema } from './signingLink';
import { frozenVersionSchema, textHashSchema } from './version';

/**
 * GET …/akkoord: the whole akkoord of a werkgroep. `currentVersion` is the frozen text parties sign now
 * (null in concept); `signatures` are all of them, every version's, voided ones with `voidedAt`;
 * `currentTextHash` is the hash the text would have if it were frozen now (while frozen it equals the
 * version's). `signingLinks` only for the facilitator (empty for everyone else).
 */
export const akkoordViewSchema = z.object({
  akkoord: akkoordSchema,
  afspraken: z.array(afspraakSchema),
  signatories: z.array(signatorySchema),
  currentVersion: frozenVersionSchema.nullable(),
  signatures: z.array(signatureSchema),
  progress: z.array(progressEntrySchema),
  signingLinks: z.array(signingLinkSchema),
  currentTextHash: textHashSchema,
});
export type AkkoordView = z.infer<typeof akkoordViewSchema>;

/** POST …/akkoord/heropenen: how many signatures the reopening voided (the client says so). */
export const reopenedSchema = z.object({ voided: z.number().int().min(0), view: akkoordViewSchema });
export type Reopened = z.infer<typeof reopenedSchema>;
