import { z } from 'zod';
import { idsSchema, networkThemeSchema, textSchema } from '../network/common';
import { daySchema } from '../network/initiative';
import { idSchema, lineSchema } from '../schemas/common';

/**
 * An actie of the uitvoeringsplan (issue 19): what is done, why (the ambition it serves — a document
 * section — and the besluiten and afspraken it comes from), who (a lead party and partners from the
 * wijknetwerk), when (start, end, milestones), an optional budget, its status and what we cannot promise.
 */
export const ACTIE_STATUSES = ['gepland', 'bezig', 'klaar', 'vertraagd', 'gestopt'] as const;
export const actieStatusSchema = z.enum(ACTIE_STATUSES);
export type ActieStatus = z.infer<typeof actieStatusSchema>;

export const UITVOERING_LIMITS = {
  titleLength: 140,
  textLength: 2000,
  reasonLength: 500,
  nietBelovenLength: 1000,
  milestones: 20,
  milestoneLabelLength: 120,
  links: 30,
  partners: 30,
  /** Euro; a wijk's actie is not a billion. */
  budgetMax: 1e9,
  /** Per werkgroep. */
  acties: 500,
  updateLength: 1000,
  updatesPerActie: 500,
  altLength: 250,
  /** Raw bytes of an uploaded photo (before it is resized). */
  photoBytes: 6 * 1024 * 1024,
  /** The longest side of a stored photo, in pixels. */
  photoMaxSide: 1600,
} as const;

export const milestoneSchema = z.object({
  day: daySchema,
  label: lineSchema(UITVOERING_LIMITS.milestoneLabelLength),
});
export type Milestone = z.infer<typeof milestoneSchema>;

const actieFields = {
  title: lineSchema(UITVOERING_LIMITS.titleLength),
  description: textSchema(UITVOERING_LIMITS.textLength),
  /** The ambition it serves: a section of one of the werkgroep's documents. */
  sectionId: idSchema.nullable(),
  /** The theme it is shown under in the timeline. */
  theme: networkThemeSchema.nullable(),
  /** Besluiten of the besluitenlijst it comes from. */
  decisionIds: idsSchema(UITVOERING_LIMITS.links),
  /** Afspraken of the wijkakkoord it comes from. */
  afspraakIds: idsSchema(UITVOERING_LIMITS.links),
  leadPartyId: idSchema.nullable(),
  partnerPartyIds: idsSchema(UITVOERING_LIMITS.partners),
  start: daySchema.nullable(),
  end: daySchema.nullable(),
  milestones: z.array(milestoneSchema).max(UITVOERING_LIMITS.milestones),
  budget: z.number().nonnegative().max(UITVOERING_LIMITS.budgetMax).nullable(),
  status: actieStatusSchema,
  /** Why it is delayed or stopped, in plain words (required then: rules.ts). */
  statusReason: textSchema(UITVOERING_LIMITS.reasonLength),
  /** What we cannot promise: the limits, so nobody expects more (required to publish: rules.ts). */
  nietBeloven: textSchema(UITVOERING_LIMITS.nietBelovenLength),
  /** Shown outside the werkgroep (the public wijkpagina). */
  published: z.boolean(),
};

/** An actie as stored and shown to members. */
export const actieSchema = z.object({
  id: idSchema,
  ...actieFields,
  createdBy: idSchema,
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type Actie = z.infer<typeof actieSchema>;

/** POST: a new actie (the rules of rules.ts are checked by the server, as for PATCH). */
export const createActieSchema = z.strictObject({
  title: actieFields.title,
  description: actieFields.description.default(''),
  sectionId: actieFields.sectionId.default(null),
  theme: actieFields.theme.default(null),
  decisionIds: actieFields.decisionIds.default([]),
  afspraakIds: actieFields.afspraakIds.default([]),
  leadPartyId: actieFields.leadPartyId.default(null),
  partnerPartyIds: actieFields.partnerPartyIds.default([]),
  start: actieFields.start.default(null),
  end: actieFields.end.default(null),
  milestones: actieFields.milestones.default([]),
  budget: actieFields.budget.default(null),
  status: actieFields.status.default('gepland'),
  statusReason: actieFields.statusReason.default(''),
  nietBeloven: actieFields.nietBeloven.default(''),
  published: actieFields.published.default(false),
});
export type CreateActie = z.output<typeof createActieSchema>;

/**
 * PATCH: only what is given changes. The rules (rules.ts) are checked by the server on the actie as it
 * would be stored, so a refusal has its own code (actie_reason_required, actie_niet_beloven_required).
 */
export const updateActieSchema = z.strictObject(actieFields).partial();
export type UpdateActie = z.output<typeof updateActieSchema>;
