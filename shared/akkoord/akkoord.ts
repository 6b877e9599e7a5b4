import { z } from 'zod';
import { idSchema, lineSchema } from '../schemas/common';
import { AKKOORD_LIMITS } from './common';

/**
 * A werkgroep's wijkakkoord: one per werkgroep. `concept` while the introduction and afspraken are
 * written; `ter_ondertekening` once the facilitator froze a named version (the text is then read-only
 * and parties sign it); `getekend` once every signatory party signed that version. Reopening goes back
 * to `concept` and voids the signatures of the version.
 */
export const AKKOORD_STATUSES = ['concept', 'ter_ondertekening', 'getekend'] as const;
export const akkoordStatusSchema = z.enum(AKKOORD_STATUSES);
export type AkkoordStatus = z.infer<typeof akkoordStatusSchema>;

/** Whether the text is frozen (no edits to the introduction or afspraken). */
export const isFrozen = (status: AkkoordStatus): boolean => status !== 'concept';

export const akkoordTitleSchema = lineSchema(AKKOORD_LIMITS.titleLength);
/** The title of a werkgroep's akkoord before anyone named it. */
export const DEFAULT_AKKOORD_TITLE = 'Wijkakkoord';

export const akkoordSchema = z.object({
  werkgroepId: idSchema,
  title: akkoordTitleSchema,
  status: akkoordStatusSchema,
  /** The frozen version parties sign now (ter_ondertekening, getekend); null in concept. */
  currentVersionId: idSchema.nullable(),
  updatedAt: z.number().int(),
});
export type Akkoord = z.infer<typeof akkoordSchema>;

/** PATCH …/akkoord */
export const updateAkkoordSchema = z.strictObject({ title: akkoordTitleSchema });
export type UpdateAkkoord = z.infer<typeof updateAkkoordSchema>;
