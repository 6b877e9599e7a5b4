import { z } from 'zod';
import { idsSchema } from '../network/common';
import { idSchema } from '../schemas/common';
import { AKKOORD_LIMITS, akkoordTextSchema, daySchema } from './common';

/**
 * One afspraak of the akkoord: what is agreed, which parties of the wijknetwerk commit to it, by when,
 * the ambitions (document sections) and decisions (besluiten) it rests on, and how progress is
 * reported. Ordered by `position` (0, 1, 2 …): the server keeps the order, changes are serialised per
 * werkgroep, so an explicit position needs no fractional index.
 */
const what = akkoordTextSchema(AKKOORD_LIMITS.whatLength).pipe(z.string().min(1, 'required'));
const afspraakFields = {
  what,
  partyIds: idsSchema(AKKOORD_LIMITS.partiesPerAfspraak),
  byWhen: daySchema.nullable(),
  sectionIds: idsSchema(AKKOORD_LIMITS.sectionsPerAfspraak),
  decisionIds: idsSchema(AKKOORD_LIMITS.decisionsPerAfspraak),
  reporting: akkoordTextSchema(AKKOORD_LIMITS.reportingLength),
};

export const afspraakSchema = z.object({
  id: idSchema,
  ...afspraakFields,
  position: z.number().int().min(0),
  createdBy: idSchema,
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type Afspraak = z.infer<typeof afspraakSchema>;

/** POST …/akkoord/afspraken (added at the end). */
export const createAfspraakSchema = z.strictObject({
  what: afspraakFields.what,
  partyIds: afspraakFields.partyIds.default([]),
  byWhen: afspraakFields.byWhen.default(null),
  sectionIds: afspraakFields.sectionIds.default([]),
  decisionIds: afspraakFields.decisionIds.default([]),
  reporting: afspraakFields.reporting.default(''),
});
export type CreateAfspraak = z.output<typeof createAfspraakSchema>;

/** PATCH …/akkoord/afspraken/:afspraakId — only what is given changes. */
export const updateAfspraakSchema = z.strictObject(afspraakFields).partial();
export type UpdateAfspraak = z.output<typeof updateAfspraakSchema>;

/** PUT …/akkoord/afspraken-volgorde: every afspraak's id once, in the new order. */
export const reorderAfsprakenSchema = z.strictObject({ ids: idsSchema(AKKOORD_LIMITS.afspraken) });
export type ReorderAfspraken = z.infer<typeof reorderAfsprakenSchema>;
