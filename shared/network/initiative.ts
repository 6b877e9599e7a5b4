import { z } from 'zod';
import { idSchema, lineSchema } from '../schemas/common';
import {
  idsSchema,
  labelsSchema,
  NETWORK_LIMITS,
  networkMetaSchema,
  textSchema,
  themesSchema,
} from './common';
import type { OverlapInitiative } from './overlapInput';

export const INITIATIVE_STATUSES = ['idee', 'gepland', 'loopt', 'afgerond', 'gestopt'] as const;
export const initiativeStatusSchema = z.enum(INITIATIVE_STATUSES);
export type InitiativeStatus = z.infer<typeof initiativeStatusSchema>;

/** A calendar day, checked to exist (2027-02-30 is refused). */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'an existing date');

/** Either end may be open; when both are given the end is not before the start. */
export const periodSchema = z
  .object({ start: daySchema.nullable(), end: daySchema.nullable() })
  .refine((p) => p.start === null || p.end === null || p.end >= p.start, {
    message: 'the end is not before the start',
    path: ['end'],
  });
export type Period = z.infer<typeof periodSchema>;

export const pointSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type Point = z.infer<typeof pointSchema>;

export const fundingSchema = z.object({
  /** The subsidieregeling or fund, as people name it (overlap compares it case- and accent-insensitively). */
  source: lineSchema(NETWORK_LIMITS.nameLength),
  amount: z.number().nonnegative().max(1e10).nullable(),
});
export type Funding = z.infer<typeof fundingSchema>;

const initiativeFields = {
  name: lineSchema(NETWORK_LIMITS.nameLength),
  description: textSchema(NETWORK_LIMITS.descriptionLength),
  themes: themesSchema,
  targetGroups: labelsSchema(NETWORK_LIMITS.targetGroups),
  buurten: labelsSchema(NETWORK_LIMITS.buurten),
  point: pointSchema.nullable(),
  period: periodSchema,
  leadPartyId: idSchema.nullable(),
  partnerPartyIds: idsSchema(NETWORK_LIMITS.partners),
  funding: z.array(fundingSchema).max(NETWORK_LIMITS.funding),
  status: initiativeStatusSchema,
  /** The section of a document (an ambition) it serves. */
  sectionId: idSchema.nullable(),
};

/**
 * An initiative: exactly what the overlap detection (shared/network/overlap.ts) reads. Who made it
 * and when is `InitiativeRecord`.
 */
export const initiativeSchema = z.object({ id: idSchema, ...initiativeFields });
export type Initiative = z.infer<typeof initiativeSchema>;

// The overlap detection reads initiatives as they are: the compiler keeps the two types in step.
export const INITIATIVE_FITS_OVERLAP: Initiative extends OverlapInitiative ? true : never = true;

export const initiativeRecordSchema = initiativeSchema.extend(networkMetaSchema.shape);
export type InitiativeRecord = z.infer<typeof initiativeRecordSchema>;

const noSelfPartner = (i: { leadPartyId?: string | null; partnerPartyIds?: string[] }) =>
  !i.leadPartyId || !i.partnerPartyIds?.includes(i.leadPartyId);
const selfPartner = { message: 'the lead party is not also a partner', path: ['partnerPartyIds'] };

export const createInitiativeSchema = z
  .strictObject({
    name: initiativeFields.name,
    description: initiativeFields.description.default(''),
    themes: initiativeFields.themes.default([]),
    targetGroups: initiativeFields.targetGroups.default([]),
    buurten: initiativeFields.buurten.default([]),
    point: initiativeFields.point.default(null),
    period: initiativeFields.period.default({ start: null, end: null }),
    leadPartyId: initiativeFields.leadPartyId.default(null),
    partnerPartyIds: initiativeFields.partnerPartyIds.default([]),
    funding: initiativeFields.funding.default([]),
    status: initiativeFields.status.default('idee'),
    sectionId: initiativeFields.sectionId.default(null),
  })
  .refine(noSelfPartner, selfPartner);
export type CreateInitiative = z.output<typeof createInitiativeSchema>;

export const updateInitiativeSchema = z
  .strictObject(initiativeFields)
  .partial()
  .refine(noSelfPartner, selfPartner);
export type UpdateInitiative = z.output<typeof updateInitiativeSchema>;
